import { describe, expect, it } from "vitest";
import { formatMinorAsDecimal } from "../money";
import { isMoney, type Figure } from "./figures";
import { ARTICLE_CAMPAIGN, DECEMBER_2025, FEBRUARY_2026, inEnglish, JANUARY_2026, NOVEMBER_2025, quietMonth, usd } from "./months.fixture";
import { COST_LINES, monthlyPnl, pnlFigures, REVENUE_LINES, type MonthlyPnl, type MonthlyPnlInput } from "./pnl";
import { profitCenterSince, sumPnl } from "./pnl-period";

/** A figure's amount as the CSV and a calculator show it: "74197.05". */
const amount = (figure: Figure) => formatMinorAsDecimal(figure.value.minor, figure.value.currencyCode);

const moneyParts = (figure: Figure) => figure.parts.map((part) => part.value).filter(isMoney);
const sumOfParts = (figure: Figure) => moneyParts(figure).reduce((sum, part) => sum + part.minor, 0n);

function lines(pnl: MonthlyPnl) {
  return {
    revenue: Object.fromEntries(REVENUE_LINES.map((key) => [key, amount(pnl.revenue[key])])),
    costs: Object.fromEntries(COST_LINES.map((key) => [key, amount(pnl.costs[key])])),
    totalRevenue: amount(pnl.totalRevenue),
    totalCosts: amount(pnl.totalCosts),
    result: amount(pnl.result),
    isProfitable: pnl.isProfitable,
  };
}

