// The storefront's order tracking: who may see which order, and the
// timeline built from what Shopify says about it.
import { adminQuery, isShopifyUnavailable, type AdminGraphqlClient } from "../admin-api.server";
import { consumeRateLimit, visitorKey, type RateLimit } from "../data/rate-limits.server";
import { contactMatches, orderNameFromInput, orderNameSearch, trackLookupSchema } from "../domain/tracking/lookup";
import { isShopifyGid, numericId, shopifyGid } from "../domain/shopify-ids";
import {
  DEFAULT_BRANDING,
  renderTrackingPage,
  type ArchivedOrder,
  type RecentOrder,
  type TrackingBranding,
  type TrackingPageState,
} from "../domain/tracking/page";
import { dayInTimeZone } from "../domain/time/days";
import { findOrderByName } from "../data/orders.server";
import { countLookup, faqLinksOf, findSnapshot, findTrackingSettings, saveSnapshot } from "../data/tracking.server";
import { storedDocument, toJson } from "../data/json";
import { buildTrackingView } from "../domain/tracking/timeline";
import type { OrderTrackingFacts } from "../domain/tracking/timeline-facts";
import {
  CustomerRecentOrdersQuery,
  OrderLookupQuery,
  OrderOwnerQuery,
  OrderTrackingQuery,
  type OrderTracking,
} from "../graphql/order-tracking";
import { exchangeOffersForOrder } from "./exchange-requests.server";
import { shopSettings } from "./shop-settings.server";
import type { ShopContext } from "./context";

/** Lookups one visitor may make: enough for typos, too few to enumerate orders. */
export const VISITOR_LOOKUP_LIMIT: Omit<RateLimit, "key"> = { limit: 10, windowMs: 10 * 60 * 1000 };
/** All anonymous lookups of a shop: a backstop against a botnet of visitors. */
export const SHOP_LOOKUP_LIMIT: Omit<RateLimit, "key"> = { limit: 3000, windowMs: 10 * 60 * 1000 };
/**
 * Views of the page by one visitor (a logged-in customer or an address),
 * whatever they ask for: each may cost Admin API calls. Enough for a shopper
 * going through every order they have, too few for a script. A visitor is
 * limited before it counts against the shop's budget, and its key is one a
 * client cannot choose (http/app-proxy.server.ts), so no one client can use
 * up what the shop's other shoppers need.
 */
export const VISITOR_VIEW_LIMIT: Omit<RateLimit, "key"> = { limit: 60, windowMs: 10 * 60 * 1000 };

/**
 * How long what Shopify said about an order is reused: long enough that a
 * shopper refreshing the page or a burst of visits costs one Admin API call,
 * short enough to need no invalidation beyond the fulfillment and order
 * webhooks, which drop the snapshot at once.
 */
export const SNAPSHOT_TTL_MS = 5 * 60 * 1000;

/** Without read_all_orders Shopify shows an app the last 60 days of orders (shopify.dev, "read_all_orders"). */
const ORDERS_WINDOW_MS = 60 * 24 * 60 * 60 * 1000;

export interface TrackingRequest extends ShopContext {
  query: URLSearchParams;
  /** logged_in_customer_id from the signed proxy request; empty when anonymous. */
  loggedInCustomerId: string | null;
  /** Who is asking, for rate limits: an address or other request fingerprint (hashed here). */
  visitor: string;
  formPath?: string;
}

export interface TrackingPageAnswer {
  liquid: string;
  status: number;
  /** With a 429 or a 503: when to ask again. */
  retryAfterSeconds?: number;
}

/** How long a shopper is asked to wait when Shopify did not answer in time. */
const UNAVAILABLE_RETRY_SECONDS = 30;

export async function trackingPageLiquid(request: TrackingRequest): Promise<TrackingPageAnswer> {
  const formPath = request.formPath ?? "/apps/concierge/track";
  const viewLimit = await rateLimited(request, [{ key: visitorKey("track:view", request.shop, request.visitor), ...VISITOR_VIEW_LIMIT }]);
  if (viewLimit?.kind === "rate_limited") {
    return {
      liquid: renderTrackingPage({ state: viewLimit, recentOrders: [], timeZone: "UTC", formPath }),
      status: 429,
      retryAfterSeconds: viewLimit.retryAfterSeconds,
    };
  }
  try {
    return await trackingPage(request, formPath);
  } catch (error) {
    // Shopify did not answer within the time a page may take: "try again", not a page that hangs or a 500.
    if (!isShopifyUnavailable(error)) throw error;
    return {
      liquid: renderTrackingPage({ state: { kind: "unavailable" }, recentOrders: [], timeZone: "UTC", formPath }),
      status: 503,
      retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS,
    };
  }
}

