// Exchange offers and their outcomes. Every function takes the shop and
// filters on it.
import type { ExchangeOutcomeStatus } from "@prisma/client";
import { unlessTaken, type Database, type DatabaseClient } from "../db.server";
import type { StoredOffer } from "../domain/exchange/matching";
import type { OfferDefinition, OfferInput } from "../domain/exchange/offers";
import type { ExchangeFigures } from "../domain/exchange/pricing";
import type { OutcomeChannel, OutcomeGroup, OutcomeStatus } from "../domain/exchange/outcomes";
import { storedDocument, toJson } from "./json";
import { orderedList } from "./precedence.server";
import { readPage, type PageRequest } from "../domain/paging";
import { count, integer, Sql } from "./sql.server";

// ---------------------------------------------------------------------------
// Offers

export interface ExchangeOfferRecord extends StoredOffer {
  createdAt: Date;
  updatedAt: Date;
}

type OfferRow = Awaited<ReturnType<Database["exchangeOffer"]["findFirstOrThrow"]>>;

function definitionOf(offer: OfferInput) {
  const definition: OfferDefinition = {
    match: offer.match,
    reasons: offer.reasons,
    exchange: offer.exchange,
    bonus: offer.bonus,
    texts: offer.texts,
    startsOn: offer.startsOn,
    endsOn: offer.endsOn,
    returnWindowDays: offer.returnWindowDays,
  };
  return toJson(definition);
}

