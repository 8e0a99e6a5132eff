// The exchange desk (app/routes/app.exchanges.$orderId.tsx): everything it
// shows for one order, as plain data (money formatted, BigInt as text).
import { listOrderOutcomes } from "../data/exchanges.server";
import { returnReasonOrNull } from "../domain/exchange/answers";
import { mayFinish } from "../domain/exchange/made-returns";
import type { OrderItem } from "../domain/exchange/items";
import type { Proposal } from "../domain/exchange/matching";
import { phrase, verbatim, type Phrase } from "../domain/phrase";
import { RETURN_REASON_LABELS, RETURN_REASONS, returnReasonLabel, type OfferLanguage } from "../domain/exchange/offers";
import { netMinor } from "../domain/exchange/pricing";
import { offerTextsFor, textValues, variantLabel } from "../domain/exchange/texts";
import { agentLanguageOf } from "../domain/agents/languages";
import { formatMoneyIn } from "../domain/money";
import { numericId } from "../domain/shopify-ids";
import { deskAgent } from "./agent-desk.server";
import { loadOrderOffers, proposalsFor, refusalMessage, type AgentExchangeContext, type OrderOffers } from "./exchange-orders.server";

// The exchange desk (app/routes/app.exchanges.$orderId.tsx)

/** A proposal's figures in the staff member's language, as Intl writes money there; the price difference signed. */
function proposalView(proposal: Proposal, item: OrderItem, context: OrderOffers, language: OfferLanguage) {
  const currency = context.currencyCode;
  const money = (minor: bigint) => formatMoneyIn(language, { minor, currencyCode: currency });
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
    alternatives: proposal.alternatives.map((variant) => ({
      id: variant.id,
      label: `${variantLabel(variant)} · ${money(variant.priceMinor)}`,
    })),
    bonus: proposal.bonusVariant ? { kind: proposal.bonus.kind, label: variantLabel(proposal.bonusVariant) } : null,
    mode: plan.mode,
    priceDifference: formatMoneyIn(language, { minor: plan.priceDifferenceMinor, currencyCode: currency }, { signed: true }),
    priceDifferenceMinor: plan.priceDifferenceMinor.toString(),
    shopperPays: money(plan.shopperPaysMinor),
    refund: money(plan.refundMinor),
    kept: money(plan.figures.keptMinor),
    upsell: money(plan.figures.upsellMinor),
    bonusCost: money(plan.figures.bonusCostMinor),
    net: money(netMinor(plan.figures)),
    texts: offerTextsFor(proposal.offer.definition.texts, values),
    windowClosesAt: proposal.windowClosesAt.toISOString(),
  };
}

/** What the shop named, or what Concierge calls it once it is gone. */
function named(name: string | undefined, gone: Phrase): Phrase {
  return name === undefined ? gone : verbatim(name);
}

export type ProposalView = ReturnType<typeof proposalView>;

/** Everything the exchange desk shows for one order, as plain data (money formatted, BigInt as text). */
/** `language`: the staff member's, for the texts Concierge writes (why an item gets no offer). */
export async function loadExchangeDesk(ctx: AgentExchangeContext, orderId: string, query: URLSearchParams, language: OfferLanguage = "en") {
  const agent = await deskAgent(ctx);
  const reason = returnReasonOrNull(query.get("reason"));
  const context = await loadOrderOffers(ctx, orderId);
  if (!context) return null;
  const currency = context.currencyCode;
  const [outcomes, agents] = await Promise.all([
    listOrderOutcomes(ctx.db, ctx.shop, numericId(context.order.id)),
    ctx.db.agent.findMany({ where: { shop: ctx.shop }, select: { id: true, name: true } }),
  ]);
  const agentNames = new Map(agents.map((row) => [row.id, row.name]));
  const offerNames = new Map(context.offers.map((offer) => [offer.id, offer.name]));
  const itemTitles = new Map(
    context.items.map((item) => [numericId(item.lineItemId), item.variantTitle ? `${item.title} – ${item.variantTitle}` : item.title]),
  );
  return {
    agent: agent ? { id: agent.id, name: agent.name, active: agent.active } : null,
    staff: ctx.staff ? { name: ctx.staff.name, email: ctx.staff.email } : null,
    reason,
    reasons: RETURN_REASONS.map((value) => ({ value, label: RETURN_REASON_LABELS[value][language] })),
    order: {
      id: numericId(context.order.id),
      name: context.order.name,
      customer: context.order.customer?.displayName ?? null,
      // The agent's words open in the customer's language (their Shopify locale), when Concierge writes it.
      customerLanguage: agentLanguageOf(context.order.customer?.locale),
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
        paidUnit: formatMoneyIn(language, { minor: item.paidUnitMinor, currencyCode: item.currencyCode }),
        deliveredAt: item.deliveredAt,
        refusal: !result.eligible || result.proposals.length === 0 ? refusalMessage(context, item, result, language) : null,
        proposals: result.proposals.map((proposal) => proposalView(proposal, item, context, language)),
        skipped: result.eligible
          ? result.skipped
              .filter((skip) => skip.reason !== "outside_window")
              .map((skip) => ({ offerName: skip.offer.name, reason: skip.reason }))
          : [],
      };
    }),
    outcomes: outcomes.map((outcome) => ({
      id: outcome.id,
      status: outcome.status,
      channel: outcome.channel,
      offerId: outcome.offerId,
      // Named in the staff member's language when the offer, the item or the agent is gone (as the offers page names them).
      offerName: named(offerNames.get(outcome.offerId), phrase("offers:outcomes.unnamed.deletedOffer")),
      item: named(itemTitles.get(outcome.lineItemId), phrase("exchanges:outcomes.line", { id: outcome.lineItemId })),
      lineItemId: outcome.lineItemId,
      reason: outcome.returnReason ? returnReasonLabel(outcome.returnReason, language) : null,
      exchangeVariantId: outcome.exchangeVariantId,
      agent: outcome.agentId ? named(agentNames.get(outcome.agentId), phrase("offers:outcomes.unnamed.removedAgent")) : null,
      net: formatMoneyIn(language, {
        minor: netMinor({ keptMinor: outcome.keptMinor, upsellMinor: outcome.upsellMinor, bonusCostMinor: outcome.bonusCostMinor }),
        currencyCode: outcome.currencyCode,
      }),
      returnId: outcome.returnId,
      draftOrderId: outcome.draftOrderId,
      // What the draft order carries counts once the shopper pays it (decision 011).
      draftOrderPaid: outcome.upsellPaidAt !== null,
      createdAt: outcome.createdAt.toISOString(),
      // An acceptance that stopped half-way (decision 054): the agent finishes it.
      finishable: mayFinish(outcome, ctx.now),
    })),
  };
}

export type ExchangeDeskView = NonNullable<Awaited<ReturnType<typeof loadExchangeDesk>>>;
