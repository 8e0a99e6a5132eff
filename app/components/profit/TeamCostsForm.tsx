// A month's team costs: salaries, tools and other costs, in the shop
// currency, up to a year ahead.
import { FormLayout } from "@shopify/polaris";
import { useMemo } from "react";
import { teamCostsSchema } from "../../domain/profit/forms";
import { TextInput } from "../form/fields";
import { IntentForm } from "../form/IntentForm";
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
  const schema = useMemo(() => teamCostsSchema(currencyCode, currentMonth), [currencyCode, currentMonth]);
  const defaultValue = useMemo(() => ({ month: currentMonth, salaries: "", tools: "", other: "" }), [currentMonth]);
  const [form, fields] = useSchemaForm({ id: "team-costs", schema, defaultValue, lastResult: answer?.result });
  const { t } = useTranslation("profit");
  useSavedToast(answer?.saved ? answer : null, t("teamCosts.saved"));
  const amount = { prefix: currencyCode, inputMode: "decimal" as const };
  return (
    <IntentForm form={form} intent={INTENT} submitLabel={t("teamCosts.save")}>
      <FormLayout>
        <FormLayout.Group condensed>
          <TextInput field={fields.month} label={t("teamCosts.month")} type="month" />
          <TextInput field={fields.salaries} label={t("teamCosts.salaries")} {...amount} />
          <TextInput field={fields.tools} label={t("teamCosts.tools")} {...amount} />
          <TextInput field={fields.other} label={t("teamCosts.other")} {...amount} />
        </FormLayout.Group>
      </FormLayout>
    </IntentForm>
  );
}
