// What the shopper answered, recorded by the signed-in agent: the outcome's
// states (shown, requested → deciding → accepted or refused) and the checks
// between them. Errors come back typed (AnswerError); the routes turn them
// into HTTP statuses. See decision 007.
import {
  claimOutcome,
  decideOutcome,
  deleteDecidingOutcome,
  findLiveOutcomeForItem,
  findOutcome,
  recordOutcome,
  refuseOutcome,
  releaseOutcome,
  type ExchangeOutcomeRecord,
} from "../data/exchanges.server";
import { unlessTaken } from "../db.server";
import { returnReasonOrNull, type AgentAnswer } from "../domain/exchange/answers";
import type { OfferLanguage, ReturnReason } from "../domain/exchange/offers";
import { formMessage } from "../domain/form-message";
import { phrase } from "../domain/phrase";
import type { ExchangeFigures } from "../domain/exchange/pricing";
import type { FieldErrors } from "../domain/forms";
import { numericId } from "../domain/shopify-ids";
import { formatMinorMoney } from "../domain/money";
import { queueFlowTrigger } from "./flow-triggers.server";
import { deskAgent } from "./agent-desk.server";
import { forgetExchangeReason, recordExchangeMade, recordExchangeReason } from "./contact-reasons.server";
import { loadOrderOffers, proposalsFor, refusalMessage, type AgentExchangeContext } from "./exchange-orders.server";
import { createExchangeInShopify, PartialExchangeError, shopifyRefusal, type CreatedExchange } from "./exchange-shopify.server";

// The agent's answer

/**
 * Why an answer was not recorded (it reached here parsed by
 * agentAnswerSchema): the staff member is no active agent, the order, item,
 * offer or outcome is not there, or the outcome or item has moved on
 * (someone else answered, Shopify refused).
 */
export type AnswerError = "not_an_agent" | "not_found" | "conflict";

export type AnswerResult =
  | { ok: true; outcome: ExchangeOutcomeRecord; created: CreatedExchange | null }
  | { ok: false; error: AnswerError; fieldErrors: FieldErrors };

/**
 * The order of a shopper's request (an outcome of this shop), for answering
 * it from the queue of requests: "not_found" when the shop has no such outcome.
 */
export async function requestedOrderOf(
  ctx: Pick<AgentExchangeContext, "db" | "shop">,
  outcomeId: string,
): Promise<{ ok: true; orderId: string } | { ok: false; error: "not_found" }> {
  const outcome = await findOutcome(ctx.db, ctx.shop, outcomeId);
  return outcome ? { ok: true, orderId: outcome.orderId } : { ok: false, error: "not_found" };
}

const NO_FIGURES: ExchangeFigures = { keptMinor: 0n, upsellMinor: 0n, bonusCostMinor: 0n };

/**
 * Records what the shopper answered, as the signed-in agent: "offer" notes
 * the offer was made (no answer yet), "refuse" records the refusal and
 * nothing else, "accept" makes the exchange in Shopify first and records it
 * only once Shopify has it. An answer about an item that already has an
 * open outcome (offered, or requested by the shopper) decides that one. The
 * outcome row is written before Shopify is asked (status "deciding"), so the
 * draft order can name it and a second click can't make a second exchange.
 */
