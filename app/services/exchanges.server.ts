// Exchanges instead of refunds: an order's returnable items and the offers
// that apply to them (the exchange desk and the tracking page), the answer
// an agent records, and the exchange made for real in Shopify on acceptance:
// a return whose exchange line items are released at once, and a draft
// order for whatever the shopper pays on top. See decision 007.
import { adminMutation, adminQuery, AdminUserErrors, type AdminGraphqlClient } from "../admin-api.server";
import { consumeRateLimit, visitorKey } from "../data/rate-limits.server";
import {
  claimOutcome,
  decideOutcome,
  deleteDecidingOutcome,
  findLiveOutcomeForItem,
  findOutcome,
  listExchangeOffers,
  listOrderOutcomes,
  recordOutcome,
  releaseOutcome,
  type ExchangeOutcomeRecord,
} from "../data/exchanges.server";
import { parseAgentAnswer, parseExchangeRequest, returnReasonOrNull, type ExchangeRequestInput } from "../domain/exchange/answers";
import { ineligibleMessage, itemEligibility } from "../domain/exchange/eligibility";
import { orderItemsOf, type OrderItem } from "../domain/exchange/items";
import { matchOffers, offerCoversItem, SKIP_LABELS, type Catalog, type CatalogProduct, type CatalogVariant, type Proposal, type StoredOffer } from "../domain/exchange/matching";
import { RETURN_REASON_LABELS, RETURN_REASONS, type ReturnReason } from "../domain/exchange/offers";
import { EXCHANGE_ATTRIBUTE, RETURN_ATTRIBUTE } from "../domain/exchange/payments";
import { netMinor, type ExchangeFigures } from "../domain/exchange/pricing";
import { offersForDeliveredItems, type DeliveredItemOffer } from "../domain/exchange/storefront";
import { offerTextsFor, textValues, variantLabel } from "../domain/exchange/texts";
import type { FieldErrors, FormSubmission } from "../domain/forms";
import { formatMinorAsDecimal, formatMinorMoney, parseDecimalToMinor } from "../domain/money";
import { contactMatches, orderNameFromInput } from "../domain/tracking/lookup";
import { numericId, shopifyGid } from "../domain/shopify-ids";
import { dayInTimeZone } from "../domain/time/days";
import { ExchangeCatalogQuery } from "../graphql/exchange-catalog";
import { ExchangeDraftOrderCreateMutation, type ExchangeDraftOrderLine } from "../graphql/exchange-draft-order-create";
import { ExchangeOrderQuery, type ExchangeOrder } from "../graphql/exchange-order";
import { ExchangeReturnCreateMutation } from "../graphql/exchange-return-create";
import { ExchangeReturnProcessMutation } from "../graphql/exchange-return-process";
import { deskAgent } from "./agent-desk.server";
import { shopSettings } from "./shop-settings.server";
import type { ServiceContext, ShopContext } from "./context";

export type ExchangeContext = ShopContext;

/** The signed-in staff member is the agent recorded on the outcome. */
export type AgentExchangeContext = Pick<ServiceContext, "db" | "admin" | "shop" | "now" | "staff">;

export type ShopifyOrder = NonNullable<ExchangeOrder["order"]>;

const CATALOG_BATCH = 5;
const NO_FIGURES: ExchangeFigures = { keptMinor: 0n, upsellMinor: 0n, bonusCostMinor: 0n };

// ---------------------------------------------------------------------------
// Reading Shopify

/** The order, its items as the rules read them, or null when Shopify has no such order. */
export async function loadOrderItems(admin: AdminGraphqlClient, orderId: string): Promise<{ order: ShopifyOrder; items: OrderItem[] } | null> {
  const data = await adminQuery(admin, ExchangeOrderQuery, { id: shopifyGid("Order", orderId) });
  if (!data.order) return null;
  const returnable = data.returnableFulfillments.nodes.flatMap((fulfillment) =>
    fulfillment.returnableFulfillmentLineItems.nodes.map((line) => ({
      fulfillmentLineItemId: line.fulfillmentLineItem.id,
      lineItemId: line.fulfillmentLineItem.lineItem.id,
      quantity: line.quantity,
    })),
  );
  return { order: data.order, items: orderItemsOf(data.order, returnable) };
}

