// The merchant's figures the P&L uses: gross margin, the team's share of
// refunds and exchanges, the store's conversion rate. A settings form: App
// Bridge's save bar while it has changes, a toast once saved.
import { getFormProps } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { BlockStack, Button, Card, FormLayout, InlineStack, Text } from "@shopify/polaris";
import { profitSettingsSchema, type ProfitSettingsValues } from "../../domain/profit/forms";
import { FormErrors, TextInput } from "../form/fields";
import { FormSaveBar } from "../form/FormSaveBar";
import type { FormResult } from "../form/parse";
import { useSchemaForm } from "../form/schema-form";
import { useSavedToast } from "../form/useSavedToast";
import { SectionTitle } from "./SectionTitle";

export interface ProfitSettingsFormProps {
  values: ProfitSettingsValues;
  placeholderMarginPercent: string;
  costPerTicket: string;
  answer: { result: FormResult; saved: boolean } | undefined;
}

const INTENT = "settings";

export function ProfitSettingsForm({ values, placeholderMarginPercent, costPerTicket, answer }: ProfitSettingsFormProps) {
  const navigation = useNavigation();
  const [form, fields] = useSchemaForm({
    id: "profit-settings",
    schema: profitSettingsSchema,
    defaultValue: values,
    lastResult: answer?.result,
  });
  useSavedToast(answer?.saved ? answer : null, "Settings saved");
  const saving = navigation.state === "submitting" && navigation.formData?.get("intent") === INTENT;
  return (
    <Card>
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value={INTENT} />
        <FormSaveBar form={form} saving={saving} />
        <BlockStack gap="400">
          <SectionTitle title="Settings" />
          <FormErrors errors={form.errors} />
          <FormLayout>
            <FormLayout.Group>
              <TextInput
                field={fields.fallbackMarginPercent}
                label="Gross margin"
                suffix="%"
                inputMode="decimal"
                placeholder={placeholderMarginPercent}
                helpText="Of revenue, for goods without a unit cost in Shopify: 60% means $100 of sales cost $40 of goods."
              />
              <TextInput
                field={fields.teamSharePercent}
                label="Team's share of refunds and exchanges"
                suffix="%"
                inputMode="decimal"
                helpText="The part of every refund and exchange in the store that support answers for."
              />
              <TextInput
                field={fields.storeConversionPercent}
                label="Store conversion rate"
                suffix="%"
                inputMode="decimal"
                helpText="Orders per session, from your analytics: the chat's conversion is compared with it."
              />
            </FormLayout.Group>
          </FormLayout>
          <Text as="p" tone="subdued">
            A ticket deflected by the tracking page is valued at {costPerTicket} (Order tracking settings).
          </Text>
          <InlineStack>
            <Button submit variant="primary" loading={saving}>
              Save settings
            </Button>
          </InlineStack>
        </BlockStack>
      </Form>
    </Card>
  );
}
