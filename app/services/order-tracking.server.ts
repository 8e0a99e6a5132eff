// The storefront's order tracking: who may see which order, and the
// timeline built from what Shopify says about it.
import { adminQuery, isShopifyUnavailable, type AdminGraphqlClient } from "../admin-api.server";
import { consumeRateLimits, rateLimitWindow, shardedRule, visitorKey, type RateLimit } from "../data/rate-limits.server";
import { countBuffered } from "../data/rate-limit-buffer.server";
import { readTrackingView, type BrandingRow, type KeptOrderKey, type TrackingViewRead } from "../data/tracking-view.server";
import { storedDocument } from "../data/json";
import { typedContactKey } from "../domain/tracking/contact-keys";
import { env } from "../env.server";
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
import { countLookup } from "../data/tracking.server";
import { buildTrackingView } from "../domain/tracking/timeline";
import type { OrderTrackingFacts } from "../domain/tracking/timeline-facts";
import { CustomerRecentOrdersQuery, OrderLookupQuery, OrderOwnerQuery } from "../graphql/order-tracking";
import { trackingExchangeOffers, type KeptExchangeFacts } from "./tracking-offers.server";
import { fetchTrackedOrder, known, type KnownOrder, type TrackedOrder } from "./tracking-snapshots.server";
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

/** What the request asks for, read from its query once. */
type Asked =
  | { kind: "form" }
  | { kind: "invalid"; input: { order: string; contact: string }; fieldErrors: Record<string, string> }
  | { kind: "lookup"; input: { order: string; contact: string }; orderName: string; contact: string; contactKey: string | null }
  | { kind: "own"; orderNumber: string | null; customerGid: string };

function askedFor(request: TrackingRequest, customerGid: string | null): Asked {
  const orderId = request.query.get("order_id");
  if (orderId && customerGid) return { kind: "own", orderNumber: orderNumber(orderId), customerGid };
  if (!request.query.has("order") && !request.query.has("contact")) return { kind: "form" };
  const input = { order: request.query.get("order") ?? "", contact: request.query.get("contact") ?? "" };
  const parsed = trackLookupSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { kind: "invalid", input, fieldErrors };
  }
  const contactKey = typedContactKey(env.SHOPIFY_API_SECRET, request.shop, parsed.data.contact);
  return { kind: "lookup", input, orderName: orderNameFromInput(parsed.data.order), contact: parsed.data.contact, contactKey };
}

/** The kept order the request may be answered from, read with everything else the view needs. */
function keptOrderKey(asked: Asked): KeptOrderKey | null {
  if (asked.kind === "own") return asked.orderNumber ? { orderId: asked.orderNumber } : null;
  if (asked.kind === "lookup" && asked.contactKey) return { orderName: asked.orderName, contactKey: asked.contactKey };
  return null;
}

export async function trackingPageLiquid(request: TrackingRequest): Promise<TrackingPageAnswer> {
  const formPath = request.formPath ?? "/apps/concierge/track";
  const customerGid = request.loggedInCustomerId ? shopifyGid("Customer", request.loggedInCustomerId) : null;
  const asked = askedFor(request, customerGid);
  // One read for the whole view (decision 034); the view is counted in the
  // process and written with others of the moment, never by this request.
  const viewRule = { key: visitorKey("track:view", request.shop, request.visitor), ...VISITOR_VIEW_LIMIT };
  const read = await readTrackingView(request.db, {
    shop: request.shop,
    viewCounter: { key: viewRule.key, windowStart: rateLimitWindow(viewRule, request.now) },
    kept: keptOrderKey(asked),
  });
  // The shop has no session for Concierge (not installed, or removed): nothing to show, nothing counted.
  if (!read.installed) return { liquid: unavailablePage(formPath), status: 503 };
  const view = countBuffered(request.db, request.shop, viewRule, read.viewHits, request.now);
  if (!view.allowed) {
    const state = { kind: "rate_limited", retryAfterSeconds: view.retryAfterSeconds } as const;
    return {
      liquid: renderTrackingPage({ state, recentOrders: [], timeZone: "UTC", formPath }),
      status: 429,
      retryAfterSeconds: view.retryAfterSeconds,
    };
  }
  try {
    return await trackingPage(request, formPath, asked, read);
  } catch (error) {
    // Shopify did not answer within the time a page may take: "try again", not a page that hangs or a 500.
    if (!isShopifyUnavailable(error)) throw error;
    return { liquid: unavailablePage(formPath), status: 503, retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS };
  }
}

