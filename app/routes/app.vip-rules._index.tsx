// The shop's VIP rules in precedence order (a customer holds the highest tier
// they qualify for), with how many customers hold each, the re-evaluation
// of every customer after a change (refreshed while it runs), and the latest
// tier changes.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link as RemixLink, useLoaderData, useNavigation } from "@remix-run/react";
import {
  Badge,
  Banner,
  BlockStack,
  Button,
  Card,
  EmptyState,
  IndexTable,
  InlineStack,
  Layout,
  Page,
  ProgressBar,
  Text,
} from "@shopify/polaris";
import type { FormEvent } from "react";
import db from "../db.server";
import { describeConditions } from "../domain/vip/rule-form";
import { authenticate } from "../shopify.server";
import { useRefreshWhile } from "../components/useRefreshWhile";
import { shopSettings } from "../services/shop-settings.server";
import { latestBackfill } from "../data/vip.server";
import {
  deleteVipRuleAndReevaluate,
  loadVipRulesPage,
  moveVipRuleAndReevaluate,
  startBackfillAfterChange,
} from "../services/vip-rules.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const [page, settings, backfill] = await Promise.all([
    loadVipRulesPage({ db, shop: session.shop }),
    shopSettings(db, admin, session.shop),
    latestBackfill(db, session.shop),
  ]);
  return {
    rules: page.rules.map(({ rule, members }) => ({
      id: rule.id,
      precedence: rule.precedence,
      tierName: rule.tierName,
      enabled: rule.enabled,
      conditions: describeConditions(rule, settings.currencyCode),
      tags: rule.tagsToAdd,
      skipBot: rule.skipBot,
      skipQueue: rule.skipQueue,
      instantRefunds: rule.instantRefunds,
      concierge: rule.concierge?.name ?? rule.concierge?.email ?? rule.concierge?.phone ?? rule.concierge?.whatsapp ?? null,
      members,
    })),
    backfill: backfill && {
      status: backfill.status,
      trigger: backfill.trigger,
      customersTotal: backfill.customersTotal,
      customersProcessed: backfill.customersProcessed,
      customersChanged: backfill.customersChanged,
      mutations: backfill.mutations,
      error: backfill.error,
      startedAt: backfill.startedAt.toISOString(),
      finishedAt: backfill.finishedAt?.toISOString() ?? null,
    },
    recent: page.recent.map((change) => ({
      id: change.id,
      customerId: change.customerId,
      kind: change.kind,
      fromTier: change.fromTier,
      toTier: change.toTier,
      why: change.reason[change.kind === "left" ? 0 : change.reason.length - 1] ?? "",
      trigger: change.trigger,
      createdAt: change.createdAt.toISOString(),
    })),
    timeZone: settings.ianaTimezone,
  };
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const context = { db, admin, shop: session.shop, now: new Date() };
  const form = await request.formData();
  const intent = form.get("intent");
  const id = String(form.get("id") ?? "");
  const started =
    intent === "move-up" || intent === "move-down"
      ? await moveVipRuleAndReevaluate(context, id, intent === "move-up" ? "up" : "down")
      : intent === "delete"
        ? await deleteVipRuleAndReevaluate(context, id)
        : intent === "reevaluate"
          ? await startBackfillAfterChange(context, "manual")
          : undefined;
  if (started === undefined) return json({ error: "Unknown action" }, { status: 400 });
  return { ok: started !== null };
};

const TRIGGERS: Record<string, string> = {
  rule_created: "a rule was added",
  rule_updated: "a rule was changed",
  rule_deleted: "a rule was deleted",
  rules_reordered: "the rules were reordered",
  manual: "you asked for it",
};

const KIND_LABELS: Record<string, string> = { entered: "Entered", left: "Left", changed: "Changed" };