describe("monthlyPnl", () => {
  it("reproduces the source article's month to the cent: the campaign's $44,377.10 makes support profitable", () => {
    const january = monthlyPnl(JANUARY_2026);
    expect(lines(january)).toEqual({
      revenue: {
        agentCode: "18240.50",
        chat: "6312.75",
        helpdesk: "0.00",
        outreach: "0.00",
        trackingPage: "1204.30",
        exchangeKept: "3450.00",
        exchangeUpsell: "612.40",
        campaigns: "44377.10",
      },
      costs: {
        cogs: "29678.82",
        commissions: "1094.43",
        delightCodes: "385.00",
        exchangeBonuses: "150.00",
        team: "25470.00",
        teamShareOfRefunds: "1666.67",
      },
      totalRevenue: "74197.05",
      totalCosts: "58444.92",
      result: "15752.13",
      isProfitable: true,
    });
    expect(january.month).toBe("2026-01");
    expect(inEnglish(january.revenue.campaigns).parts).toEqual([{ label: ARTICLE_CAMPAIGN.name, value: usd("44377.10") }]);
    expect(inEnglish(january.result)).toMatchObject({
      formula: "Revenue support generated - Support's costs",
      parts: [
        { label: "Revenue support generated", value: usd("74197.05") },
        { label: "Support's costs", value: usd("58444.92") },
      ],
    });
  });

  it("shows a month where support makes a loss as a negative result", () => {
    const december = monthlyPnl(DECEMBER_2025);
    expect(lines(december)).toMatchObject({
      totalRevenue: "15841.50",
      totalCosts: "34712.59",
      result: "-18871.09",
      isProfitable: false,
    });
    expect(monthlyPnl(NOVEMBER_2025).result.value).toEqual(usd("-20440.00"));
  });

  it("charges the team 10% of the store's refunds and exchanges by default, rounded half-up to the cent", () => {
    // 10% × (12,345.67 + 4,321.05) = 1,666.672 → 1,666.67
    expect(inEnglish(monthlyPnl(JANUARY_2026).costs.teamShareOfRefunds)).toEqual({
      key: "costs.teamShareOfRefunds",
      label: "Team's share of refunds and exchanges",
      value: usd("1666.67"),
      formula: "(Store refunds + Store exchanges) x Team's share, rounded half-up to the cent",
      parts: [
        { label: "Store refunds", value: usd("12345.67") },
        { label: "Store exchanges", value: usd("4321.05") },
        { label: "Team's share", value: { numerator: 1000, denominator: 10_000 } },
      ],
    });
    // 10% × 21,437.85 = 2,143.785: exactly half a cent, which goes up.
    expect(monthlyPnl(DECEMBER_2025).costs.teamShareOfRefunds.value).toEqual(usd("2143.79"));
    // The merchant's own share: 12.5% × 10,000.00 = 1,250.00
    expect(monthlyPnl(NOVEMBER_2025).costs.teamShareOfRefunds.value).toEqual(usd("1250.00"));
    // A total given as one amount works the same: 10% × 16,666.72
    const asOneAmount = monthlyPnl({ ...JANUARY_2026, storeRefundsAndExchanges: usd("16666.72") });
    expect(asOneAmount.costs.teamShareOfRefunds.value).toEqual(usd("1666.67"));
    expect(inEnglish(asOneAmount.costs.teamShareOfRefunds).formula).toBe(
      "(Store refunds and exchanges) x Team's share, rounded half-up to the cent",
    );
  });

  it("costs goods at Shopify's unit cost where known and at the merchant's margin for the rest", () => {
    const february = monthlyPnl(FEBRUARY_2026);
    expect(lines(february)).toMatchObject({
      totalRevenue: "46200.01",
      totalCosts: "46070.01",
      result: "130.00",
      isProfitable: true,
    });
    // 6,800.00 known + 37.5% × 27,200.01 (= 10,200.00375 → 10,200.00)
    expect(inEnglish(february.costs.cogs)).toEqual({
      key: "costs.cogs",
      label: "Cost of goods",
      value: usd("17000.00"),
      formula: "Known unit costs + Revenue without a known cost x (100% - Gross margin), the second term rounded half-up to the cent",
      parts: [
        { label: "Known unit costs (Agent-attributed revenue)", value: usd("5000.00") },
        { label: "Known unit costs (Chat-assisted orders)", value: usd("1800.00") },
        { label: "Revenue support generated", value: usd("46200.01") },
        { label: "Revenue with a known cost", value: usd("19000.00") },
        { label: "Revenue without a known cost", value: usd("27200.01") },
        { label: "Gross margin", value: { numerator: 6250, denominator: 10_000 } },
        { label: "Cost share of revenue without a known cost", value: { numerator: 3750, denominator: 10_000 } },
        { label: "Cost at the gross margin", value: usd("10200.00") },
      ],
    });
    // Known costs given as one total cost the same to the cent.
    const asTotal = monthlyPnl({
      ...FEBRUARY_2026,
      knownCogs: { total: { cost: usd("6800.00"), revenueWithKnownCost: usd("19000.00") } },
    });
    expect(asTotal.costs.cogs.value).toEqual(usd("17000.00"));
  });

  it("rounds the margin-based cost half-up, once, and uses known costs alone when they cover everything", () => {
    const small = (revenue: string, knownCogs: MonthlyPnlInput["knownCogs"], fallbackMarginBps: number) =>
      monthlyPnl({
        ...quietMonth("2026-03"),
        revenue: { ...quietMonth("2026-03").revenue, chat: usd(revenue) },
        knownCogs,
        settings: { fallbackMarginBps },
      }).costs.cogs.value;
    // 1,000.00 of revenue, 400.00 of it with a known cost of 150.00, 60% margin:
    // 150.00 + 40% × 600.00 = 390.00
    expect(small("1000.00", { total: { cost: usd("150.00"), revenueWithKnownCost: usd("400.00") } }, 6000)).toEqual(usd("390.00"));
    // 0.05 at a 70% margin: 30% × 0.05 = 0.015 → 0.02
    expect(small("0.05", undefined, 7000)).toEqual(usd("0.02"));
    // All of it known: the margin plays no part.
    expect(small("250.00", { total: { cost: usd("99.99"), revenueWithKnownCost: usd("250.00") } }, 6000)).toEqual(usd("99.99"));
  });

  it("counts revenue given order by order and refuses an order under two sources", () => {
    const february = monthlyPnl(FEBRUARY_2026);
    expect(inEnglish(february.revenue.agentCode)).toMatchObject({
      value: usd("20000.00"),
      formula: "The net revenue of the orders credited to an agent's code: 2 orders",
      parts: [{ label: "Orders", value: 2 }],
    });
    const twice = { ...FEBRUARY_2026, revenue: { ...FEBRUARY_2026.revenue, chat: [{ orderId: "5002", revenue: usd("8000.00") }] } };
    expect(() => monthlyPnl(twice)).toThrow("Order 5002 is counted under both revenue.agentCode and revenue.chat");
    const campaignToo = {
      ...FEBRUARY_2026,
      revenue: {
        ...FEBRUARY_2026.revenue,
        campaigns: [{ name: "Reorder reminder", contacted: 900, replied: 150, revenue: [{ orderId: "5003", revenue: usd("12000.00") }] }],
      },
    };
    expect(() => monthlyPnl(campaignToo)).toThrow('Order 5003 is counted under both revenue.chat and campaign "Reorder reminder"');
  });

  it("gives every figure parts that reproduce it", () => {
    for (const input of [NOVEMBER_2025, DECEMBER_2025, JANUARY_2026, FEBRUARY_2026]) {
      const pnl = monthlyPnl(input);
      for (const figure of [pnl.revenue.campaigns, pnl.costs.team, pnl.totalRevenue, pnl.totalCosts]) {
        expect(sumOfParts(figure), figure.key).toBe(figure.value.minor);
      }
      const [revenue, costs] = moneyParts(pnl.result);
      expect(revenue.minor - costs.minor).toBe(pnl.result.value.minor);
      const cogs = inEnglish(pnl.costs.cogs);
      const cogsParts = new Map(cogs.parts.map((part) => [part.label, part.value]));
      const known = cogs.parts.filter((part) => part.label.startsWith("Known unit costs")).map((part) => part.value);
      const estimated = cogsParts.get("Cost at the gross margin");
      if (!isMoney(estimated)) throw new Error("expected an amount");
      expect(known.filter(isMoney).reduce((sum, part) => sum + part.minor, 0n) + estimated.minor).toBe(pnl.costs.cogs.value.minor);
      expect(pnlFigures(pnl)).toHaveLength(REVENUE_LINES.length + COST_LINES.length + 3);
    }
  });

  it("refuses amounts it can't add up honestly", () => {
    expect(() => monthlyPnl({ ...JANUARY_2026, commissions: { minor: 100n, currencyCode: "EUR" } })).toThrow(
      "costs.commissions is in EUR, expected USD",
    );
    expect(() => monthlyPnl({ ...JANUARY_2026, delightSpent: usd("-1.00") })).toThrow("costs.delightCodes can't be negative");
    expect(() => monthlyPnl({ ...JANUARY_2026, month: "2026-13" })).toThrow("A month must look like 2026-01");
    expect(() => monthlyPnl({ ...JANUARY_2026, settings: { fallbackMarginBps: 10_001 } })).toThrow("The fallback gross margin");
    expect(() =>
      monthlyPnl({ ...JANUARY_2026, knownCogs: { bySource: { chat: { cost: usd("1.00"), revenueWithKnownCost: usd("6312.76") } } } }),
    ).toThrow("revenue.chat: the revenue with a known cost is more than the line's revenue");
    expect(() =>
      monthlyPnl({ ...JANUARY_2026, revenue: { ...JANUARY_2026.revenue, campaigns: [{ ...ARTICLE_CAMPAIGN, replied: 1702 }] } }),
    ).toThrow("only someone contacted can reply");
  });
});

