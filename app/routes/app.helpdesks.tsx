// Helpdesks: how Gorgias, Zendesk and other helpdesks tell Concierge which
// agent handled a customer (copy-paste setups, each with a test button), the
// secret they use, the attribution window, and the helpdesk agents to map.
import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import {
  Banner,
  BlockStack,
  Box,
  Button,
  Card,
  FormLayout,
  InlineStack,
  Layout,
  List,
  Page,
  Select,
  Text,
  TextField,
} from "@shopify/polaris";
import { useState } from "react";
import db from "../db.server";
import { env } from "../env.server";
import { authenticate } from "../shopify.server";
import { staffMemberOf } from "../services/agent-desk.server";
import { loadHelpdeskSetup, submitHelpdeskForm } from "../services/helpdesk-setup.server";

/** The signed-in staff member's view of their shop: every read and write here says who made it. */
async function staffContext(request: Request) {
  const { session } = await authenticate.admin(request);
  return { db, shop: session.shop, now: new Date(), staff: staffMemberOf(session) };
}

export const loader = async ({ request }: LoaderFunctionArgs) => loadHelpdeskSetup(await staffContext(request), env.SHOPIFY_APP_URL);

export const action = async ({ request }: ActionFunctionArgs) => {
  const result = await submitHelpdeskForm(await staffContext(request), await request.formData());
  return json(result, { status: result.ok ? 200 : 400 });
};

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
function Setup({ steps, method, url, headers }: { steps: string[]; method: string; url: string; headers: Record<string, string> }) {
  return (
    <>
      <List type="number">
        {steps.map((step) => (
          <List.Item key={step}>{step}</List.Item>
        ))}
      </List>
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
    <Page title="Helpdesks" backAction={{ url: "/app" }}>
      <Layout>
        <Layout.Section>
          {result ? (
            <Banner tone={result.ok ? result.tone : "critical"}>
              <p role="status">{result.ok ? result.message : (result.message ?? "Check the fields below.")}</p>
            </Banner>
          ) : null}
        </Layout.Section>
        <Layout.AnnotatedSection
          title="Credit the agent who helped"
          description="When a helpdesk tells Concierge an agent handled a customer's conversation, the customer's next order within the window is credited to that agent, with their commission. An agent's code on the order wins."
        >
          <Card>
            <Form method="post">
              <input type="hidden" name="intent" value="options" />
              <FormLayout>
                <TextField
                  label="Attribution window (days)"
                  name="windowDays"
                  type="number"
                  min={1}
                  max={30}
                  value={windowDays}
                  onChange={setWindowDays}
                  error={errors.windowDays}
                  helpText="Gorgias credits a sale to support when the customer bought within 3 days of a ticket."
                  autoComplete="off"
                />
                <TextField
                  label="Zendesk's signing secret"
                  name="zendeskSigningSecret"
                  value={zendeskSecret}
                  onChange={setZendeskSecret}
                  error={errors.zendeskSigningSecret}
                  helpText={
                    data.zendeskSigningSecretSet
                      ? "Saved. Paste a new one to replace it."
                      : "From the Concierge webhook's details in Zendesk (Reveal secret)."
                  }
                  autoComplete="off"
                />
                <Button submit variant="primary" loading={busy("options")}>
                  Save
                </Button>
              </FormLayout>
            </Form>
          </Card>
        </Layout.AnnotatedSection>
        <Layout.AnnotatedSection
          title="This shop's secret"
          description="Helpdesks sign their requests with it, or send it in a header. Keep it private; make a new one if it leaks: the old one keeps working for 24 hours."
        >
          <Card>
            <BlockStack gap="300">
              <Code label="Touches URL" text={data.endpoint} />
              <Code label="Secret" text={data.secret} />
              {data.previousSecretUntil ? (
                <Text as="p">The previous secret works until {new Date(data.previousSecretUntil).toUTCString()}.</Text>
              ) : null}
              <Form method="post">
                <input type="hidden" name="intent" value="rotate" />
                <Button submit loading={busy("rotate")}>
                  Make a new secret
                </Button>
              </Form>
            </BlockStack>
          </Card>
        </Layout.AnnotatedSection>
        {data.setups.map((setup) => (
          <Layout.AnnotatedSection
            key={setup.id}
            title={setup.name}
            description={
              setup.received
                ? `${setup.received.touches} touches received, the last ${setup.received.lastReceivedAt ? new Date(setup.received.lastReceivedAt).toUTCString() : ""}`
                : "No touches received yet."
            }
          >
            <Card>
              <BlockStack gap="300">
                <Setup steps={setup.steps} method={setup.method} url={setup.url} headers={setup.headers} />
                <Code label="Body" text={setup.body} />
                <Form method="post">
                  <input type="hidden" name="intent" value="test" />
                  <input type="hidden" name="helpdesk" value={setup.id} />
                  <Button submit loading={busy("test", setup.id)} accessibilityLabel={`Send a test touch as ${setup.name}`}>
                    Send a test touch
                  </Button>
                </Form>
              </BlockStack>
            </Card>
          </Layout.AnnotatedSection>
        ))}
        <Layout.AnnotatedSection
          title="Concierge beside the ticket"
          description="The customer card: their tier and what it gives, lifetime spend, recent orders with their tracking page, open exchange requests and their offers, your delight budget left, and the agent desk on this customer."
        >
          <Card>
            <BlockStack gap="300">
              <Text as="h3" variant="headingSm">
                Gorgias
              </Text>
              <Setup steps={data.card.gorgias.steps} method="GET" url={data.card.gorgias.url} headers={data.card.gorgias.headers} />
              <List>
                {data.card.other.map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
            </BlockStack>
          </Card>
        </Layout.AnnotatedSection>
        <Layout.AnnotatedSection title="Shopify Inbox" description="What Shopify Inbox allows.">
          <Card>
            <Text as="p">{data.shopifyInbox}</Text>
          </Card>
        </Layout.AnnotatedSection>
        <Layout.AnnotatedSection
          title="Helpdesk agents to map"
          description="Touches by an email no Concierge agent has are kept here, not dropped. Map the email to an agent and their touches credit that agent."
        >
          <Card>
            {data.unknownAgents.length === 0 ? (
              <Text as="p">Every helpdesk agent who sent a touch is a Concierge agent.</Text>
            ) : (
              <BlockStack gap="300">
                {data.unknownAgents.map((row) => (
                  <Form method="post" key={row.agentEmail}>
                    <input type="hidden" name="intent" value="map" />
                    <input type="hidden" name="agentEmail" value={row.agentEmail} />
                    <InlineStack gap="300" blockAlign="end">
                      <Text as="span">
                        {row.agentEmail}: {row.touches} {row.touches === 1 ? "touch" : "touches"}
                      </Text>
                      <Select
                        label={`Agent for ${row.agentEmail}`}
                        name="agentId"
                        options={[
                          { label: "Choose an agent", value: "" },
                          ...data.agents.map((agent) => ({ label: `${agent.name} (${agent.email})`, value: agent.id })),
                        ]}
                        value={mapping[row.agentEmail] ?? ""}
                        onChange={(value) => setMapping({ ...mapping, [row.agentEmail]: value })}
                        error={errors.agentId}
                      />
                      <Button submit>Map</Button>
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
