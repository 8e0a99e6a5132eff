// Email from Concierge: the merchant's sender and SMTP server, which
// messages it sends, and the log of every message (sent, skipped, failed).
import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import {
  Badge,
  Banner,
  BlockStack,
  Button,
  Card,
  Checkbox,
  DataTable,
  FormLayout,
  Layout,
  Page,
  Select,
  Text,
  TextField,
} from "@shopify/polaris";
import { useState, type FormEvent } from "react";
import { parseEmailSettingsForm } from "../domain/outreach/email-settings";
import { fieldErrorsText } from "../domain/form-message";
import { DEFAULT_FLOW_STAGES, FLOW_STAGES, NOTIFIED_STAGES } from "../domain/outreach/stages";
import { SettingsKeyMissingError } from "../secret-box.server";
import { emailSettingsView, recentMessages, saveEmailSettings } from "../services/outreach-email.server";
import { adminContext } from "../http/admin-context.server";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";
import { TestSendCard } from "../components/email/TestSendCard";
import { testSendAction } from "./app.email.test-send.server";
import { StageChecklist } from "../components/email/StageChecklist";

export const loader = answeringShopifyUnavailable(async ({ request }: LoaderFunctionArgs) => {
  const { db, shop } = (await adminContext(request)).context;
  const [settings, messages] = await Promise.all([emailSettingsView(db, shop), recentMessages(db, shop)]);
  return {
    isSetUp: settings !== null,
    hasPassword: settings?.hasPassword ?? false,
    values: {
      fromName: settings?.fromName ?? "",
      fromEmail: settings?.fromEmail ?? "",
      replyTo: settings?.replyTo ?? "",
      host: settings?.host ?? "",
      port: String(settings?.port ?? 587),
      security: settings?.security ?? "starttls",
      username: settings?.username ?? "",
      password: "",
      ratePerMinute: String(settings?.ratePerMinute ?? 60),
    },
    sendDelayAlerts: settings?.sendDelayAlerts ?? true,
    stageUpdates: settings?.stageUpdates ?? [],
    flowStages: settings?.flowStages ?? [...DEFAULT_FLOW_STAGES],
    messages: messages.map((message) => ({
      ...message,
      createdAt: message.createdAt.toISOString(),
      sentAt: message.sentAt?.toISOString() ?? null,
    })),
  };
});

export const action = answeringShopifyUnavailable(async ({ request }: ActionFunctionArgs) => {
  const { context, language } = await adminContext(request);
  const { t } = language;
  const formData = await request.formData();
  if (formData.get("intent") === "test") return testSendAction(context, formData, t);
  const parsed = parseEmailSettingsForm(formData);
  if (!parsed.ok)
    return json({ fieldErrors: fieldErrorsText(parsed.fieldErrors, t), saved: false, problem: null, test: null }, { status: 400 });
  try {
    await saveEmailSettings(context.db, context.shop, parsed.settings);
  } catch (error) {
    if (error instanceof SettingsKeyMissingError)
      return json(
        {
          fieldErrors: {} as Record<string, string>,
          saved: false,
          problem: t("email:noEncryptionKey"),
          test: null,
        },
        { status: 503 },
      );
    throw error;
  }
  return { fieldErrors: {} as Record<string, string>, saved: true, problem: null, test: null };
});

const STATUS_TONES: Record<string, "success" | "critical" | "attention" | "info" | undefined> = {
  sent: "success",
  failed: "critical",
  perhaps_sent: "attention",
  skipped: "info",
};

type Values = ReturnType<typeof useLoaderData<typeof loader>>["values"];

