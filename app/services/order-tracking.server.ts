// The storefront's order tracking: who may see which order, and the
// timeline built from what Shopify says about it.
import { adminQuery, isShopifyUnavailable, type AdminGraphqlClient } from "../admin-api.server";
import { consumeRateLimits, shardedRule, visitorKey, type RateLimit } from "../data/rate-limits.server";
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
import { countLookup, faqLinksOf, findTrackingSettings } from "../data/tracking.server";
import { buildTrackingView } from "../domain/tracking/timeline";
import type { OrderTrackingFacts } from "../domain/tracking/timeline-facts";
import { CustomerRecentOrdersQuery, OrderLookupQuery, OrderOwnerQuery } from "../graphql/order-tracking";
import { trackingExchangeOffers, type KeptExchangeFacts } from "./tracking-offers.server";
import { fetchTrackedOrder, knownOrder, knownOrderByContact, type KnownOrder, type TrackedOrder } from "./tracking-snapshots.server";
import { shopSettings } from "./shop-settings.server";
import type { ShopContext } from "./context";

/** Lookups one visitor may make: enough for typos, too few to enumerate orders. */
export const VISITOR_LOOKUP_LIMIT: Omit<RateLimit, "key"> = { limit: 10, windowMs: 10 * 60 * 1000 };
/** All anonymous lookups of a shop: a backstop against a botnet of visitors. */
export const SHOP_LOOKUP_LIMIT: Omit<RateLimit, "key"> = { limit: 3000, windowMs: 10 * 60 * 1000 };
/** Rows the shop's count is spread over, so lookups don't queue on one row (decision 022). */
const SHOP_LOOKUP_SHARDS = 8;
/**
 * Views of the page by one visitor (a logged-in customer or an address),
 * whatever they ask for: each may cost Admin API calls. Enough for a shopper
 * going through every order they have, too few for a script. A visitor is
 * limited before it counts against the shop's budget, and its key is one a
 * client cannot choose (http/app-proxy.server.ts), so no one client can use
 * up what the shop's other shoppers need.
 */
export const VISITOR_VIEW_LIMIT: Omit<RateLimit, "key"> = { limit: 60, windowMs: 10 * 60 * 1000 };

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
  const { state, shown } = await resolveState(request, customerGid);
  if ((state.kind === "found" && !shown?.repeat) || state.kind === "not_found") {
    await countLookup(request.db, request.shop, dayInTimeZone(request.now, settings.ianaTimezone), state.kind === "found");
  }
  // Exchange offers only for an order with something delivered: before
  // that there is nothing to exchange.
  const delivered = state.kind === "found" && state.view.packages.some((pkg) => pkg.deliveredAt !== null);
  const orderId = shown ? numericId(shown.order.id) : null;
  const exchangeOffers = delivered && shown && orderId ? await trackingExchangeOffers(request, orderId, shown.exchange, settings) : [];
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
    recommendationProductIds: (shown?.order.lineItems.nodes ?? []).flatMap((line) => (line.product ? [numericId(line.product.id)] : [])),
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

/** The order a page shows, with what was kept of its exchange facts. */
interface ShownOrder {
  order: TrackedOrder;
  exchange: KeptExchangeFacts;
  /** Served from a fresh snapshot the same contact matched: a reload, not a new lookup. */
  repeat?: boolean;
}

type Resolved = { state: TrackingPageState; shown: ShownOrder | null };

const formState = (state: Extract<TrackingPageState, { kind: "form" }> = { kind: "form" }): Resolved => ({ state, shown: null });