async function trackingPage(request: TrackingRequest, formPath: string): Promise<TrackingPageAnswer> {
  const [settings, stored] = await Promise.all([
    shopSettings(request.db, request.admin, request.shop),
    findTrackingSettings(request.db, request.shop),
  ]);
  const customerGid = request.loggedInCustomerId ? shopifyGid("Customer", request.loggedInCustomerId) : null;
  const recentOrders = customerGid ? await recentOrdersOf(request.admin, customerGid) : [];
  const { state, order } = await resolveState(request, customerGid);
  if (state.kind === "found" || state.kind === "not_found") {
    await countLookup(request.db, request.shop, dayInTimeZone(request.now, settings.ianaTimezone), state.kind === "found");
  }
  // Exchange offers only for an order with something delivered: before
  // that there is nothing to exchange, and the call costs Admin API points.
  const delivered = state.kind === "found" && state.view.packages.some((pkg) => pkg.deliveredAt !== null);
  const orderId = order ? numericId(order.id) : null;
  const exchangeOffers =
    delivered && orderId
      ? ((await exchangeOffersForOrder({ db: request.db, admin: request.admin, shop: request.shop, orderId, now: request.now })) ?? [])
      : [];
  const lookup =
    request.query.has("order") && !customerGid
      ? { order: request.query.get("order") ?? "", contact: request.query.get("contact") ?? "" }
      : null;
  const liquid = renderTrackingPage({
    state,
    recentOrders,
    timeZone: settings.ianaTimezone,
    formPath,
    branding: brandingOf(stored),
    recommendationProductIds: (order?.lineItems.nodes ?? []).flatMap((line) => (line.product ? [numericId(line.product.id)] : [])),
    exchangeOffers,
    lookup,
    exchangeRequest: request.query.get("exchange_request"),
    orderId,
  });
  if (state.kind === "rate_limited") return { liquid, status: 429, retryAfterSeconds: state.retryAfterSeconds };
  return { liquid, status: 200 };
}

function brandingOf(stored: Awaited<ReturnType<typeof findTrackingSettings>>): TrackingBranding {
  if (!stored) return DEFAULT_BRANDING;
  return {
    headline: stored.headline,
    logoUrl: stored.logoUrl,
    primaryColor: stored.primaryColor,
    accentColor: stored.accentColor,
    supportEmail: stored.supportEmail,
    supportPhone: stored.supportPhone,
    supportWhatsApp: stored.supportWhatsApp,
    faqLinks: faqLinksOf(stored),
    pinnedCollection: stored.pinnedCollection,
  };
}

type TrackedOrder = NonNullable<OrderTracking["order"]>;

async function resolveState(
  request: TrackingRequest,
  customerGid: string | null,
): Promise<{ state: TrackingPageState; order: TrackedOrder | null }> {
  const orderId = request.query.get("order_id");
  if (orderId && customerGid) {
    // A logged-in shopper opening one of their orders: theirs only, checked
    // before the order is fetched or kept.
    const number = orderNumber(orderId);
    if (!number || !(await ownsOrder(request, number, customerGid))) return { state: { kind: "form" }, order: null };
    const order = await trackingFacts(request, number);
    if (!order) return { state: { kind: "form" }, order: null };
    return found(order, request.now);
  }
  if (!request.query.has("order") && !request.query.has("contact")) return { state: { kind: "form" }, order: null };

  const input = { order: request.query.get("order") ?? "", contact: request.query.get("contact") ?? "" };
  const parsed = trackLookupSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { state: { kind: "form", input, fieldErrors }, order: null };
  }

  const limited = await rateLimited(request, [
    { key: visitorKey("track:visitor", request.shop, request.visitor), ...VISITOR_LOOKUP_LIMIT },
    { key: "track:shop", ...SHOP_LOOKUP_LIMIT },
  ]);
  if (limited) return { state: limited, order: null };

  // Always one Admin API lookup, whether the order exists or not and
  // whatever was cached: a missing order and a wrong email or phone take the
  // same path, the same time, and get the same answer.
  const { orders } = await adminQuery(request.admin, OrderLookupQuery, { query: orderNameSearch(orderNameFromInput(parsed.data.order)) });
  const match = orders.nodes.find((order) => contactMatches(order, parsed.data.contact));
  if (!match) {
    const archived = await archivedOrder(request, orderNameFromInput(parsed.data.order), parsed.data.contact);
    return { state: archived ? { kind: "archived", order: archived } : { kind: "not_found", input }, order: null };
  }
  const order = await trackingFacts(request, numericId(match.id));
  if (!order) return { state: { kind: "not_found", input }, order: null };
  return found(order, request.now);
}

