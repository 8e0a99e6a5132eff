// Four months of a store's support P&L whose answers were worked out by hand
// (the sums are in the comments), for the profit module's tests. Support is
// at a loss in November and December, and a profit center from January.
import { moneyFromDecimal, type Money } from "../money";
import { phraseText, type Translate } from "../phrase";
import { serverTranslate } from "../../i18n/resources.server";
import type { Figure } from "./figures";
import type { MonthlyPnlInput } from "./pnl";

export const usd = (amount: string): Money => moneyFromDecimal(amount, "USD");

/** The source article's campaign: 1,701 new customers contacted, 392 replied asking to process their order. */
export const ARTICLE_CAMPAIGN = {
  name: "New customers: shall we process your order?",
  contacted: 1701,
  replied: 392,
  revenue: usd("44377.10"),
};

/**
 * November 2025, a loss, with the team's share set to 12.5%.
 *
 * Revenue: 7,500.00 + 2,000.00 + 500.00 + 1,000.00 + 100.00 + no campaign = 11,100.00
 * Cost of goods: no known cost, 60% margin → 40% × 11,100.00 = 4,440.00
 * Team: 24,000.00 + 1,100.00 + 0.00 = 25,100.00
 * Team's share: 12.5% × (8,000.00 + 2,000.00) = 1,250.00
 * Costs: 4,440.00 + 450.00 + 300.00 + 0.00 + 25,100.00 + 1,250.00 = 31,540.00
 * Result: 11,100.00 − 31,540.00 = −20,440.00 (a loss)
 */
export const NOVEMBER_2025: MonthlyPnlInput = {
  month: "2025-11",
  currencyCode: "USD",
  revenue: {
    agentCode: usd("7500.00"),
    chat: usd("2000.00"),
    trackingPage: usd("500.00"),
    exchangeKept: usd("1000.00"),
    exchangeUpsell: usd("100.00"),
    campaigns: [],
  },
  commissions: usd("450.00"),
  delightSpent: usd("300.00"),
  teamCosts: { salaries: usd("24000.00"), tools: usd("1100.00") },
  storeRefundsAndExchanges: { refunds: usd("8000.00"), exchanges: usd("2000.00") },
  settings: { teamShareBps: 1250, fallbackMarginBps: 6000 },
};

/**
 * December 2025, a loss, and a team's share that lands on half a cent.
 *
 * Revenue: 9,870.00 + 3,105.20 + 640.80 + 1,980.00 + 245.50 = 15,841.50
 * Cost of goods: 40% × 15,841.50 = 6,336.60
 * Team: 24,000.00 + 1,150.00 + 0.00 = 25,150.00
 * Team's share: 10% × (15,200.40 + 6,237.45) = 10% × 21,437.85 = 2,143.785 → 2,143.79 (half-up)
 * Costs: 6,336.60 + 592.20 + 410.00 + 80.00 + 25,150.00 + 2,143.79 = 34,712.59
 * Result: 15,841.50 − 34,712.59 = −18,871.09 (a loss)
 */
export const DECEMBER_2025: MonthlyPnlInput = {
  month: "2025-12",
  currencyCode: "USD",
  revenue: {
    agentCode: usd("9870.00"),
    chat: usd("3105.20"),
    trackingPage: usd("640.80"),
    exchangeKept: usd("1980.00"),
    exchangeUpsell: usd("245.50"),
    campaigns: [],
  },
  commissions: usd("592.20"),
  delightSpent: usd("410.00"),
  exchangeBonuses: usd("80.00"),
  teamCosts: { salaries: usd("24000.00"), tools: usd("1150.00"), other: usd("0.00") },
  storeRefundsAndExchanges: { refunds: usd("15200.40"), exchanges: usd("6237.45") },
  settings: { fallbackMarginBps: 6000 },
};

/**
 * January 2026, the source article's month: the first profitable one.
 *
 * Revenue: 18,240.50 (agent codes) + 6,312.75 (chat) + 1,204.30 (tracking page)
 *   + 3,450.00 (kept by exchanges) + 612.40 (exchange upsells) + 44,377.10 (the campaign)
 *   = 74,197.05
 * Cost of goods: no known cost, 60% margin → 40% × 74,197.05 = 29,678.82 (exact)
 * Commissions: 6% × 18,240.50 = 1,094.43
 * Team: 24,000.00 + 1,150.00 + 320.00 = 25,470.00
 * Team's share: 10% (the default) × (12,345.67 + 4,321.05) = 10% × 16,666.72 = 1,666.672 → 1,666.67
 * Costs: 29,678.82 + 1,094.43 + 385.00 + 150.00 + 25,470.00 + 1,666.67 = 58,444.92
 * Result: 74,197.05 − 58,444.92 = 15,752.13 (a profit)
 */
