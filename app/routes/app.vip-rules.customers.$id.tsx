// One customer's VIP tier: what Shopify shows now (tags, the tier metafield),
// why Concierge decided it, and when and why they entered or left each tier.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData, useNavigation } from "@remix-run/react";
import { Badge, BlockStack, Button, Card, EmptyState, InlineStack, Layout, Link, List, Page, Text } from "@shopify/polaris";
import db from "../db.server";
import { authenticate } from "../shopify.server";
import { shopSettings } from "../services/shop-settings.server";
import { loadCustomerTierHistory } from "../services/vip-rules.server";
import { syncCustomerTier } from "../services/vip-sync.server";

function customerIdOf(param: string | undefined) {
  if (!param || !/^\d{1,20}$/.test(param)) throw new Response("Not found", { status: 404 });
  return param;
}

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const customerId = customerIdOf(params.id);
  const context = { db, admin, shop: session.shop, now: new Date() };
  const [history, settings] = await Promise.all([loadCustomerTierHistory(context, customerId), shopSettings(db, admin, session.shop)]);
  if (!history.customer && !history.tier && history.changes.length === 0) throw new Response("Not found", { status: 404 });
  const metafield = history.customer?.tierMetafield as { tier?: unknown } | null | undefined;
  return {
    customerId,
    customer: history.customer && {
      name: history.customer.name,
      tags: history.customer.tags,
      amountSpent: history.customer.amountSpent,
      ordersCount: history.customer.ordersCount,
      tierInShopify: typeof metafield?.tier === "string" ? metafield.tier : null,
    },
    tier: history.tier && {
      tierName: history.tier.tierName,
      appliedTags: history.tier.appliedTags,
      reason: history.tier.reason,
      evaluatedAt: history.tier.evaluatedAt.toISOString(),
    },
    changes: history.changes.map((change) => ({ ...change, createdAt: change.createdAt.toISOString() })),
    timeZone: settings.ianaTimezone,
  };
};

export const action = async ({ request, params }: ActionFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const customerId = customerIdOf(params.id);
  const outcome = await syncCustomerTier({ db, admin, shop: session.shop, now: new Date(), trigger: "manual" }, { customerId });
  return { outcome: outcome.kind };
};

const KIND_LABELS: Record<string, string> = { entered: "Entered", left: "Left", changed: "Changed" };
const TRIGGER_LABELS: Record<string, string> = {
  "orders/paid": "an order was paid",
  "refunds/create": "a refund",
  "customers/update": "the customer changed in Shopify",
  rule_change: "the rules changed",
  backfill: "every customer was re-evaluated",
  manual: "re-evaluated by hand",
};

export default function CustomerTier() {
  const { customerId, customer, tier, changes, timeZone } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const when = (iso: string) => new Date(iso).toLocaleString("en-US", { timeZone, dateStyle: "medium", timeStyle: "short" });
  const name = customer?.name || `Customer ${customerId}`;

  return (
    <Page
      title={name}
      backAction={{ url: "/app/vip-rules" }}
      titleMetadata={tier?.tierName ? <Badge tone="success">{tier.tierName}</Badge> : <Badge>No tier</Badge>}
    >
      <Layout>
        <Layout.Section variant="oneThird">
          <Card>
            <BlockStack gap="200">
              <Text as="h2" variant="headingSm">
                In Shopify now
              </Text>
              {customer ? (
                <>
                  <Text as="p">
                    {customer.amountSpent} spent · {customer.ordersCount} orders
                  </Text>
                  <InlineStack gap="100">
                    {customer.tags.length === 0 ? (
                      <Text as="span" tone="subdued">
                        No tags
                      </Text>
                    ) : null}
                    {customer.tags.map((tag) => (
                      <Badge
                        key={tag}
                        tone={tier?.appliedTags.some((applied) => applied.toLowerCase() === tag.toLowerCase()) ? "info" : undefined}
                      >
                        {tag}
                      </Badge>
                    ))}
                  </InlineStack>
                  <Text as="p" tone="subdued">
                    {tier?.appliedTags.length
                      ? `Concierge added ${tier.appliedTags.join(", ")}; the other tags are yours and Concierge never removes them.`
                      : "Concierge added none of these tags."}
                  </Text>
                  <Text as="p">Tier on their profile: {customer.tierInShopify ?? "none"}</Text>
                  <Link url={`shopify:admin/customers/${customerId}`} target="_top">
                    Open in Shopify
                  </Link>
                </>
              ) : (
                <Text as="p" tone="subdued">
                  Shopify no longer has this customer.
                </Text>
              )}
              <Form method="post">
                <Button submit loading={navigation.state === "submitting"}>
                  Re-evaluate now
                </Button>
              </Form>
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <BlockStack gap="400">
            {tier ? (
              <Card>
                <BlockStack gap="200">
                  <Text as="h2" variant="headingSm">
                    Why, as of {when(tier.evaluatedAt)}
                  </Text>
                  <List type="bullet">
                    {tier.reason.map((line) => (
                      <List.Item key={line}>{line}</List.Item>
                    ))}
                  </List>
                </BlockStack>
              </Card>
            ) : null}
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingSm">
                  Tier history
                </Text>
                {changes.length === 0 ? (
                  <EmptyState heading="No tier changes yet" image="">
                    <p>When this customer enters or leaves a tier, it shows here with the reason.</p>
                  </EmptyState>
                ) : (
                  changes.map((change) => (
                    <BlockStack key={change.id} gap="100">
                      <InlineStack gap="200" blockAlign="center">
                        <Badge tone={change.kind === "left" ? "warning" : "success"}>{KIND_LABELS[change.kind] ?? change.kind}</Badge>
                        <Text as="span" fontWeight="semibold">
                          {change.kind === "entered"
                            ? change.toTier
                            : change.kind === "left"
                              ? change.fromTier
                              : `${change.fromTier} → ${change.toTier}`}
                        </Text>
                        <Text as="span" tone="subdued">
                          {when(change.createdAt)}, when {TRIGGER_LABELS[change.trigger] ?? change.trigger}
                        </Text>
                      </InlineStack>
                      <List type="bullet">
                        {change.reason.map((line) => (
                          <List.Item key={line}>{line}</List.Item>
                        ))}
                      </List>
                    </BlockStack>
                  ))
                )}
              </BlockStack>
            </Card>
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
