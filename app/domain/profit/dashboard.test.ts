import { describe, expect, it } from "vitest";
import { moneyFromDecimal } from "../money";
import { emptyMonthFacts, funnelsOf, monthPnlOf, sumFunnelFacts, type DashboardSettings, type MonthFacts } from "./dashboard";
import { formatRate, type Figure } from "./figures";
import { parseFields } from "../../../tests/factories/forms";
import { campaignSchema, profitSettingsSchema, teamCostsSchema } from "./forms";
import { ARTICLE_CAMPAIGN, inEnglish, JANUARY_2026 } from "./months.fixture";
import { monthlyPnl, pnlFigures } from "./pnl";
import { teamCostsByMonth } from "./team-costs";

const minor = (amount: string) => moneyFromDecimal(amount, "USD").minor;
const settings: DashboardSettings = { fallbackMarginBps: 6000, teamShareBps: 1000, storeConversionBps: 200, costPerTicketMinor: 475n };

/** January 2026 of the fixture as the tables hold it: sums by source, the campaign's code, every exchange. */
function january(): MonthFacts {
  const facts = emptyMonthFacts("2026-01");
  // 18,240.50 of agents' own orders + the campaign's 44,377.10 under its agent code.
  facts.bySource.agent_code = { orders: 5, cancelledOrders: 1, netMinor: minor("62617.60"), commissionMinor: minor("1094.43") };
  facts.bySource.chat = { orders: 2, cancelledOrders: 0, netMinor: minor("6312.75"), commissionMinor: 0n };
  facts.bySource.tracking_page = { orders: 1, cancelledOrders: 0, netMinor: minor("1204.30"), commissionMinor: 0n };
  facts.campaigns = [
    { id: "c1", name: ARTICLE_CAMPAIGN.name, contacted: 1701, replied: 392, code: "NEWCUSTOMER", orders: 3, netMinor: minor("44377.10") },
  ];
  facts.exchanges = {
    offersShown: 12,
    accepted: 3,
    keptMinor: minor("4321.05"),
    keptOnCreditedOrdersMinor: minor("871.05"),
    // Two upsells, on draft orders paid in January, their orders credited to no source.
    upsellMinor: minor("612.40"),
    upsellOnCreditedOrdersMinor: 0n,
    bonusCostMinor: minor("150.00"),
    paidDraftOrders: 2,
    awaitingPayment: { draftOrders: 0, upsellMinor: 0n, keptMinor: 0n, bonusCostMinor: 0n },
  };
  facts.delight = { codes: 2, costMinor: minor("385.00") };
  facts.team = {
    month: "2026-01",
    salariesMinor: minor("24000.00"),
    toolsMinor: minor("1150.00"),
    otherMinor: minor("320.00"),
    source: "entered",
    from: "2026-01",
  };
  facts.store = { orders: 2, refundedMinor: minor("12345.67") };
  facts.chatEvents = { prompt_shown: 12_000, chat_opened: 750, concierge_contacted: 50 };
  facts.tracking = { lookups: 43, misses: 5 };
  return facts;
}

const values = (figures: ReturnType<typeof pnlFigures>) => figures.map((figure) => [figure.key, figure.value]);

