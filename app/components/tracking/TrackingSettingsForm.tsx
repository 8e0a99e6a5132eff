// The tracking page's branding and help: headline, logo, colours, support
// contact, FAQ links, the upsell collection and the cost of a ticket. A
// settings form: App Bridge's save bar while it has changes, a toast once saved.
import { getFormProps } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { Button, Card, FormLayout, Text } from "@shopify/polaris";
import { useMemo } from "react";
import { MAX_FAQ_LINKS, trackingSettingsSchema, type TrackingSettingsValues } from "../../domain/tracking/settings";
import { TextInput } from "../form/fields";
import { FormSaveBar } from "../form/FormSaveBar";
import type { FormResult } from "../form/parse";
import { useSchemaForm } from "../form/schema-form";
import { useSavedToast } from "../form/useSavedToast";

export interface TrackingSettingsFormProps {
  currencyCode: string;
  values: TrackingSettingsValues;
  answer: { result: FormResult; saved: boolean } | undefined;
}

/** Every FAQ row the form shows: the saved links, then empty rows up to the limit. */
const withEmptyRows = (values: TrackingSettingsValues): TrackingSettingsValues => ({
  ...values,
  faqLinks: [...values.faqLinks, ...Array.from({ length: MAX_FAQ_LINKS }, () => ({ label: "", url: "" }))].slice(0, MAX_FAQ_LINKS),
});

export function TrackingSettingsForm({ currencyCode, values, answer }: TrackingSettingsFormProps) {
  const navigation = useNavigation();
  const schema = useMemo(() => trackingSettingsSchema(currencyCode), [currencyCode]);
  const defaultValue = useMemo(() => withEmptyRows(values), [values]);
  const [form, fields] = useSchemaForm({ id: "tracking-settings", schema, defaultValue, lastResult: answer?.result });
  useSavedToast(answer?.saved ? answer : null, "Tracking page saved");
  const saving = navigation.state === "submitting";

  return (
    <Card>
      <Form method="post" {...getFormProps(form)}>
        <FormSaveBar form={form} saving={saving} />
        <FormLayout>
          <Text as="h2" variant="headingMd">
            Branding and help
          </Text>
          <TextInput field={fields.headline} label="Headline" helpText="Leave empty for “Track your order” in the shopper's language." />
          <TextInput field={fields.logoUrl} label="Logo address (https)" />
          <FormLayout.Group>
            <TextInput field={fields.primaryColor} label="Main colour" placeholder="#1a73e8" />
            <TextInput field={fields.accentColor} label="Button colour" placeholder="#ffd166" />
          </FormLayout.Group>
          <FormLayout.Group>
            <TextInput field={fields.supportEmail} label="Support email" type="email" />
            <TextInput field={fields.supportPhone} label="Support phone" type="tel" />
            <TextInput field={fields.supportWhatsApp} label="WhatsApp number" type="tel" />
          </FormLayout.Group>
          {fields.faqLinks.getFieldList().map((row, index) => {
            const link = row.getFieldset();
            return (
              <FormLayout.Group key={row.key}>
                <TextInput field={link.label} label={`FAQ link ${index + 1} label`} />
                <TextInput field={link.url} label={`FAQ link ${index + 1} address (https)`} />
              </FormLayout.Group>
            );
          })}
          <TextInput field={fields.pinnedCollection} label="Collection to show as upsell (handle)" placeholder="new-arrivals" />
          <TextInput field={fields.costPerTicket} label={`Cost of one support ticket (${currencyCode})`} inputMode="decimal" />
          <TextInput
            field={fields.stalledAfterDays}
            label="Days without a carrier scan before a shipment is at risk"
            inputMode="numeric"
            helpText="From 1 to 30 days."
          />
          <Button submit variant="primary" loading={saving}>
            Save
          </Button>
        </FormLayout>
      </Form>
    </Card>
  );
}