/** The ids of the products and variants the offers need for these items. */
export function catalogIdsFor(offers: readonly StoredOffer[], items: readonly OrderItem[]): string[] {
  const ids = new Set<string>();
  for (const offer of offers) {
    const { exchange, bonus } = offer.definition;
    const covered = items.filter((item) => offerCoversItem(offer.definition, item));
    if (covered.length === 0) continue;
    if (exchange.kind === "variant") ids.add(exchange.variantId);
    if (exchange.kind === "product") ids.add(exchange.productId);
    if (exchange.kind === "same_product") for (const item of covered) if (item.productId) ids.add(item.productId);
    if (bonus.kind !== "none") ids.add(bonus.variantId);
  }
  return [...ids];
}

function toCatalogVariant(
  node: { id: string; title: string; price: string; inventoryQuantity: number | null; availableForSale: boolean; selectedOptions: { name: string; value: string }[]; inventoryItem: { unitCost: { amount: string; currencyCode: string } | null } | null },
  product: { id: string; title: string },
  currencyCode: string,
): CatalogVariant {
  const cost = node.inventoryItem?.unitCost;
  return {
    id: node.id,
    productId: product.id,
    productTitle: product.title,
    title: node.title,
    priceMinor: parseDecimalToMinor(node.price, currencyCode),
    // A cost in another currency than the shop's can't be compared: the price is used instead.
    unitCostMinor: cost && cost.currencyCode === currencyCode ? parseDecimalToMinor(cost.amount, currencyCode) : null,
    inventoryQuantity: node.inventoryQuantity,
    availableForSale: node.availableForSale,
    selectedOptions: node.selectedOptions,
  };
}

/** The products and variants, as Shopify has them now (prices in the shop currency). */
export async function loadCatalog(admin: AdminGraphqlClient, ids: readonly string[], currencyCode: string): Promise<Catalog> {
  const variants = new Map<string, CatalogVariant>();
  const products = new Map<string, CatalogProduct>();
  const unique = [...new Set(ids)];
  for (let start = 0; start < unique.length; start += CATALOG_BATCH) {
    const { nodes } = await adminQuery(admin, ExchangeCatalogQuery, { ids: unique.slice(start, start + CATALOG_BATCH) });
    for (const node of nodes) {
      if (!node) continue;
      if (node.__typename === "ProductVariant" && "price" in node) {
        variants.set(node.id, toCatalogVariant(node, node.product, currencyCode));
      } else if (node.__typename === "Product" && "variants" in node) {
        const productVariants = node.variants.nodes.map((variant) => toCatalogVariant(variant, node, currencyCode));
        for (const variant of productVariants) variants.set(variant.id, variant);
        products.set(node.id, { id: node.id, title: node.title, options: node.options, variantIds: productVariants.map((variant) => variant.id) });
      }
    }
  }
  return { variants, products };
}

interface OrderContext {
  order: ShopifyOrder;
  items: OrderItem[];
  offers: StoredOffer[];
  catalog: Catalog;
  currencyCode: string;
  timeZone: string;
  today: string;
}

async function orderContext(ctx: ExchangeContext, orderId: string): Promise<OrderContext | null> {
  const [loaded, offers, settings] = await Promise.all([
    loadOrderItems(ctx.admin, orderId),
    listExchangeOffers(ctx.db, ctx.shop),
    shopSettings(ctx.db, ctx.admin, ctx.shop),
  ]);
  if (!loaded) return null;
  const catalog = await loadCatalog(ctx.admin, catalogIdsFor(offers, loaded.items), settings.currencyCode);
  return {
    ...loaded,
    offers,
    catalog,
    currencyCode: settings.currencyCode,
    timeZone: settings.ianaTimezone,
    today: dayInTimeZone(ctx.now, settings.ianaTimezone),
  };
}

