// One customer's VIP tier: what Shopify shows now (tags, the tier metafield),
// why Concierge decided it, and when and why they entered or left each tier.
import { triggerText } from "../components/vip-rules/tier-change-text";
import { PhraseList } from "../components/PhraseList";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Badge, BlockStack, Button, Card, EmptyState, InlineStack, Layout, Link, Page, Text } from "@shopify/polaris";
import { adminContext } from "../http/admin-context.server";
import { shopSettings } from "../services/shop-settings.server";
import { loadCustomerTierHistory } from "../services/vip-rules.server";
import { syncCustomerTier, type SyncOutcome } from "../services/vip-sync.server";
import type { Translate } from "../domain/phrase";
import { useSavedToast } from "../components/form/useSavedToast";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";

function customerIdOf(param: string | undefined) {
  if (!param || !/^\d{1,20}$/.test(param)) throw new Response("Not found", { status: 404 });
  return param;
}

export const loader = answeringShopifyUnavailable(async ({ request, params }: LoaderFunctionArgs) => {
  const { context } = await adminContext(request);
  const customerId = customerIdOf(params.id);
  const [history, settings] = await Promise.all([
    loadCustomerTierHistory(context, customerId),
    shopSettings(context.db, context.admin, context.shop),
  ]);
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
});

export const action = answeringShopifyUnavailable(async ({ request, params }: ActionFunctionArgs) => {
  const { context, language } = await adminContext(request);
  const customerId = customerIdOf(params.id);
  const outcome = await syncCustomerTier({ ...context, trigger: "manual" }, { customerId });
  return { outcome: reevaluationText(outcome, language.t) };
});

/** What "Re-evaluate now" did, in the staff member's words. */
function reevaluationText(outcome: SyncOutcome, t: Translate): string {
  if (outcome.kind === "skipped")
    return t(
      outcome.why === "no_rules"
        ? "vip:customer.reevaluated.noRules"
        : outcome.why === "no_customer"
          ? "vip:customer.reevaluated.noCustomer"
          : "vip:customer.reevaluated.stale",
    );
  if (!outcome.changed) return t("vip:customer.reevaluated.same");
  return outcome.tierName ? t("vip:customer.reevaluated.moved", { tier: outcome.tierName }) : t("vip:customer.reevaluated.left");
}

export default function CustomerTier() {
  const { customerId, customer, tier, changes, timeZone } = useLoaderData<typeof loader>();
  const { t } = useTranslation("vip");
  const format = useFormat();
  const navigation = useNavigation();
  const answer = useActionData<typeof action>();
  useSavedToast(answer, answer?.outcome ?? "");
  const when = (iso: string) => format.instant(iso, timeZone, "dateTime");
  const name = customer?.name || t("customer.fallbackName", { id: customerId });

  return (
    <Page
      title={name}
      backAction={{ content: t("common:back"), url: "/app/vip-rules" }}
      titleMetadata={tier?.tierName ? <Badge tone="success">{tier.tierName}</Badge> : <Badge>{t("customer.noTier")}</Badge>}
    >
      <Layout>
        <Layout.Section variant="oneThird">
          <Card>
            <BlockStack gap="200">
              <Text as="h2" variant="headingSm">
                {t("customer.inShopify")}
              </Text>
              {customer ? (
                <>
                  <Text as="p">
                    {t("customer.spentOrders", {
                      amount: customer.amountSpent,
                      orders: t("customer.orders", { count: customer.ordersCount }),
                    })}
                  </Text>
                  <InlineStack gap="100">
                    {customer.tags.length === 0 ? (
                      <Text as="span" tone="subdued">
                        {t("customer.noTags")}
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
                    {tier?.appliedTags.length ? t("customer.addedTags", { tags: tier.appliedTags.join(", ") }) : t("customer.addedNone")}
                  </Text>
                  <Text as="p">{t("customer.tierOnProfile", { tier: customer.tierInShopify ?? t("customer.none") })}</Text>
                  <Link url={`shopify:admin/customers/${customerId}`} target="_top">
                    {t("customer.openInShopify")}
                  </Link>
                </>
              ) : (
                <Text as="p" tone="subdued">
                  {t("customer.gone")}
                </Text>
              )}
              <Form method="post">
                <Button submit loading={navigation.state === "submitting"}>
                  {t("customer.reevaluate")}
                </Button>
              </Form>
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <BlockStack gap="400">
            {/* A record with no reasons only holds tags an evaluation under way claimed: nothing to say yet. */}
            {tier && tier.reason.length > 0 ? (
              <Card>
                <BlockStack gap="200">
                  <Text as="h2" variant="headingSm">
                    {t("customer.why", { when: when(tier.evaluatedAt) })}
                  </Text>
                  <PhraseList lines={tier.reason} />
                </BlockStack>
              </Card>
            ) : null}
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingSm">
                  {t("customer.history")}
                </Text>
                {changes.length === 0 ? (
                  <EmptyState heading={t("customer.noChanges")} image="">
                    <p>{t("customer.noChangesBody")}</p>
                  </EmptyState>
                ) : (
                  changes.map((change) => (
                    <BlockStack key={change.id} gap="100">
                      <InlineStack gap="200" blockAlign="center">
                        <Badge tone={change.kind === "left" ? "warning" : "success"}>
                          {t(`kinds.${change.kind}`, { defaultValue: change.kind })}
                        </Badge>
                        <Text as="span" fontWeight="semibold">
                          {change.kind === "entered"
                            ? change.toTier
                            : change.kind === "left"
                              ? change.fromTier
                              : `${change.fromTier} → ${change.toTier}`}
                        </Text>
                        <Text as="span" tone="subdued">
                          {t("customer.when", {
                            when: when(change.createdAt),
                            trigger: triggerText(change.trigger, t),
                          })}
                        </Text>
                      </InlineStack>
                      <PhraseList lines={change.reason} />
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
