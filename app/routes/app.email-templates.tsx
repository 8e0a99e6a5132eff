// The email templates: each message Concierge sends (the delay, each stage
// update, a campaign's welcome…) in each language, edited beside a preview rendered exactly as sent.
// ?message=<kind>&language=<en|ar|fr> chooses the one on screen ("locale" is
// the admin's own parameter: the staff member's language).
import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { BlockStack, Layout, Page, Select, Text, InlineGrid, Card } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { TemplateEditor } from "../components/email/TemplateEditor";
import { parseForm } from "../components/form/parse";
import { INTENT_FIELD } from "../components/form/schema-form";
import { TEMPLATE_KINDS, templateFormSchema, templateKeySchema } from "../domain/outreach/template-form";
import { MESSAGE_PURPOSE } from "../domain/outreach/consent";
import { welcomeDestination } from "../domain/outreach/links";
import { OUTREACH_LOCALES, PLACEHOLDERS } from "../domain/outreach/templates";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";
import { trackingPageUrl } from "../services/outreach-email.server";
import { messageLinks } from "../services/outreach-links.server";
import { PREVIEW_VALUES, resetTemplate, saveTemplate, templateEditorView } from "../services/outreach-templates.server";
import { adminContext } from "../http/admin-context.server";
import { readForm } from "../http/form-data.server";

export const loader = answeringShopifyUnavailable(async ({ request }: LoaderFunctionArgs) => {
  const { db, shop } = (await adminContext(request)).context;
  const url = new URL(request.url);
  const key = templateKeySchema.safeParse({
    kind: url.searchParams.get("message") ?? TEMPLATE_KINDS[0],
    locale: url.searchParams.get("language") ?? "en",
  });
  if (!key.success) throw json({ message: "Choose one of Concierge's messages and English, Arabic or French" }, { status: 400 });
  const { kind, locale } = key.data;
  const view = await templateEditorView(db, shop, kind, locale);
  return {
    kind,
    locale,
    ...view,
    placeholders: PLACEHOLDERS[kind],
    previewValues: PREVIEW_VALUES[locale],
    // The button's destination as sent: the tracking page, or for a welcome the shop with the code applied.
    trackingUrl:
      kind === "welcome"
        ? welcomeDestination(shop, PREVIEW_VALUES[locale].code ?? "")
        : trackingPageUrl(shop, PREVIEW_VALUES[locale].orderName ?? null),
    // Marketing messages carry the unsubscribe link (one signed for no message: it unsubscribes nobody).
    unsubscribeUrl: MESSAGE_PURPOSE[kind] === "marketing" ? messageLinks(shop, "preview").unsubscribe() : null,
  };
});

export const action = answeringShopifyUnavailable(async ({ request }: ActionFunctionArgs) => {
  const { context, language } = await adminContext(request);
  const formData = await readForm(request);
  if (formData.get(INTENT_FIELD) === "reset") {
    const submission = parseForm(formData, templateKeySchema, language);
    if (submission.status !== "success") return json({ result: submission.reply(), saved: false, reset: true }, { status: 400 });
    await resetTemplate(context.db, context.shop, submission.value);
    return json({ result: submission.reply({ resetForm: true }), saved: true, reset: true });
  }
  const submission = parseForm(formData, templateFormSchema, language);
  if (submission.status !== "success") return json({ result: submission.reply(), saved: false, reset: false }, { status: 400 });
  await saveTemplate(context.db, context.shop, submission.value);
  return json({ result: submission.reply(), saved: true, reset: false });
});

export default function EmailTemplates() {
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("email");
  const [, setSearchParams] = useSearchParams();
  const choose = (name: "message" | "language") => (value: string) =>
    setSearchParams((params) => {
      // Keep the embedded app's own parameters (shop, host…).
      params.set(name, value);
      return params;
    });
  const edited = new Set(data.editedKeys);

  return (
    <Page title={t("templates.title")} subtitle={t("templates.subtitle")} backAction={{ content: t("title"), url: "/app/email" }}>
      <Layout>
        <Layout.Section>
          <Card>
            <BlockStack gap="200">
              <InlineGrid columns={{ xs: 1, sm: 2 }} gap="300">
                <Select
                  label={t("templates.message")}
                  value={data.kind}
                  onChange={choose("message")}
                  options={TEMPLATE_KINDS.map((kind) => ({
                    value: kind,
                    label: t(`templates.kinds.${kind}`, { defaultValue: kind.replace(/_/g, " ") }),
                  }))}
                />
                <Select
                  label={t("templates.language")}
                  value={data.locale}
                  onChange={choose("language")}
                  options={OUTREACH_LOCALES.map((locale) => ({
                    value: locale,
                    label: `${t(`templates.languages.${locale}`)}${edited.has(`${data.kind}:${locale}`) ? ` (${t("templates.edited")})` : ""}`,
                  }))}
                />
              </InlineGrid>
              <Text as="p" tone="subdued">
                {data.edited ? t("templates.isEdited") : t("templates.isDefault")}
              </Text>
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <TemplateEditor
            key={`${data.kind}:${data.locale}:${data.edited ? "edited" : "default"}`}
            kind={data.kind}
            locale={data.locale}
            template={data.template}
            edited={data.edited}
            placeholders={data.placeholders}
            branding={data.branding}
            previewValues={data.previewValues}
            trackingUrl={data.trackingUrl}
            unsubscribeUrl={data.unsubscribeUrl}
            answer={answer}
          />
        </Layout.Section>
      </Layout>
    </Page>
  );
}
