// Helpdesks: how Gorgias, Zendesk and other helpdesks tell Concierge which
// agent handled a customer (copy-paste setups, each with a test button), the
// secret they use, the attribution window, and the helpdesk agents to map.
import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Banner, BlockStack, Box, Button, Card, FormLayout, InlineStack, Layout, Page, Select, Text, TextField } from "@shopify/polaris";
import { useState } from "react";
import { env } from "../env.server";
import { adminContext } from "../http/admin-context.server";
import { loadHelpdeskSetup, submitHelpdeskForm } from "../services/helpdesk-setup.server";
import { useTranslation } from "react-i18next";
import { phraseText, type Phrase } from "../domain/phrase";
import { fieldErrorsText } from "../domain/form-message";
import { useFormat, usePhraseText } from "../i18n/format";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";
import { PostButton } from "../components/form/PostButton";
import { PhraseList } from "../components/PhraseList";
import { AnnotatedCard } from "../components/AnnotatedCard";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  // The signed-in staff member's view of their shop: every read and write here says who made it.
  const { context } = await adminContext(request);
  return loadHelpdeskSetup(context, env.SHOPIFY_APP_URL);
};

/** The form's answer, its message and errors in the staff member's language. */
export const action = answeringShopifyUnavailable(async ({ request }: ActionFunctionArgs) => {
  const { context, language } = await adminContext(request);
  const { t } = language;
  const result = await submitHelpdeskForm(context, await request.formData());
  if (result.ok) return json({ ok: true as const, tone: result.tone, message: phraseText(result.message, t) });
  const message = result.message ? phraseText(result.message, t) : undefined;
  return json({ ok: false as const, fieldErrors: fieldErrorsText(result.fieldErrors, t), message }, { status: 400 });
});

function Code({ label, text }: { label: string; text: string }) {
  return (
    <BlockStack gap="100">
      <Text as="span" variant="bodySm" tone="subdued">
        {label}
      </Text>
      <Box background="bg-surface-secondary" padding="200" borderRadius="200">
        <pre style={{ margin: 0, whiteSpace: "pre-wrap", wordBreak: "break-all", direction: "ltr" }}>{text}</pre>
      </Box>
    </BlockStack>
  );
}

/** A setup's numbered steps, then its URL and headers, ready to copy. */
function Setup({
  steps,
  method,
  url,
  headers,
}: {
  steps: readonly Phrase[];
  method: string;
  url: string;
  headers: Record<string, string>;
}) {
  return (
    <>
      <PhraseList type="number" lines={steps} />
      <Code label={`URL (${method})`} text={url} />
      <Code
        label="Headers"
        text={Object.entries(headers)
          .map(([name, value]) => `${name}: ${value}`)
          .join("\n")}
      />
    </>
  );
}