/** A stored offer as the domain reads it; the definition was validated by the offer schema when saved. */
function toOffer(row: OfferRow): ExchangeOfferRecord {
  return {
    id: row.id,
    name: row.name,
    precedence: row.precedence,
    enabled: row.enabled,
    definition: storedDocument<OfferDefinition>(row.definition),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const offers = orderedList((db) => db.exchangeOffer, toOffer);

/** The shop's offers, first tried first. */
export const listExchangeOffers = offers.list;
export const findExchangeOffer = offers.find;

/** Adds an offer after the shop's others (tried last). */
export async function createExchangeOffer(db: Database, shop: string, offer: OfferInput): Promise<ExchangeOfferRecord> {
  return db.$transaction(async (tx) => {
    const precedence = await offers.nextPrecedence(tx, shop);
    const row = await tx.exchangeOffer.create({
      data: { shop, name: offer.name, enabled: offer.enabled, precedence, definition: definitionOf(offer) },
    });
    return toOffer(row);
  });
}

export async function updateExchangeOffer(db: Database, shop: string, id: string, offer: OfferInput): Promise<ExchangeOfferRecord | null> {
  const updated = await db.exchangeOffer.updateMany({
    where: { shop, id },
    data: { name: offer.name, enabled: offer.enabled, definition: definitionOf(offer) },
  });
  return updated.count === 0 ? null : findExchangeOffer(db, shop, id);
}

/** Deletes an offer and closes the gap it leaves; its outcomes stay for the figures. */
export const deleteExchangeOffer = offers.remove;

/** Moves an offer one place up (tried earlier) or down. "not_found" when the shop has no such one, "at_edge" when it cannot move that way. */
export const moveExchangeOffer = offers.move;

// ---------------------------------------------------------------------------
// Outcomes

export type ExchangeOutcomeRecord = Awaited<ReturnType<Database["exchangeOutcome"]["findFirstOrThrow"]>>;

export interface NewOutcome {
  offerId: string;
  orderId: string;
  lineItemId: string;
  customerId: string | null;
  agentId: string | null;
  channel: OutcomeChannel;
  /** "deciding": written just before Shopify is asked to make the exchange. */
  status: OutcomeStatus | "deciding";
  returnReason: string | null;
  exchangeVariantId: string | null;
  currencyCode: string;
  figures: ExchangeFigures;
  returnId?: string | null;
  draftOrderId?: string | null;
  createdAt: Date;
  decidedAt: Date | null;
}

export async function recordOutcome(db: DatabaseClient, shop: string, outcome: NewOutcome): Promise<ExchangeOutcomeRecord> {
  return db.exchangeOutcome.create({
    data: {
      shop,
      offerId: outcome.offerId,
      orderId: outcome.orderId,
      lineItemId: outcome.lineItemId,
      customerId: outcome.customerId,
      agentId: outcome.agentId,
      channel: outcome.channel,
      status: outcome.status,
      returnReason: outcome.returnReason,
      exchangeVariantId: outcome.exchangeVariantId,
      currencyCode: outcome.currencyCode,
      keptMinor: outcome.figures.keptMinor,
      upsellMinor: outcome.figures.upsellMinor,
      bonusCostMinor: outcome.figures.bonusCostMinor,
      returnId: outcome.returnId ?? null,
      draftOrderId: outcome.draftOrderId ?? null,
      createdAt: outcome.createdAt,
      decidedAt: outcome.decidedAt,
    },
  });
}

export async function findOutcome(db: DatabaseClient, shop: string, id: string): Promise<ExchangeOutcomeRecord | null> {
  return db.exchangeOutcome.findFirst({ where: { shop, id } });
}

/**
 * Takes an undecided outcome (shown or requested) for deciding: true for the
 * one caller that moved it out of `from`, so two agents confirming the same
 * request at once create one exchange in Shopify, not two. False too when
 * another outcome of the item is requested or being decided: the database
 * holds one of those per item (decision 053).
 */
export async function claimOutcome(db: DatabaseClient, shop: string, id: string, from: OutcomeStatus[], claim: { agentId: string | null; at: Date }) {
  const claimed = await unlessTaken(
    db.exchangeOutcome.updateMany({
      where: { shop, id, status: { in: from } },
      data: { status: "deciding", agentId: claim.agentId, decidedAt: claim.at },
    }),
  );
  return claimed?.count === 1;
}

/**
 * Records the shopper's refusal of an undecided outcome, in one statement:
 * true for the one caller that moved it out of `from`. It never passes
 * through "deciding", so it is never held up by the item's other outcomes.
 */
export async function refuseOutcome(
  db: DatabaseClient,
  shop: string,
  id: string,
  from: OutcomeStatus[],
  refusal: { agentId: string; at: Date; returnReason: string },
) {
  const refused = await db.exchangeOutcome.updateMany({
    where: { shop, id, status: { in: from } },
    data: {
      status: "refused",
      agentId: refusal.agentId,
      decidedAt: refusal.at,
      returnReason: refusal.returnReason,
      keptMinor: 0n,
      upsellMinor: 0n,
      bonusCostMinor: 0n,
    },
  });
  return refused.count === 1;
}

/** The return Shopify made for an outcome being decided, recorded before anything else is asked of Shopify. */
export async function recordOutcomeReturn(db: DatabaseClient, shop: string, id: string, returnId: string) {
  await db.exchangeOutcome.updateMany({ where: { shop, id, status: "deciding" }, data: { returnId } });
}

/** An outcome whose exchange stopped half-way: still "deciding", no longer worked on (decidedAt null), so anyone may finish it. */
export async function pauseOutcome(db: DatabaseClient, shop: string, id: string) {
  await db.exchangeOutcome.updateMany({ where: { shop, id, status: "deciding" }, data: { decidedAt: null } });
}

/**
 * Takes over an outcome left "deciding" (paused, or its worker gone): true
 * for the one caller that found it as it was read, so two agents finishing
 * it at once finish it once.
 */
export async function takeOverOutcome(
  db: DatabaseClient,
  shop: string,
  outcome: Pick<ExchangeOutcomeRecord, "id" | "decidedAt">,
  claim: { agentId: string; at: Date },
) {
  const taken = await db.exchangeOutcome.updateMany({
    where: { shop, id: outcome.id, status: "deciding", decidedAt: outcome.decidedAt },
    data: { decidedAt: claim.at, agentId: claim.agentId },
  });
  return taken.count === 1;
}

/** Gives a claimed outcome back (Shopify refused the exchange). */
export async function releaseOutcome(db: DatabaseClient, shop: string, id: string, status: OutcomeStatus) {
  await db.exchangeOutcome.updateMany({ where: { shop, id, status: "deciding" }, data: { status, decidedAt: null } });
}

/** Removes an outcome written just before Shopify refused to make its exchange. */
export async function deleteDecidingOutcome(db: DatabaseClient, shop: string, id: string) {
  await db.exchangeOutcome.deleteMany({ where: { shop, id, status: "deciding" } });
}

/** Records the decision on a claimed outcome, with what was made in Shopify. */
export async function decideOutcome(
  db: DatabaseClient,
  shop: string,
  id: string,
  decision: {
    status: "accepted" | "refused";
    figures: ExchangeFigures;
    exchangeVariantId?: string | null;
    returnReason?: string | null;
    returnId?: string | null;
    draftOrderId?: string | null;
    /** The exchange variant itself is on the draft order: its refund avoided waits for the payment too. */
    exchangeOnDraftOrder?: boolean;
  },
) {
  await db.exchangeOutcome.updateMany({
    where: { shop, id, status: "deciding" },
    data: {
      status: decision.status,
      keptMinor: decision.figures.keptMinor,
      upsellMinor: decision.figures.upsellMinor,
      bonusCostMinor: decision.figures.bonusCostMinor,
      ...(decision.exchangeVariantId !== undefined ? { exchangeVariantId: decision.exchangeVariantId } : {}),
      ...(decision.returnReason !== undefined ? { returnReason: decision.returnReason } : {}),
      returnId: decision.returnId ?? null,
      draftOrderId: decision.draftOrderId ?? null,
      exchangeOnDraftOrder: Boolean(decision.draftOrderId) && (decision.exchangeOnDraftOrder ?? false),
    },
  });
}

/**
 * Marks an accepted exchange's draft order paid by `orderId` (the order made
 * from it), at the earliest time an event showed that order paid: a
 * redelivered or later event changes nothing, an earlier one that arrives
 * late moves the payment back to when it happened, and no other order can
 * take an outcome another order paid. True when the row changed.
 */
export async function markDraftOrderPaid(db: DatabaseClient, shop: string, payment: { outcomeId: string; orderId: string; paidAt: Date; currencyCode: string }) {
  const { count } = await db.exchangeOutcome.updateMany({
    where: {
      shop,
      id: payment.outcomeId,
      status: "accepted",
      draftOrderId: { not: null },
      currencyCode: payment.currencyCode,
      AND: [
        { OR: [{ upsellOrderId: null }, { upsellOrderId: payment.orderId }] },
        { OR: [{ upsellPaidAt: null }, { upsellPaidAt: { gt: payment.paidAt } }] },
      ],
    },
    data: { upsellOrderId: payment.orderId, upsellPaidAt: payment.paidAt },
  });
  return count > 0;
}

/** Outcomes of one order, newest first (the exchange desk shows them). */
export async function listOrderOutcomes(db: DatabaseClient, shop: string, orderId: string) {
  return db.exchangeOutcome.findMany({ where: { shop, orderId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}

/**
 * One page of the shoppers' requests waiting for an agent, oldest first, with
 * how many wait in all: those not answered yet, and those whose acceptance
 * stopped half-way (paused, or at work for longer than `finishableBefore`
 * allows), for an agent to finish (decision 054).
 */
export async function listRequestedOutcomes(db: DatabaseClient, shop: string, page: PageRequest, finishableBefore: Date) {
  const where = {
    shop,
    OR: [
      { status: "requested" as const },
      {
        status: "deciding" as const,
        channel: "self_service" as const,
        OR: [{ decidedAt: null }, { decidedAt: { lte: finishableBefore } }],
      },
    ],
  };
  return readPage(
    page,
    () => db.exchangeOutcome.count({ where }),
    (window) => db.exchangeOutcome.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], ...window }),
  );
}

/**
 * The item's outcome that is still open (offered, requested) or already an
 * exchange (being made, accepted): a second one is not started beside it.
 */
export async function findLiveOutcomeForItem(
  db: DatabaseClient,
  shop: string,
  orderId: string,
  lineItemId: string,
  statuses: readonly ExchangeOutcomeStatus[] = ["shown", "requested", "deciding", "accepted"],
) {
  return db.exchangeOutcome.findFirst({
    where: { shop, orderId, lineItemId, status: { in: [...statuses] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}

/**
 * The outcomes made since `from`, or whose draft order was paid since, grouped
 * by everything the outcomes table looks at and summed in the database (for
 * the outcomes table): a few rows per offer and agent, however many outcomes.
 */
export async function outcomeGroups(db: DatabaseClient, shop: string, from: Date): Promise<OutcomeGroup[]> {
  const rows = await new Sql(`SELECT "offerId", "agentId", "status"::text AS "status", "currencyCode",
      ("createdAt" >= `)
    .value(from)
    .text(`) AS "madeInPeriod",
      ("draftOrderId" IS NOT NULL) AS "onDraftOrder",
      "exchangeOnDraftOrder",
      ("upsellPaidAt" IS NOT NULL) AS "paid",
      COALESCE("upsellPaidAt" >= `)
    .value(from)
    .text(`, false) AS "paidInPeriod",
      COUNT(*) AS "outcomes", SUM("keptMinor") AS "kept", SUM("upsellMinor") AS "upsell", SUM("bonusCostMinor") AS "bonus"
    FROM "ExchangeOutcome" WHERE "shop" = `)
    .value(shop)
    .text(` AND "status" <> 'deciding' AND ("createdAt" >= `)
    .value(from)
    .text(` OR "upsellPaidAt" >= `)
    .value(from)
    .text(`) GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`)
    .run<{
      offerId: string;
      agentId: string | null;
      status: string;
      currencyCode: string;
      madeInPeriod: boolean;
      onDraftOrder: boolean;
      exchangeOnDraftOrder: boolean;
      paid: boolean;
      paidInPeriod: boolean;
      outcomes: unknown;
      kept: unknown;
      upsell: unknown;
      bonus: unknown;
    }>(db);
  return rows.map((row) => ({
    offerId: row.offerId,
    agentId: row.agentId,
    status: row.status,
    currencyCode: row.currencyCode,
    outcomes: count(row.outcomes),
    keptMinor: integer(row.kept),
    upsellMinor: integer(row.upsell),
    bonusCostMinor: integer(row.bonus),
    madeInPeriod: row.madeInPeriod === true,
    onDraftOrder: row.onDraftOrder === true,
    exchangeOnDraftOrder: row.exchangeOnDraftOrder === true,
    paid: row.paid === true,
    paidInPeriod: row.paidInPeriod === true,
  }));
}
