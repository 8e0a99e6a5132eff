// A month's team costs: salaries, tools and other costs, in the shop
// currency, up to a year ahead.
import { getFormProps } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { BlockStack, Button, FormLayout, InlineStack } from "@shopify/polaris";
import { useMemo } from "react";
import { teamCostsSchema } from "../../domain/profit/forms";
import { FormErrors, TextInput } from "../form/fields";
import type { FormResult } from "../form/parse";
import { useSchemaForm } from "../form/schema-form";
import { useSavedToast } from "../form/useSavedToast";
import { useTranslation } from "react-i18next";

export interface TeamCostsFormProps {
  currencyCode: string;
  currentMonth: string;
  answer: { result: FormResult; saved: boolean } | undefined;
}

const INTENT = "teamCosts";

export function TeamCostsForm({ currencyCode, currentMonth, answer }: TeamCostsFormProps) {
  const navigation = useNavigation();
  const schema = useMemo(() => teamCostsSchema(currencyCode, currentMonth), [currencyCode, currentMonth]);
  const defaultValue = useMemo(() => ({ month: currentMonth, salaries: "", tools: "", other: "" }), [currentMonth]);
  const [form, fields] = useSchemaForm({ id: "team-costs", schema, defaultValue, lastResult: answer?.result });
  const { t } = useTranslation("profit");
  useSavedToast(answer?.saved ? answer : null, t("teamCosts.saved"));
  const amount = { prefix: currencyCode, inputMode: "decimal" as const };
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value={INTENT} />
      <BlockStack gap="300">
        <FormErrors errors={form.errors} />
        <FormLayout>
          <FormLayout.Group condensed>
            <TextInput field={fields.month} label={t("teamCosts.month")} type="month" />
            <TextInput field={fields.salaries} label={t("teamCosts.salaries")} {...amount} />
            <TextInput field={fields.tools} label={t("teamCosts.tools")} {...amount} />
            <TextInput field={fields.other} label={t("teamCosts.other")} {...amount} />
          </FormLayout.Group>
        </FormLayout>
        <InlineStack>
          <Button submit loading={navigation.state === "submitting" && navigation.formData?.get("intent") === INTENT}>
            {t("teamCosts.save")}
          </Button>
        </InlineStack>
      </BlockStack>
    </Form>
  );
}
