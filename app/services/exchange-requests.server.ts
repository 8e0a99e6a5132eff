// Exchanges on the tracking page (self-service): the offers a shopper sees on
// a delivered order, and the request they send, recorded for an agent to
// confirm. Nothing is created in Shopify here. See decision 007.
import { unlessTaken } from "../db.server";
import { consumeRateLimit, visitorKey } from "../data/rate-limits.server";
import { findLiveOutcomeForItem, listExchangeOffers, recordOutcome } from "../data/exchanges.server";
import { parseExchangeRequest, type ExchangeRequestInput } from "../domain/exchange/answers";
import { offersForDeliveredItems, type DeliveredItemOffer } from "../domain/exchange/storefront";
import type { FormSubmission } from "../domain/forms";
import { contactMatches, orderNameFromInput } from "../domain/tracking/lookup";
import { numericId, shopifyGid } from "../domain/shopify-ids";
import type { ShopContext } from "./context";
import { loadOrderOffers, proposalsFor, refusalMessage, type ExchangeContext, type ShopifyOrder } from "./exchange-orders.server";
import { queueFlowTrigger } from "./flow-triggers.server";
import { recordExchangeReason } from "./contact-reasons.server";

// The tracking page (self-service)

export interface ExchangeOffersForOrderInput extends ShopContext {
  /** Numeric id or GID of the order. */
  orderId: string;
}

/**
 * Per line of the order, the best offer a shopper may request from the
 * tracking page (words in en/ar/fr, exact price difference), or why the item
 * can't be exchanged. Null when Shopify has no such order; [] when the shop
 * has no offer turned on (no Admin API call then) or the order is cancelled.
 * The caller must already have checked that the shopper may see this order.
 * Costs one ExchangeOrder query (about 800 points requested, a few dozen
 * spent) plus one ExchangeCatalog query per five products the offers need.
 */
export async function exchangeOffersForOrder(input: ExchangeOffersForOrderInput): Promise<DeliveredItemOffer[] | null> {
  // A shop without an offer turned on spends no Admin API call here.
  if (!(await listExchangeOffers(input.db, input.shop)).some((offer) => offer.enabled)) return [];
  const context = await loadOrderOffers(input, input.orderId);
  if (!context) return null;
  if (context.order.cancelledAt) return [];
  return offersForDeliveredItems({
    items: context.items,
    offers: context.offers,
    catalog: context.catalog,
    now: input.now,
    today: context.today,
    currencyCode: context.currencyCode,
    timeZone: context.timeZone,
  });
}

export interface ExchangeRequestContext extends ExchangeContext {
  /** logged_in_customer_id of the signed proxy request; null when anonymous. */
  loggedInCustomerId: string | null;
  /** Who is asking, for the rate limit (hashed here). */
  visitor: string;
}

export type ExchangeRequestResult =
  | { kind: "requested"; outcomeId: string; orderId: string; loggedIn: boolean }
  | { kind: "already_requested"; orderId: string; loggedIn: boolean }
  | { kind: "invalid" }
  | { kind: "not_found" }
  | { kind: "unavailable"; message: string; orderName: string }
  | { kind: "rate_limited"; retryAfterSeconds: number };

/** Requests one visitor may send: enough for a family's orders, too few to guess contacts. */
export const REQUEST_LIMIT = { limit: 10, windowMs: 10 * 60 * 1000 };

/** Whether the shopper may act on the order: it is theirs, or they know its number and contact. */
export function shopperMayActOn(
  order: Pick<ShopifyOrder, "name" | "email" | "phone" | "customer">,
  request: ExchangeRequestInput,
  loggedInCustomerId: string | null,
): boolean {
  if (loggedInCustomerId && order.customer?.id === shopifyGid("Customer", loggedInCustomerId)) return true;
  if (!request.order || !request.contact) return false;
  let name: string;
  try {
    name = orderNameFromInput(request.order);
  } catch {
    return false;
  }
  return order.name === name && contactMatches(order, request.contact);
}

/**
 * A shopper's request from the tracking page: recorded as a "requested"
 * outcome for an agent to confirm; nothing is created in Shopify. The order,
 * the shopper's right to it, the item, the offer and its price are all read
 * again from Shopify, never taken from the form.
 */
export async function requestExchange(ctx: ExchangeRequestContext, form: FormSubmission): Promise<ExchangeRequestResult> {
  const parsed = parseExchangeRequest(form);
  if (!parsed.ok) return { kind: "invalid" };
  const request = parsed.request;
  const bucket = visitorKey("exchange-request:visitor", ctx.shop, ctx.visitor);
  const limited = await consumeRateLimit(ctx.db, ctx.shop, { key: bucket, ...REQUEST_LIMIT }, ctx.now);
  if (!limited.allowed) return { kind: "rate_limited", retryAfterSeconds: limited.retryAfterSeconds };

  const context = await loadOrderOffers(ctx, request.order_id);
  // A missing order and someone else's answer the same.
  if (!context || !shopperMayActOn(context.order, request, ctx.loggedInCustomerId)) return { kind: "not_found" };
  const loggedIn = ctx.loggedInCustomerId !== null;
  const orderId = numericId(context.order.id);
  const item = context.items.find((candidate) => numericId(candidate.lineItemId) === request.line_item_id);
  if (!item || context.order.cancelledAt) return { kind: "not_found" };

  const result = proposalsFor(context, item, {
    now: ctx.now,
    reason: request.reason,
    requireDelivery: true,
    chosenVariantId: request.variant_id ? shopifyGid("ProductVariant", request.variant_id) : null,
  });
  const proposal = result.proposals.find((candidate) => candidate.offer.id === request.offer_id);
  if (!proposal) return { kind: "unavailable", message: refusalMessage(context, item, result), orderName: context.order.name };

  const lineItemId = numericId(item.lineItemId);
  const already = { kind: "already_requested" as const, orderId, loggedIn };
  // An offer an agent made and never closed does not stop the shopper asking.
  if (await findLiveOutcomeForItem(ctx.db, ctx.shop, orderId, lineItemId, ["requested", "deciding", "accepted"])) return already;
  // Two taps at once both get past that check: the database keeps one request
  // per item (decision 053), so the second writes nothing and is told so.
  const outcome = await unlessTaken(
    ctx.db.$transaction(async (tx) => {
      const recorded = await recordOutcome(tx, ctx.shop, {
        offerId: proposal.offer.id,
        orderId,
        lineItemId,
        customerId: context.order.customer ? numericId(context.order.customer.id) : null,
        agentId: null,
        channel: "self_service",
        status: "requested",
        returnReason: request.reason,
        exchangeVariantId: proposal.exchange.id,
        currencyCode: context.currencyCode,
        // What was proposed, for the queue; the money counts once an agent accepts.
        figures: proposal.plan.figures,
        createdAt: ctx.now,
        decidedAt: null,
      });
      await recordExchangeReason(tx, ctx.shop, {
        source: "tracking_page",
        outcomeId: recorded.id,
        orderId,
        reason: request.reason,
        item,
        at: ctx.now,
      });
      await queueFlowTrigger(tx, ctx.shop, {
        handle: "exchange-requested",
        dedupeKey: `flow:exchange-requested:${recorded.id}`,
        orderId,
        customerId: recorded.customerId,
        payload: { order_id: Number(orderId), Offer: proposal.offer.name, "Return reason": request.reason ?? "" },
      });
      return recorded;
    }),
  );
  return outcome ? { kind: "requested", outcomeId: outcome.id, orderId, loggedIn } : already;
}
