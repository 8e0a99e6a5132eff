// "Send a test email": the delay email, as the merchant's template makes it,
// to an address of their choice through the saved server; the server's
// answer in words.
import { Form, useNavigation } from "@remix-run/react";
import { Banner, BlockStack, Button, Card, FormLayout, Select, Text, TextField } from "@shopify/polaris";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { OUTREACH_LOCALES } from "../../domain/outreach/templates";

export function TestSendCard({ result, canSend }: { result: { ok: boolean; message: string } | null | undefined; canSend: boolean }) {
  const { t } = useTranslation("email");
  const navigation = useNavigation();
  const [to, setTo] = useState("");
  const [language, setLanguage] = useState("en");
  const sending = navigation.state === "submitting" && navigation.formData?.get("intent") === "test";
  return (
    <Card>
      <Form method="post">
        <input type="hidden" name="intent" value="test" />
        <BlockStack gap="300">
          <Text as="h2" variant="headingMd">
            {t("test.title")}
          </Text>
          {result ? (
            <Banner tone={result.ok ? "success" : "critical"} title={result.ok ? t("test.sent") : t("test.failed")}>
              <p>{result.message}</p>
            </Banner>
          ) : null}
          <FormLayout>
            <FormLayout.Group>
              <TextField label={t("test.to")} name="to" type="email" value={to} onChange={setTo} autoComplete="email" />
              <Select
                label={t("templates.language")}
                name="language"
                value={language}
                onChange={setLanguage}
                options={OUTREACH_LOCALES.map((locale) => ({ value: locale, label: t(`templates.languages.${locale}`) }))}
              />
            </FormLayout.Group>
          </FormLayout>
          <Text as="p" tone="subdued">
            {canSend ? t("test.help") : t("test.saveFirst")}
          </Text>
          <div>
            <Button submit disabled={!canSend} loading={sending}>
              {t("test.send")}
            </Button>
          </div>
        </BlockStack>
      </Form>
    </Card>
  );
}
