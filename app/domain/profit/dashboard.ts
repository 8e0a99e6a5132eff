// From a month's stored sums to the dashboard's statement and funnels. The
// service reads the sums (monthly attribution sums, daily event and order
// counts, exchange outcomes, delight codes, the merchant's entries); this
// module decides what each one is worth and where it goes, once, so that no
// order counts under two lines:
// - an order is credited to one source by the Attribution table (agent code >
//   chat > tracking page);
// - an outreach campaign's revenue is the net of the orders credited to its
//   agent code in its month, taken out of the agent line;
// - the refund an exchange avoided on an order already credited to a source is
//   in that order's net revenue already (pnl.ts), so only exchanges on orders
//   credited to no source add revenue of their own;
// - what an exchange's draft order carries (the upsell, its bonus, and the
//   refund avoided when the exchange itself is on it) counts in the month the
//   shopper pays it, and not at all before: until then it is shown apart, as
//   awaiting payment. An upsell whose order is credited to a source (an
//   agent's code entered at checkout) is in that order's net revenue already.
import { moneyOfMinor, type Money } from "../money";
import { ATTRIBUTION_PRECEDENCE, type AttributionSource } from "../agents/attribution";
import type { ChatEvent } from "../chat/events";
import type { Figure, Part } from "./figures";
import { rateFromBasisPoints } from "./figures";
import {
  campaignFunnel,
  chatProfitFunnel,
  exchangeFunnel,
  trackingFunnel,
  type CampaignFunnel,
  type ChatProfitFunnel,
  type ExchangeFunnel,
  type TrackingFunnel,
} from "./funnels";
import { figureText, minus, monthlyPnl, withOrders, type MonthlyPnl } from "./pnl";
import type { Phrase } from "../phrase";
import type { MonthKey } from "./periods";
import type { TeamCostsOfMonth } from "./team-costs";

/** A source's credited orders in a month: the AttributionMonthly rows of the source, summed over agents. */
export interface SourceSum {
  /** Credited, not cancelled. */
  orders: number;
  cancelledOrders: number;
  netMinor: bigint;
  commissionMinor: bigint;
}

export interface CampaignFacts {
  id: string;
  name: string;
  contacted: number;
  replied: number;
  /** The agent's code the campaign's messages carried, upper-case; null: its revenue isn't known. */
  code: string | null;
  /** The orders credited to that code in the campaign's month, not cancelled, and their net revenue. */
  orders: number;
  netMinor: bigint;
}

/** What exchanges accepted in a month carry on draft orders the shoppers have not paid yet. */
export interface AwaitingPayment {
  draftOrders: number;
  upsellMinor: bigint;
  /** Refunds avoided by exchanges whose exchange variant is on the draft order. */
  keptMinor: bigint;
  bonusCostMinor: bigint;
}

export interface ExchangeFacts {
  /** Every offer put to a shopper. */
  offersShown: number;
  accepted: number;
  /**
   * The refunds avoided that count this month, on every order: those of the
   * exchanges accepted this month that their return made real, and those of
   * the exchanges whose draft order (with the exchange on it) was paid this month.
   */
  keptMinor: bigint;
  /** The part of keptMinor on orders credited to a source: already in that order's net revenue. */
  keptOnCreditedOrdersMinor: bigint;
  /** What shoppers paid on top, on the draft orders paid this month. */
  upsellMinor: bigint;
  /** The part of upsellMinor whose order is credited to a source: already in that order's net revenue. */
  upsellOnCreditedOrdersMinor: bigint;
  /** Bonuses given on the month's accepted returns, and on the draft orders paid this month. */
  bonusCostMinor: bigint;
  /** Draft orders paid this month. */
  paidDraftOrders: number;
  /** The month's accepted exchanges whose draft order isn't paid yet: counted nowhere until it is. */
  awaitingPayment: AwaitingPayment;
}

