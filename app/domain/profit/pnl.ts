// Support's profit and loss, month by month: the revenue support brought in,
// less what support cost, so a merchant can see whether (and since when)
// customer service is a profit center. Every line is a Figure carrying the
// parts and formula it came from, so the dashboard and the CSV can show how
// each cent was reached. Exact: integer minor units, one rounding rule
// (half-up, as in ../money/arithmetic), and a rounding only where a
// percentage is applied. Several months add up in pnl-period.ts.
import { moneyOfMinor, type Money } from "../money";
import { applyBasisPoints, assertBasisPoints, BASIS_POINTS_PER_WHOLE, sumMoney } from "../money/arithmetic";
import {
  assertEachOrderOnce,
  checkedAmount,
  isMoney,
  rateFromBasisPoints,
  revenueTotal,
  type Figure,
  type Part,
  type RevenueAmount,
} from "./figures";
import { campaignFunnelRow, type Campaign } from "./funnels";
import { assertMonthKey, type MonthKey } from "./periods";

export const DEFAULT_TEAM_SHARE_BPS = 1000;

/** The revenue support generated, in the order the dashboard lists it. */
export const REVENUE_LINES = [
  "agentCode",
  "chat",
  "helpdesk",
  "outreach",
  "trackingPage",
  "exchangeKept",
  "exchangeUpsell",
  "campaigns",
] as const;
export type RevenueLineKey = (typeof REVENUE_LINES)[number];

/** What support cost, in the order the dashboard lists it. */
export const COST_LINES = ["cogs", "commissions", "delightCodes", "exchangeBonuses", "team", "teamShareOfRefunds"] as const;
export type CostLineKey = (typeof COST_LINES)[number];

export const REVENUE_LINE_LABELS: Readonly<Record<RevenueLineKey, string>> = {
  agentCode: "Agent-attributed revenue",
  chat: "Chat-assisted orders",
  helpdesk: "Helpdesk conversations",
  outreach: "Emails from Concierge",
  trackingPage: "Tracking-page upsells",
  exchangeKept: "Revenue kept by exchanges",
  exchangeUpsell: "Exchange upsells",
  campaigns: "Outreach campaigns",
};

export const COST_LINE_LABELS: Readonly<Record<CostLineKey, string>> = {
  cogs: "Cost of goods",
  commissions: "Agent commissions",
  delightCodes: "Delight codes",
  exchangeBonuses: "Exchange bonuses",
  team: "Team costs",
  teamShareOfRefunds: "Team's share of refunds and exchanges",
};

/** Where each revenue line's amount comes from, for the line's formula. */
const REVENUE_LINE_SOURCES: Readonly<Record<Exclude<RevenueLineKey, "campaigns">, string>> = {
  agentCode: "The net revenue of the orders credited to an agent's code",
  chat: "The net revenue of the orders credited to a chat",
  helpdesk: "The net revenue of the orders credited to an agent's helpdesk conversation with the customer",
  outreach: "The net revenue of the orders that followed a click in an email Concierge sent",
  trackingPage: "The net revenue of the orders started from the tracking page",
  exchangeKept: "The refunds that accepted exchanges avoided",
  exchangeUpsell: "What shoppers paid on top when exchanging",
};

export const TOTAL_REVENUE_LABEL = "Revenue support generated";
export const TOTAL_COSTS_LABEL = "Support's costs";
export const RESULT_LABEL = "Result";

/** A unit cost Shopify knows, and the revenue it is the cost of. */
export interface KnownCost {
  /** The cost of the goods sold, from Shopify's unit costs. */
  cost: Money;
  /** The revenue from those goods: the part of the revenue whose cost is known. */
  revenueWithKnownCost: Money;
}

/** Known unit costs for the revenue as a whole, or source by source (sources left out have none). */
export type KnownCogs = { total: KnownCost } | { bySource: Partial<Record<RevenueLineKey, KnownCost>> };

