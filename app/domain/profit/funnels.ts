// The profit dashboard's funnels: what support's touch points were shown to,
// what came of it, and the exact rates between the steps. Counts are whole
// numbers, amounts are exact money, and rates stay numerator / denominator
// until formatRate shows them.
import type { Money } from "../money";
import { chatFunnel, type FunnelCounts } from "../chat/funnel";
import { deflection, type DeflectionDay } from "../tracking/settings";
import { assertSameCurrency } from "../money/arithmetic";
import { sumOf, verbatim } from "../phrase";
import {
  assertCount,
  checkedAmount,
  compareRates,
  figureText,
  hasRate,
  rate,
  revenueTotal,
  type Figure,
  type Rate,
  type RevenueAmount,
} from "./figures";

export { formatRate, rate, rateFromBasisPoints, type Rate } from "./figures";

function assertAtMost(part: number, whole: number, message: string): void {
  if (part > whole) throw new RangeError(message);
}

// ---------------------------------------------------------------------------
// Chat: prompt shown → chat opened → chat-assisted order

export interface ChatFunnelInput extends FunnelCounts {
  /**
   * The store's own conversion rate (orders ÷ sessions, from the merchant's
   * analytics), which the chat's conversion is measured against.
   */
  storeConversion: Rate;
}

export interface ChatProfitFunnel {
  promptsShown: number;
  /** Counted as the chat trigger's page counts them (../chat/funnel): chats opened plus VIPs contacting their concierge. */
  chatsOpened: number;
  chatAssistedOrders: number;
  /** Chats opened ÷ prompts shown. */
  openRate: Rate;
  /** Chat-assisted orders ÷ chats opened. */
  chatConversion: Rate;
  storeConversion: Rate;
  /** How the chat's conversion compares with the store's, exactly; null when either has no denominator. */
  versusStore: "above" | "equal" | "below" | null;
}

/**
 * The chat funnel with exact rates. The counting is chatFunnel's own, so this
 * page and the chat trigger's page never disagree about how many chats there
 * were; only the rates differ in kind (exact here, whole basis points there).
 */
export function chatProfitFunnel(input: ChatFunnelInput): ChatProfitFunnel {
  const counts = chatFunnel(input);
  const chatConversion = rate(counts.chatAssistedOrders, counts.chatsOpened);
  const storeConversion = rate(input.storeConversion.numerator, input.storeConversion.denominator);
  const comparison = hasRate(chatConversion) && hasRate(storeConversion) ? compareRates(chatConversion, storeConversion) : null;
  return {
    promptsShown: counts.promptsShown,
    chatsOpened: counts.chatsOpened,
    chatAssistedOrders: counts.chatAssistedOrders,
    openRate: rate(counts.chatsOpened, counts.promptsShown),
    chatConversion,
    storeConversion,
    versusStore: comparison === null ? null : comparison > 0 ? "above" : comparison < 0 ? "below" : "equal",
  };
}

// ---------------------------------------------------------------------------
// Tracking page: lookups → orders found → tickets deflected × cost per ticket

/** A day of TrackingLookupDaily: `lookups` found an order, `misses` found nothing. */
export interface TrackingLookupDay extends DeflectionDay {
  misses?: number;
}

export interface TrackingFunnel {
  /** Every lookup, found or not. */
  lookups: number;
  ordersFound: number;
  misses: number;
  /** Orders found ÷ lookups. */
  foundRate: Rate;
  /** One per lookup that found an order: a "where is my order?" ticket nobody had to answer. */
  ticketsDeflected: number;
  costPerTicket: Money;
  /** Tickets deflected × cost per ticket. */
  saved: Figure;
}

/**
 * Deflection as the tracking settings page counts it (deflection() in
 * ../tracking/settings): a lookup that found an order is a ticket saved; one
 * that found nothing saved nobody anything.
 */
export function trackingFunnel(days: readonly TrackingLookupDay[], costPerTicket: Money): TrackingFunnel {
  const currencyCode = costPerTicket.currencyCode.toUpperCase();
  const cost = checkedAmount(currencyCode, costPerTicket, "The cost of a ticket");
  let misses = 0;
  for (const day of days) {
    assertCount(day.lookups, `Lookups on ${day.day}`);
    assertCount(day.misses ?? 0, `Misses on ${day.day}`);
    misses += day.misses ?? 0;
  }
  const saved = deflection([...days], cost.minor);
  const lookups = saved.lookups + misses;
  return {
    lookups,
    ordersFound: saved.lookups,
    misses,
    foundRate: rate(saved.lookups, lookups),
    ticketsDeflected: saved.ticketsSaved,
    costPerTicket: cost,
    saved: {
      key: "funnel.tracking.saved",
      label: figureText("funnels.saved"),
      value: { minor: saved.savedMinor, currencyCode },
      formula: figureText("formulas.ticketsSaved"),
      parts: [
        { label: figureText("parts.ticketsDeflected"), value: saved.ticketsSaved },
        { label: figureText("parts.costPerTicket"), value: cost },
      ],
    },
  };
}