type ItemProposals =
  | { eligible: false; message: string; reason: string; proposals: []; skipped: [] }
  | { eligible: true; proposals: Proposal[]; skipped: ReturnType<typeof matchOffers>["skipped"] };

function proposalsFor(
  context: OrderContext,
  item: OrderItem,
  options: { now: Date; reason: ReturnReason | null; requireDelivery: boolean; chosenVariantId?: string | null },
): ItemProposals {
  const eligibility = itemEligibility(item, { requireDelivery: options.requireDelivery });
  if (!eligibility.eligible) {
    return { eligible: false, reason: eligibility.reason, message: ineligibleMessage(eligibility.reason, "en"), proposals: [], skipped: [] };
  }
  const matches = matchOffers(context.offers, item, context.catalog, {
    now: options.now,
    today: context.today,
    reason: options.reason,
    windowStart: eligibility.windowStart,
    currencyCode: context.currencyCode,
    chosenVariantId: options.chosenVariantId,
  });
  return { eligible: true, ...matches };
}

/** Why no offer can be made: the item's reason, or the window when every offer's closed. */
function refusalMessage(context: OrderContext, item: OrderItem, result: ItemProposals): string {
  if (!result.eligible) return result.message;
  const closed = result.skipped.find((skip) => skip.reason === "outside_window");
  if (closed) {
    return ineligibleMessage("outside_window", "en", { days: closed.offer.definition.returnWindowDays, closesAt: closed.windowClosesAt, timeZone: context.timeZone });
  }
  return `No exchange offer applies to ${item.title} right now.`;
}

// ---------------------------------------------------------------------------
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
  const context = await orderContext(input, input.orderId);
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
  | { kind: "unavailable"; message: string }
  | { kind: "rate_limited"; retryAfterSeconds: number };

/** Requests one visitor may send: enough for a family's orders, too few to guess contacts. */
export const REQUEST_LIMIT = { limit: 10, windowMs: 10 * 60 * 1000 };