/** Everything the dashboard reads about one month, in the shop currency's minor units. */
export interface MonthFacts {
  month: MonthKey;
  bySource: Record<AttributionSource, SourceSum>;
  campaigns: CampaignFacts[];
  exchanges: ExchangeFacts;
  delight: { codes: number; costMinor: bigint };
  team: TeamCostsOfMonth;
  /** The store's own orders (attributed or not): those not cancelled, and every refund of the month's orders. */
  store: { orders: number; refundedMinor: bigint };
  chatEvents: Partial<Record<ChatEvent, number>>;
  tracking: { lookups: number; misses: number };
}

export interface DashboardSettings {
  /** Gross margin of goods without a known unit cost. */
  fallbackMarginBps: number;
  teamShareBps: number;
  storeConversionBps: number;
  costPerTicketMinor: bigint;
}

const emptySource = (): SourceSum => ({ orders: 0, cancelledOrders: 0, netMinor: 0n, commissionMinor: 0n });

export function emptyMonthFacts(month: MonthKey): MonthFacts {
  return {
    month,
    bySource: {
      agent_code: emptySource(),
      chat: emptySource(),
      support_touch: emptySource(),
      outreach: emptySource(),
      tracking_page: emptySource(),
    },
    campaigns: [],
    exchanges: {
      offersShown: 0,
      accepted: 0,
      keptMinor: 0n,
      keptOnCreditedOrdersMinor: 0n,
      upsellMinor: 0n,
      upsellOnCreditedOrdersMinor: 0n,
      bonusCostMinor: 0n,
      paidDraftOrders: 0,
      awaitingPayment: { draftOrders: 0, upsellMinor: 0n, keptMinor: 0n, bonusCostMinor: 0n },
    },
    delight: { codes: 0, costMinor: 0n },
    team: { month, salariesMinor: 0n, toolsMinor: 0n, otherMinor: 0n, source: "none", from: null },
    store: { orders: 0, refundedMinor: 0n },
    chatEvents: {},
    tracking: { lookups: 0, misses: 0 },
  };
}

/** The same figure, explained by other parts. The parts given must reproduce the value: callers' formulas say how. */
function explained(figure: Figure, formula: Phrase, parts: Part[]): Figure {
  return { ...figure, formula, parts };
}

export const CAMPAIGN_ORDERS_LABEL = figureText("parts.campaignOrdersNet");
export const AGENT_CODE_ORDERS_LABEL = figureText("parts.agentCodeOrdersNet");
export const KEPT_ALL_LABEL = figureText("parts.keptAll");
export const KEPT_CREDITED_LABEL = figureText("parts.onCreditedOrders");
export const UPSELL_PAID_LABEL = figureText("parts.upsellPaid");
export const UPSELL_CREDITED_LABEL = KEPT_CREDITED_LABEL;
export const PAID_DRAFTS_LABEL = figureText("parts.paidDrafts");
export const AWAITING_DRAFTS_LABEL = figureText("parts.awaitingDrafts");
export const AWAITING_LABEL = figureText("parts.awaiting");
const ORDERS_LABEL = figureText("parts.orders");
const ACCEPTED_EXCHANGES_LABEL = figureText("parts.acceptedExchanges");
const AGENT_CODE_ORDERS_COUNT_LABEL = figureText("parts.agentCodeOrders");

const awaitingParts = (awaiting: AwaitingPayment, amount: Money): Part[] =>
  awaiting.draftOrders === 0 || amount.minor === 0n
    ? []
    : [
        { label: AWAITING_DRAFTS_LABEL, value: awaiting.draftOrders },
        { label: AWAITING_LABEL, value: amount },
      ];

/**
 * One month's P&L from its facts (monthlyPnl in ./pnl), each line explained by
 * the counts and amounts it came from.
 */