describe("monthPnlOf", () => {
  it("puts each stored sum on its one line: the fixture's January, to the cent", () => {
    expect(values(pnlFigures(monthPnlOf(january(), settings, "usd")))).toEqual(values(pnlFigures(monthlyPnl(JANUARY_2026))));
  });

  it("refuses campaign orders beyond the agents' and exchanges on credited orders beyond all exchanges", () => {
    const facts = january();
    facts.campaigns[0].netMinor = minor("62617.61");
    expect(() => monthPnlOf(facts, settings, "USD")).toThrow(
      "2026-01: the campaigns' orders are more than the orders credited to agents' codes",
    );
    const exchanges = january();
    exchanges.exchanges.keptOnCreditedOrdersMinor = minor("4321.06");
    expect(() => monthPnlOf(exchanges, settings, "USD")).toThrow("more than all the refunds avoided");
  });

  it("counts an upsell once: not on an order credited to a source, and not before its draft order is paid", () => {
    const facts = january();
    // A third draft order paid, whose order carried an agent's code: its 50.00 is in the agent line already.
    facts.exchanges.paidDraftOrders = 3;
    facts.exchanges.upsellMinor = minor("662.40");
    facts.exchanges.upsellOnCreditedOrdersMinor = minor("50.00");
    // And one accepted in January, not paid yet: an upsell, and the exchange itself on the draft order.
    facts.exchanges.awaitingPayment = {
      draftOrders: 1,
      upsellMinor: minor("9.00"),
      keptMinor: minor("89.00"),
      bonusCostMinor: minor("14.10"),
    };
    const pnl = monthPnlOf(facts, settings, "USD");
    const parts = (figure: Figure) => inEnglish(figure).parts.map((part) => [part.label, part.value]);
    expect(pnl.revenue.exchangeUpsell.value).toEqual(moneyFromDecimal("612.40", "USD"));
    expect(inEnglish(pnl.revenue.exchangeUpsell).formula).toBe(
      "What shoppers paid on top, on draft orders paid this month - Of which on orders already credited to an agent's code, a chat or the tracking page",
    );
    expect(parts(pnl.revenue.exchangeUpsell)).toEqual([
      ["Draft orders paid", 3],
      ["What shoppers paid on top, on draft orders paid this month", moneyFromDecimal("662.40", "USD")],
      ["Of which on orders already credited to an agent's code, a chat or the tracking page", moneyFromDecimal("50.00", "USD")],
      ["Draft orders awaiting payment", 1],
      ["Awaiting payment, not counted until paid", moneyFromDecimal("9.00", "USD")],
    ]);
    // What awaits payment is in no line: the month's figures are January's of the fixture.
    expect(pnl.revenue.exchangeKept.value).toEqual(moneyFromDecimal("3450.00", "USD"));
    expect(parts(pnl.revenue.exchangeKept).slice(-2)).toEqual([
      ["Draft orders awaiting payment", 1],
      ["Awaiting payment, not counted until paid", moneyFromDecimal("89.00", "USD")],
    ]);
    expect(pnl.costs.exchangeBonuses.value).toEqual(moneyFromDecimal("150.00", "USD"));
    expect(parts(pnl.costs.exchangeBonuses).slice(-1)).toEqual([
      ["Awaiting payment, not counted until paid", moneyFromDecimal("14.10", "USD")],
    ]);
    expect(values(pnlFigures(pnl))).toEqual(values(pnlFigures(monthlyPnl(JANUARY_2026))));

    const funnels = funnelsOf(facts, settings, "USD");
    expect(funnels.exchange.upsellOnCreditedOrders).toEqual(moneyFromDecimal("50.00", "USD"));
    expect(funnels.exchange.awaitingPayment).toEqual({ draftOrders: 1, revenue: moneyFromDecimal("98.00", "USD") });

    facts.exchanges.upsellOnCreditedOrdersMinor = minor("662.41");
    expect(() => monthPnlOf(facts, settings, "USD")).toThrow("the upsells on credited orders are more than all the upsells paid");
  });

  it("says when the team's costs were carried from an earlier month or never entered", () => {
    const facts = january();
    facts.team = { ...facts.team, source: "carried", from: "2025-12" };
    expect(inEnglish(monthPnlOf(facts, settings, "USD").costs.team).formula).toBe("Salaries + Tools + Other, as entered for 2025-12");
    expect(inEnglish(monthPnlOf(emptyMonthFacts("2026-02"), settings, "USD").costs.team).formula).toBe(
      "Salaries + Tools + Other: no team costs entered yet",
    );
  });
});

describe("funnelsOf", () => {
  it("adds months up before taking rates, so a period's rate is its counts'", () => {
    const quiet = emptyMonthFacts("2026-02");
    quiet.chatEvents = { prompt_shown: 1000, chat_opened: 200 };
    quiet.bySource.chat.orders = 8;
    quiet.campaigns = [{ id: "c2", name: "VIP preview", contacted: 10, replied: 9, code: null, orders: 0, netMinor: 0n }];
    const funnels = funnelsOf(sumFunnelFacts([january(), quiet]), settings, "USD");
    // (2 + 8) / (800 + 200) = 1.00%
    expect(funnels.chat).toMatchObject({ promptsShown: 13_000, chatsOpened: 1000, chatAssistedOrders: 10, versusStore: "below" });
    expect(formatRate(funnels.chat.chatConversion)).toBe("1.00%");
    // (392 + 9) / (1,701 + 10)
    expect(formatRate(funnels.campaigns.replyRate)).toBe("23.44%");
    expect(funnels.tracking.saved.value).toEqual(moneyFromDecimal("204.25", "USD"));
    expect(funnels.exchange.revenue.value).toEqual(moneyFromDecimal("4062.40", "USD"));
    expect(funnels.exchange.keptOnCreditedOrders).toEqual(moneyFromDecimal("871.05", "USD"));
  });
});

