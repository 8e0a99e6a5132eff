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
  pauseOutcome,
  recordOutcome,
  recordOutcomeReturn,
  refuseOutcome,
  releaseOutcome,
  takeOverOutcome,
  type ExchangeOutcomeRecord,
} from "../data/exchanges.server";
import { unlessTaken } from "../db.server";
import { returnReasonOrNull, type AgentAnswer } from "../domain/exchange/answers";
import { itemBeforeReturn, mayFinish, returnMadeFor } from "../domain/exchange/made-returns";
import type { OfferLanguage, ReturnReason } from "../domain/exchange/offers";
import { formMessage } from "../domain/form-message";
import { phrase } from "../domain/phrase";
import type { ExchangeFigures } from "../domain/exchange/pricing";
import type { FieldErrors } from "../domain/forms";
import { numericId, shopifyGid } from "../domain/shopify-ids";
import { formatMinorAsDecimal, formatMinorMoney } from "../domain/money";
import { queueFlowTrigger } from "./flow-triggers.server";
import { deskAgent } from "./agent-desk.server";
import { forgetExchangeReason, recordExchangeMade, recordExchangeReason } from "./contact-reasons.server";
import { loadOrderOffers, proposalsFor, refusalMessage, type AgentExchangeContext } from "./exchange-orders.server";
import { makeExchangeInShopify, type CreatedExchange, type ExchangeStop } from "./exchange-shopify.server";

// The agent's answer

/**
 * Why an answer was not recorded (it reached here parsed by
 * agentAnswerSchema): the staff member is no active agent, the order, item,
 * offer or outcome is not there, or the outcome or item has moved on
 * (someone else answered, Shopify refused), or Shopify did not answer and
 * the exchange waits to be finished.
 */
export type AnswerError = "not_an_agent" | "not_found" | "conflict" | "shopify_unavailable";

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

/** What the agent reads when an exchange stopped before it was finished. */
function unfinishedMessage(stop: ExchangeStop) {
  if (!stop.madeReturn) return formMessage(stop.busy ? "exchanges:refusals.unfinished.busy" : "exchanges:refusals.unfinished.noAnswer");
  if (stop.step === "draft_order" && stop.refusal === null && !stop.busy)
    return formMessage("exchanges:refusals.unfinished.draftOrderNoAnswer", { returnName: stop.madeReturn.name });
  const why = stop.refusal ?? phrase(stop.busy ? "exchanges:refusals.unfinished.busyWhy" : "exchanges:refusals.unfinished.noAnswerWhy");
  return formMessage(stop.step === "draft_order" ? "exchanges:refusals.unfinished.draftOrder" : "exchanges:refusals.unfinished.release", {
    returnName: stop.madeReturn.name,
    why,
  });
}

/** What an outcome taken over for finishing was before it was accepted: the shopper's request, or the agent's offer. */
function undecidedStatusOf(outcome: ExchangeOutcomeRecord): "requested" | "shown" {
  return outcome.channel === "self_service" ? "requested" : "shown";
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
  // An acceptance that stopped half-way (Shopify's answer lost, the server gone), finished by this one.
  let finishing = false;
  if (!fresh) {
    open = "outcomeId" in answer ? await findOutcome(ctx.db, ctx.shop, answer.outcomeId) : null;
    if (!open || open.orderId !== orderNumber)
      return { ok: false, error: "not_found", fieldErrors: { form: formMessage("exchanges:refusals.offerNotOnOrder") } };
    if (answer.intent === "accept_outcome" && mayFinish(open, ctx.now)) finishing = true;
    else if (open.status !== "shown" && open.status !== "requested") {
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
      !finishing &&
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
  const orderItem = context.items.find((candidate) => numericId(candidate.lineItemId) === lineItemId);
  if (!orderItem) return { ok: false, error: "not_found", fieldErrors: { lineItemId: formMessage("exchanges:refusals.itemNotOnOrder") } };
  // Finishing, the item is priced as it was before its own return.
  const madeReturn = finishing && open ? returnMadeFor(context.order, open.id) : null;
  const item = madeReturn ? itemBeforeReturn(orderItem, madeReturn) : orderItem;
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
  if (finishing && open) {
    // Taken over as it was read: two agents finishing it at once finish it once.
    if (!(await takeOverOutcome(ctx.db, ctx.shop, open, { agentId: agent.id, at: ctx.now }))) {
      return { ok: false, error: "conflict", fieldErrors: { form: formMessage("exchanges:refusals.beingAnswered") } };
    }
    outcomeId = open.id;
  } else if (open) {
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
  const earlier =
    finishing && open
      ? {
          // The return recorded by the earlier attempt, or found by the reference it wrote into the return's note.
          madeReturn: madeReturn ?? (open.returnId ? { id: shopifyGid("Return", open.returnId), name: "" } : null),
          since: open.createdAt,
        }
      : null;
  const made = await makeExchangeInShopify(
    ctx.admin,
    { order: context.order, item, proposal, reason, outcomeId, currencyCode: context.currencyCode, now: ctx.now, earlier },
    (ret) => recordOutcomeReturn(ctx.db, ctx.shop, outcomeId, numericId(ret.id)),
  );
  if (!made.ok) {
    if (!made.madeReturn && made.refusal !== null) {
      // Shopify refused and made nothing: the outcome is given back as it was before the answer.
      if (open)
        await releaseOutcome(ctx.db, ctx.shop, outcomeId, finishing ? undecidedStatusOf(open) : (open.status as "shown" | "requested"));
      else {
        await deleteDecidingOutcome(ctx.db, ctx.shop, outcomeId);
        await forgetExchangeReason(ctx.db, ctx.shop, outcomeId);
      }
      return {
        ok: false,
        error: "conflict",
        fieldErrors: { form: formMessage("exchanges:refusals.shopifyRefused", { message: made.refusal }) },
      };
    }
    // Stopped half-way, or Shopify's answer lost: the outcome waits, "deciding", for anyone to finish it.
    // A draft order whose answer was lost is found by a search, which Shopify may not have indexed yet:
    // that one is finishable once the attempt is old enough (FINISH_AFTER_MS), not at once. A throttled
    // one was not made, so it is paused like any other stop.
    if (!(made.step === "draft_order" && made.refusal === null && !made.busy)) await pauseOutcome(ctx.db, ctx.shop, outcomeId);
    return {
      ok: false,
      error: made.refusal === null ? "shopify_unavailable" : "conflict",
      fieldErrors: { form: unfinishedMessage(made) },
    };
  }
  const created = made.created;
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
        // A number, so a workflow can compare it: Flow's number_decimal is a JSON number, written from the exact decimal.
        "Price difference amount": Number(formatMinorAsDecimal(difference, context.currencyCode)),
        Currency: context.currencyCode,
      },
    });
  });
  return { ok: true, outcome: (await findOutcome(ctx.db, ctx.shop, outcomeId))!, created };
}