export function monthPnlOf(facts: MonthFacts, settings: DashboardSettings, currencyCode: string): MonthlyPnl {
  const code = currencyCode.toUpperCase();
  const inCurrency = (minor: bigint): Money => moneyOfMinor(minor, code);
  const agent = facts.bySource.agent_code;
  let campaignMinor = 0n;
  let campaignOrders = 0;
  for (const campaign of facts.campaigns) {
    campaignMinor += campaign.netMinor;
    campaignOrders += campaign.orders;
  }
  if (campaignMinor > agent.netMinor || campaignOrders > agent.orders) {
    throw new RangeError(`${facts.month}: the campaigns' orders are more than the orders credited to agents' codes`);
  }
  const exchanges = facts.exchanges;
  if (exchanges.keptOnCreditedOrdersMinor > exchanges.keptMinor) {
    throw new RangeError(`${facts.month}: the refunds avoided on credited orders are more than all the refunds avoided`);
  }
  if (exchanges.upsellOnCreditedOrdersMinor > exchanges.upsellMinor) {
    throw new RangeError(`${facts.month}: the upsells on credited orders are more than all the upsells paid`);
  }
  const awaiting = exchanges.awaitingPayment;

  const pnl = monthlyPnl({
    month: facts.month,
    currencyCode: code,
    revenue: {
      agentCode: inCurrency(agent.netMinor - campaignMinor),
      chat: inCurrency(facts.bySource.chat.netMinor),
      helpdesk: inCurrency(facts.bySource.support_touch.netMinor),
      outreach: inCurrency(facts.bySource.outreach.netMinor),
      trackingPage: inCurrency(facts.bySource.tracking_page.netMinor),
      exchangeKept: inCurrency(exchanges.keptMinor - exchanges.keptOnCreditedOrdersMinor),
      exchangeUpsell: inCurrency(exchanges.upsellMinor - exchanges.upsellOnCreditedOrdersMinor),
      campaigns: facts.campaigns.map((campaign) => ({
        name: campaign.name,
        contacted: campaign.contacted,
        replied: campaign.replied,
        revenue: inCurrency(campaign.netMinor),
      })),
    },
    commissions: inCurrency(
      agent.commissionMinor +
        facts.bySource.chat.commissionMinor +
        facts.bySource.support_touch.commissionMinor +
        facts.bySource.outreach.commissionMinor +
        facts.bySource.tracking_page.commissionMinor,
    ),
    delightSpent: inCurrency(facts.delight.costMinor),
    exchangeBonuses: inCurrency(exchanges.bonusCostMinor),
    teamCosts: {
      salaries: inCurrency(facts.team.salariesMinor),
      tools: inCurrency(facts.team.toolsMinor),
      other: inCurrency(facts.team.otherMinor),
    },
    storeRefundsAndExchanges: { refunds: inCurrency(facts.store.refundedMinor), exchanges: inCurrency(exchanges.keptMinor) },
    settings: { teamShareBps: settings.teamShareBps, fallbackMarginBps: settings.fallbackMarginBps },
  });

  const { revenue, costs } = pnl;
  revenue.agentCode =
    campaignOrders === 0 && campaignMinor === 0n
      ? explained(revenue.agentCode, withOrders(revenue.agentCode.formula, agent.orders), [{ label: ORDERS_LABEL, value: agent.orders }])
      : explained(revenue.agentCode, minus(AGENT_CODE_ORDERS_LABEL, CAMPAIGN_ORDERS_LABEL), [
          { label: AGENT_CODE_ORDERS_COUNT_LABEL, value: agent.orders },
          { label: AGENT_CODE_ORDERS_LABEL, value: inCurrency(agent.netMinor) },
          { label: figureText("parts.campaignOrders"), value: campaignOrders },
          { label: CAMPAIGN_ORDERS_LABEL, value: inCurrency(campaignMinor) },
        ]);
  const lineSources = { chat: "chat", helpdesk: "support_touch", outreach: "outreach", trackingPage: "tracking_page" } as const;
  for (const key of ["chat", "helpdesk", "outreach", "trackingPage"] as const) {
    const count = facts.bySource[lineSources[key]].orders;
    revenue[key] = explained(revenue[key], withOrders(revenue[key].formula, count), [{ label: ORDERS_LABEL, value: count }]);
  }
  revenue.exchangeKept = explained(revenue.exchangeKept, minus(KEPT_ALL_LABEL, KEPT_CREDITED_LABEL), [
    { label: ACCEPTED_EXCHANGES_LABEL, value: exchanges.accepted },
    { label: KEPT_ALL_LABEL, value: inCurrency(exchanges.keptMinor) },
    { label: KEPT_CREDITED_LABEL, value: inCurrency(exchanges.keptOnCreditedOrdersMinor) },
    ...awaitingParts(awaiting, inCurrency(awaiting.keptMinor)),
  ]);
  revenue.exchangeUpsell = explained(revenue.exchangeUpsell, minus(UPSELL_PAID_LABEL, UPSELL_CREDITED_LABEL), [
    { label: PAID_DRAFTS_LABEL, value: exchanges.paidDraftOrders },
    { label: UPSELL_PAID_LABEL, value: inCurrency(exchanges.upsellMinor) },
    { label: UPSELL_CREDITED_LABEL, value: inCurrency(exchanges.upsellOnCreditedOrdersMinor) },
    ...awaitingParts(awaiting, inCurrency(awaiting.upsellMinor)),
  ]);
  costs.delightCodes = explained(costs.delightCodes, costs.delightCodes.formula, [
    { label: figureText("parts.delightCodesIssued"), value: facts.delight.codes },
  ]);
  costs.exchangeBonuses = explained(
    costs.exchangeBonuses,
    figureText("formulas.exchangeBonusesWhen", { formula: costs.exchangeBonuses.formula }),
    [
      { label: ACCEPTED_EXCHANGES_LABEL, value: exchanges.accepted },
      { label: PAID_DRAFTS_LABEL, value: exchanges.paidDraftOrders },
      ...awaitingParts(awaiting, inCurrency(awaiting.bonusCostMinor)),
    ],
  );
  costs.commissions = explained(costs.commissions, costs.commissions.formula, [
    { label: AGENT_CODE_ORDERS_COUNT_LABEL, value: agent.orders },
    {
      label: figureText("parts.conversationOrders"),
      value: facts.bySource.chat.orders + facts.bySource.support_touch.orders,
    },
    ...(facts.bySource.outreach.commissionMinor > 0n
      ? [{ label: figureText("parts.emailOrders"), value: facts.bySource.outreach.orders }]
      : []),
  ]);
  if (facts.team.source === "carried") {
    costs.team = explained(
      costs.team,
      figureText("formulas.teamCarried", { formula: costs.team.formula, month: facts.team.from ?? "" }),
      costs.team.parts,
    );
  } else if (facts.team.source === "none") {
    costs.team = explained(costs.team, figureText("formulas.teamNone", { formula: costs.team.formula }), costs.team.parts);
  }
  return pnl;
}