/** Whether the shopper may act on the order: it is theirs, or they know its number and contact. */
export function shopperMayActOn(order: Pick<ShopifyOrder, "name" | "email" | "phone" | "customer">, request: ExchangeRequestInput, loggedInCustomerId: string | null): boolean {
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

  const context = await orderContext(ctx, request.order_id);
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
  if (!proposal) return { kind: "unavailable", message: refusalMessage(context, item, result) };

  const lineItemId = numericId(item.lineItemId);
  // An offer an agent made and never closed does not stop the shopper asking.
  if (await findLiveOutcomeForItem(ctx.db, ctx.shop, orderId, lineItemId, ["requested", "deciding", "accepted"])) {
    return { kind: "already_requested", orderId, loggedIn };
  }
  const outcome = await recordOutcome(ctx.db, ctx.shop, {
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
  return { kind: "requested", outcomeId: outcome.id, orderId, loggedIn };
}

// ---------------------------------------------------------------------------
// Making the exchange in Shopify

export interface CreatedExchange {
  returnId: string;
  returnName: string;
  draftOrderId: string | null;
  draftOrderName: string | null;
  invoiceUrl: string | null;
}

function moneyInput(minor: bigint, currencyCode: string) {
  return { amount: formatMinorAsDecimal(minor, currencyCode), currencyCode };
}

/**
 * The exchange, for real: a return for one unit of the item with the
 * exchange line items the shopper gets at no charge (released at once by
 * returnProcess: only the exchange lines are processed, the returned item
 * is processed by the merchant when it arrives), then a draft order for
 * what the shopper pays, when anything.
 */
export async function createExchangeInShopify(
  admin: AdminGraphqlClient,
  input: { order: ShopifyOrder; item: OrderItem; proposal: Proposal; reason: ReturnReason; outcomeId: string; currencyCode: string; now: Date },
): Promise<CreatedExchange> {
  const { order, item, proposal, reason, currencyCode } = input;
  const plan = proposal.plan;
  if (!item.fulfillmentLineItemId) throw new Error(`${item.title} has nothing left to return`);
  const returnedLabel = item.variantTitle ? `${item.title} – ${item.variantTitle}` : item.title;
  const note =
    plan.mode === "draft"
      ? `Exchange (${proposal.offer.name}): the item's value is credited on a Concierge draft order, do not refund it.`
      : `Exchange (${proposal.offer.name}) for ${variantLabel(proposal.exchange)}.`;
  const created = await adminMutation(
    admin,
    ExchangeReturnCreateMutation,
    {
      input: {
        orderId: order.id,
        requestedAt: input.now.toISOString(),
        returnLineItems: [{ fulfillmentLineItemId: item.fulfillmentLineItemId, quantity: 1, returnReason: reason, returnReasonNote: note.slice(0, 255) }],
        exchangeLineItems: plan.returnExchangeLines.map((line) => ({
          variantId: line.variantId,
          quantity: line.quantity,
          ...(line.free ? { appliedDiscount: { description: `Free gift: ${proposal.offer.name}`.slice(0, 255), value: { percentage: 100 } } } : {}),
        })),
      },
    },
    "returnCreate",
  );
  const ret = created.return;
  if (!ret) throw new Error("Shopify created no return");
  const exchangeLines = ret.exchangeLineItems.nodes;
  if (exchangeLines.length > 0) {
    await adminMutation(
      admin,
      ExchangeReturnProcessMutation,
      { input: { returnId: ret.id, exchangeLineItems: exchangeLines.map((line) => ({ id: line.id, quantity: line.quantity })) } },
      "returnProcess",
    );
  }
  if (plan.draftLines.length === 0) return { returnId: ret.id, returnName: ret.name, draftOrderId: null, draftOrderName: null, invoiceUrl: null };

  const titles = { credit: `Credit for the returned ${returnedLabel}`, gift: "Free gift", upsell: proposal.offer.name };
  const lineItems: ExchangeDraftOrderLine[] = plan.draftLines.map((line) => ({
    variantId: line.variantId,
    quantity: line.quantity,
    ...(line.discount
      ? {
          appliedDiscount:
            line.discount.kind === "gift"
              ? { title: titles.gift, valueType: "PERCENTAGE" as const, value: 100 }
              : {
                  title: titles[line.discount.kind].slice(0, 255),
                  valueType: "FIXED_AMOUNT" as const,
                  value: Number(formatMinorAsDecimal(line.discount.amountMinor, currencyCode)),
                  amountWithCurrency: moneyInput(line.discount.amountMinor, currencyCode),
                },
        }
      : {}),
  }));
  const draftInput = {
    ...(order.customer ? { purchasingEntity: { customerId: order.customer.id } } : {}),
    ...(order.email ? { email: order.email } : {}),
    note: `Exchange for ${order.name} (return ${ret.name}): ${proposal.offer.name}`,
    tags: ["concierge-exchange"],
    // The order made from the draft order carries these too: orders/paid finds the outcome by them.
    customAttributes: [
      { key: EXCHANGE_ATTRIBUTE, value: input.outcomeId },
      { key: RETURN_ATTRIBUTE, value: ret.name },
    ],
    lineItems,
  };
  let draft;
  try {
    draft = await adminMutation(admin, ExchangeDraftOrderCreateMutation, { input: draftInput }, "draftOrderCreate");
  } catch (error) {
    throw new PartialExchangeError(ret.name, error);
  }
  const draftOrder = draft.draftOrder;
  return {
    returnId: ret.id,
    returnName: ret.name,
    draftOrderId: draftOrder?.id ?? null,
    draftOrderName: draftOrder?.name ?? null,
    invoiceUrl: draftOrder?.invoiceUrl ?? null,
  };
}

// ---------------------------------------------------------------------------
// The agent's answer

export type AnswerResult =
  | { ok: true; outcome: ExchangeOutcomeRecord; created: CreatedExchange | null }
  | { ok: false; status: 400 | 403 | 404 | 409; fieldErrors: FieldErrors };

function shopifyRefusal(error: unknown): FieldErrors | null {
  if (error instanceof AdminUserErrors) return { form: `Shopify refused the exchange: ${error.userErrors.map((userError) => userError.message).join("; ")}` };
  return null;
}

/** Shopify made part of the exchange and refused the rest. */
export class PartialExchangeError extends Error {
  constructor(
    readonly returnName: string,
    readonly cause: unknown,
  ) {
    super(`Return ${returnName} was created, but Shopify refused the draft order`);
    this.name = "PartialExchangeError";
  }
}

/**
 * Records what the shopper answered, as the signed-in agent: "offer" notes
 * the offer was made (no answer yet), "refuse" records the refusal and
 * nothing else, "accept" makes the exchange in Shopify first and records it
 * only once Shopify has it. An answer about an item that already has an
 * open outcome (offered, or requested by the shopper) decides that one. The
 * outcome row is written before Shopify is asked (status "deciding"), so the
 * draft order can name it and a second click can't make a second exchange.
 */
export async function answerExchange(ctx: AgentExchangeContext, orderId: string, form: FormSubmission): Promise<AnswerResult> {
  const agent = await deskAgent(ctx);
  if (!agent || !agent.active) {
    return { ok: false, status: 403, fieldErrors: { form: "Only active agents can record an exchange: add yourself on the Agents page with your Shopify email" } };
  }
  const parsed = parseAgentAnswer(form);
  if (!parsed.ok) return { ok: false, status: 400, fieldErrors: parsed.fieldErrors };
  const answer = parsed.answer;
  const orderNumber = numericId(orderId);

  const fresh = answer.intent === "accept" || answer.intent === "refuse" || answer.intent === "offer" ? answer : null;
  let open: ExchangeOutcomeRecord | null = null;
  if (!fresh) {
    open = "outcomeId" in answer ? await findOutcome(ctx.db, ctx.shop, answer.outcomeId) : null;
    if (!open || open.orderId !== orderNumber) return { ok: false, status: 404, fieldErrors: { form: "That offer was not found on this order" } };
    if (open.status !== "shown" && open.status !== "requested") {
      return { ok: false, status: 409, fieldErrors: { form: `This offer was already ${open.status === "deciding" ? "being answered" : open.status}` } };
    }
  } else {
    const live = await findLiveOutcomeForItem(ctx.db, ctx.shop, orderNumber, fresh.lineItemId);
    if (live && live.status !== "shown" && live.status !== "requested") {
      return { ok: false, status: 409, fieldErrors: { form: "This item was already exchanged" } };
    }
    open = live;
  }
  const accept = answer.intent === "accept" || answer.intent === "accept_outcome";
  const lineItemId = fresh?.lineItemId ?? open?.lineItemId ?? "";
  const offerId = fresh?.offerId ?? open?.offerId ?? "";
  const reason: ReturnReason = fresh?.reason ?? returnReasonOrNull(open?.returnReason) ?? "UNKNOWN";
  const wantedVariantId = answer.exchangeVariantId ?? open?.exchangeVariantId ?? null;

  const context = await orderContext(ctx, orderNumber);
  if (!context) return { ok: false, status: 404, fieldErrors: { form: "Shopify has no such order" } };
  const item = context.items.find((candidate) => numericId(candidate.lineItemId) === lineItemId);
  if (!item) return { ok: false, status: 404, fieldErrors: { lineItemId: "That item is not on this order" } };
  const customerId = context.order.customer ? numericId(context.order.customer.id) : null;
  const newOutcome = (status: "shown" | "refused" | "deciding", figures: ExchangeFigures, exchangeVariantId: string | null) =>
    recordOutcome(ctx.db, ctx.shop, {
      offerId,
      orderId: orderNumber,
      lineItemId,
      customerId,
      agentId: agent.id,
      channel: "agent",
      status,
      returnReason: reason,
      exchangeVariantId,
      currencyCode: context.currencyCode,
      figures,
      createdAt: ctx.now,
      decidedAt: status === "shown" ? null : ctx.now,
    });
  const claim = async (outcome: ExchangeOutcomeRecord) => claimOutcome(ctx.db, ctx.shop, outcome.id, ["shown", "requested"], { agentId: agent.id, at: ctx.now });
  const taken = { ok: false as const, status: 409 as const, fieldErrors: { form: "Someone else answered this offer already" } };

  // A refusal needs no offer to still stand: it is recorded as it was made.
  if (!accept && answer.intent !== "offer") {
    if (open) {
      if (!(await claim(open))) return taken;
      await decideOutcome(ctx.db, ctx.shop, open.id, { status: "refused", figures: NO_FIGURES, returnReason: reason });
      return { ok: true, outcome: (await findOutcome(ctx.db, ctx.shop, open.id))!, created: null };
    }
    if (!context.offers.some((candidate) => candidate.id === offerId)) return { ok: false, status: 404, fieldErrors: { offerId: "That offer no longer exists" } };
    return { ok: true, outcome: await newOutcome("refused", NO_FIGURES, wantedVariantId), created: null };
  }

  const result = proposalsFor(context, item, { now: ctx.now, reason, requireDelivery: false, chosenVariantId: wantedVariantId });
  const proposal = result.proposals.find((candidate) => candidate.offer.id === offerId);
  if (!proposal) {
    const skipped = result.eligible ? result.skipped.find((skip) => skip.offer.id === offerId) : undefined;
    const message = skipped && skipped.reason !== "outside_window" ? `This offer can't be made: ${skippedMessage(skipped.reason)}` : refusalMessage(context, item, result);
    return { ok: false, status: 409, fieldErrors: { form: message } };
  }
  if (wantedVariantId && proposal.exchange.id !== wantedVariantId) {
    return { ok: false, status: 409, fieldErrors: { exchangeVariantId: "That variant can't be exchanged to any more (out of stock, or not a size that fits): choose another" } };
  }

  if (answer.intent === "offer") {
    if (open) return { ok: true, outcome: open, created: null };
    return { ok: true, outcome: await newOutcome("shown", NO_FIGURES, proposal.exchange.id), created: null };
  }

  // Accept: claim the open outcome (or write one as being decided), then Shopify.
  let outcomeId: string;
  if (open) {
    if (open.offerId !== offerId) {
      return { ok: false, status: 409, fieldErrors: { form: "This item has an open offer of another kind: answer that one first" } };
    }
    if (!(await claim(open))) return taken;
    outcomeId = open.id;
  } else {
    outcomeId = (await newOutcome("deciding", NO_FIGURES, proposal.exchange.id)).id;
  }
  let created: CreatedExchange;
  try {
    created = await createExchangeInShopify(ctx.admin, { order: context.order, item, proposal, reason, outcomeId, currencyCode: context.currencyCode, now: ctx.now });
  } catch (error) {
    if (open) await releaseOutcome(ctx.db, ctx.shop, outcomeId, open.status as "shown" | "requested");
    else await deleteDecidingOutcome(ctx.db, ctx.shop, outcomeId);
    const refusal = shopifyRefusal(error instanceof PartialExchangeError ? error.cause : error);
    if (refusal && error instanceof PartialExchangeError) {
      return { ok: false, status: 409, fieldErrors: { form: `${error.message} (${refusal.form.replace(/^Shopify refused the exchange: /, "")}): cancel that return in Shopify, or try again.` } };
    }
    if (refusal) return { ok: false, status: 409, fieldErrors: refusal };
    throw error;
  }
  await decideOutcome(ctx.db, ctx.shop, outcomeId, {
    status: "accepted",
    figures: proposal.plan.figures,
    exchangeVariantId: proposal.exchange.id,
    returnReason: reason,
    returnId: numericId(created.returnId),
    draftOrderId: created.draftOrderId ? numericId(created.draftOrderId) : null,
    exchangeOnDraftOrder: proposal.plan.mode === "draft",
  });
  return { ok: true, outcome: (await findOutcome(ctx.db, ctx.shop, outcomeId))!, created };
}

function skippedMessage(reason: string): string {
  switch (reason) {
    case "out_of_stock":
      return "the exchange item is out of stock";
    case "bonus_out_of_stock":
      return "the bonus item is out of stock";
    case "no_suitable_variant":
      return "no variant in the size the shopper needs";
    case "reason":
      return "it is not for this return reason";
    case "disabled":
      return "it is turned off";
    case "not_started":
      return "it has not started yet";
    case "ended":
      return "it has ended";
    default:
      return "its product or variant no longer exists";
  }
}

// ---------------------------------------------------------------------------
// The exchange desk (app/routes/app.exchanges.$orderId.tsx)

function signedMoney(minor: bigint, currencyCode: string): string {
  return minor > 0n ? `+${formatMinorMoney(minor, currencyCode)}` : formatMinorMoney(minor, currencyCode);
}

const MODE_LABELS = {
  return: "Return with exchange items, released now",
  return_and_draft: "Return with exchange items + draft order for the upsell",
  draft: "Return + draft order: the shopper pays the difference",
} as const;

function proposalView(proposal: Proposal, item: OrderItem, context: OrderContext) {
  const currency = context.currencyCode;
  const { plan } = proposal;
  const values = textValues({
    returnedItem: item.variantTitle ? `${item.title} – ${item.variantTitle}` : item.title,
    exchangeItem: variantLabel(proposal.exchange),
    bonusItem: proposal.bonusVariant ? variantLabel(proposal.bonusVariant) : null,
    differenceMinor: plan.priceDifferenceMinor,
    currencyCode: currency,
  });
  return {
    offerId: proposal.offer.id,
    offerName: proposal.offer.name,
    exchange: { id: proposal.exchange.id, label: variantLabel(proposal.exchange) },
    alternatives: proposal.alternatives.map((variant) => ({ id: variant.id, label: `${variantLabel(variant)} · ${formatMinorMoney(variant.priceMinor, currency)}` })),
    bonus: proposal.bonusVariant
      ? { kind: proposal.bonus.kind, label: variantLabel(proposal.bonusVariant) }
      : null,
    mode: plan.mode,
    modeLabel: MODE_LABELS[plan.mode],
    priceDifference: signedMoney(plan.priceDifferenceMinor, currency),
    priceDifferenceMinor: plan.priceDifferenceMinor.toString(),
    shopperPays: formatMinorMoney(plan.shopperPaysMinor, currency),
    refund: formatMinorMoney(plan.refundMinor, currency),
    kept: formatMinorMoney(plan.figures.keptMinor, currency),
    upsell: formatMinorMoney(plan.figures.upsellMinor, currency),
    bonusCost: formatMinorMoney(plan.figures.bonusCostMinor, currency),
    net: formatMinorMoney(netMinor(plan.figures), currency),
    texts: offerTextsFor(proposal.offer.definition.texts, values),
    windowClosesAt: proposal.windowClosesAt.toISOString(),
  };
}

export type ProposalView = ReturnType<typeof proposalView>;

/** Everything the exchange desk shows for one order, as plain data (money formatted, BigInt as text). */
export async function loadExchangeDesk(ctx: AgentExchangeContext, orderId: string, query: URLSearchParams) {
  const agent = await deskAgent(ctx);
  const reason = returnReasonOrNull(query.get("reason"));
  const context = await orderContext(ctx, orderId);
  if (!context) return null;
  const currency = context.currencyCode;
  const [outcomes, agents] = await Promise.all([
    listOrderOutcomes(ctx.db, ctx.shop, numericId(context.order.id)),
    ctx.db.agent.findMany({ where: { shop: ctx.shop }, select: { id: true, name: true } }),
  ]);
  const agentNames = new Map(agents.map((row) => [row.id, row.name]));
  const offerNames = new Map(context.offers.map((offer) => [offer.id, offer.name]));
  const itemTitles = new Map(context.items.map((item) => [numericId(item.lineItemId), item.variantTitle ? `${item.title} – ${item.variantTitle}` : item.title]));
  return {
    agent: agent ? { id: agent.id, name: agent.name, active: agent.active } : null,
    staff: ctx.staff ? { name: ctx.staff.name, email: ctx.staff.email } : null,
    reason,
    reasons: RETURN_REASONS.map((value) => ({ value, label: RETURN_REASON_LABELS[value].en })),
    order: {
      id: numericId(context.order.id),
      name: context.order.name,
      customer: context.order.customer?.displayName ?? null,
      processedAt: context.order.processedAt,
      cancelled: context.order.cancelledAt !== null,
      currencyCode: currency,
      timeZone: context.timeZone,
    },
    items: context.items.map((item) => {
      const result = proposalsFor(context, item, { now: ctx.now, reason, requireDelivery: false });
      const lineItemId = numericId(item.lineItemId);
      return {
        lineItemId,
        title: item.title,
        variantTitle: item.variantTitle,
        quantity: item.quantity,
        returnableQuantity: item.returnableQuantity,
        paidUnit: formatMinorMoney(item.paidUnitMinor, item.currencyCode),
        deliveredAt: item.deliveredAt,
        refusal: !result.eligible || result.proposals.length === 0 ? refusalMessage(context, item, result) : null,
        proposals: result.proposals.map((proposal) => proposalView(proposal, item, context)),
        skipped: result.eligible
          ? result.skipped.filter((skip) => skip.reason !== "outside_window").map((skip) => ({ offerName: skip.offer.name, label: SKIP_LABELS[skip.reason] }))
          : [],
      };
    }),
    outcomes: outcomes.map((outcome) => ({
      id: outcome.id,
      status: outcome.status,
      channel: outcome.channel,
      offerId: outcome.offerId,
      offerName: offerNames.get(outcome.offerId) ?? "Deleted offer",
      item: itemTitles.get(outcome.lineItemId) ?? `Line ${outcome.lineItemId}`,
      lineItemId: outcome.lineItemId,
      reason: outcome.returnReason ? (RETURN_REASON_LABELS[outcome.returnReason as ReturnReason]?.en ?? outcome.returnReason) : null,
      exchangeVariantId: outcome.exchangeVariantId,
      agent: outcome.agentId ? (agentNames.get(outcome.agentId) ?? "Removed agent") : null,
      net: formatMinorMoney(netMinor({ keptMinor: outcome.keptMinor, upsellMinor: outcome.upsellMinor, bonusCostMinor: outcome.bonusCostMinor }), outcome.currencyCode),
      returnId: outcome.returnId,
      draftOrderId: outcome.draftOrderId,
      // What the draft order carries counts once the shopper pays it (decision 011).
      draftOrderPaid: outcome.upsellPaidAt !== null,
      createdAt: outcome.createdAt.toISOString(),
    })),
  };
}

export type ExchangeDeskView = NonNullable<Awaited<ReturnType<typeof loadExchangeDesk>>>;