describe("teamCostsByMonth", () => {
  it("carries the latest entry forward and has none before the first", () => {
    const entries = [
      { month: "2026-03", salariesMinor: 3n, toolsMinor: 0n, otherMinor: 0n },
      { month: "2026-01", salariesMinor: 1n, toolsMinor: 1n, otherMinor: 1n },
    ];
    expect(
      teamCostsByMonth(entries, ["2025-12", "2026-01", "2026-02", "2026-03", "2026-04"]).map(({ month, source, from, salariesMinor }) => [
        month,
        source,
        from,
        salariesMinor,
      ]),
    ).toEqual([
      ["2025-12", "none", null, 0n],
      ["2026-01", "entered", "2026-01", 1n],
      ["2026-02", "carried", "2026-01", 1n],
      ["2026-03", "entered", "2026-03", 3n],
      ["2026-04", "carried", "2026-03", 3n],
    ]);
    expect(() => teamCostsByMonth([entries[0], entries[0]], ["2026-03"])).toThrow("entered twice");
  });
});

const query = (text: string) => Object.fromEntries(new URLSearchParams(text));

describe("the profit forms", () => {
  it("reads percentages exactly as basis points", () => {
    expect(
      parseFields(query("fallbackMarginPercent=62.5&teamSharePercent=10%25&storeConversionPercent=0.01"), profitSettingsSchema),
    ).toEqual({
      ok: true,
      value: { fallbackMarginBps: 6250, teamShareBps: 1000, storeConversionBps: 1 },
    });
    expect(parseFields(query("fallbackMarginPercent=&teamSharePercent=10&storeConversionPercent=0"), profitSettingsSchema)).toEqual({
      ok: false,
      fieldErrors: {
        fallbackMarginPercent: "Enter the gross margin as a percentage, like 7.5",
        storeConversionPercent: "The store's conversion rate must be from 0.01% to 100%",
      },
    });
  });

  it("reads a month's costs in the shop currency, other costs optional", () => {
    expect(parseFields(query("month=2026-01&salaries=24000&tools=1150.5"), teamCostsSchema("JPY", "2026-01"))).toEqual({
      ok: false,
      fieldErrors: { tools: "JPY amounts have no decimals" },
    });
    expect(parseFields(query("month=2026-01&salaries=24000&tools=1150"), teamCostsSchema("JPY", "2026-01"))).toEqual({
      ok: true,
      value: {
        month: "2026-01",
        salaries: moneyFromDecimal("24000", "JPY"),
        tools: moneyFromDecimal("1150", "JPY"),
        other: moneyFromDecimal("0", "JPY"),
      },
    });
    expect(parseFields(query("month=2027-02&salaries=1&tools=1"), teamCostsSchema("USD", "2026-01"))).toEqual({
      ok: false,
      fieldErrors: { month: "The month can't be after 2027-01" },
    });
  });

  it("reads a campaign: whole counts, no more replies than contacts, the code upper-cased", () => {
    const form = (text: string) => parseFields(query(text), campaignSchema("2026-02"));
    expect(form("name=+New+customers+&month=2026-01&contacted=1701&replied=392&code=welcome15")).toEqual({
      ok: true,
      value: { name: "New customers", month: "2026-01", contacted: 1701, replied: 392, code: "WELCOME15" },
    });
    expect(form("name=&month=2026-03&contacted=1.5&replied=2&code=two+words")).toEqual({
      ok: false,
      fieldErrors: {
        name: "Name the campaign",
        month: "The month can't be after 2026-02",
        contacted: "Enter how many customers were contacted, like 1701",
        code: "A discount code has no spaces",
      },
    });
    expect(form("name=A&month=2026-01&contacted=10&replied=11")).toEqual({
      ok: false,
      fieldErrors: { replied: "More replies than customers contacted: only someone contacted can reply" },
    });
  });
});
