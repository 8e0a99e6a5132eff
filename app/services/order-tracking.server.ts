// The storefront's order tracking: who may see which order, and the
// timeline built from what Shopify says about it.
import { createHash } from "node:crypto";
import type { Database } from "../db.server";
import { adminQuery, type AdminGraphqlClient } from "../admin-api.server";
import { consumeRateLimit, pruneRateLimits, type RateLimit } from "../data/rate-limits.server";
import { contactMatches, orderNameFromInput, orderNameSearch, trackLookupSchema } from "../domain/tracking/lookup";
import { renderTrackingPage, type RecentOrder, type TrackingPageState } from "../domain/tracking/page";
import { buildTrackingView, type OrderTrackingFacts } from "../domain/tracking/timeline";
import {
  CustomerRecentOrdersQuery,
  OrderLookupQuery,
  OrderTrackingQuery,
  type OrderTracking,
} from "../graphql/order-tracking";
import { shopSettings } from "./shop-settings.server";

/** Lookups one visitor may make: enough for typos, too few to enumerate orders. */
export const VISITOR_LOOKUP_LIMIT: Omit<RateLimit, "key"> = { limit: 10, windowMs: 10 * 60 * 1000 };
/** All anonymous lookups of a shop: a backstop against a botnet of visitors. */
export const SHOP_LOOKUP_LIMIT: Omit<RateLimit, "key"> = { limit: 600, windowMs: 10 * 60 * 1000 };

export interface TrackingRequest {
  db: Database;
  admin: AdminGraphqlClient;
  shop: string;
  query: URLSearchParams;
  /** logged_in_customer_id from the signed proxy request; empty when anonymous. */
  loggedInCustomerId: string | null;
  /** Who is asking, for rate limits: an address or other request fingerprint (hashed here). */
  visitor: string;
  now: Date;
  formPath?: string;
}

export async function trackingPageLiquid(request: TrackingRequest): Promise<{ liquid: string; status: number }> {
  const settings = await shopSettings(request.db, request.admin, request.shop);
  const customerGid = request.loggedInCustomerId ? `gid://shopify/Customer/${request.loggedInCustomerId}` : null;
  const recentOrders = customerGid ? await recentOrdersOf(request.admin, customerGid) : [];
  const state = await resolveState(request, customerGid);
  const liquid = renderTrackingPage({
    state,
    recentOrders,
    timeZone: settings.ianaTimezone,
    formPath: request.formPath ?? "/apps/concierge/track",
  });
  return { liquid, status: state.kind === "rate_limited" ? 429 : 200 };
}

async function resolveState(request: TrackingRequest, customerGid: string | null): Promise<TrackingPageState> {
  const orderId = request.query.get("order_id");
  if (orderId && customerGid) {
    // A logged-in shopper opening one of their orders: theirs only.
    const order = await trackingFacts(request.admin, orderId);
    if (!order || order.customer?.id !== customerGid) return { kind: "form" };
    return { kind: "found", view: buildTrackingView(toFacts(order), { now: request.now }) };
  }
  if (!request.query.has("order") && !request.query.has("contact")) return { kind: "form" };

  const parsed = trackLookupSchema.safeParse({ order: request.query.get("order") ?? "", contact: request.query.get("contact") ?? "" });
  const input = { order: request.query.get("order") ?? "", contact: request.query.get("contact") ?? "" };
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { kind: "form", input, fieldErrors };
  }

  const limited = await rateLimited(request);
  if (limited) return limited;

  const { orders } = await adminQuery(request.admin, OrderLookupQuery, { query: orderNameSearch(orderNameFromInput(parsed.data.order)) });
  const match = orders.nodes.find((order) => contactMatches(order, parsed.data.contact));
  // A missing order and a wrong email or phone get the same answer.
  if (!match) return { kind: "not_found", input };
  const order = await trackingFacts(request.admin, match.id);
  if (!order) return { kind: "not_found", input };
  return { kind: "found", view: buildTrackingView(toFacts(order), { now: request.now }) };
}

