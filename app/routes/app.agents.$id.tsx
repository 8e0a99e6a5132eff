// One agent: "new" adds one (their personal code is created in Shopify);
// an id edits them, shows their codes as Shopify sees them and the ledger of
// what their delight codes cost this month. Another shop's agent is a 404.
// json(), not Response.json(): the production server installs Remix's fetch
// globals, whose Response has no static json().
import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Badge, Banner, BlockStack, Card, DataTable, InlineGrid, Layout, Link, Page, Text } from "@shopify/polaris";
import { AgentForm } from "../components/AgentForm";
import db from "../db.server";
import { timeZoneOptions } from "../domain/time/zoned-time";
import { authenticate } from "../shopify.server";
import { agentFormContext, createAgent, updateAgent } from "../services/agents.server";
import { blankAgentFormValues, loadAgent } from "../services/agent-pages.server";

const NEW = "new";

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const context = { db, admin, shop: session.shop, now: new Date() };
  if (params.id === NEW) {
    const url = new URL(request.url);
    const { settings, options } = await agentFormContext(context);
    return {
      mode: "new" as const,
      values: blankAgentFormValues(options, { name: url.searchParams.get("name") ?? "", email: url.searchParams.get("email") ?? "" }),
      options: { ...options, shopTimeZone: settings.ianaTimezone },
      timeZones: timeZoneOptions(),
      agent: null,
      budget: null,
      codes: [],
    };
  }
  // Scoped by shop: another shop's agent id finds nothing.
  const agent = await loadAgent(context, params.id ?? "");
  if (!agent) throw new Response("Not found", { status: 404 });
  return { mode: "edit" as const, timeZones: timeZoneOptions(), ...agent };
};

export const action = async ({ request, params }: ActionFunctionArgs) => {
  const { admin, session, redirect } = await authenticate.admin(request);
  const context = { db, admin, shop: session.shop, now: new Date() };
  const form = await request.formData();
  if (params.id === NEW) {
    const result = await createAgent(context, form);
    if (!result.ok) return json({ fieldErrors: result.fieldErrors, saved: false }, { status: 400 });
    return redirect(`/app/agents/${result.agentId}`);
  }
  const result = await updateAgent(context, params.id ?? "", form);
  if (!result) throw new Response("Not found", { status: 404 });
  if (!result.ok) return json({ fieldErrors: result.fieldErrors, saved: false }, { status: 400 });
  return { fieldErrors: {} as Record<string, string>, saved: true };
};

const KIND_LABELS: Record<string, string> = { personal: "Personal", delight: "Delight" };

function shopifyStatus(code: { status: string; shopifyStatus: string | null; timesUsed: number | null; kind: string }) {
  if (code.shopifyStatus === "ACTIVE") return <Badge tone="success">Works</Badge>;
  if (code.kind === "delight" && code.timesUsed !== null && code.timesUsed > 0) return <Badge tone="info">Used</Badge>;
  if (code.status === "deactivated") return <Badge>Deactivated</Badge>;
  return <Badge tone="attention">{code.shopifyStatus === "SCHEDULED" ? "Scheduled" : "Expired"}</Badge>;
}

export default function AgentPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<{ fieldErrors: Record<string, string>; saved: boolean }>();
  const navigation = useNavigation();
  const title = data.mode === "new" ? "Add agent" : data.agent.name;

  return (
    <Page
      title={title}
      backAction={{ url: "/app/agents" }}
      titleMetadata={data.mode === "edit" ? (data.agent.active ? <Badge tone="success">Active</Badge> : <Badge>Inactive</Badge>) : undefined}
    >
      <Layout>
        {result?.saved ? (
          <Layout.Section>
            <Banner tone="success">Agent saved</Banner>
          </Layout.Section>
        ) : null}
        {data.mode === "edit" ? (
          <Layout.Section>
            <InlineGrid columns={3} gap="400">
              <Card>
                <BlockStack gap="100">
                  <Text as="h2" variant="headingSm">
                    Delight budget · {data.budget.month}
                  </Text>
                  <Text as="p" variant="headingLg">
                    {data.budget.remaining} left
                  </Text>
                  <Text as="p" tone="subdued">
                    {data.budget.spent} of {data.budget.budget} spent
                  </Text>
                </BlockStack>
              </Card>
              <Card>
                <BlockStack gap="100">
                  <Text as="h2" variant="headingSm">
                    Right now
                  </Text>
                  <Text as="p" variant="headingLg">
                    {data.agent.onShift ? "On shift" : "Off shift"}
                  </Text>
                </BlockStack>
              </Card>
              <Card>
                <BlockStack gap="100">
                  <Text as="h2" variant="headingSm">
                    Shopify staff account
                  </Text>
                  <Text as="p">{data.agent.linkedToStaff ? "Linked: their actions are recorded as theirs." : "Not signed in to Concierge yet."}</Text>
                </BlockStack>
              </Card>
            </InlineGrid>
          </Layout.Section>
        ) : null}
        <Layout.Section>
          <AgentForm
            key={data.mode === "edit" ? data.agent.id : NEW}
            mode={data.mode}
            initialValues={data.values}
            options={data.options}
            timeZones={data.timeZones}
            fieldErrors={result?.fieldErrors ?? {}}
            submitting={navigation.state === "submitting"}
          />
        </Layout.Section>
        {data.mode === "edit" ? (
          <Layout.Section>
            <Card padding="0">
              <BlockStack gap="200">
                <div style={{ padding: "var(--p-space-400)" }}>
                  <Text as="h2" variant="headingMd">
                    Codes and budget ledger
                  </Text>
                  <Text as="p" tone="subdued">
                    What each delight code cost the budget when it was issued, and whether each code works in Shopify now.
                  </Text>
                </div>
                <DataTable
                  columnContentTypes={["text", "text", "text", "numeric", "text", "text", "text", "text"]}
                  headings={["Code", "Kind", "Value", "Cost", "Customer", "Issued", "Expires", "In Shopify"]}
                  rows={data.codes.map((code) => [
                    code.code,
                    KIND_LABELS[code.kind] ?? code.kind,
                    code.value,
                    code.kind === "delight" ? code.cost : "—",
                    code.customerId ? (
                      <Link key="customer" url={`shopify:admin/customers/${code.customerId}`} target="_top">
                        Customer {code.customerId}
                      </Link>
                    ) : (
                      "Anyone"
                    ),
                    new Date(code.issuedAt).toLocaleDateString("en-US", { timeZone: data.options.shopTimeZone }),
                    code.expiresAt ? new Date(code.expiresAt).toLocaleDateString("en-US", { timeZone: data.options.shopTimeZone }) : "—",
                    shopifyStatus(code),
                  ])}
                />
              </BlockStack>
            </Card>
          </Layout.Section>
        ) : null}
      </Layout>
    </Page>
  );
}
