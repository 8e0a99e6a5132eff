// What Shopify last said about an order's tracking, kept so that a shopper
// refreshing the page, or a burst of visits, costs no Admin API call, and so
// that a page can still be shown, marked with its time, when Shopify can't
// be asked (throttled, failing, slow). Decision 022.
import { adminQuery } from "../admin-api.server";
import { storedDocument, toJson } from "../data/json";
import { saveSnapshot, type StoredSnapshot } from "../data/tracking.server";
import { orderContactKeys } from "../domain/tracking/contact-keys";
import { numericId, shopifyGid } from "../domain/shopify-ids";
import { env } from "../env.server";
import { OrderTrackingQuery, type OrderTracking } from "../graphql/order-tracking";
import type { ShopContext } from "./context";

/**
 * How long what Shopify said about an order is reused without asking again:
 * long enough that a shopper refreshing the page or a burst of visits costs
 * one Admin API call, short enough that what no webhook announces (a carrier
 * scan Shopify records without one) shows within minutes. The fulfillment
 * and order webhooks mark it stale at once.
 */
export const SNAPSHOT_TTL_MS = 5 * 60 * 1000;

export type TrackedOrder = NonNullable<OrderTracking["order"]>;

/** A kept order, and whether it may be shown as current. */
export interface KnownOrder {
  order: TrackedOrder;
  fetchedAt: Date;
  fresh: boolean;
  customerId: string | null;
  exchangeData: StoredSnapshot["exchangeData"];
}

/** What was kept of an order, and whether it may be shown as current at `now`. */
export function known(
  snapshot: Pick<StoredSnapshot, "data" | "fetchedAt" | "invalidatedAt" | "customerId" | "exchangeData"> | null,
  now: Date,
): KnownOrder | null {
  if (!snapshot) return null;
  return {
    order: storedDocument<TrackedOrder>(snapshot.data),
    fetchedAt: snapshot.fetchedAt,
    fresh: snapshot.invalidatedAt === null && snapshot.fetchedAt.getTime() >= now.getTime() - SNAPSHOT_TTL_MS,
    customerId: snapshot.customerId,
    exchangeData: snapshot.exchangeData,
  };
}

/**
 * The order's tracking facts from the Admin API, kept for the next visits.
 * Only for an order the visitor has been shown to be allowed to see (their
 * own, or matched by number and contact): what is kept is what the page
 * shows them, with keyed hashes of the contact, never the contact itself.
 */
export async function fetchTrackedOrder(
  ctx: ShopContext,
  orderId: string,
  contact: { email: string | null; phone: string | null } | null,
): Promise<TrackedOrder | null> {
  const { order } = await adminQuery(ctx.admin, OrderTrackingQuery, { id: shopifyGid("Order", orderId) });
  if (!order) return null;
  await saveSnapshot(ctx.db, ctx.shop, {
    orderId,
    orderName: order.name,
    email: null,
    phone: null,
    customerId: order.customer ? numericId(order.customer.id) : null,
    contactKeys: contact ? orderContactKeys(env.SHOPIFY_API_SECRET, ctx.shop, contact) : [],
    data: toJson(order),
    fetchedAt: ctx.now,
  });
  return order;
}
