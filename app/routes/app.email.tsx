// Email from Concierge: the merchant's sender and SMTP server, which
// messages it sends (by email, through Shopify Flow), a test email, and the
// log of every message (sent, skipped, failed). Each form posts its own
// intent (app.email.forms.server.ts).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Layout, Page } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { EmailServerForm } from "../components/email/EmailServerForm";
import { MessageLogCard } from "../components/email/MessageLogCard";
import { OutreachChoicesForm } from "../components/email/OutreachChoicesForm";
import { TestSendCard } from "../components/email/TestSendCard";
import { outreachChoicesOf } from "../data/outreach-choices.server";
import { DEFAULT_RATE_PER_MINUTE, type EmailServerValues } from "../domain/outreach/email-settings";
import { adminContext } from "../http/admin-context.server";
import { pageFormsAction } from "../http/settings-form.server";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";
import { emailSettingsView, recentMessages } from "../services/outreach-email.server";
import { notSentKey } from "../domain/outreach/not-sent";
import { submitEmailForm, type EmailFormIntent } from "./app.email.forms.server";

export const loader = answeringShopifyUnavailable(async ({ request }: LoaderFunctionArgs) => {
  const { db, shop } = (await adminContext(request)).context;
  const [settings, choices, messages] = await Promise.all([
    emailSettingsView(db, shop),
    outreachChoicesOf(db, shop),
    recentMessages(db, shop),
  ]);
  return {
    isSetUp: settings !== null,
    hasPassword: settings?.hasPassword ?? false,
    server: {
      fromName: settings?.fromName ?? "",
      fromEmail: settings?.fromEmail ?? "",
      replyTo: settings?.replyTo ?? "",
      host: settings?.host ?? "",
      port: String(settings?.port ?? 587),
      security: (settings?.security as EmailServerValues["security"] | undefined) ?? "starttls",
      username: settings?.username ?? "",
      password: "",
      ratePerMinute: String(settings?.ratePerMinute ?? DEFAULT_RATE_PER_MINUTE),
    } satisfies EmailServerValues,
    choices,
    messages: messages.map((message) => ({
      ...message,
      notSent: notSentKey(message.error),
      createdAt: message.createdAt.toISOString(),
      sentAt: message.sentAt?.toISOString() ?? null,
    })),
  };
});

export const action = pageFormsAction(submitEmailForm);

export default function EmailSettings() {
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("email");
  /** The action's answer, to the form that sent it only. */
  const answerTo = <Intent extends EmailFormIntent>(intent: Intent) =>
    answer?.intent === intent ? (answer as Extract<NonNullable<typeof answer>, { intent: Intent }>) : undefined;

  return (
    <Page title={t("title")} subtitle={t("subtitle")} secondaryActions={[{ content: t("editTemplates"), url: "/app/email-templates" }]}>
      <Layout>
        <Layout.AnnotatedSection title={t("server.title")} description={t("server.description")}>
          <EmailServerForm values={data.server} hasPassword={data.hasPassword} answer={answerTo("server")} />
        </Layout.AnnotatedSection>
        <Layout.AnnotatedSection title={t("choices.title")} description={t("choices.description")}>
          <OutreachChoicesForm values={data.choices} emailReady={data.isSetUp} answer={answerTo("choices")} />
        </Layout.AnnotatedSection>
        <Layout.AnnotatedSection title={t("test.sectionTitle")} description={t("test.description")}>
          <TestSendCard answer={answerTo("test")} canSend={data.isSetUp} />
        </Layout.AnnotatedSection>
        <Layout.Section>
          <MessageLogCard messages={data.messages} />
        </Layout.Section>
      </Layout>
    </Page>
  );
}
