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
  figureText,
  isMoney,
  rateFromBasisPoints,
  revenueTotal,
  type Figure,
  type Part,
  type RevenueAmount,
} from "./figures";
import { campaignFunnelRow, type Campaign } from "./funnels";
import { assertMonthKey, type MonthKey } from "./periods";
import { sumOf, verbatim, type Phrase } from "../phrase";

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

export const REVENUE_LINE_LABELS: Readonly<Record<RevenueLineKey, Phrase>> = Object.fromEntries(
  REVENUE_LINES.map((key) => [key, figureText(`lines.${key}`)]),
) as Record<RevenueLineKey, Phrase>;

export const COST_LINE_LABELS: Readonly<Record<CostLineKey, Phrase>> = Object.fromEntries(
  COST_LINES.map((key) => [key, figureText(`lines.${key}`)]),
) as Record<CostLineKey, Phrase>;

/** Where each revenue line's amount comes from, for the line's formula. */
const revenueLineSource = (key: Exclude<RevenueLineKey, "campaigns">): Phrase => figureText(`sources.${key}`);

export const TOTAL_REVENUE_LABEL = figureText("lines.totalRevenue");
export const TOTAL_COSTS_LABEL = figureText("lines.totalCosts");
export const RESULT_LABEL = figureText("lines.result");

/** "{{formula}}: 3 orders". */
export const withOrders = (formula: Phrase, orders: number): Phrase =>
  figureText("formulas.withOrders", { formula, orders: figureText("formulas.orders", { count: orders }) });

/** "A - B". */
export { figureText };

export const minus = (from: Phrase, less: Phrase): Phrase => figureText("formulas.minus", { from, less });

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

const sumOfLabels = (parts: readonly Part[]) => sumOf(parts.map((part) => part.label));

/** A figure that is the sum of its parts, with the formula spelling them out. */
export function sumFigure(
  key: string,
  label: Phrase,
  currencyCode: string,
  parts: Part[],
  emptyFormula: Phrase = figureText("formulas.nothingToAdd"),
): Figure {
  const amounts = parts.map((part) => part.value).filter(isMoney);
  return {
    key,
    label,
    value: sumMoney(currencyCode, amounts, key),
    formula: parts.length === 0 ? emptyFormula : sumOfLabels(parts),
    parts,
  };
}

function revenueLine(key: Exclude<RevenueLineKey, "campaigns">, currencyCode: string, amount: RevenueAmount): Figure {
  const { total, orders } = revenueTotal(currencyCode, amount, `revenue.${key}`);
  return {
    key: `revenue.${key}`,
    label: REVENUE_LINE_LABELS[key],
    value: total,
    formula: orders === null ? revenueLineSource(key) : withOrders(revenueLineSource(key), orders),
    parts: orders === null ? [] : [{ label: figureText("parts.orders"), value: orders }],
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
  const known: Array<{ what: string; label: Phrase; cost: Money; revenueWithKnownCost: Money }> = [];
  if (knownCogs && "total" in knownCogs) {
    known.push({ what: "Known unit costs", label: figureText("parts.knownUnitCosts"), ...knownCogs.total });
  } else if (knownCogs) {
    for (const key of REVENUE_LINES) {
      const entry = knownCogs.bySource[key];
      if (!entry) continue;
      const coverage = checkedAmount(currencyCode, entry.revenueWithKnownCost, `revenue.${key}: revenue with a known cost`);
      if (coverage.minor > revenue[key].value.minor) {
        throw new RangeError(`revenue.${key}: the revenue with a known cost is more than the line's revenue`);
      }
      known.push({
        what: `Known unit costs (revenue.${key})`,
        label: figureText("parts.knownUnitCostsOf", { line: REVENUE_LINE_LABELS[key] }),
        ...entry,
      });
    }
  }

  let knownCostMinor = 0n;
  let coveredMinor = 0n;
  for (const entry of known) {
    knownCostMinor += checkedAmount(currencyCode, entry.cost, entry.what).minor;
    coveredMinor += checkedAmount(currencyCode, entry.revenueWithKnownCost, `${entry.what}: revenue with a known cost`).minor;
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
    formula: figureText("formulas.cogs"),
    parts: [
      ...known.map((entry): Part => ({ label: entry.label, value: inCurrency(entry.cost.minor) })),
      { label: TOTAL_REVENUE_LABEL, value: totalRevenue },
      { label: figureText("parts.revenueWithKnownCost"), value: inCurrency(coveredMinor) },
      { label: figureText("parts.revenueWithoutKnownCost"), value: withoutKnownCost },
      { label: figureText("parts.grossMargin"), value: rateFromBasisPoints(marginBps) },
      { label: figureText("parts.costShare"), value: rateFromBasisPoints(costShareBps) },
      { label: figureText("parts.costAtMargin"), value: estimated },
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
  const amounts: Part[] = isMoney(store)
    ? [
        {
          label: figureText("parts.storeRefundsAndExchanges"),
          value: checkedAmount(currencyCode, store, "The store's refunds and exchanges"),
        },
      ]
    : [
        { label: figureText("parts.storeRefunds"), value: checkedAmount(currencyCode, store.refunds, "The store's refunds") },
        { label: figureText("parts.storeExchanges"), value: checkedAmount(currencyCode, store.exchanges, "The store's exchanges") },
      ];
  const base = sumMoney(currencyCode, amounts.map((part) => part.value).filter(isMoney), "costs.teamShareOfRefunds");
  return {
    key: "costs.teamShareOfRefunds",
    label: COST_LINE_LABELS.teamShareOfRefunds,
    value: applyBasisPoints(base, shareBps),
    formula: figureText("formulas.teamShare", { amounts: sumOfLabels(amounts) }),
    parts: [...amounts, { label: figureText("parts.teamShare"), value: rateFromBasisPoints(shareBps) }],
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
      formula: minus(TOTAL_REVENUE_LABEL, TOTAL_COSTS_LABEL),
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
      label: `revenue.${key}`,
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
      campaigns.map((campaign) => ({ label: verbatim(campaign.name), value: campaign.revenue })),
      figureText("formulas.noCampaignsThisMonth"),
    ),
  };
  const totalRevenue = sumMoney(
    currencyCode,
    REVENUE_LINES.map((key) => revenue[key].value),
    "totalRevenue",
  );

  const leaf = (key: CostLineKey, amount: Money, formula: Phrase): Figure => ({
    key: `costs.${key}`,
    label: COST_LINE_LABELS[key],
    value: checkedAmount(currencyCode, amount, `costs.${key}`),
    formula,
    parts: [],
  });
  const costs: Record<CostLineKey, Figure> = {
    cogs: cogsLine(currencyCode, revenue, totalRevenue, input.knownCogs, input.settings.fallbackMarginBps),
    commissions: leaf("commissions", input.commissions, figureText("formulas.commissions")),
    delightCodes: leaf("delightCodes", input.delightSpent, figureText("formulas.delightCodes")),
    exchangeBonuses: leaf("exchangeBonuses", input.exchangeBonuses ?? { minor: 0n, currencyCode }, figureText("formulas.exchangeBonuses")),
    team: sumFigure("costs.team", COST_LINE_LABELS.team, currencyCode, [
      { label: figureText("parts.salaries"), value: checkedAmount(currencyCode, input.teamCosts.salaries, "Salaries") },
      { label: figureText("parts.tools"), value: checkedAmount(currencyCode, input.teamCosts.tools, "Tools") },
      {
        label: figureText("parts.other"),
        value: checkedAmount(currencyCode, input.teamCosts.other ?? { minor: 0n, currencyCode }, "Other team costs"),
      },
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