export default function VipRules() {
  const { rules, backfill, recent, timeZone } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  useRefreshWhile(backfill?.status === "running" || backfill?.status === "processing");

  const busy = navigation.state !== "idle";
  const when = (iso: string) => new Date(iso).toLocaleString("en-US", { timeZone, dateStyle: "medium", timeStyle: "short" });

  return (
    <Page
      title="VIP rules"
      subtitle="Who skips the bot and the queue. Each customer holds the highest tier they qualify for, kept on their Shopify profile."
      primaryAction={{ content: "Add rule", url: "/app/vip-rules/new" }}
    >
      <Layout>
        {backfill ? (
          <Layout.Section>
            <BackfillStatus backfill={backfill} when={when} busy={busy} />
          </Layout.Section>
        ) : null}
        <Layout.Section>
          <Card padding="0">
            {rules.length === 0 ? (
              <EmptyState
                heading="No VIP rules yet"
                action={{ content: "Add rule", url: "/app/vip-rules/new" }}
                image=""
              >
                <p>Say who your VIPs are (&quot;spent over $10,000&quot;, &quot;tagged VIP&quot;) and what their tier gets them.</p>
              </EmptyState>
            ) : (
              <IndexTable
                itemCount={rules.length}
                selectable={false}
                headings={[{ title: "Order" }, { title: "Tier" }, { title: "Who" }, { title: "Gets" }, { title: "Customers" }, { title: "" }]}
              >
                {rules.map((rule, index) => (
                  <IndexTable.Row id={rule.id} key={rule.id} position={index}>
                    <IndexTable.Cell>{rule.precedence}</IndexTable.Cell>
                    <IndexTable.Cell>
                      <InlineStack gap="200" blockAlign="center">
                        <RemixLink to={`/app/vip-rules/${rule.id}`}>{rule.tierName}</RemixLink>
                        {rule.enabled ? null : <Badge>Off</Badge>}
                      </InlineStack>
                    </IndexTable.Cell>
                    <IndexTable.Cell>
                      <Text as="span">{rule.conditions}</Text>
                    </IndexTable.Cell>
                    <IndexTable.Cell>
                      <InlineStack gap="100">
                        {rule.tags.map((tag) => (
                          <Badge key={tag} tone="info">{tag}</Badge>
                        ))}
                        {rule.skipBot ? <Badge>Skips the bot</Badge> : null}
                        {rule.skipQueue ? <Badge>Skips the queue</Badge> : null}
                        {rule.instantRefunds ? <Badge>Instant refunds</Badge> : null}
                        {rule.concierge ? <Badge>{`Concierge: ${rule.concierge}`}</Badge> : null}
                      </InlineStack>
                    </IndexTable.Cell>
                    <IndexTable.Cell>{rule.members.toLocaleString("en-US")}</IndexTable.Cell>
                    <IndexTable.Cell>
                      <InlineStack gap="100" wrap={false}>
                        <IntentButton intent="move-up" id={rule.id} disabled={index === 0 || busy} label={`Move ${rule.tierName} up`}>
                          ↑
                        </IntentButton>
                        <IntentButton intent="move-down" id={rule.id} disabled={index === rules.length - 1 || busy} label={`Move ${rule.tierName} down`}>
                          ↓
                        </IntentButton>
                        <IntentButton
                          intent="delete"
                          id={rule.id}
                          disabled={busy}
                          label={`Delete ${rule.tierName}`}
                          tone="critical"
                          confirm={`Delete the tier “${rule.tierName}”? Customers holding it lose it, and the tags Concierge added for it.`}
                        >
                          Delete
                        </IntentButton>
                      </InlineStack>
                    </IndexTable.Cell>
                  </IndexTable.Row>
                ))}
              </IndexTable>
            )}
          </Card>
        </Layout.Section>
        <Layout.Section>
          <Card>
            <BlockStack gap="300">
              <Text as="h2" variant="headingMd">
                Recent tier changes
              </Text>
              {recent.length === 0 ? (
                <Text as="p" tone="subdued">
                  When a customer enters or leaves a tier, it shows here with the reason.
                </Text>
              ) : (
                <BlockStack gap="200">
                  {recent.map((change) => (
                    <InlineStack key={change.id} gap="200" blockAlign="center">
                      <Text as="span" tone="subdued">
                        {when(change.createdAt)}
                      </Text>
                      <RemixLink to={`/app/vip-rules/customers/${change.customerId}`}>{`Customer ${change.customerId}`}</RemixLink>
                      <Badge tone={change.kind === "left" ? "warning" : "success"}>{KIND_LABELS[change.kind] ?? change.kind}</Badge>
                      <Text as="span">
                        {change.kind === "entered"
                          ? change.toTier
                          : change.kind === "left"
                            ? change.fromTier
                            : `${change.fromTier} → ${change.toTier}`}
                      </Text>
                      <Text as="span" tone="subdued">
                        {change.why} ({change.trigger})
                      </Text>
                    </InlineStack>
                  ))}
                </BlockStack>
              )}
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}

/** A button posting one intent to this page's action; `confirm` asks first (deleting a tier takes it off its customers). */
function IntentButton(props: {
  intent: string;
  id?: string;
  disabled: boolean;
  label?: string;
  tone?: "critical";
  confirm?: string;
  children: string;
}) {
  const ask = (event: FormEvent<HTMLFormElement>) => {
    if (props.confirm && !window.confirm(props.confirm)) event.preventDefault();
  };
  return (
    <Form method="post" onSubmit={ask}>
      <input type="hidden" name="intent" value={props.intent} />
      {props.id ? <input type="hidden" name="id" value={props.id} /> : null}
      <Button submit disabled={props.disabled} tone={props.tone} accessibilityLabel={props.label}>
        {props.children}
      </Button>
    </Form>
  );
}

interface BackfillView {
  status: string;
  trigger: string;
  customersTotal: number;
  customersProcessed: number;
  customersChanged: number;
  mutations: number;
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
}

function BackfillStatus({ backfill, when, busy }: { backfill: BackfillView; when: (iso: string) => string; busy: boolean }) {
  const because = TRIGGERS[backfill.trigger] ?? backfill.trigger;
  const reevaluate = (
    <IntentButton intent="reevaluate" disabled={busy}>
      Re-evaluate every customer
    </IntentButton>
  );
  if (backfill.status === "running" || backfill.status === "processing") {
    const progress = backfill.customersTotal > 0 ? Math.round((backfill.customersProcessed / backfill.customersTotal) * 100) : 0;
    return (
      <Card>
        <BlockStack gap="200">
          <Text as="h2" variant="headingMd">
            Re-evaluating every customer
          </Text>
          <Text as="p" tone="subdued">
            {backfill.status === "running"
              ? `Shopify is exporting your customers (started ${when(backfill.startedAt)}, because ${because}).`
              : `${backfill.customersProcessed.toLocaleString("en-US")} of ${backfill.customersTotal.toLocaleString("en-US")} customers checked; ${backfill.customersChanged.toLocaleString("en-US")} changed tier or tags.`}
          </Text>
          <ProgressBar progress={backfill.status === "running" ? 0 : progress} />
        </BlockStack>
      </Card>
    );
  }
  if (backfill.status === "failed") {
    return (
      <Banner tone="critical" title="Customers could not all be re-evaluated">
        <BlockStack gap="200">
          <p>
            The re-evaluation started {when(backfill.startedAt)} because {because} stopped: {backfill.error ?? "unknown error"}. Tiers update as
            usual when orders, refunds and customer changes come in.
          </p>
          {reevaluate}
        </BlockStack>
      </Banner>
    );
  }
  return (
    <Card>
      <InlineStack align="space-between" blockAlign="center">
        <Text as="p" tone="subdued">
          {backfill.status === "completed"
            ? `Every customer was re-evaluated ${backfill.finishedAt ? when(backfill.finishedAt) : ""} (${backfill.customersTotal.toLocaleString("en-US")} customers, ${backfill.customersChanged.toLocaleString("en-US")} changed).`
            : "The last re-evaluation was replaced by a newer one."}
        </Text>
        {reevaluate}
      </InlineStack>
    </Card>
  );
}