/**
 * An order Shopify no longer shows the app (placed more than 60 days ago, and
 * the shop has not granted read_all_orders): what its webhooks or the
 * history import stored, if the contact matches, so the shopper hears the
 * truth ("placed on …, sent") instead of "not found".
 */
async function archivedOrder(request: TrackingRequest, name: string, contact: string): Promise<ArchivedOrder | null> {
  const stored = await findOrderByName(request.db, request.shop, name);
  if (!stored || stored.processedAt.getTime() > request.now.getTime() - ORDERS_WINDOW_MS) return null;
  if (!contactMatches({ email: stored.email, phone: null }, contact)) return null;
  const status = stored.cancelledAt
    ? "cancelled"
    : stored.fulfillmentStatus === "fulfilled" || stored.fulfillmentStatus === "partial"
      ? "shipped"
      : "open";
  return { name: stored.name, processedAt: stored.processedAt, status };
}

function found(order: TrackedOrder, now: Date): { state: TrackingPageState; order: TrackedOrder } {
  return { state: { kind: "found", view: buildTrackingView(toFacts(order), { now }) }, order };
}

/** The first of `rules` (in order: a visitor's before the shop's) that is used up, as the page's state. */
async function rateLimited(
  request: TrackingRequest,
  rules: RateLimit[],
): Promise<Extract<TrackingPageState, { kind: "rate_limited" }> | null> {
  for (const rule of rules) {
    const result = await consumeRateLimit(request.db, request.shop, rule, request.now);
    if (!result.allowed) return { kind: "rate_limited", retryAfterSeconds: result.retryAfterSeconds };
  }
  return null;
}

async function recentOrdersOf(admin: AdminGraphqlClient, customerGid: string): Promise<RecentOrder[]> {
  const { customer } = await adminQuery(admin, CustomerRecentOrdersQuery, { customerId: customerGid });
  return (customer?.orders.nodes ?? []).map((order) => ({
    id: numericId(order.id),
    name: order.name,
    processedAt: new Date(order.processedAt),
  }));
}

/** "123" or "gid://shopify/Order/123" → "123"; null for anything else. */
function orderNumber(orderId: string): string | null {
  const number = isShopifyGid(orderId) ? numericId(orderId) : orderId;
  return /^\d{1,20}$/.test(number) ? number : null;
}

/**
 * Whether the logged-in customer owns the order: from a fresh snapshot (which
 * only ever holds an order someone was allowed to see) or a query of a few
 * points, never by fetching the whole order first.
 */
async function ownsOrder(request: TrackingRequest, number: string, customerGid: string): Promise<boolean> {
  const snapshot = await findSnapshot(request.db, request.shop, number, new Date(request.now.getTime() - SNAPSHOT_TTL_MS));
  if (snapshot) return snapshot.customerId !== null && shopifyGid("Customer", snapshot.customerId) === customerGid;
  const { order } = await adminQuery(request.admin, OrderOwnerQuery, { id: shopifyGid("Order", number) });
  return order?.customer?.id === customerGid;
}

/**
 * The order's tracking facts: a fresh snapshot if there is one, else from the
 * Admin API. Only for an order the visitor has been shown to be allowed to
 * see (their own, or matched by number and contact): what is kept is what
 * the page shows them, without the order's email or phone.
 */
async function trackingFacts(request: TrackingRequest, number: string): Promise<TrackedOrder | null> {
  const snapshot = await findSnapshot(request.db, request.shop, number, new Date(request.now.getTime() - SNAPSHOT_TTL_MS));
  if (snapshot) return storedDocument<TrackedOrder>(snapshot.data);
  const { order } = await adminQuery(request.admin, OrderTrackingQuery, { id: shopifyGid("Order", number) });
  if (!order) return null;
  await saveSnapshot(request.db, request.shop, {
    orderId: number,
    orderName: order.name,
    email: null,
    phone: null,
    customerId: order.customer ? numericId(order.customer.id) : null,
    data: toJson(order),
    fetchedAt: request.now,
  });
  return order;
}

/** The Admin API's order, flattened into what the timeline module reads. */
export function toFacts(order: TrackedOrder): OrderTrackingFacts {
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
