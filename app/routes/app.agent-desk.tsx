// The agent desk: find a customer by email, phone or order number, see them
// at a glance, issue a single-use delight code from the month's budget and
// copy a ready reply. The signed-in staff member is the agent.
// json(), not Response.json(): the production server installs Remix's fetch
// globals, whose Response has no static json().
import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useAppBridge } from "@shopify/app-bridge-react";
import {
  Badge,
  Banner,
  BlockStack,
  Button,
  Card,
  DataTable,
  FormLayout,
  InlineGrid,
  InlineStack,
  Layout,
  Link,
  Page,
  Select,
  Text,
  TextField,
} from "@shopify/polaris";
import { useState, type FormEvent } from "react";
import db from "../db.server";
import { parseDelightCodeForm } from "../domain/agents/desk";
import { authenticate } from "../shopify.server";
import { issueDelightCode, loadDesk, staffMemberOf, type IssuedDelightCode } from "../services/agent-desk.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  return loadDesk({ db, admin, shop: session.shop, now: new Date(), staff: staffMemberOf(session) }, new URL(request.url).searchParams);
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const result = await issueDelightCode(
    { db, admin, shop: session.shop, now: new Date(), staff: staffMemberOf(session) },
    await request.formData(),
  );
  if (!result.ok) return json({ fieldErrors: result.fieldErrors, issued: null }, { status: 400 });
  return { fieldErrors: {} as Record<string, string>, issued: result.issued };
};

type ActionData = { fieldErrors: Record<string, string>; issued: IssuedDelightCode | null };

const DISCOUNT_KINDS = [
  { label: "Fixed amount off", value: "fixed_amount" },
  { label: "Percentage off", value: "percentage" },
];

const STATUS_LABEL = (status: string | null) => (status ? status.toLowerCase().replaceAll("_", " ") : "—");