export default function Helpdesks() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("helpdesks");
  const format = useFormat();
  const text = usePhraseText();
  const navigation = useNavigation();
  const busy = (intent: string, helpdesk?: string) =>
    navigation.state !== "idle" &&
    navigation.formData?.get("intent") === intent &&
    (helpdesk === undefined || navigation.formData?.get("helpdesk") === helpdesk);
  const [windowDays, setWindowDays] = useState(String(data.windowDays));
  const [zendeskSecret, setZendeskSecret] = useState("");
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const errors = result && !result.ok ? result.fieldErrors : {};

  return (
    <Page title={t("title")} backAction={{ content: t("common:back"), url: "/app" }}>
      <Layout>
        <Layout.Section>
          {result ? (
            <Banner tone={result.ok ? result.tone : "critical"}>
              <p role="status">{result.ok ? result.message : (result.message ?? t("checkFields"))}</p>
            </Banner>
          ) : null}
        </Layout.Section>
        <Layout.AnnotatedSection title={t("credit.title")} description={t("credit.description")}>
          <Card>
            <Form method="post">
              <input type="hidden" name="intent" value="options" />
              <FormLayout>
                <TextField
                  label={t("credit.window")}
                  name="windowDays"
                  type="number"
                  min={1}
                  max={30}
                  value={windowDays}
                  onChange={setWindowDays}
                  error={errors.windowDays}
                  helpText={t("credit.windowHelp")}
                  autoComplete="off"
                />
                <TextField
                  label={t("credit.zendeskSecret")}
                  name="zendeskSigningSecret"
                  value={zendeskSecret}
                  onChange={setZendeskSecret}
                  error={errors.zendeskSigningSecret}
                  helpText={data.zendeskSigningSecretSet ? t("credit.secretSaved") : t("credit.secretHelp")}
                  autoComplete="off"
                />
                <Button submit variant="primary" loading={busy("options")}>
                  {t("agents:save")}
                </Button>
              </FormLayout>
            </Form>
          </Card>
        </Layout.AnnotatedSection>
        <AnnotatedCard title={t("secret.title")} description={t("secret.description")}>
          <Code label={t("secret.url")} text={data.endpoint} />
          <Code label={t("secret.secret")} text={data.secret} />
          {data.previousSecretUntil ? (
            <Text as="p">{t("secret.previousUntil", { date: format.instant(data.previousSecretUntil, undefined, "dateTime") })}</Text>
          ) : null}
          <PostButton fields={{ intent: "rotate" }} loading={busy("rotate")}>
            {t("secret.rotate")}
          </PostButton>
        </AnnotatedCard>
        {data.setups.map((setup) => (
          <AnnotatedCard
            key={setup.id}
            title={text(setup.name)}
            description={
              setup.received
                ? t("setup.received", {
                    touches: t("setup.touches", { count: setup.received.touches }),
                    last: setup.received.lastReceivedAt ? format.instant(setup.received.lastReceivedAt, undefined, "dateTime") : "",
                  })
                : t("setup.none")
            }
          >
            <Setup steps={setup.steps} method={setup.method} url={setup.url} headers={setup.headers} />
            <Code label={t("setup.body")} text={setup.body} />
            <PostButton
              fields={{ intent: "test", helpdesk: setup.id }}
              loading={busy("test", setup.id)}
              label={t("setup.testLabel", { name: text(setup.name) })}
            >
              {t("setup.test")}
            </PostButton>
          </AnnotatedCard>
        ))}
        <AnnotatedCard title={t("card.title")} description={t("card.description")}>
          <Text as="h3" variant="headingSm">
            Gorgias
          </Text>
          <Setup steps={data.card.gorgias.steps} method="GET" url={data.card.gorgias.url} headers={data.card.gorgias.headers} />
          <PhraseList lines={data.card.other} />
        </AnnotatedCard>
        <Layout.AnnotatedSection title="Shopify Inbox" description={t("inbox.description")}>
          <Card>
            <Text as="p">{text(data.shopifyInbox)}</Text>
          </Card>
        </Layout.AnnotatedSection>
        <Layout.AnnotatedSection title={t("map.title")} description={t("map.description")}>
          <Card>
            {data.unknownAgents.length === 0 ? (
              <Text as="p">{t("map.none")}</Text>
            ) : (
              <BlockStack gap="300">
                {data.unknownAgents.map((row) => (
                  <Form method="post" key={row.agentEmail}>
                    <input type="hidden" name="intent" value="map" />
                    <input type="hidden" name="agentEmail" value={row.agentEmail} />
                    <InlineStack gap="300" blockAlign="end">
                      <Text as="span">
                        {row.agentEmail}: {t("setup.touches", { count: row.touches })}
                      </Text>
                      <Select
                        label={t("map.agentFor", { email: row.agentEmail })}
                        name="agentId"
                        options={[
                          { label: t("map.choose"), value: "" },
                          ...data.agents.map((agent) => ({ label: `${agent.name} (${agent.email})`, value: agent.id })),
                        ]}
                        value={mapping[row.agentEmail] ?? ""}
                        onChange={(value) => setMapping({ ...mapping, [row.agentEmail]: value })}
                        error={errors.agentId}
                      />
                      <Button submit>{t("map.map")}</Button>
                    </InlineStack>
                  </Form>
                ))}
              </BlockStack>
            )}
          </Card>
        </Layout.AnnotatedSection>
      </Layout>
    </Page>
  );
}
