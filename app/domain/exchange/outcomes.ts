// What the offers brought in, from the outcome rows alone, exactly: each
// row is one offer put to one shopper for one item. Only accepted rows carry
// money; shown, requested and refused rows count as offers made. What an
// exchange's draft order carries counts when the shopper pays it (./payments):
// in the period it was paid, and as awaiting payment until then.
import { figuresByMoment } from "./payments";
import { netMinor } from "./pricing";

export const OUTCOME_STATUSES = ["shown", "requested", "accepted", "refused"] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];
export const OUTCOME_CHANNELS = ["agent", "self_service"] as const;
export type OutcomeChannel = (typeof OUTCOME_CHANNELS)[number];

/**
 * Outcomes alike in everything the figures look at, counted and their money
 * summed: the database groups them (data/exchanges.server.ts), so the page
 * reads a few rows per offer and agent however many outcomes a shop has made.
 * One outcome is a group of one.
 */
export interface OutcomeGroup {
  offerId: string;
  agentId: string | null;
  status: string;
  currencyCode: string;
  /** How many outcomes the group holds. */
  outcomes: number;
  /** The group's refunds avoided, upsells and bonus costs, summed. */
  keptMinor: bigint;
  upsellMinor: bigint;
  bonusCostMinor: bigint;
  /** Offered in the period (made on or after its start). */
  madeInPeriod: boolean;
  /** A draft order was made for what the shopper pays. */
  onDraftOrder: boolean;
  exchangeOnDraftOrder: boolean;
  /** The draft order was paid: at any time, and within the period. */
  paid: boolean;
  paidInPeriod: boolean;
}

/** A row with no name of its own to show: the page names it in the staff member's language. */
export type UnnamedOutcomeRow = "deletedOffer" | "removedAgent" | "selfService";

export interface OutcomeSummaryRow {
  key: string;
  label: string;
  unnamed?: UnnamedOutcomeRow;
  /** Offers put to a shopper (every row). */
  shown: number;
  accepted: number;
  refused: number;
  /** Shown or requested, no answer yet. */
  pending: number;
  keptMinor: bigint;
  upsellMinor: bigint;
  bonusCostMinor: bigint;
  netMinor: bigint;
  /** The revenue (refunds avoided and upsells) of exchanges accepted in the period that still await payment on their draft orders: in no figure above. */
  awaitingMinor: bigint;
  awaitingDraftOrders: number;
  /** Accepted out of answered, in basis points (null before any answer). */
  acceptanceBps: number | null;
}

export interface OutcomeSummary {
  byOffer: OutcomeSummaryRow[];
  byAgent: OutcomeSummaryRow[];
  totals: OutcomeSummaryRow;
  /** Outcomes in another currency than the shop's: counted nowhere above. */
  otherCurrencyRows: number;
}

function emptyRow(key: string, label: string, unnamed?: UnnamedOutcomeRow): OutcomeSummaryRow {
  return {
    key,
    label,
    ...(unnamed ? { unnamed } : {}),
    shown: 0,
    accepted: 0,
    refused: 0,
    pending: 0,
    keptMinor: 0n,
    upsellMinor: 0n,
    bonusCostMinor: 0n,
    netMinor: 0n,
    awaitingMinor: 0n,
    awaitingDraftOrders: 0,
    acceptanceBps: null,
  };
}

function addMoney(row: OutcomeSummaryRow, figures: { keptMinor: bigint; upsellMinor: bigint; bonusCostMinor: bigint }) {
  row.keptMinor += figures.keptMinor;
  row.upsellMinor += figures.upsellMinor;
  row.bonusCostMinor += figures.bonusCostMinor;
  row.netMinor = netMinor(row);
}

/**
 * An outcome made in the period counts as an offer, and its money counted at
 * acceptance; a draft order paid in the period adds what it carried, whenever
 * its offer was made; one not paid yet is awaiting payment.
 */
function add(row: OutcomeSummaryRow, group: OutcomeGroup) {
  const accepted = group.status === "accepted";
  const moments = figuresByMoment(group);
  if (group.madeInPeriod) {
    row.shown += group.outcomes;
    if (accepted) {
      row.accepted += group.outcomes;
      addMoney(row, moments.atAcceptance);
      if (group.onDraftOrder && !group.paid) {
        row.awaitingDraftOrders += group.outcomes;
        row.awaitingMinor += moments.onPayment.keptMinor + moments.onPayment.upsellMinor;
      }
    } else if (group.status === "refused") {
      row.refused += group.outcomes;
    } else {
      row.pending += group.outcomes;
    }
    const answered = row.accepted + row.refused;
    row.acceptanceBps = answered === 0 ? null : Math.floor((row.accepted * 10_000) / answered);
  }
  if (accepted && group.paidInPeriod) addMoney(row, moments.onPayment);
}

export const NO_AGENT = "none";

/**
 * Figures per offer and per agent (the agent recorded on the outcome: who
 * made the offer, or who confirmed a shopper's request). Rows are listed for
 * every offer and agent given, even without outcomes, in the order given.
 */
export function summarizeOutcomes(
  groups: readonly OutcomeGroup[],
  options: {
    currencyCode: string;
    offers: readonly { id: string; name: string }[];
    agents: readonly { id: string; name: string }[];
  },
): OutcomeSummary {
  const byOffer = new Map(options.offers.map((offer) => [offer.id, emptyRow(offer.id, offer.name)]));
  const byAgent = new Map(options.agents.map((agent) => [agent.id, emptyRow(agent.id, agent.name)]));
  const totals = emptyRow("total", "Total");
  let otherCurrencyRows = 0;
  for (const group of groups) {
    if (group.currencyCode !== options.currencyCode) {
      otherCurrencyRows += group.outcomes;
      continue;
    }
    const offerRow = byOffer.get(group.offerId) ?? emptyRow(group.offerId, "Deleted offer", "deletedOffer");
    byOffer.set(group.offerId, offerRow);
    const agentKey = group.agentId ?? NO_AGENT;
    const agentRow =
      byAgent.get(agentKey) ??
      (group.agentId
        ? emptyRow(agentKey, "Removed agent", "removedAgent")
        : emptyRow(agentKey, "No agent yet (self-service)", "selfService"));
    byAgent.set(agentKey, agentRow);
    add(offerRow, group);
    add(agentRow, group);
    add(totals, group);
  }
  return { byOffer: [...byOffer.values()], byAgent: [...byAgent.values()], totals, otherCurrencyRows };
}

export const OUTCOME_PERIODS = [30, 90] as const;
export type OutcomePeriodDays = (typeof OUTCOME_PERIODS)[number];

/** The period picker: "30" or "90" days back from now; anything else is 30. */
export function outcomePeriod(value: string | null, now: Date): { days: OutcomePeriodDays; from: Date } {
  const days: OutcomePeriodDays = value === "90" ? 90 : 30;
  return { days, from: new Date(now.getTime() - days * 24 * 60 * 60 * 1000) };
}