/** What the funnels read: a month's facts, or a period's summed by sumFunnelFacts. */
export type FunnelFacts = Pick<MonthFacts, "bySource" | "campaigns" | "exchanges" | "store" | "chatEvents" | "tracking">;

export function sumFunnelFacts(months: readonly FunnelFacts[]): FunnelFacts {
  const total = emptyMonthFacts("2000-01");
  for (const facts of months) {
    for (const source of ATTRIBUTION_PRECEDENCE) {
      const into = total.bySource[source];
      const from = facts.bySource[source];
      into.orders += from.orders;
      into.cancelledOrders += from.cancelledOrders;
      into.netMinor += from.netMinor;
      into.commissionMinor += from.commissionMinor;
    }
    total.campaigns.push(...facts.campaigns);
    for (const key of ["keptMinor", "keptOnCreditedOrdersMinor", "upsellMinor", "upsellOnCreditedOrdersMinor", "bonusCostMinor"] as const)
      total.exchanges[key] += facts.exchanges[key];
    for (const key of ["upsellMinor", "keptMinor", "bonusCostMinor"] as const)
      total.exchanges.awaitingPayment[key] += facts.exchanges.awaitingPayment[key];
    total.exchanges.awaitingPayment.draftOrders += facts.exchanges.awaitingPayment.draftOrders;
    total.exchanges.offersShown += facts.exchanges.offersShown;
    total.exchanges.accepted += facts.exchanges.accepted;
    total.exchanges.paidDraftOrders += facts.exchanges.paidDraftOrders;
    total.store.orders += facts.store.orders;
    total.store.refundedMinor += facts.store.refundedMinor;
    for (const [event, count] of Object.entries(facts.chatEvents) as Array<[ChatEvent, number]>) {
      total.chatEvents[event] = (total.chatEvents[event] ?? 0) + count;
    }
    total.tracking.lookups += facts.tracking.lookups;
    total.tracking.misses += facts.tracking.misses;
  }
  return {
    bySource: total.bySource,
    campaigns: total.campaigns,
    exchanges: total.exchanges,
    store: total.store,
    chatEvents: total.chatEvents,
    tracking: total.tracking,
  };
}