const unavailablePage = (formPath: string) =>
  renderTrackingPage({ state: { kind: "unavailable" }, recentOrders: [], timeZone: "UTC", formPath });

async function trackingPage(request: TrackingRequest, formPath: string, asked: Asked, read: TrackingViewRead): Promise<TrackingPageAnswer> {
  const settings =
    read.settings?.currencyCode && read.settings.ianaTimezone
      ? { currencyCode: read.settings.currencyCode, ianaTimezone: read.settings.ianaTimezone }
      : await shopSettings(request.db, request.admin, request.shop);
  const recentOrders = request.loggedInCustomerId
    ? await recentOrdersOf(request.admin, shopifyGid("Customer", request.loggedInCustomerId))
    : [];
  const { state, shown } = await resolveState(request, asked, read);
  if ((state.kind === "found" && !shown?.repeat) || state.kind === "not_found") {
    await countLookup(request.db, request.shop, dayInTimeZone(request.now, settings.ianaTimezone), state.kind === "found");
  }
  // Exchange offers only for an order with something delivered: before
  // that there is nothing to exchange.
  const delivered = state.kind === "found" && state.view.packages.some((pkg) => pkg.deliveredAt !== null);
  const orderId = shown ? numericId(shown.order.id) : null;
  const exchangeOffers =
    delivered && shown && orderId
      ? await trackingExchangeOffers(request, orderId, shown.exchange, settings, { offers: read.offers, catalog: read.catalog })
      : [];
  const lookup =
    request.query.has("order") && !request.loggedInCustomerId
      ? { order: request.query.get("order") ?? "", contact: request.query.get("contact") ?? "" }
      : null;
  const liquid = renderTrackingPage({
    state,
    recentOrders,
    timeZone: settings.ianaTimezone,
    formPath,
    branding: brandingOf(read.branding),
    recommendationProductIds: (shown?.order.lineItems.nodes ?? []).flatMap((line) => (line.product ? [numericId(line.product.id)] : [])),
    exchangeOffers,
    lookup,
    exchangeRequest: request.query.get("exchange_request"),
    orderId,
  });
  if (state.kind === "rate_limited") return { liquid, status: 429, retryAfterSeconds: state.retryAfterSeconds };
  return { liquid, status: 200 };
}

function brandingOf(stored: BrandingRow | null): TrackingBranding {
  if (!stored) return DEFAULT_BRANDING;
  return { ...stored, faqLinks: storedDocument<TrackingBranding["faqLinks"]>(stored.faqLinks) };
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

async function resolveState(request: TrackingRequest, asked: Asked, read: TrackingViewRead): Promise<Resolved> {
  if (asked.kind === "own") return ownOrder(request, asked, known(read.snapshot, request.now));
  if (asked.kind === "form") return formState();
  if (asked.kind === "invalid") return formState({ kind: "form", input: asked.input, fieldErrors: asked.fieldErrors });
  const { input, orderName, contact } = asked;

  // The same number and contact as a lookup of the last few minutes (a
  // reload, a shopper coming back): what Shopify said then, with no Admin
  // API call, no new lookup counted and nothing written.
  const kept = known(read.snapshot, request.now);
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
    const match = orders.nodes.find((order) => contactMatches(order, contact));
    if (!match) {
      const archived = await archivedOrder(request, orderName, contact);
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
async function ownOrder(
  request: TrackingRequest,
  { orderNumber: number, customerGid }: Extract<Asked, { kind: "own" }>,
  kept: KnownOrder | null,
): Promise<Resolved> {
  if (!number) return formState();
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
      createdAt: fulfillmentOrder.createdAt,
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