describe("profitCenterSince", () => {
  const [november, december, january, february] = [NOVEMBER_2025, DECEMBER_2025, JANUARY_2026, FEBRUARY_2026].map(monthlyPnl);
  const profitableMarch = monthlyPnl({ ...FEBRUARY_2026, month: "2026-03" });
  const losingMarch = monthlyPnl(quietMonth("2026-03"));

  it("is the first month of the latest unbroken run of profitable months", () => {
    // Nov loss, Dec loss, Jan profit (the first), Feb profit.
    expect(profitCenterSince([november, december, january, february])).toBe("2026-01");
    expect(profitCenterSince([february, november, january, december])).toBe("2026-01");
    expect(profitCenterSince([december, january, february, profitableMarch])).toBe("2026-01");
    // A profitable month before the last loss doesn't count.
    const profitableOctober = monthlyPnl({ ...JANUARY_2026, month: "2025-10" });
    expect(profitCenterSince([profitableOctober, november, december, january, february])).toBe("2026-01");
  });

  it("is null when the last month was a loss, or there are no months", () => {
    expect(profitCenterSince([november, december, january, february, losingMarch])).toBeNull();
    expect(profitCenterSince([november, december])).toBeNull();
    expect(profitCenterSince([])).toBeNull();
  });

  it("leaves out the month in progress when told the last complete month", () => {
    expect(profitCenterSince([december, january, february, losingMarch], "2026-02")).toBe("2026-01");
  });

  it("breaks the run at a missing month, and doesn't call breaking even a profit", () => {
    expect(profitCenterSince([january, profitableMarch])).toBe("2026-03");
    // Revenue exactly covering the quiet month's 25,150.00 of costs.
    const breakEven = monthlyPnl({
      ...quietMonth("2026-03"),
      revenue: { ...quietMonth("2026-03").revenue, chat: usd("25150.00") },
      knownCogs: { total: { cost: usd("0.00"), revenueWithKnownCost: usd("25150.00") } },
    });
    expect(breakEven.result.value).toEqual(usd("0.00"));
    expect(breakEven.isProfitable).toBe(false);
    expect(profitCenterSince([january, february, breakEven])).toBeNull();
  });

  it("refuses a month listed twice", () => {
    expect(() => profitCenterSince([january, january])).toThrow("Month 2026-01 is listed twice");
  });
});

