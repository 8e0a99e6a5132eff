// The tracking page's branding and help: headline, logo, colours, support
// contact, FAQ links, the upsell collection and the cost of a ticket. A
// settings form: App Bridge's save bar while it has changes, a toast once saved.
import { FormLayout } from "@shopify/polaris";
import { useMemo } from "react";
import { MAX_FAQ_LINKS, trackingSettingsSchema, type TrackingSettingsValues } from "../../domain/tracking/settings";
import { TextInput } from "../form/fields";
import { SettingsFormCard, useSettingsForm, type SaveAnswer } from "../form/SettingsFormCard";
import { useTranslation } from "react-i18next";

export interface TrackingSettingsFormProps {
  currencyCode: string;
  values: TrackingSettingsValues;
  answer: SaveAnswer | undefined;
}

/** Every FAQ row the form shows: the saved links, then empty rows up to the limit. */
const withEmptyRows = (values: TrackingSettingsValues): TrackingSettingsValues => ({
  ...values,
  faqLinks: [...values.faqLinks, ...Array.from({ length: MAX_FAQ_LINKS }, () => ({ label: "", url: "" }))].slice(0, MAX_FAQ_LINKS),
});

export function TrackingSettingsForm({ currencyCode, values, answer }: TrackingSettingsFormProps) {
  const { t } = useTranslation("tracking");
  const schema = useMemo(() => trackingSettingsSchema(currencyCode), [currencyCode]);
  const defaultValue = useMemo(() => withEmptyRows(values), [values]);
  const [form, fields] = useSettingsForm({ id: "tracking-settings", schema, defaultValue, answer, savedMessage: t("settings.saved") });

  return (
    <SettingsFormCard form={form} title={t("settings.title")} submitLabel={t("agents:save")}>
      <FormLayout>
        <TextInput field={fields.headline} label={t("settings.headline")} helpText={t("settings.headlineHelp")} />
        <TextInput field={fields.logoUrl} label={t("settings.logo")} />
        <FormLayout.Group>
          <TextInput field={fields.primaryColor} label={t("settings.mainColour")} placeholder="#1a73e8" />
          <TextInput field={fields.accentColor} label={t("settings.buttonColour")} placeholder="#ffd166" />
        </FormLayout.Group>
        <FormLayout.Group>
          <TextInput field={fields.supportEmail} label={t("settings.supportEmail")} type="email" />
          <TextInput field={fields.supportPhone} label={t("settings.supportPhone")} type="tel" />
          <TextInput field={fields.supportWhatsApp} label={t("settings.whatsapp")} type="tel" />
        </FormLayout.Group>
        {fields.faqLinks.getFieldList().map((row, index) => {
          const link = row.getFieldset();
          return (
            <FormLayout.Group key={row.key}>
              <TextInput field={link.label} label={t("settings.faqLabel", { number: index + 1 })} />
              <TextInput field={link.url} label={t("settings.faqUrl", { number: index + 1 })} />
            </FormLayout.Group>
          );
        })}
        <TextInput field={fields.pinnedCollection} label={t("settings.collection")} placeholder="new-arrivals" />
        <TextInput field={fields.costPerTicket} label={t("settings.costPerTicket", { currency: currencyCode })} inputMode="decimal" />
        <TextInput
          field={fields.stalledAfterDays}
          label={t("settings.stalledAfter")}
          inputMode="numeric"
          helpText={t("settings.stalledHelp")}
        />
      </FormLayout>
    </SettingsFormCard>
  );
}
