// The pause switch and the SKUs kept out of instant refunds.
import { FormLayout, Text } from "@shopify/polaris";
import { instantRefundSettingsSchema, type InstantRefundSettingsValues } from "../../domain/vip/instant-refund-settings";
import { CheckboxInput, TextInput } from "../form/fields";
import { SettingsFormCard, useSettingsForm, type SaveAnswer } from "../form/SettingsFormCard";
import { useTranslation } from "react-i18next";

export function InstantRefundSettingsForm({ values, answer }: { values: InstantRefundSettingsValues; answer: SaveAnswer | undefined }) {
  const { t } = useTranslation("vip");
  const [form, fields] = useSettingsForm({
    id: "instant-refund-settings",
    schema: instantRefundSettingsSchema,
    defaultValue: values,
    answer,
    savedMessage: t("instantRefunds.saved"),
  });
  return (
    <SettingsFormCard form={form} title={t("instantRefunds.settings")} submitLabel={t("instantRefunds.save")}>
      <FormLayout>
        <Text as="p" tone="subdued">
          {t("instantRefunds.settingsHelp")}
        </Text>
        <CheckboxInput field={fields.paused} label={t("instantRefunds.pause")} helpText={t("instantRefunds.pauseHelp")} />
        <TextInput
          field={fields.excludedSkus}
          label={t("instantRefunds.excludedSkus")}
          helpText={t("instantRefunds.excludedSkusHelp")}
          multiline={2}
        />
      </FormLayout>
    </SettingsFormCard>
  );
}