// ---------------------------------------------------------------------------
// Exchanges: offer shown → accepted

export interface ExchangeFunnelInput {
  currencyCode: string;
  /** Every time an offer was put to a shopper. */
  offersShown: number;
  accepted: number;
  /** The refunds the accepted exchanges avoided. */
  kept: Money;
  /** What shoppers paid on top for the item they exchanged to. */
  upsell: Money;
}

export interface ExchangeFunnel {
  offersShown: number;
  accepted: number;
  /** Accepted ÷ offers shown. */
  acceptanceRate: Rate;
  /** Revenue kept + upsells. */
  revenue: Figure;
}

export function exchangeFunnel(input: ExchangeFunnelInput): ExchangeFunnel {
  const currencyCode = input.currencyCode.toUpperCase();
  assertCount(input.offersShown, "Offers shown");
  assertCount(input.accepted, "Offers accepted");
  assertAtMost(
    input.accepted,
    input.offersShown,
    `${input.accepted} offers accepted of ${input.offersShown} shown: an offer must be shown to be accepted`,
  );
  const kept = checkedAmount(currencyCode, input.kept, "Revenue kept by exchanges");
  const upsell = checkedAmount(currencyCode, input.upsell, "Exchange upsells");
  return {
    offersShown: input.offersShown,
    accepted: input.accepted,
    acceptanceRate: rate(input.accepted, input.offersShown),
    revenue: {
      key: "funnel.exchange.revenue",
      label: figureText("funnels.exchangeRevenue"),
      value: { minor: kept.minor + upsell.minor, currencyCode },
      formula: sumOf([figureText("lines.exchangeKept"), figureText("lines.exchangeUpsell")]),
      parts: [
        { label: figureText("lines.exchangeKept"), value: kept },
        { label: figureText("lines.exchangeUpsell"), value: upsell },
      ],
    },
  };
}

// ---------------------------------------------------------------------------
// Outreach campaigns: contacted → replied, and the revenue the replies made

/** An outreach campaign run by support: "we contacted 1,701 customers, 392 replied, $44,377.10 of revenue". */
export interface Campaign {
  name: string;
  contacted: number;
  replied: number;
  revenue: RevenueAmount;
}

export interface CampaignFunnelRow {
  name: string;
  contacted: number;
  replied: number;
  /** Replied ÷ contacted. */
  replyRate: Rate;
  revenue: Money;
  /** How many orders made the revenue, when it was given order by order. */
  orders: number | null;
}

export interface CampaignFunnel {
  campaigns: CampaignFunnelRow[];
  contacted: number;
  replied: number;
  /** All replies ÷ all contacted: a campaign of 10 people doesn't weigh as much as one of 1,701. */
  replyRate: Rate;
  revenue: Figure;
}

export function campaignFunnelRow(currencyCode: string, campaign: Campaign): CampaignFunnelRow {
  const what = `Campaign "${campaign.name}"`;
  assertCount(campaign.contacted, `${what}: contacted`);
  assertCount(campaign.replied, `${what}: replied`);
  assertAtMost(
    campaign.replied,
    campaign.contacted,
    `${what}: ${campaign.replied} replies from ${campaign.contacted} contacted; only someone contacted can reply`,
  );
  const { total, orders } = revenueTotal(currencyCode, campaign.revenue, `${what}'s revenue`);
  return {
    name: campaign.name,
    contacted: campaign.contacted,
    replied: campaign.replied,
    replyRate: rate(campaign.replied, campaign.contacted),
    revenue: total,
    orders,
  };
}

export function campaignFunnel(currencyCode: string, campaigns: readonly Campaign[]): CampaignFunnel {
  const code = currencyCode.toUpperCase();
  const rows = campaigns.map((campaign) => campaignFunnelRow(code, campaign));
  let contacted = 0;
  let replied = 0;
  let revenueMinor = 0n;
  for (const row of rows) {
    contacted += row.contacted;
    replied += row.replied;
    assertSameCurrency(code, row.revenue, `Campaign "${row.name}"'s revenue`);
    revenueMinor += row.revenue.minor;
  }
  return {
    campaigns: rows,
    contacted,
    replied,
    replyRate: rate(replied, contacted),
    revenue: {
      key: "funnel.campaigns.revenue",
      label: figureText("funnels.campaignRevenue"),
      value: { minor: revenueMinor, currencyCode: code },
      formula: rows.length === 0 ? figureText("formulas.noCampaigns") : sumOf(rows.map((row) => verbatim(row.name))),
      parts: rows.map((row) => ({ label: verbatim(row.name), value: row.revenue })),
    },
  };
}