/** `language`: the staff member's, for why no offer can be made on the item (Concierge's own words, written in each language). */
export async function answerExchange(
  ctx: AgentExchangeContext,
  orderId: string,
  answer: AgentAnswer,
  language: OfferLanguage = "en",
): Promise<AnswerResult> {
  const agent = await deskAgent(ctx);
  if (!agent || !agent.active) {
    return {
      ok: false,
      error: "not_an_agent",
      fieldErrors: { form: formMessage("exchanges:refusals.notAnAgent") },
    };
  }
  const orderNumber = numericId(orderId);

  const fresh = answer.intent === "accept" || answer.intent === "refuse" || answer.intent === "offer" ? answer : null;
  let open: ExchangeOutcomeRecord | null = null;
  if (!fresh) {
    open = "outcomeId" in answer ? await findOutcome(ctx.db, ctx.shop, answer.outcomeId) : null;
    if (!open || open.orderId !== orderNumber)
      return { ok: false, error: "not_found", fieldErrors: { form: formMessage("exchanges:refusals.offerNotOnOrder") } };
    if (open.status !== "shown" && open.status !== "requested") {
      return {
        ok: false,
        error: "conflict",
        fieldErrors: {
          form:
            open.status === "deciding"
              ? formMessage("exchanges:refusals.beingAnswered")
              : formMessage("exchanges:refusals.alreadyAnswered", { status: phrase(`exchanges:outcomes.statuses.${open.status}`) }),
        },
      };
    }
    // An offer made earlier on an item since exchanged through the shopper's request is not exchanged again.
    if (
      answer.intent === "accept_outcome" &&
      (await findLiveOutcomeForItem(ctx.db, ctx.shop, orderNumber, open.lineItemId, ["deciding", "accepted"]))
    ) {
      return { ok: false, error: "conflict", fieldErrors: { form: formMessage("exchanges:refusals.itemExchanged") } };
    }
  } else {
    const live = await findLiveOutcomeForItem(ctx.db, ctx.shop, orderNumber, fresh.lineItemId);
    if (live && live.status !== "shown" && live.status !== "requested") {
      return { ok: false, error: "conflict", fieldErrors: { form: formMessage("exchanges:refusals.itemExchanged") } };
    }
    open = live;
  }
  const accept = answer.intent === "accept" || answer.intent === "accept_outcome";
  const lineItemId = fresh?.lineItemId ?? open?.lineItemId ?? "";
  const offerId = fresh?.offerId ?? open?.offerId ?? "";
  const reason: ReturnReason = fresh?.reason ?? returnReasonOrNull(open?.returnReason) ?? "UNKNOWN";
  const wantedVariantId = answer.exchangeVariantId ?? open?.exchangeVariantId ?? null;

  const context = await loadOrderOffers(ctx, orderNumber);
  if (!context) return { ok: false, error: "not_found", fieldErrors: { form: formMessage("exchanges:refusals.noSuchOrder") } };
  const item = context.items.find((candidate) => numericId(candidate.lineItemId) === lineItemId);
  if (!item) return { ok: false, error: "not_found", fieldErrors: { lineItemId: formMessage("exchanges:refusals.itemNotOnOrder") } };
  const customerId = context.order.customer ? numericId(context.order.customer.id) : null;
  // The outcome and the reason the contact carried, together.
  const newOutcome = (status: "shown" | "refused" | "deciding", figures: ExchangeFigures, exchangeVariantId: string | null) =>
    ctx.db.$transaction(async (tx) => {
      const outcome = await recordOutcome(tx, ctx.shop, {
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
      await recordExchangeReason(tx, ctx.shop, {
        source: "agent_desk",
        outcomeId: outcome.id,
        orderId: orderNumber,
        reason,
        item,
        at: ctx.now,
      });
      return outcome;
    });
  const claim = async (outcome: ExchangeOutcomeRecord) =>
    claimOutcome(ctx.db, ctx.shop, outcome.id, ["shown", "requested"], { agentId: agent.id, at: ctx.now });
  const taken = {
    ok: false as const,
    error: "conflict" as const,
    fieldErrors: { form: formMessage("exchanges:refusals.answeredByOther") },
  };

  // A refusal needs no offer to still stand: it is recorded as it was made.
  if (!accept && answer.intent !== "offer") {
    if (open) {
      const refusal = { agentId: agent.id, at: ctx.now, returnReason: reason };
      if (!(await refuseOutcome(ctx.db, ctx.shop, open.id, ["shown", "requested"], refusal))) return taken;
      return { ok: true, outcome: (await findOutcome(ctx.db, ctx.shop, open.id))!, created: null };
    }
    if (!context.offers.some((candidate) => candidate.id === offerId))
      return { ok: false, error: "not_found", fieldErrors: { offerId: formMessage("exchanges:refusals.offerGone") } };
    return { ok: true, outcome: await newOutcome("refused", NO_FIGURES, wantedVariantId), created: null };
  }

  const result = proposalsFor(context, item, { now: ctx.now, reason, requireDelivery: false, chosenVariantId: wantedVariantId });
  const proposal = result.proposals.find((candidate) => candidate.offer.id === offerId);
  if (!proposal) {
    const skipped = result.eligible ? result.skipped.find((skip) => skip.offer.id === offerId) : undefined;
    const message =
      skipped && skipped.reason !== "outside_window"
        ? formMessage("exchanges:refusals.cantBeMade", { why: phrase(`exchanges:skips.${skipped.reason}`) })
        : refusalMessage(context, item, result, language);
    return { ok: false, error: "conflict", fieldErrors: { form: message } };
  }
  if (wantedVariantId && proposal.exchange.id !== wantedVariantId) {
    return {
      ok: false,
      error: "conflict",
      fieldErrors: {
        exchangeVariantId: formMessage("exchanges:refusals.variantGone"),
      },
    };
  }

  if (answer.intent === "offer") {
    if (open) return { ok: true, outcome: open, created: null };
    return { ok: true, outcome: await newOutcome("shown", NO_FIGURES, proposal.exchange.id), created: null };
  }

  // Accept: claim the open outcome (or write one as being decided), then Shopify.
  let outcomeId: string;
  if (open) {
    if (open.offerId !== offerId) {
      return { ok: false, error: "conflict", fieldErrors: { form: formMessage("exchanges:refusals.otherKindOpen") } };
    }
    if (!(await claim(open))) {
      // Not taken by someone else: another outcome of the item holds it (the shopper's request, or an answer under way).
      const still = await findOutcome(ctx.db, ctx.shop, open.id);
      if (still?.status !== open.status) return taken;
      return { ok: false, error: "conflict", fieldErrors: { form: formMessage("exchanges:refusals.otherAnswerOpen") } };
    }
    outcomeId = open.id;
  } else {
    // Another agent (or a second click) answering the same item at this
    // moment holds it: the database keeps one outcome being decided per item (decision 053).
    const deciding = await unlessTaken(newOutcome("deciding", NO_FIGURES, proposal.exchange.id));
    if (!deciding) return taken;
    outcomeId = deciding.id;
  }
  let created: CreatedExchange;
  try {
    created = await createExchangeInShopify(ctx.admin, {
      order: context.order,
      item,
      proposal,
      reason,
      outcomeId,
      currencyCode: context.currencyCode,
      now: ctx.now,
    });
  } catch (error) {
    if (open) await releaseOutcome(ctx.db, ctx.shop, outcomeId, open.status as "shown" | "requested");
    else {
      await deleteDecidingOutcome(ctx.db, ctx.shop, outcomeId);
      await forgetExchangeReason(ctx.db, ctx.shop, outcomeId);
    }
    const refusal = shopifyRefusal(error instanceof PartialExchangeError ? error.cause : error);
    if (refusal && error instanceof PartialExchangeError) {
      return {
        ok: false,
        error: "conflict",
        fieldErrors: {
          form: `${error.message} (${refusal.form.replace(/^Shopify refused the exchange: /, "")}): cancel that return in Shopify, or try again.`,
        },
      };
    }
    if (refusal) return { ok: false, error: "conflict", fieldErrors: refusal };
    throw error;
  }
  await ctx.db.$transaction(async (tx) => {
    await decideOutcome(tx, ctx.shop, outcomeId, {
      status: "accepted",
      figures: proposal.plan.figures,
      exchangeVariantId: proposal.exchange.id,
      returnReason: reason,
      returnId: numericId(created.returnId),
      draftOrderId: created.draftOrderId ? numericId(created.draftOrderId) : null,
      exchangeOnDraftOrder: proposal.plan.mode === "draft",
    });
    await recordExchangeMade(tx, ctx.shop, {
      outcomeId,
      returnId: numericId(created.returnId),
      kept: { minor: proposal.plan.figures.keptMinor, currencyCode: context.currencyCode },
    });
    const difference = proposal.plan.priceDifferenceMinor;
    await queueFlowTrigger(tx, ctx.shop, {
      handle: "exchange-accepted",
      dedupeKey: `flow:exchange-accepted:${outcomeId}`,
      orderId: orderNumber,
      customerId,
      payload: {
        order_id: Number(orderNumber),
        Offer: proposal.offer.name,
        "Price difference": `${difference > 0n ? "+" : ""}${formatMinorMoney(difference, context.currencyCode)}`,
      },
    });
  });
  return { ok: true, outcome: (await findOutcome(ctx.db, ctx.shop, outcomeId))!, created };
}