async function resolveState(request: TrackingRequest, customerGid: string | null): Promise<Resolved> {
  const orderId = request.query.get("order_id");
  if (orderId && customerGid) return ownOrder(request, orderId, customerGid);
  if (!request.query.has("order") && !request.query.has("contact")) return formState();

  const input = { order: request.query.get("order") ?? "", contact: request.query.get("contact") ?? "" };
  const parsed = trackLookupSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return formState({ kind: "form", input, fieldErrors });
  }
  const orderName = orderNameFromInput(parsed.data.order);

  // The same number and contact as a lookup of the last few minutes (a
  // reload, a shopper coming back): what Shopify said then, with no Admin
  // API call, no new lookup counted and nothing written.
  const kept = await knownOrderByContact(request, orderName, parsed.data.contact);
  if (kept?.fresh) return found(kept, request.now, { repeat: true });

  const visitorBucket = visitorKey("track:visitor", request.shop, request.visitor);
  const limited = await rateLimited(request, [
    { key: visitorBucket, ...VISITOR_LOOKUP_LIMIT },
    shardedRule("track:shop", visitorBucket, SHOP_LOOKUP_LIMIT, SHOP_LOOKUP_SHARDS),
  ]);
  if (limited) return { state: limited, shown: null };

  try {
    // One Admin API lookup whether the order exists or not: a missing order
    // and a wrong email or phone take the same path, the same time, and get
    // the same answer.
    const { orders } = await adminQuery(request.admin, OrderLookupQuery, { query: orderNameSearch(orderName) });
    const match = orders.nodes.find((order) => contactMatches(order, parsed.data.contact));
    if (!match) {
      const archived = await archivedOrder(request, orderName, parsed.data.contact);
      return { state: archived ? { kind: "archived", order: archived } : { kind: "not_found", input }, shown: null };
    }
    const order = await fetchTrackedOrder(request, numericId(match.id), match);
    if (!order) return { state: { kind: "not_found", input }, shown: null };
    return found({ order, fetchedAt: request.now, fresh: true, customerId: null, exchangeData: null }, request.now);
  } catch (error) {
    // Shopify can't be asked: the last known status, marked with its time.
    if (kept && isShopifyUnavailable(error)) return found(kept, request.now, { stale: true });
    throw error;
  }
}

/**
 * A logged-in shopper opening one of their orders: theirs only, checked
 * before the order is fetched or kept, from a fresh snapshot (which only
 * ever holds an order someone was allowed to see) or a query of a few points.
 */
async function ownOrder(request: TrackingRequest, orderId: string, customerGid: string): Promise<Resolved> {
  const number = orderNumber(orderId);
  if (!number) return formState();
  const kept = await knownOrder(request, number);
  const keptIsTheirs = kept !== null && kept.customerId !== null && shopifyGid("Customer", kept.customerId) === customerGid;
  if (kept?.fresh) return keptIsTheirs ? found(kept, request.now) : formState();
  try {
    const { order: owner } = await adminQuery(request.admin, OrderOwnerQuery, { id: shopifyGid("Order", number) });
    if (owner?.customer?.id !== customerGid) return formState();
    const order = await fetchTrackedOrder(request, number, null);
    if (!order) return formState();
    return found({ order, fetchedAt: request.now, fresh: true, customerId: null, exchangeData: null }, request.now);
  } catch (error) {
    if (kept && keptIsTheirs && isShopifyUnavailable(error)) return found(kept, request.now, { stale: true });
    throw error;
  }
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

function found(kept: KnownOrder, now: Date, options: { repeat?: boolean; stale?: boolean } = {}): Resolved {
  const view = buildTrackingView(toFacts(kept.order), { now });
  return {
    state: { kind: "found", view, ...(options.stale ? { asOf: kept.fetchedAt } : {}) },
    shown: {
      order: kept.order,
      exchange: { data: kept.exchangeData, fresh: kept.fresh && !options.stale },
      repeat: options.repeat,
    },
  };
}

/** The first of `rules` (in order: a visitor's before the shop's) that is used up, as the page's state; nothing counted then. */
async function rateLimited(
  request: TrackingRequest,
  rules: RateLimit[],
): Promise<Extract<TrackingPageState, { kind: "rate_limited" }> | null> {
  const refused = await consumeRateLimits(request.db, request.shop, rules, request.now);
  return refused ? { kind: "rate_limited", retryAfterSeconds: refused.result.retryAfterSeconds } : null;
}

async function recentOrdersOf(admin: AdminGraphqlClient, customerGid: string): Promise<RecentOrder[]> {
  // Without Shopify the page still answers, without the list.
  const answer = await adminQuery(admin, CustomerRecentOrdersQuery, { customerId: customerGid }).catch((error: unknown) => {
    if (isShopifyUnavailable(error)) return { customer: null };
    throw error;
  });
  const { customer } = answer;
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
