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

export interface OutcomeFigures {
  offerId: string;
  agentId: string | null;
  status: string;
  currencyCode: string;
  keptMinor: bigint;
  upsellMinor: bigint;
  bonusCostMinor: bigint;
  createdAt: Date;
  draftOrderId: string | null;
  exchangeOnDraftOrder: boolean;
  /** When the shopper paid the draft order; null until then. */
  upsellPaidAt: Date | null;
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
  /** Rows in another currency than the shop's: counted nowhere above. */
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
function add(row: OutcomeSummaryRow, outcome: OutcomeFigures, from: Date) {
  const accepted = outcome.status === "accepted";
  const moments = figuresByMoment(outcome);
  if (outcome.createdAt >= from) {
    row.shown++;
    if (accepted) {
      row.accepted++;
      addMoney(row, moments.atAcceptance);
      if (outcome.draftOrderId !== null && outcome.upsellPaidAt === null) {
        row.awaitingDraftOrders++;
        row.awaitingMinor += moments.onPayment.keptMinor + moments.onPayment.upsellMinor;
      }
    } else if (outcome.status === "refused") {
      row.refused++;
    } else {
      row.pending++;
    }
    const answered = row.accepted + row.refused;
    row.acceptanceBps = answered === 0 ? null : Math.floor((row.accepted * 10_000) / answered);
  }
  if (accepted && outcome.upsellPaidAt !== null && outcome.upsellPaidAt >= from) addMoney(row, moments.onPayment);
}

export const NO_AGENT = "none";

/**
 * Figures per offer and per agent (the agent recorded on the outcome: who
 * made the offer, or who confirmed a shopper's request). Rows are listed for
 * every offer and agent given, even without outcomes, in the order given.
 */
export function summarizeOutcomes(
  outcomes: readonly OutcomeFigures[],
  options: {
    from: Date;
    currencyCode: string;
    offers: readonly { id: string; name: string }[];
    agents: readonly { id: string; name: string }[];
  },
): OutcomeSummary {
  const byOffer = new Map(options.offers.map((offer) => [offer.id, emptyRow(offer.id, offer.name)]));
  const byAgent = new Map(options.agents.map((agent) => [agent.id, emptyRow(agent.id, agent.name)]));
  const totals = emptyRow("total", "Total");
  let otherCurrencyRows = 0;
  for (const outcome of outcomes) {
    if (outcome.currencyCode !== options.currencyCode) {
      otherCurrencyRows++;
      continue;
    }
    const offerRow = byOffer.get(outcome.offerId) ?? emptyRow(outcome.offerId, "Deleted offer", "deletedOffer");
    byOffer.set(outcome.offerId, offerRow);
    const agentKey = outcome.agentId ?? NO_AGENT;
    const agentRow =
      byAgent.get(agentKey) ??
      (outcome.agentId
        ? emptyRow(agentKey, "Removed agent", "removedAgent")
        : emptyRow(agentKey, "No agent yet (self-service)", "selfService"));
    byAgent.set(agentKey, agentRow);
    add(offerRow, outcome, options.from);
    add(agentRow, outcome, options.from);
    add(totals, outcome, options.from);
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
