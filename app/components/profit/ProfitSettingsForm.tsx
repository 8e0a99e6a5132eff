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
import { useTranslation } from "react-i18next";

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
  const { t } = useTranslation("profit");
  useSavedToast(answer?.saved ? answer : null, t("settings.saved"));
  const saving = navigation.state === "submitting" && navigation.formData?.get("intent") === INTENT;
  return (
    <Card>
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value={INTENT} />
        <FormSaveBar form={form} saving={saving} />
        <BlockStack gap="400">
          <SectionTitle title={t("settings.title")} />
          <FormErrors errors={form.errors} />
          <FormLayout>
            <FormLayout.Group>
              <TextInput
                field={fields.fallbackMarginPercent}
                label={t("settings.margin")}
                suffix="%"
                inputMode="decimal"
                placeholder={placeholderMarginPercent}
                helpText={t("settings.marginHelp")}
              />
              <TextInput
                field={fields.teamSharePercent}
                label={t("settings.teamShare")}
                suffix="%"
                inputMode="decimal"
                helpText={t("settings.teamShareHelp")}
              />
              <TextInput
                field={fields.storeConversionPercent}
                label={t("settings.conversion")}
                suffix="%"
                inputMode="decimal"
                helpText={t("settings.conversionHelp")}
              />
            </FormLayout.Group>
          </FormLayout>
          <Text as="p" tone="subdued">
            {t("settings.ticketValue", { cost: costPerTicket })}
          </Text>
          <InlineStack>
            <Button submit variant="primary" loading={saving}>
              {t("settings.save")}
            </Button>
          </InlineStack>
        </BlockStack>
      </Form>
    </Card>
  );
}
