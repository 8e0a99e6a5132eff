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

const DISCOUNT_KINDS = [
  { label: "Fixed amount off", value: "fixed_amount" },
  { label: "Percentage off", value: "percentage" },
];

export interface DelightCodeFormProps {
  shopCurrency: string;
  budget: { remaining: string; budget: string; month: string } | null;
  customer: { id: string; name: string } | null;
  /** An inactive agent sees the form but can't send it. */
  active: boolean;
  lastResult: FormResult | undefined;
}

export function DelightCodeForm({ shopCurrency, budget, customer, active, lastResult }: DelightCodeFormProps) {
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
            Issue a delight code
          </Text>
          {budget ? (
            <Text as="p" tone="subdued">
              {budget.remaining} left of your {budget.budget} for {budget.month}.
            </Text>
          ) : null}
          <Text as="p">
            {customer
              ? `For ${customer.name} only, once.`
              : "Find a customer to make the code theirs alone; otherwise anyone can use it once."}
          </Text>
          <FormErrors errors={form.errors} />
          {fields.customerId.errors?.[0] ? <Banner tone="critical">{fields.customerId.errors[0]}</Banner> : null}
          <input type="hidden" name={fields.customerId.name} value={customer?.id ?? ""} />
          <FormLayout>
            <SelectInput field={discount.kind} label="Discount" options={DISCOUNT_KINDS} error={fields.discount.errors?.[0]} />
            <TextInput
              field={discount.value}
              label="Value"
              inputMode="decimal"
              {...(discount.kind.value === "percentage" ? { suffix: "%" } : { prefix: shopCurrency })}
            />
            <TextInput field={fields.expiresInDays} label="Expires after" suffix="days" inputMode="numeric" />
          </FormLayout>
          <Button submit variant="primary" disabled={!active} loading={navigation.state === "submitting"}>
            Issue code
          </Button>
        </BlockStack>
      </Form>
    </Card>
  );
}
