// Who the agent is: name, the email of their Shopify staff account, team,
// time zone, commission, monthly delight budget, and whether they're active.
import type { FormMetadata } from "@conform-to/react";
import { FormLayout } from "@shopify/polaris";
import type { AgentFormValues } from "../../domain/agents/agent";
import { AGENT_LANGUAGES, LANGUAGE_NAMES } from "../../domain/agents/languages";
import { CheckboxInput, ChoicesInput, MoneyInput, PercentInput, SelectInput, TextInput } from "../form/fields";
import { TitledCard } from "../TitledCard";
import { useTranslation } from "react-i18next";

export interface AgentDetailsCardProps {
  fields: ReturnType<FormMetadata<AgentFormValues>["getFieldset"]>;
  shopCurrency: string;
  timeZones: string[];
}

export function AgentDetailsCard({ fields, shopCurrency, timeZones }: AgentDetailsCardProps) {
  const { t } = useTranslation("agents");
  return (
    <TitledCard title={t("details.title")}>
      <FormLayout>
        <FormLayout.Group>
          <TextInput field={fields.name} label={t("details.name")} />
          <TextInput field={fields.email} label={t("details.email")} type="email" helpText={t("details.emailHelp")} />
        </FormLayout.Group>
        <FormLayout.Group>
          <TextInput field={fields.team} label={t("details.team")} placeholder={t("details.teamPlaceholder")} />
          <SelectInput
            field={fields.timeZone}
            label={t("details.timeZone")}
            options={[{ label: t("details.chooseTimeZone"), value: "" }, ...timeZones.map((zone) => ({ label: zone, value: zone }))]}
          />
        </FormLayout.Group>
        <ChoicesInput
          field={fields.languages}
          title={t("details.languages")}
          choices={AGENT_LANGUAGES.map((language) => ({
            label: t(`details.languageNames.${language}`, { defaultValue: LANGUAGE_NAMES[language] }),
            value: language,
          }))}
        />
        <FormLayout.Group>
          <PercentInput field={fields.commissionPercent} label={t("details.commission")} helpText={t("details.commissionHelp")} />
          <MoneyInput field={fields.monthlyDelightBudget} label={t("roster.monthlyBudget")} currencyCode={shopCurrency} />
        </FormLayout.Group>
        <CheckboxInput field={fields.active} label={t("status.active")} helpText={t("details.activeHelp")} />
      </FormLayout>
    </TitledCard>
  );
}
