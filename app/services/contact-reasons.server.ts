// Every contact that carries a reason lands in one list (issue 16): the
// shopper's pick on the tracking page, the agent's on the desk, the words a
// helpdesk sends with a touch and Shopify's return reasons, each mapped onto
// the shop's reason catalog. Unknown words land on "other", kept as given.
// See docs/decisions/030-contact-reasons.md.
import type { DatabaseClient } from "../db.server";
import {
  deleteAgentDeskReason,
  forgetReturnReasons,
  insertContactReason,
  listCustomReasons,
  setContactExchange,
  type ContactSource,
} from "../data/contact-reasons.server";
import { OTHER_REASON, reasonCatalog, reasonKeyOf, type ReasonEntry, type ReasonSource } from "../domain/reasons/catalog";
import type { OrderItem } from "../domain/exchange/items";
import type { Touch } from "../domain/helpdesk/touches";
import { numericId } from "../domain/shopify-ids";

/** The shop's reason list: the built-in reasons and the merchant's own. */
export async function shopReasonCatalog(db: DatabaseClient, shop: string): Promise<ReasonEntry[]> {
  const custom = await listCustomReasons(db, shop);
  return reasonCatalog(custom.map((row) => ({ key: row.key, label: row.labelEn, helpdeskAliases: row.helpdeskAliases })));
}

/** The key the words land on, and the words themselves when the list doesn't know them (kept for the merchant to read). */
export function classifyReason(catalog: readonly ReasonEntry[], given: ReasonSource): { reasonKey: string; reasonText: string | null } {
  const reasonKey = reasonKeyOf(catalog, given);
  const words = given.source === "shopify" ? given.handle : given.source === "shopper" ? given.reason : given.text;
  return { reasonKey, reasonText: reasonKey === OTHER_REASON && words ? words.slice(0, 200) : null };
}

const SHOPPER_CATALOG = reasonCatalog([]);

/**
 * The reason of an exchange asked for on the tracking page or offered on the
 * desk, stored once per exchange outcome (call it in the outcome's
 * transaction). Its exchanged value counts once the exchange is made.
 */
export async function recordExchangeReason(
  db: DatabaseClient,
  shop: string,
  exchange: {
    source: Extract<ContactSource, "tracking_page" | "agent_desk">;
    outcomeId: string;
    orderId: string;
    reason: string | null;
    item: OrderItem;
    at: Date;
  },
) {
  await insertContactReason(db, shop, {
    source: exchange.source,
    sourceId: exchange.outcomeId,
    ...classifyReason(SHOPPER_CATALOG, { source: "shopper", reason: exchange.reason }),
    productId: exchange.item.productId ? numericId(exchange.item.productId) : null,
    productTitle: exchange.item.productTitle,
    variantId: exchange.item.variantId ? numericId(exchange.item.variantId) : null,
    orderId: exchange.orderId,
    currencyCode: exchange.item.currencyCode,
    refundMinor: 0n,
    exchangeMinor: 0n,
    occurredAt: exchange.at,
  });
}

/** The exchange was made: the refund it avoided is the value behind its reason; the Shopify return it made is not counted again. */
export async function recordExchangeMade(
  db: DatabaseClient,
  shop: string,
  exchange: { outcomeId: string; returnId: string; kept: { minor: bigint; currencyCode: string } },
) {
  await setContactExchange(db, shop, exchange.outcomeId, exchange.kept);
  await forgetReturnReasons(db, shop, exchange.returnId);
}

/** The agent's exchange was never made (Shopify refused it): its outcome is removed, and so is the reason written with it. */
export async function forgetExchangeReason(db: DatabaseClient, shop: string, outcomeId: string) {
  await deleteAgentDeskReason(db, shop, outcomeId);
}

/** The reason a helpdesk sent with a touch, once per touch (the conversation at that instant; call it in the touch's transaction). */
export async function recordTouchReason(db: DatabaseClient, shop: string, catalog: readonly ReasonEntry[], touch: Touch) {
  if (!touch.reason) return;
  await insertContactReason(db, shop, {
    source: "helpdesk",
    sourceId: `${touch.helpdesk}:${touch.conversationId}:${touch.touchedAt.toISOString()}`,
    ...classifyReason(catalog, { source: "helpdesk", text: touch.reason }),
    productId: null,
    productTitle: null,
    variantId: null,
    orderId: null,
    currencyCode: null,
    refundMinor: 0n,
    exchangeMinor: 0n,
    occurredAt: touch.touchedAt,
  });
}
