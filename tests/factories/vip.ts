// VIP rules and shoppers for tests against the local Shopify.
import { isPhrase, phraseText } from "../../app/domain/phrase";
import type { AdminLocale } from "../../app/i18n/locales";
import { serverTranslate } from "../../app/i18n/resources.server";
import db from "../../app/db.server";
import type { AdminGraphqlClient } from "../../app/admin-api.server";
import { createVipRule } from "../../app/data/vip.server";
import { TIER_METAFIELD } from "../../app/domain/vip/tier-effects";
import { parseRuleInput, type RuleInputDraft } from "../../app/domain/vip/rules";
import { DEMO_SHOP } from "../../local-shopify/demo-store";
import { resolveNamespace } from "../../local-shopify/resolvers";
import type { LocalShopify } from "../../local-shopify/server";
import type { CustomerRecord } from "../../local-shopify/store";

/** An Admin API client with the shop's access token, as the app's own clients call the local Shopify. */
export function adminClient(local: LocalShopify, accessToken: string): AdminGraphqlClient {
  return {
    graphql: (query, options) =>
      fetch(local.graphqlUrl, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Shopify-Access-Token": accessToken },
        body: JSON.stringify({ query, variables: options?.variables ?? {} }),
        signal: options?.signal,
      }),
  };
}

/** Saves a rule as the admin form would, through the rule schema (USD, the demo shop's currency). */
export async function vipRule(draft: Partial<RuleInputDraft> & { tierName: string }, shop = DEMO_SHOP) {
  const parsed = parseRuleInput(draft, { shopCurrency: "USD" });
  if (!parsed.ok) throw new Error(`invalid test rule: ${JSON.stringify(parsed.fieldErrors)}`);
  return createVipRule(db, shop, parsed.rule);
}

export function demoCustomer(local: LocalShopify, email: string, shop = DEMO_SHOP): CustomerRecord {
  const data = local.store.getShop(shop);
  const id = data.customerIdByEmail.get(email);
  if (id === undefined) throw new Error(`no demo customer ${email}`);
  return data.customers.get(id)!;
}

/** The customer's tier metafield in the local Shopify, parsed, or null. */
export function tierMetafieldOf(local: LocalShopify, customerId: number, shop = DEMO_SHOP) {
  const data = local.store.getShop(shop);
  const namespace = resolveNamespace(TIER_METAFIELD.namespace, local.emulator.app.appId);
  const metafield = data.metafields
    .get(`gid://shopify/Customer/${customerId}`)
    ?.find((m) => m.namespace === namespace && m.key === TIER_METAFIELD.key);
  return metafield ? { ...metafield, json: JSON.parse(metafield.value) as Record<string, unknown> } : null;
}

async function control<T>(local: LocalShopify, path: string, body: unknown): Promise<T> {
  const response = await fetch(`${local.url}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export interface OrderPayloadLike {
  id: number;
  name: string;
  customer?: { id: number };
  [key: string]: unknown;
}

/** A paid order in the local Shopify; returns the orders/paid payload Shopify would send. */
export async function placePaidOrder(local: LocalShopify, customerId: number, lines: { sku: string; quantity: number; price?: string }[]) {
  const { order } = await control<{ order: OrderPayloadLike }>(local, "/_local/orders", { shop: DEMO_SHOP, customerId, lines });
  return order;
}

/** Refunds an order in full; returns the refunds/create payload. */
export async function refundInFull(local: LocalShopify, orderId: number) {
  const { refund } = await control<{ refund: Record<string, unknown> }>(local, `/_local/orders/${orderId}/refund`, {
    shop: DEMO_SHOP,
    full: true,
  });
  return refund;
}

/** A SKU of the demo catalogue. */
export function someSku(local: LocalShopify, shop = DEMO_SHOP): string {
  const variant = [...local.store.getShop(shop).variants.values()].find((candidate) => candidate.sku && candidate.inventoryQuantity > 5);
  if (!variant?.sku) throw new Error("the demo catalogue has no SKU in stock");
  return variant.sku;
}

/** Reason lines as the admin shows them in a language (they are stored as phrases; older rows as sentences). */
export function reasonsIn(locale: AdminLocale, lines: unknown): string[] {
  const t = serverTranslate(locale);
  return (Array.isArray(lines) ? (lines as unknown[]) : []).map((line) =>
    typeof line === "string" ? line : isPhrase(line) ? phraseText(line, t) : JSON.stringify(line),
  );
}

/** The VIP rule form as the browser sends it: "Senior Concierge" from $10,000 spent, with Ana as concierge; undefined leaves a field out. */
export function seniorConciergeForm(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const form: Record<string, string | undefined> = {
    intent: "save",
    tierName: "Senior Concierge",
    match: "all",
    "conditions[0].kind": "amount_spent_at_least",
    "conditions[0].value": "10000",
    "tagsToAdd[0]": "VIP",
    "tagsToAdd[1]": "Senior Concierge",
    skipBot: "true",
    skipQueue: "true",
    instantRefunds: "false",
    enabled: "true",
    "concierge.name": "Ana",
    "concierge.phone": "+1 415 555 0123",
    "concierge.email": "",
    "concierge.whatsapp": "",
    ...overrides,
  };
  return Object.fromEntries(Object.entries(form).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