export interface MonthlyPnlInput {
  month: MonthKey;
  /** The shop currency; every amount must be in it. */
  currencyCode: string;
  /**
   * Each order counts under one source at most. Agent code, chat and
   * tracking page come from the Attribution table, which credits an order
   * once. An exchange's kept revenue on an order already credited to one of
   * those is in that order's net revenue already (the refund never
   * happened), so it belongs there and not here too; given order by order,
   * any order found under two sources throws.
   */
  revenue: {
    agentCode: RevenueAmount;
    chat: RevenueAmount;
    /** Orders credited to the last agent who handled the customer in the helpdesk; none when absent. */
    helpdesk?: RevenueAmount;
    /** Orders that followed a click in an email Concierge sent; none when absent. */
    outreach?: RevenueAmount;
    trackingPage: RevenueAmount;
    /** The refunds exchanges avoided. */
    exchangeKept: RevenueAmount;
    /** What shoppers paid on top when exchanging. */
    exchangeUpsell: RevenueAmount;
    campaigns: readonly Campaign[];
  };
  /** Unit costs Shopify knows; without them, all revenue's cost comes from the fallback margin. */
  knownCogs?: KnownCogs;
  /** The sum of the month's attributed orders' commissions. */
  commissions: Money;
  /** The cost of the delight codes agents issued. */
  delightSpent: Money;
  /** What the bonuses of accepted exchange offers cost the merchant; none when absent. */
  exchangeBonuses?: Money;
  /** Entered by the merchant, per month. */
  teamCosts: { salaries: Money; tools: Money; other?: Money };
  /** The value of all the store's refunds and exchanges in the month, whoever handled them. */
  storeRefundsAndExchanges: Money | { refunds: Money; exchanges: Money };
  settings: {
    /** The share of the store's refunds and exchanges the team answers for, in basis points; DEFAULT_TEAM_SHARE_BPS when absent. */
    teamShareBps?: number;
    /** The gross margin the merchant enters for goods without a known unit cost: 6000 = 60%. */
    fallbackMarginBps: number;
  };
}

/** A P&L statement: the lines, the totals and the result. */
export interface PnlStatement {
  currencyCode: string;
  revenue: Record<RevenueLineKey, Figure>;
  costs: Record<CostLineKey, Figure>;
  totalRevenue: Figure;
  totalCosts: Figure;
  /** Total revenue − total costs: a profit when positive, a loss when negative. */
  result: Figure;
  /** The result is above zero; breaking even is not a profit. */
  isProfitable: boolean;
}

export interface MonthlyPnl extends PnlStatement {
  month: MonthKey;
}

export interface PeriodPnl extends PnlStatement {
  from: MonthKey;
  to: MonthKey;
  months: MonthKey[];
}

const sumOfLabels = (parts: readonly Part[]) => parts.map((part) => part.label).join(" + ");

/** A figure that is the sum of its parts, with the formula spelling them out. */
export function sumFigure(key: string, label: string, currencyCode: string, parts: Part[], emptyFormula = "Nothing to add"): Figure {
  const amounts = parts.map((part) => part.value).filter(isMoney);
  return {
    key,
    label,
    value: sumMoney(currencyCode, amounts, label),
    formula: parts.length === 0 ? emptyFormula : sumOfLabels(parts),
    parts,
  };
}

function revenueLine(key: Exclude<RevenueLineKey, "campaigns">, currencyCode: string, amount: RevenueAmount): Figure {
  const label = REVENUE_LINE_LABELS[key];
  const { total, orders } = revenueTotal(currencyCode, amount, label);
  return {
    key: `revenue.${key}`,
    label,
    value: total,
    formula: orders === null ? REVENUE_LINE_SOURCES[key] : `${REVENUE_LINE_SOURCES[key]}: ${orders} ${orders === 1 ? "order" : "orders"}`,
    parts: orders === null ? [] : [{ label: "Orders", value: orders }],
  };
}

/**
 * The cost of the goods behind support's revenue.
 *
 * Where Shopify knows the unit cost, that cost is used as it is. The rest of
 * the revenue is costed at the merchant's gross margin: with a 60% margin,
 * $100 of revenue cost $40 of goods. So
 *   COGS = known unit costs + (revenue − revenue with a known cost) × (100% − margin)
 * with the second term rounded half-up to the cent once, on the month's total
 * (per-order rounding would make the month depend on how orders were split).
 * Known costs are summed across sources before the margin is applied, so
 * costs given by source or as one total give the same COGS to the cent.
 */
