// "Send a test email": the delay email, as the merchant's template makes it,
// to an address of their choice through the saved server; the server's
// answer in words.
import { Banner, Card, FormLayout, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { testEmailSchema } from "../../domain/outreach/email-settings";
import { OUTREACH_LOCALES } from "../../domain/outreach/templates";
import { SelectInput, TextInput } from "../form/fields";
import { IntentForm } from "../form/IntentForm";
import type { FormResult } from "../form/parse";
import { useSchemaForm } from "../form/schema-form";

export interface TestSendAnswer {
  result: FormResult;
  test: { ok: boolean; message: string } | null;
}

export function TestSendCard({ answer, canSend }: { answer: TestSendAnswer | undefined; canSend: boolean }) {
  const { t } = useTranslation("email");
  const [form, fields] = useSchemaForm({
    id: "test-email",
    schema: testEmailSchema,
    defaultValue: { to: "", language: "en" },
    lastResult: answer?.result,
  });
  const outcome = answer?.test;
  return (
    <Card>
      <IntentForm form={form} intent="test" submitLabel={t("test.send")} submitDisabled={!canSend}>
        <Text as="h2" variant="headingMd">
          {t("test.title")}
        </Text>
        {outcome ? (
          <Banner tone={outcome.ok ? "success" : "critical"} title={outcome.ok ? t("test.sent") : t("test.failed")}>
            <p>{outcome.message}</p>
          </Banner>
        ) : null}
        <FormLayout>
          <FormLayout.Group>
            <TextInput field={fields.to} label={t("test.to")} type="email" />
            <SelectInput
              field={fields.language}
              label={t("templates.language")}
              options={OUTREACH_LOCALES.map((locale) => ({ value: locale, label: t(`templates.languages.${locale}`) }))}
            />
          </FormLayout.Group>
        </FormLayout>
        <Text as="p" tone="subdued">
          {canSend ? t("test.help") : t("test.saveFirst")}
        </Text>
      </IntentForm>
    </Card>
  );
}
