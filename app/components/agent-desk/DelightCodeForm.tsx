// Issuing a delight code from the agent's monthly budget: a percentage or an
// amount off, how many days it lasts, for the customer found (or anyone, once).
import { getFormProps } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { Banner, BlockStack, Button, Card, FormLayout, Text } from "@shopify/polaris";
import { useMemo } from "react";
import { delightCodeFormSchema, type DelightCodeFormValues } from "../../domain/agents/desk";
import { FormErrors, SelectInput, TextInput } from "../form/fields";
import type { FormResult } from "../form/parse";
import { useSchemaForm } from "../form/schema-form";
import { useTranslation } from "react-i18next";

export interface DelightCodeFormProps {
  shopCurrency: string;
  budget: { remaining: string; budget: string; month: string } | null;
  customer: { id: string; name: string } | null;
  /** An inactive agent sees the form but can't send it. */
  active: boolean;
  lastResult: FormResult | undefined;
}

export function DelightCodeForm({ shopCurrency, budget, customer, active, lastResult }: DelightCodeFormProps) {
  const { t } = useTranslation("desk");
  const discountKinds = [
    { label: t("agents:code.fixedAmount"), value: "fixed_amount" },
    { label: t("agents:code.percentage"), value: "percentage" },
  ];
  const navigation = useNavigation();
  const schema = useMemo(() => delightCodeFormSchema(shopCurrency), [shopCurrency]);
  const defaultValue = useMemo<DelightCodeFormValues>(
    () => ({ discount: { kind: "fixed_amount", value: "10" }, expiresInDays: "30", customerId: customer?.id ?? "" }),
    [customer?.id],
  );
  const [form, fields] = useSchemaForm({ id: "delight-code", schema, defaultValue, lastResult });
  const discount = fields.discount.getFieldset();
  return (
    <Card>
      <Form method="post" {...getFormProps(form)}>
        <BlockStack gap="300">
          <Text as="h2" variant="headingMd">
            {t("delight.title")}
          </Text>
          {budget ? (
            <Text as="p" tone="subdued">
              {t("delight.budget", { remaining: budget.remaining, budget: budget.budget, month: budget.month })}
            </Text>
          ) : null}
          <Text as="p">{customer ? t("delight.forCustomer", { name: customer.name }) : t("delight.forAnyone")}</Text>
          <FormErrors errors={form.errors} />
          {fields.customerId.errors?.[0] ? <Banner tone="critical">{fields.customerId.errors[0]}</Banner> : null}
          <input type="hidden" name={fields.customerId.name} value={customer?.id ?? ""} />
          <FormLayout>
            <SelectInput
              field={discount.kind}
              label={t("agents:code.discount")}
              options={discountKinds}
              error={fields.discount.errors?.[0]}
            />
            <TextInput
              field={discount.value}
              label={t("agents:ledger.value")}
              inputMode="decimal"
              {...(discount.kind.value === "percentage" ? { suffix: "%" } : { prefix: shopCurrency })}
            />
            <TextInput field={fields.expiresInDays} label={t("delight.expiresAfter")} suffix={t("delight.days")} inputMode="numeric" />
          </FormLayout>
          <Button submit variant="primary" disabled={!active} loading={navigation.state === "submitting"}>
            {t("delight.issue")}
          </Button>
        </BlockStack>
      </Form>
    </Card>
  );
}
