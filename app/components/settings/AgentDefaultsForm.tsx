// The settings form for what a new agent starts with: commission and
// monthly delight budget. A settings form: App Bridge's save bar while it has
// changes, a toast once saved.
import { FormLayout, Text } from "@shopify/polaris";
import { useMemo } from "react";
import { agentDefaultsSchema, type AgentDefaultsValues } from "../../domain/agents/settings";
import { MoneyInput, PercentInput } from "../form/fields";
import { SettingsFormCard, useSettingsForm, type SaveAnswer } from "../form/SettingsFormCard";
import { useTranslation } from "react-i18next";

export interface AgentDefaultsFormProps {
  currencyCode: string;
  values: AgentDefaultsValues;
  /** The action's answer to the last save. */
  answer: SaveAnswer | undefined;
}

export function AgentDefaultsForm({ currencyCode, values, answer }: AgentDefaultsFormProps) {
  const { t } = useTranslation("settings");
  const schema = useMemo(() => agentDefaultsSchema(currencyCode), [currencyCode]);
  const [form, fields] = useSettingsForm({ id: "agent-defaults", schema, defaultValue: values, answer, savedMessage: t("saved") });

  return (
    <SettingsFormCard form={form} submitLabel={t("agents:save")}>
      <FormLayout>
        <PercentInput field={fields.defaultCommissionPercent} label={t("newAgents.commission")} helpText={t("newAgents.commissionHelp")} />
        <MoneyInput
          field={fields.defaultMonthlyDelightBudget}
          label={t("newAgents.budget")}
          currencyCode={currencyCode}
          helpText={t("newAgents.budgetHelp")}
        />
      </FormLayout>
      <Text as="p" tone="subdued">
        {t("newAgents.currency", { currency: currencyCode })}
      </Text>
    </SettingsFormCard>
  );
}
