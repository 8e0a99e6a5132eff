// The merchant's figures the P&L uses: gross margin, the team's share of
// refunds and exchanges, the store's conversion rate. A settings form: App
// Bridge's save bar while it has changes, a toast once saved.
import { FormLayout, Text } from "@shopify/polaris";
import { profitSettingsSchema, type ProfitSettingsValues } from "../../domain/profit/forms";
import { PercentInput } from "../form/fields";
import { SettingsFormCard, useSettingsForm, type SaveAnswer } from "../form/SettingsFormCard";
import { SectionTitle } from "./SectionTitle";
import { useTranslation } from "react-i18next";

export interface ProfitSettingsFormProps {
  values: ProfitSettingsValues;
  placeholderMarginPercent: string;
  costPerTicket: string;
  answer: SaveAnswer | undefined;
}

const INTENT = "settings";

export function ProfitSettingsForm({ values, placeholderMarginPercent, costPerTicket, answer }: ProfitSettingsFormProps) {
  const { t } = useTranslation("profit");
  const [form, fields] = useSettingsForm({
    id: "profit-settings",
    schema: profitSettingsSchema,
    defaultValue: values,
    answer,
    savedMessage: t("settings.saved"),
  });
  return (
    <SettingsFormCard form={form} intent={INTENT} title={<SectionTitle title={t("settings.title")} />} submitLabel={t("settings.save")}>
      <FormLayout>
        <FormLayout.Group>
          <PercentInput
            field={fields.fallbackMarginPercent}
            label={t("settings.margin")}
            placeholder={placeholderMarginPercent}
            helpText={t("settings.marginHelp")}
          />
          <PercentInput field={fields.teamSharePercent} label={t("settings.teamShare")} helpText={t("settings.teamShareHelp")} />
          <PercentInput field={fields.storeConversionPercent} label={t("settings.conversion")} helpText={t("settings.conversionHelp")} />
        </FormLayout.Group>
      </FormLayout>
      <Text as="p" tone="subdued">
        {t("settings.ticketValue", { cost: costPerTicket })}
      </Text>
    </SettingsFormCard>
  );
}