function cogsLine(
  currencyCode: string,
  revenue: Record<RevenueLineKey, Figure>,
  totalRevenue: Money,
  knownCogs: KnownCogs | undefined,
  marginBps: number,
): Figure {
  assertBasisPoints(marginBps, "The fallback gross margin");
  const known: Array<{ label: string; cost: Money; revenueWithKnownCost: Money }> = [];
  if (knownCogs && "total" in knownCogs) {
    known.push({ label: "Known unit costs", ...knownCogs.total });
  } else if (knownCogs) {
    for (const key of REVENUE_LINES) {
      const entry = knownCogs.bySource[key];
      if (!entry) continue;
      const coverage = checkedAmount(currencyCode, entry.revenueWithKnownCost, `${REVENUE_LINE_LABELS[key]}: revenue with a known cost`);
      if (coverage.minor > revenue[key].value.minor) {
        throw new RangeError(`${REVENUE_LINE_LABELS[key]}: the revenue with a known cost is more than the line's revenue`);
      }
      known.push({ label: `Known unit costs (${REVENUE_LINE_LABELS[key]})`, ...entry });
    }
  }

  let knownCostMinor = 0n;
  let coveredMinor = 0n;
  for (const entry of known) {
    knownCostMinor += checkedAmount(currencyCode, entry.cost, entry.label).minor;
    coveredMinor += checkedAmount(currencyCode, entry.revenueWithKnownCost, `${entry.label}: revenue with a known cost`).minor;
  }
  if (coveredMinor > totalRevenue.minor) throw new RangeError("The revenue with a known cost is more than the revenue support generated");

  const inCurrency = (minor: bigint): Money => moneyOfMinor(minor, currencyCode);
  const withoutKnownCost = inCurrency(totalRevenue.minor - coveredMinor);
  const costShareBps = BASIS_POINTS_PER_WHOLE - marginBps;
  const estimated = applyBasisPoints(withoutKnownCost, costShareBps);
  return {
    key: "costs.cogs",
    label: COST_LINE_LABELS.cogs,
    value: inCurrency(knownCostMinor + estimated.minor),
    formula: "Known unit costs + Revenue without a known cost x (100% - Gross margin), the second term rounded half-up to the cent",
    parts: [
      ...known.map((entry): Part => ({ label: entry.label, value: inCurrency(entry.cost.minor) })),
      { label: "Revenue support generated", value: totalRevenue },
      { label: "Revenue with a known cost", value: inCurrency(coveredMinor) },
      { label: "Revenue without a known cost", value: withoutKnownCost },
      { label: "Gross margin", value: rateFromBasisPoints(marginBps) },
      { label: "Cost share of revenue without a known cost", value: rateFromBasisPoints(costShareBps) },
      { label: "Cost at the gross margin", value: estimated },
    ],
  };
}

/**
 * The team answers for a share of every refund and exchange in the store
 * (10% unless the merchant sets another): fewer returns is part of what
 * support is for. Applied once to the month's total, rounded half-up.
 */
function teamShareLine(currencyCode: string, store: MonthlyPnlInput["storeRefundsAndExchanges"], shareBps: number): Figure {
  assertBasisPoints(shareBps, "The team's share of refunds and exchanges");
  const label = COST_LINE_LABELS.teamShareOfRefunds;
  const amounts: Part[] = isMoney(store)
    ? [{ label: "Store refunds and exchanges", value: checkedAmount(currencyCode, store, "The store's refunds and exchanges") }]
    : [
        { label: "Store refunds", value: checkedAmount(currencyCode, store.refunds, "The store's refunds") },
        { label: "Store exchanges", value: checkedAmount(currencyCode, store.exchanges, "The store's exchanges") },
      ];
  const base = sumMoney(currencyCode, amounts.map((part) => part.value).filter(isMoney), label);
  return {
    key: "costs.teamShareOfRefunds",
    label,
    value: applyBasisPoints(base, shareBps),
    formula: `(${sumOfLabels(amounts)}) x Team's share, rounded half-up to the cent`,
    parts: [...amounts, { label: "Team's share", value: rateFromBasisPoints(shareBps) }],
  };
}

export function statement(currencyCode: string, revenue: Record<RevenueLineKey, Figure>, costs: Record<CostLineKey, Figure>): PnlStatement {
  const totalRevenue = sumFigure(
    "totalRevenue",
    TOTAL_REVENUE_LABEL,
    currencyCode,
    REVENUE_LINES.map((key) => ({ label: revenue[key].label, value: revenue[key].value })),
  );
  const totalCosts = sumFigure(
    "totalCosts",
    TOTAL_COSTS_LABEL,
    currencyCode,
    COST_LINES.map((key) => ({ label: costs[key].label, value: costs[key].value })),
  );
  const resultMinor = totalRevenue.value.minor - totalCosts.value.minor;
  return {
    currencyCode,
    revenue,
    costs,
    totalRevenue,
    totalCosts,
    result: {
      key: "result",
      label: RESULT_LABEL,
      value: { minor: resultMinor, currencyCode },
      formula: `${TOTAL_REVENUE_LABEL} - ${TOTAL_COSTS_LABEL}`,
      parts: [
        { label: TOTAL_REVENUE_LABEL, value: totalRevenue.value },
        { label: TOTAL_COSTS_LABEL, value: totalCosts.value },
      ],
    },
    isProfitable: resultMinor > 0n,
  };
}