async function rateLimited(request: TrackingRequest): Promise<TrackingPageState | null> {
  const visitorKey = `track:visitor:${createHash("sha256").update(`${request.shop}:${request.visitor}`).digest("hex").slice(0, 32)}`;
  for (const rule of [
    { key: visitorKey, ...VISITOR_LOOKUP_LIMIT },
    { key: "track:shop", ...SHOP_LOOKUP_LIMIT },
  ]) {
    const result = await consumeRateLimit(request.db, request.shop, rule, request.now);
    if (!result.allowed) return { kind: "rate_limited", retryAfterSeconds: result.retryAfterSeconds };
  }
  if (Math.random() < 0.01) await pruneRateLimits(request.db, request.shop, new Date(request.now.getTime() - 24 * 60 * 60 * 1000));
  return null;
}

async function recentOrdersOf(admin: AdminGraphqlClient, customerGid: string): Promise<RecentOrder[]> {
  const { customer } = await adminQuery(admin, CustomerRecentOrdersQuery, { customerId: customerGid });
  return (customer?.orders.nodes ?? []).map((order) => ({
    id: order.id.split("/").pop() ?? order.id,
    name: order.name,
    processedAt: new Date(order.processedAt),
  }));
}

async function trackingFacts(admin: AdminGraphqlClient, orderId: string) {
  const id = orderId.startsWith("gid://") ? orderId : `gid://shopify/Order/${orderId.replace(/\D/g, "")}`;
  const { order } = await adminQuery(admin, OrderTrackingQuery, { id });
  return order;
}

/** The Admin API's order, flattened into what the timeline module reads. */
export function toFacts(order: NonNullable<OrderTracking["order"]>): OrderTrackingFacts {
  return {
    name: order.name,
    createdAt: order.createdAt,
    processedAt: order.processedAt,
    cancelledAt: order.cancelledAt,
    cancelReason: order.cancelReason,
    displayFinancialStatus: order.displayFinancialStatus,
    displayFulfillmentStatus: order.displayFulfillmentStatus,
    confirmed: order.confirmed,
    totalPrice: order.totalPriceSet.presentmentMoney,
    refunds: order.refunds.map((refund) => ({ createdAt: refund.createdAt, totalRefunded: refund.totalRefundedSet.presentmentMoney })),
    fulfillmentOrders: order.fulfillmentOrders.nodes.map((fulfillmentOrder) => ({
      id: fulfillmentOrder.id,
      status: fulfillmentOrder.status,
      fulfillAt: fulfillmentOrder.fulfillAt,
      deliveryMethod: fulfillmentOrder.deliveryMethod,
      assignedLocation: fulfillmentOrder.assignedLocation,
      lineItems: fulfillmentOrder.lineItems.nodes.map((line) => ({
        title: line.productTitle,
        variantTitle: line.variantTitle,
        totalQuantity: line.totalQuantity,
        remainingQuantity: line.remainingQuantity,
      })),
    })),
    fulfillments: order.fulfillments.map((fulfillment) => ({
      id: fulfillment.id,
      status: fulfillment.status,
      displayStatus: fulfillment.displayStatus,
      createdAt: fulfillment.createdAt,
      inTransitAt: fulfillment.inTransitAt,
      deliveredAt: fulfillment.deliveredAt,
      estimatedDeliveryAt: fulfillment.estimatedDeliveryAt,
      location: fulfillment.location,
      trackingInfo: fulfillment.trackingInfo,
      events: fulfillment.events.nodes,
      fulfillmentLineItems: fulfillment.fulfillmentLineItems.nodes.map((line) => ({
        title: line.lineItem.title,
        variantTitle: line.lineItem.variantTitle,
        quantity: line.quantity,
      })),
      fulfillmentOrderIds: fulfillment.fulfillmentOrders.nodes.map((fulfillmentOrder) => fulfillmentOrder.id),
    })),
  };
}