export interface DashboardFunnels {
  chat: ChatProfitFunnel & { storeOrders: number };
  tracking: TrackingFunnel;
  /** Its revenue is the P&L's: the refunds avoided on orders credited to no source, and the upsells paid on orders credited to none. */
  exchange: ExchangeFunnel & {
    keptOnCreditedOrders: Money;
    upsellOnCreditedOrders: Money;
    /** The revenue (refunds avoided and upsells) of accepted exchanges still awaiting payment on their draft orders, counted nowhere yet. */
    awaitingPayment: { draftOrders: number; revenue: Money };
  };
  campaigns: CampaignFunnel;
}

export function funnelsOf(facts: FunnelFacts, settings: DashboardSettings, currencyCode: string): DashboardFunnels {
  const code = currencyCode.toUpperCase();
  const inCurrency = (minor: bigint): Money => moneyOfMinor(minor, code);
  return {
    chat: {
      ...chatProfitFunnel({
        events: facts.chatEvents,
        chatAssistedOrders: facts.bySource.chat.orders,
        orders: facts.store.orders,
        storeConversion: rateFromBasisPoints(settings.storeConversionBps),
      }),
      storeOrders: facts.store.orders,
    },
    tracking: trackingFunnel(
      [{ day: "the period", lookups: facts.tracking.lookups, misses: facts.tracking.misses }],
      inCurrency(settings.costPerTicketMinor),
    ),
    exchange: {
      ...exchangeFunnel({
        currencyCode: code,
        offersShown: facts.exchanges.offersShown,
        accepted: facts.exchanges.accepted,
        kept: inCurrency(facts.exchanges.keptMinor - facts.exchanges.keptOnCreditedOrdersMinor),
        upsell: inCurrency(facts.exchanges.upsellMinor - facts.exchanges.upsellOnCreditedOrdersMinor),
      }),
      keptOnCreditedOrders: inCurrency(facts.exchanges.keptOnCreditedOrdersMinor),
      upsellOnCreditedOrders: inCurrency(facts.exchanges.upsellOnCreditedOrdersMinor),
      awaitingPayment: {
        draftOrders: facts.exchanges.awaitingPayment.draftOrders,
        revenue: inCurrency(facts.exchanges.awaitingPayment.upsellMinor + facts.exchanges.awaitingPayment.keptMinor),
      },
    },
    campaigns: campaignFunnel(
      code,
      facts.campaigns.map((campaign) => ({
        name: campaign.name,
        contacted: campaign.contacted,
        replied: campaign.replied,
        revenue: inCurrency(campaign.netMinor),
      })),
    ),
  };
}