/** One month's P&L for support, every line with its parts and formula. */
export function monthlyPnl(input: MonthlyPnlInput): MonthlyPnl {
  assertMonthKey(input.month);
  const currencyCode = input.currencyCode.toUpperCase();

  assertEachOrderOnce([
    ...(["agentCode", "chat", "helpdesk", "outreach", "trackingPage", "exchangeKept", "exchangeUpsell"] as const).map((key) => ({
      label: REVENUE_LINE_LABELS[key],
      amount: input.revenue[key] ?? moneyOfMinor(0n, currencyCode),
    })),
    ...input.revenue.campaigns.map((campaign) => ({ label: `campaign "${campaign.name}"`, amount: campaign.revenue })),
  ]);

  const campaigns = input.revenue.campaigns.map((campaign) => campaignFunnelRow(currencyCode, campaign));
  const revenue: Record<RevenueLineKey, Figure> = {
    agentCode: revenueLine("agentCode", currencyCode, input.revenue.agentCode),
    chat: revenueLine("chat", currencyCode, input.revenue.chat),
    helpdesk: revenueLine("helpdesk", currencyCode, input.revenue.helpdesk ?? moneyOfMinor(0n, currencyCode)),
    outreach: revenueLine("outreach", currencyCode, input.revenue.outreach ?? moneyOfMinor(0n, currencyCode)),
    trackingPage: revenueLine("trackingPage", currencyCode, input.revenue.trackingPage),
    exchangeKept: revenueLine("exchangeKept", currencyCode, input.revenue.exchangeKept),
    exchangeUpsell: revenueLine("exchangeUpsell", currencyCode, input.revenue.exchangeUpsell),
    campaigns: sumFigure(
      "revenue.campaigns",
      REVENUE_LINE_LABELS.campaigns,
      currencyCode,
      campaigns.map((campaign) => ({ label: campaign.name, value: campaign.revenue })),
      "No campaigns this month",
    ),
  };
  const totalRevenue = sumMoney(
    currencyCode,
    REVENUE_LINES.map((key) => revenue[key].value),
    TOTAL_REVENUE_LABEL,
  );

  const leaf = (key: CostLineKey, amount: Money, formula: string): Figure => ({
    key: `costs.${key}`,
    label: COST_LINE_LABELS[key],
    value: checkedAmount(currencyCode, amount, COST_LINE_LABELS[key]),
    formula,
    parts: [],
  });
  const costs: Record<CostLineKey, Figure> = {
    cogs: cogsLine(currencyCode, revenue, totalRevenue, input.knownCogs, input.settings.fallbackMarginBps),
    commissions: leaf("commissions", input.commissions, "The sum of each attributed order's commission"),
    delightCodes: leaf("delightCodes", input.delightSpent, "The cost of the delight codes issued this month"),
    exchangeBonuses: leaf(
      "exchangeBonuses",
      input.exchangeBonuses ?? { minor: 0n, currencyCode },
      "What the bonuses of accepted exchange offers cost",
    ),
    team: sumFigure("costs.team", COST_LINE_LABELS.team, currencyCode, [
      { label: "Salaries", value: checkedAmount(currencyCode, input.teamCosts.salaries, "Salaries") },
      { label: "Tools", value: checkedAmount(currencyCode, input.teamCosts.tools, "Tools") },
      { label: "Other", value: checkedAmount(currencyCode, input.teamCosts.other ?? { minor: 0n, currencyCode }, "Other team costs") },
    ]),
    teamShareOfRefunds: teamShareLine(currencyCode, input.storeRefundsAndExchanges, input.settings.teamShareBps ?? DEFAULT_TEAM_SHARE_BPS),
  };

  return { month: input.month, ...statement(currencyCode, revenue, costs) };
}

/** Every line of a statement in the order the dashboard and the CSV show them. */
export function pnlFigures(pnl: PnlStatement): Figure[] {
  return [
    ...REVENUE_LINES.map((key) => pnl.revenue[key]),
    pnl.totalRevenue,
    ...COST_LINES.map((key) => pnl.costs[key]),
    pnl.totalCosts,
    pnl.result,
  ];
}