export default function AgentDesk() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<ActionData>();
  const navigation = useNavigation();
  const shopify = useAppBridge();
  const [query, setQuery] = useState(data.lookup?.query ?? "");
  const [kind, setKind] = useState("fixed_amount");
  const [value, setValue] = useState("10");
  const [days, setDays] = useState("30");
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const errors = clientErrors ?? result?.fieldErrors ?? {};
  const customer = data.lookup?.customer ?? null;
  const issued = clientErrors ? null : (result?.issued ?? null);

  const check = (event: FormEvent<HTMLFormElement>) => {
    const parsed = parseDelightCodeForm(new FormData(event.currentTarget), { shopCurrency: data.shopCurrency });
    setClientErrors(parsed.ok ? null : parsed.fieldErrors);
    if (!parsed.ok) event.preventDefault();
  };
  const copy = async (text: string) => {
    // The Clipboard API can be refused inside the admin's iframe; a selected
    // text area and the copy command still work there.
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      const area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      copied = document.execCommand("copy");
      area.remove();
    }
    shopify.toast.show(copied ? "Copied" : "Couldn't copy: select the text and copy it", { isError: !copied });
  };

  return (
    <Page title="Agent desk" subtitle={data.agent ? `Signed in as ${data.agent.name}` : undefined} backAction={{ url: "/app/agents" }}>
      <Layout>
        {!data.agent ? (
          <Layout.Section>
            <Banner tone="warning" title="You're not on the agent roster">
              <p>
                Codes you issue are credited to you, so you need to be an agent first.{" "}
                <Link url={`/app/agents/new?${new URLSearchParams({ name: data.staff?.name ?? "", email: data.staff?.email ?? "" }).toString()}`}>
                  Add yourself
                </Link>{" "}
                with your Shopify email{data.staff?.email ? ` (${data.staff.email})` : ""}, or ask the store owner.
              </p>
            </Banner>
          </Layout.Section>
        ) : null}

        <Layout.Section>
          <Card>
            <Form method="get">
              <InlineStack gap="200" blockAlign="end" wrap={false}>
                <div style={{ flexGrow: 1 }}>
                  <TextField
                    label="Find a customer"
                    name="q"
                    value={query}
                    onChange={setQuery}
                    placeholder="Email, phone (+1 212 555 0100) or order number (#1001)"
                    autoComplete="off"
                    error={data.lookup?.error ?? undefined}
                  />
                </div>
                <Button submit variant="primary" loading={navigation.state === "loading" && navigation.formMethod === "GET"}>
                  Find
                </Button>
              </InlineStack>
            </Form>
          </Card>
        </Layout.Section>

        {customer ? (
          <Layout.Section>
            <Card>
              <BlockStack gap="300">
                <InlineStack gap="200" blockAlign="center">
                  <Text as="h2" variant="headingLg">
                    {customer.name}
                  </Text>
                  {customer.tier ? <Badge tone="magic">{customer.tier}</Badge> : null}
                  <Link url={`shopify:admin/customers/${customer.id}`} target="_top">
                    Open in Shopify
                  </Link>
                </InlineStack>
                <Text as="p" tone="subdued">
                  {[customer.email, customer.phone].filter(Boolean).join(" · ")}
                  {data.lookup && data.lookup.otherMatches > 0 ? ` · ${data.lookup.otherMatches} other customer(s) match` : ""}
                </Text>
                <InlineGrid columns={3} gap="300">
                  <BlockStack gap="050">
                    <Text as="span" tone="subdued">
                      Total spent
                    </Text>
                    <Text as="span" variant="headingMd">
                      {customer.totalSpent}
                    </Text>
                  </BlockStack>
                  <BlockStack gap="050">
                    <Text as="span" tone="subdued">
                      Orders
                    </Text>
                    <Text as="span" variant="headingMd">
                      {customer.orderCount}
                    </Text>
                  </BlockStack>
                  <BlockStack gap="050">
                    <Text as="span" tone="subdued">
                      Average order
                    </Text>
                    <Text as="span" variant="headingMd">
                      {customer.averageOrder ?? "—"}
                    </Text>
                  </BlockStack>
                </InlineGrid>
                {customer.tags.length > 0 ? (
                  <InlineStack gap="100">
                    {customer.tags.map((tag) => (
                      <Badge key={tag}>{tag}</Badge>
                    ))}
                  </InlineStack>
                ) : null}
                {customer.recentOrders.length > 0 ? (
                  <DataTable
                    columnContentTypes={["text", "text", "numeric", "text", "text", "text"]}
                    headings={["Order", "Date", "Total", "Payment", "Fulfillment", ""]}
                    rows={customer.recentOrders.map((order) => [
                      <Link key="order" url={`shopify:admin/orders/${order.id}`} target="_top">
                        {order.name}
                      </Link>,
                      new Date(order.processedAt).toLocaleDateString("en-US", { timeZone: data.shopTimeZone }),
                      order.total,
                      order.cancelled ? "cancelled" : STATUS_LABEL(order.financialStatus),
                      STATUS_LABEL(order.fulfillmentStatus),
                      <Link key="exchange" url={`/app/exchanges/${order.id}`}>
                        Exchange
                      </Link>,
                    ])}
                  />
                ) : (
                  <Text as="p" tone="subdued">
                    No orders yet.
                  </Text>
                )}
              </BlockStack>
            </Card>
          </Layout.Section>
        ) : null}

        {data.agent ? (
          <Layout.Section variant="oneThird">
            <Card>
              <Form method="post" onSubmit={check}>
                <BlockStack gap="300">
                  <Text as="h2" variant="headingMd">
                    Issue a delight code
                  </Text>
                  {data.budget ? (
                    <Text as="p" tone="subdued">
                      {data.budget.remaining} left of your {data.budget.budget} for {data.budget.month}.
                    </Text>
                  ) : null}
                  <Text as="p">{customer ? `For ${customer.name} only, once.` : "Find a customer to make the code theirs alone; otherwise anyone can use it once."}</Text>
                  {errors.form ? <Banner tone="critical">{errors.form}</Banner> : null}
                  {errors.customerId ? <Banner tone="critical">{errors.customerId}</Banner> : null}
                  <input type="hidden" name="customerId" value={customer?.id ?? ""} />
                  <FormLayout>
                    <Select
                      label="Discount"
                      name="discount.kind"
                      options={DISCOUNT_KINDS}
                      value={kind}
                      onChange={setKind}
                      error={errors["discount.kind"] ?? errors.discount}
                    />
                    <TextField
                      label="Value"
                      name="discount.value"
                      inputMode="decimal"
                      {...(kind === "percentage" ? { suffix: "%" } : { prefix: data.shopCurrency })}
                      value={value}
                      onChange={setValue}
                      error={errors["discount.value"]}
                      autoComplete="off"
                    />
                    <TextField
                      label="Expires after"
                      name="expiresInDays"
                      suffix="days"
                      inputMode="numeric"
                      value={days}
                      onChange={setDays}
                      error={errors.expiresInDays}
                      autoComplete="off"
                    />
                  </FormLayout>
                  <Button submit variant="primary" disabled={!data.agent.active} loading={navigation.state === "submitting"}>
                    Issue code
                  </Button>
                </BlockStack>
              </Form>
            </Card>
          </Layout.Section>
        ) : null}

        {issued ? (
          <Layout.Section>
            <Card>
              <BlockStack gap="300">
                <InlineStack gap="200" blockAlign="center">
                  <Text as="h2" variant="headingLg">
                    {issued.code}
                  </Text>
                  <Badge tone="success">{issued.value}</Badge>
                </InlineStack>
                <Text as="p" tone="subdued">
                  Works once, until {issued.expiresLabel}. Cost {issued.cost} of your budget; {issued.remaining} left.
                </Text>
                <TextField label="Ready reply" value={issued.reply} multiline={4} readOnly autoComplete="off" />
                <InlineStack gap="200">
                  <Button variant="primary" onClick={() => void copy(issued.reply)}>
                    Copy reply
                  </Button>
                  <Button onClick={() => void copy(issued.code)}>Copy code</Button>
                </InlineStack>
              </BlockStack>
            </Card>
          </Layout.Section>
        ) : null}

        <Layout.Section variant="oneThird">
          <Card>
            <BlockStack gap="200">
              <Text as="h2" variant="headingSm">
                On shift now
              </Text>
              {data.onShift.length === 0 ? (
                <Text as="p" tone="subdued">
                  Nobody.
                </Text>
              ) : (
                data.onShift.map((member) => (
                  <Text as="p" key={member.id}>
                    {member.name}
                    {member.team ? ` · ${member.team}` : ""} ({member.timeZone})
                    {member.languages.length ? ` · ${member.languages.join(", ").toUpperCase()}` : ""}
                  </Text>
                ))
              )}
              {data.suggestedAgent ? (
                <Text as="p" tone="success">
                  {`Speaks the customer’s language (${data.suggestedAgent.language}): ${data.suggestedAgent.name}`}
                </Text>
              ) : null}
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