describe("sumPnl", () => {
  it("adds the months line by line, each month a part", () => {
    const quarter = sumPnl([FEBRUARY_2026, DECEMBER_2025, JANUARY_2026].map(monthlyPnl));
    expect(quarter).toMatchObject({ from: "2025-12", to: "2026-02", months: ["2025-12", "2026-01", "2026-02"], currencyCode: "USD" });
    // 15,841.50 + 74,197.05 + 46,200.01 = 136,238.56
    expect(quarter.totalRevenue.value).toEqual(usd("136238.56"));
    // 34,712.59 + 58,444.92 + 46,070.01 = 139,227.52
    expect(quarter.totalCosts.value).toEqual(usd("139227.52"));
    // −18,871.09 + 15,752.13 + 130.00 = −2,988.96: a profit center since January, not yet over the quarter.
    expect(quarter.result.value).toEqual(usd("-2988.96"));
    expect(quarter.isProfitable).toBe(false);
    // 2,143.79 + 1,666.67 + 1,900.01 = 5,710.47
    expect(inEnglish(quarter.costs.teamShareOfRefunds)).toEqual({
      key: "costs.teamShareOfRefunds",
      label: "Team's share of refunds and exchanges",
      value: usd("5710.47"),
      formula: "The sum of 3 months: 2025-12 + 2026-01 + 2026-02",
      parts: [
        { label: "2025-12", value: usd("2143.79") },
        { label: "2026-01", value: usd("1666.67") },
        { label: "2026-02", value: usd("1900.01") },
      ],
    });
    for (const figure of pnlFigures(quarter).filter((figure) => figure.key !== "result")) {
      expect(sumOfParts(figure), figure.key).toBe(figure.value.minor);
    }
  });

  it("needs at least one month, each once, in one currency", () => {
    expect(() => sumPnl([])).toThrow("A period needs at least one month");
    const january = monthlyPnl(JANUARY_2026);
    expect(() => sumPnl([january, january])).toThrow("Month 2026-01 is listed twice");
    const inEuros = monthlyPnl({ ...quietMonth("2026-02"), currencyCode: "EUR", ...eurosOnly() });
    expect(() => sumPnl([january, inEuros])).toThrow("is in EUR, expected USD");
  });
});

function eurosOnly(): Partial<MonthlyPnlInput> {
  const none = { minor: 0n, currencyCode: "EUR" };
  return {
    revenue: { agentCode: none, chat: none, trackingPage: none, exchangeKept: none, exchangeUpsell: none, campaigns: [] },
    commissions: none,
    delightSpent: none,
    teamCosts: { salaries: { minor: 100n, currencyCode: "EUR" }, tools: none },
    storeRefundsAndExchanges: none,
  };
}