export default function EmailSettings() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("email");
  const format = useFormat();
  const navigation = useNavigation();
  const [values, setValues] = useState<Values>(data.values);
  const [delayAlerts, setDelayAlerts] = useState(data.sendDelayAlerts);
  const [stages, setStages] = useState<string[]>(data.stageUpdates);
  const [flowStages, setFlowStages] = useState<string[]>(data.flowStages);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const errors: Record<string, string> = clientErrors ?? result?.fieldErrors ?? {};
  const field = (name: keyof Values) => ({
    name,
    value: values[name],
    onChange: (value: string) => setValues({ ...values, [name]: value }),
    error: errors[name],
    autoComplete: "off",
  });
  const check = (event: FormEvent<HTMLFormElement>) => {
    const parsed = parseEmailSettingsForm(new FormData(event.currentTarget));
    setClientErrors(parsed.ok ? null : parsed.fieldErrors);
    if (!parsed.ok) event.preventDefault();
  };

  return (
    <Page title={t("title")} subtitle={t("subtitle")} secondaryActions={[{ content: t("editTemplates"), url: "/app/email-templates" }]}>
      <Layout>
        <Layout.AnnotatedSection title={t("server.title")} description={t("server.description")}>
          <Card>
            <Form method="post" onSubmit={check}>
              <BlockStack gap="400">
                {result?.saved && !clientErrors ? <Banner tone="success">{t("server.saved")}</Banner> : null}
                {result?.problem ? <Banner tone="critical">{result.problem}</Banner> : null}
                <FormLayout>
                  <FormLayout.Group>
                    <TextField label={t("server.fromName")} {...field("fromName")} />
                    <TextField label={t("server.fromEmail")} type="email" {...field("fromEmail")} />
                  </FormLayout.Group>
                  <TextField label={t("server.replyTo")} type="email" {...field("replyTo")} />
                  <FormLayout.Group>
                    <TextField label={t("server.host")} placeholder="smtp.yourprovider.com" {...field("host")} />
                    <TextField label={t("server.port")} inputMode="numeric" {...field("port")} />
                  </FormLayout.Group>
                  <Select
                    label={t("server.security")}
                    name="security"
                    value={values.security}
                    onChange={(value) => setValues({ ...values, security: value })}
                    error={errors.security}
                    options={[
                      { label: t("server.starttls"), value: "starttls" },
                      { label: t("server.tls"), value: "tls" },
                      { label: t("server.none"), value: "none" },
                    ]}
                  />
                  <FormLayout.Group>
                    <TextField label={t("server.username")} {...field("username")} />
                    <TextField
                      label={t("server.password")}
                      type="password"
                      helpText={data.hasPassword ? t("server.passwordStored") : undefined}
                      {...field("password")}
                    />
                  </FormLayout.Group>
                  <TextField label={t("server.rate")} inputMode="numeric" {...field("ratePerMinute")} />
                  <Checkbox
                    label={t("server.delayAlerts")}
                    helpText={t("server.delayAlertsHelp")}
                    checked={delayAlerts}
                    onChange={setDelayAlerts}
                  />
                  <input type="hidden" name="sendDelayAlerts" value={delayAlerts ? "on" : "off"} />
                  <StageChecklist
                    title={t("server.stages")}
                    name="stageUpdates"
                    stages={NOTIFIED_STAGES}
                    labelOf={(stage) => t(`server.stageLabels.${stage}`)}
                    chosen={stages}
                    onChange={setStages}
                  />
                  <StageChecklist
                    title={t("server.flowStages")}
                    help={t("server.flowStagesHelp")}
                    name="flowStages"
                    stages={FLOW_STAGES}
                    labelOf={(stage) => t(`server.flowStageLabels.${stage}`)}
                    chosen={flowStages}
                    onChange={setFlowStages}
                  />
                </FormLayout>
                <Button submit variant="primary" loading={navigation.state === "submitting"}>
                  {t("agents:save")}
                </Button>
              </BlockStack>
            </Form>
          </Card>
        </Layout.AnnotatedSection>
        <Layout.AnnotatedSection title={t("test.sectionTitle")} description={t("test.description")}>
          <TestSendCard result={result?.test} canSend={data.isSetUp} />
        </Layout.AnnotatedSection>
        <Layout.Section>
          <Card padding="0">
            <BlockStack gap="200">
              <div style={{ padding: "var(--p-space-400)" }}>
                <Text as="h2" variant="headingMd">
                  {t("messages.title")}
                </Text>
                <Text as="p" tone="subdued">
                  {t("messages.detail")}
                </Text>
              </div>
              <DataTable
                columnContentTypes={["text", "text", "text", "text"]}
                headings={[t("messages.when"), t("messages.to"), t("messages.subject"), t("messages.status")]}
                rows={data.messages.map((message) => [
                  format.instant(message.createdAt, undefined, "dateTime"),
                  message.toEmail ?? "",
                  message.subject ??
                    (message.kind.startsWith("flow:")
                      ? t("messages.flow", {
                          kind: t(`messages.flowTriggers.${message.kind.slice(5)}`, {
                            defaultValue: message.kind.slice(5).replace(/-/g, " "),
                          }),
                        })
                      : message.kind.replace("_", " ")),
                  <BlockStack key="status" gap="050">
                    <Badge tone={STATUS_TONES[message.status]}>
                      {t(`messages.statuses.${message.status}`, { defaultValue: message.status.replace("_", " ") })}
                    </Badge>
                    {message.error ? (
                      <Text as="span" tone="subdued">
                        {message.error}
                      </Text>
                    ) : null}
                  </BlockStack>,
                ])}
              />
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