export const JANUARY_2026: MonthlyPnlInput = {
  month: "2026-01",
  currencyCode: "USD",
  revenue: {
    agentCode: usd("18240.50"),
    chat: usd("6312.75"),
    trackingPage: usd("1204.30"),
    exchangeKept: usd("3450.00"),
    exchangeUpsell: usd("612.40"),
    campaigns: [ARTICLE_CAMPAIGN],
  },
  commissions: usd("1094.43"),
  delightSpent: usd("385.00"),
  exchangeBonuses: usd("150.00"),
  teamCosts: { salaries: usd("24000.00"), tools: usd("1150.00"), other: usd("320.00") },
  storeRefundsAndExchanges: { refunds: usd("12345.67"), exchanges: usd("4321.05") },
  settings: { fallbackMarginBps: 6000 },
};

/**
 * February 2026, profitable by a hair, with unit costs known for part of
 * the revenue and agent and chat revenue given order by order.
 *
 * Revenue: (12,500.00 + 7,500.00) + 8,000.00 + 1,500.00 + 4,000.00 + 700.01 + 12,000.00 = 46,200.01
 * Cost of goods:
 *   known: 5,000.00 for 14,000.00 of agent-code revenue, 1,800.00 for 5,000.00 of chat revenue
 *   → known costs 6,800.00 for 19,000.00 of revenue
 *   revenue without a known cost: 46,200.01 − 19,000.00 = 27,200.01
 *   at a 62.5% margin its cost is 37.5% × 27,200.01 = 10,200.00375 → 10,200.00
 *   → 6,800.00 + 10,200.00 = 17,000.00
 * Team: 24,000.00 + 1,150.00 + 200.00 = 25,350.00
 * Team's share: 10% × (14,000.00 + 5,000.05) = 1,900.005 → 1,900.01 (half-up)
 * Costs: 17,000.00 + 1,200.00 + 500.00 + 120.00 + 25,350.00 + 1,900.01 = 46,070.01
 * Result: 46,200.01 − 46,070.01 = 130.00 (a profit)
 */
export const FEBRUARY_2026: MonthlyPnlInput = {
  month: "2026-02",
  currencyCode: "USD",
  revenue: {
    agentCode: [
      { orderId: "5001", revenue: usd("12500.00") },
      { orderId: "5002", revenue: usd("7500.00") },
    ],
    chat: [{ orderId: "5003", revenue: usd("8000.00") }],
    trackingPage: usd("1500.00"),
    exchangeKept: usd("4000.00"),
    exchangeUpsell: usd("700.01"),
    campaigns: [{ name: "Reorder reminder", contacted: 900, replied: 150, revenue: usd("12000.00") }],
  },
  knownCogs: {
    bySource: {
      agentCode: { cost: usd("5000.00"), revenueWithKnownCost: usd("14000.00") },
      chat: { cost: usd("1800.00"), revenueWithKnownCost: usd("5000.00") },
    },
  },
  commissions: usd("1200.00"),
  delightSpent: usd("500.00"),
  exchangeBonuses: usd("120.00"),
  teamCosts: { salaries: usd("24000.00"), tools: usd("1150.00"), other: usd("200.00") },
  storeRefundsAndExchanges: { refunds: usd("14000.00"), exchanges: usd("5000.05") },
  settings: { fallbackMarginBps: 6250 },
};

/** A month with nothing but the team's costs: a loss of exactly those. */
export function quietMonth(month: string): MonthlyPnlInput {
  const none = usd("0.00");
  return {
    month,
    currencyCode: "USD",
    revenue: { agentCode: none, chat: none, trackingPage: none, exchangeKept: none, exchangeUpsell: none, campaigns: [] },
    commissions: none,
    delightSpent: none,
    teamCosts: { salaries: usd("24000.00"), tools: usd("1150.00") },
    storeRefundsAndExchanges: none,
    settings: { fallbackMarginBps: 6000 },
  };
}

/** The admin's English, as the export and the page would write it. */
export const english: Translate = serverTranslate("en");

/** A figure with its label, formula and parts' labels in English: what the tests compare. */
export function inEnglish(figure: Figure) {
  return {
    ...figure,
    label: phraseText(figure.label, english),
    formula: phraseText(figure.formula, english),
    parts: figure.parts.map((part) => ({ ...part, label: phraseText(part.label, english) })),
  };
}
