// The profit dashboard through its routes: the fixture's months (worked out
// by hand in app/domain/profit/months.fixture.ts) seeded into the tables the
// dashboard reads, and every figure of the loader, the CSV and the forms
// checked against them, for one shop among others.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import db from "../app/db.server";
import { enqueue } from "../app/jobs/queue.server";
import { runQueuedJobs } from "./factories/jobs";
import { loader as profitLoader, action as profitAction } from "../app/routes/app.profit";
import { loader as exportLoader } from "../app/routes/app.profit.export";
import { action as ordersCreate } from "../app/routes/webhooks.orders.create";
import { action as refundsCreate } from "../app/routes/webhooks.refunds.create";
import { rememberShopSettings } from "../app/data/shops.server";
import { MAX_HISTORY_MONTHS } from "../app/services/profit-months.server";
import { attributionRule } from "../app/domain/agents/attribution";
import { formatMinorAsDecimal } from "../app/domain/money";
import { ARTICLE_CAMPAIGN, DECEMBER_2025, JANUARY_2026, NOVEMBER_2025 } from "../app/domain/profit/months.fixture";
import { monthlyPnl, pnlFigures, type MonthlyPnlInput } from "../app/domain/profit/pnl";
import { sumPnl } from "../app/domain/profit/pnl-period";
import type { ProfitDashboard } from "../app/services/profit-dashboard.server";
import { adminRequest, storeSessions } from "./factories/admin-requests";
import { answeredFieldErrors, fieldErrorsIn } from "./factories/forms";
import {
  seedAgent,
  seedChatEvents,
  seedCreditedOrders,
  seedDelightCodes,
  seedExchangeOutcomes,
  seedLookups,
  seedStoreOrders,
  seedTeamCosts,
} from "./factories/profit";
import { orderPayload, refundPayload } from "./factories/webhook-payloads";
import { deliver } from "./factories/webhooks";
import { routeAnswer, type RouteFunction } from "./factories/routes";

const shop = "amira-boutique.myshopify.com";
const otherShop = "north-wind.myshopify.com";
/** 10 February 2026 in New York: January is the last complete month. */
const NOW = new Date("2026-02-10T17:00:00Z");

async function call(route: RouteFunction, path: string, options: { form?: Record<string, string>; owner?: string } = {}) {
  const request = adminRequest(path, {
    shop: options.owner ?? shop,
    ...(options.form ? { method: "POST", body: new URLSearchParams(options.form) } : {}),
  });
  return routeAnswer(route, request);
}

async function dashboard(query = "period=custom&from=2025-12&to=2026-01", owner = shop): Promise<ProfitDashboard> {
  const response = await call(profitLoader, `/app/profit?${query}`, { owner });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as ProfitDashboard;
}

const amount = (minor: bigint) => formatMinorAsDecimal(minor, "USD");

/** Every line of a month as { key: "74197.05" }. */
function linesOf(month: { figures: Array<{ key: string; amount: string }> }) {
  return Object.fromEntries(month.figures.map((figure) => [figure.key, figure.amount]));
}
function expectedLines(input: MonthlyPnlInput) {
  return Object.fromEntries(pnlFigures(monthlyPnl(input)).map((figure) => [figure.key, amount(figure.value.minor)]));
}

async function installed(owner: string) {
  await storeSessions(owner);
  await rememberShopSettings(db, owner, { currencyCode: "USD", ianaTimezone: "America/New_York" });
  await db.profitSettings.create({ data: { shop: owner, fallbackMarginBps: 6000 } });
  await db.trackingSettings.create({ data: { shop: owner, costPerTicketMinor: 475n } });
}

/**
 * December 2025 and January 2026 of the fixture, in the tables:
 * December (a loss): agents 6,000.00 + 3,870.00, chat 2,000.00 + 1,105.20, tracking 640.80,
 *   exchanges: 1,980.00 avoided on an order credited to no source (+245.50 upsell, 80.00 bonus)
 *   and 4,257.45 on a credited order (in its revenue already; 6,237.45 of exchanges in the store),
 *   delight codes 250.00 + 160.00, store refunds 15,200.40, team 24,000.00 + 1,150.00.
 * January (the source article's): agents 10,000.00 + 8,240.50 (+ a cancelled order), the campaign's
 *   orders with NEWCUSTOMER 20,000.00 + 14,377.10 + 10,000.00 = 44,377.10 (+ a cancelled one),
 *   chat 4,000.00 + 2,312.75, tracking 1,204.30, exchanges 3,000.00 + 450.00 avoided (+612.40
 *   upsell, 150.00 bonus) and 871.05 on a credited order, delight 200.00 + 185.00 (and a pending
 *   code that never reached Shopify), store refunds 2,345.67 + 10,000.00 (a cancelled order),
 *   team 24,000.00 + 1,150.00 + 320.00.
 */
async function seedFixture(owner: string) {
  await installed(owner);
  const chloe = await seedAgent(owner, "Chloe Martin", { codes: ["CHLOE10"] });
  const malik = await seedAgent(owner, "Malik Haddad", { codes: ["MALIK10"] });
  const outreach = await seedAgent(owner, "Outreach desk", { commissionBps: 0, codes: ["NEWCUSTOMER"] });

  // December 2025
  const [creditedInDecember] = await seedCreditedOrders(owner, "2025-12", [
    {
      source: "agent_code",
      agent: chloe,
      code: "CHLOE10",
      net: "6000.00",
      commissionBps: 600,
      commission: "360.00",
      processedAt: "2025-12-10T15:00:00Z",
    },
    {
      source: "agent_code",
      agent: malik,
      code: "MALIK10",
      net: "3870.00",
      commissionBps: 600,
      commission: "232.20",
      processedAt: "2025-12-11T15:00:00Z",
    },
    { source: "chat", net: "2000.00", processedAt: "2025-12-12T15:00:00Z" },
    { source: "chat", net: "1105.20", processedAt: "2025-12-13T15:00:00Z" },
    { source: "tracking_page", net: "640.80", processedAt: "2025-12-14T15:00:00Z" },
  ]);
  await seedExchangeOutcomes(owner, [
    {
      status: "accepted",
      kept: "1980.00",
      upsell: "245.50",
      bonus: "80.00",
      at: "2025-12-15T15:00:00Z",
      draft: { paidAt: "2025-12-15T18:00:00Z" },
    },
    { status: "accepted", orderId: creditedInDecember, kept: "4257.45", at: "2025-12-16T15:00:00Z" },
    { status: "refused", at: "2025-12-17T15:00:00Z" },
    { status: "shown", at: "2025-12-18T15:00:00Z" },
  ]);
  await seedDelightCodes(owner, chloe, [
    { cost: "250.00", issuedAt: "2025-12-05T15:00:00Z" },
    { cost: "160.00", issuedAt: "2025-12-06T15:00:00Z", status: "deactivated" },
  ]);
  await seedStoreOrders(owner, [{ total: "20000.00", refunded: "15200.40", processedAt: "2025-12-03T15:00:00Z" }]);
  await seedTeamCosts(owner, "2025-12", { salaries: "24000.00", tools: "1150.00" });

  // January 2026
  const [creditedInJanuary] = await seedCreditedOrders(owner, "2026-01", [
    {
      source: "agent_code",
      agent: chloe,
      code: "CHLOE10",
      net: "10000.00",
      commissionBps: 600,
      commission: "600.00",
      processedAt: "2026-01-05T15:00:00Z",
    },
    {
      source: "agent_code",
      agent: malik,
      code: "MALIK10",
      net: "8240.50",
      commissionBps: 600,
      commission: "494.43",
      processedAt: "2026-01-06T15:00:00Z",
    },
    {
      source: "agent_code",
      agent: chloe,
      code: "CHLOE10",
      net: "999.00",
      commissionBps: 600,
      cancelled: true,
      processedAt: "2026-01-07T15:00:00Z",
    },
    { source: "agent_code", agent: outreach, code: "NEWCUSTOMER", net: "20000.00", processedAt: "2026-01-08T15:00:00Z" },
    { source: "agent_code", agent: outreach, code: "NEWCUSTOMER", net: "14377.10", processedAt: "2026-01-09T15:00:00Z" },
    { source: "agent_code", agent: outreach, code: "NEWCUSTOMER", net: "10000.00", processedAt: "2026-02-01T04:30:00Z" },
    { source: "agent_code", agent: outreach, code: "NEWCUSTOMER", net: "500.00", cancelled: true, processedAt: "2026-01-10T15:00:00Z" },
    { source: "chat", net: "4000.00", processedAt: "2026-01-11T15:00:00Z" },
    { source: "chat", net: "2312.75", processedAt: "2026-01-12T15:00:00Z" },
    { source: "tracking_page", net: "1204.30", processedAt: "2026-01-13T15:00:00Z" },
  ]);
  await db.supportCampaign.create({
    data: {
      shop: owner,
      name: ARTICLE_CAMPAIGN.name,
      month: "2026-01",
      contacted: ARTICLE_CAMPAIGN.contacted,
      replied: ARTICLE_CAMPAIGN.replied,
      code: "NEWCUSTOMER",
    },
  });
  await seedExchangeOutcomes(owner, [
    // The draft order paid days later, still in January.
    {
      status: "accepted",
      kept: "3000.00",
      upsell: "500.00",
      bonus: "100.00",
      at: "2026-01-05T15:00:00Z",
      draft: { paidAt: "2026-01-14T15:00:00Z" },
    },
    // Accepted and paid at 22:00 on 31 January in New York: January's.
    {
      status: "accepted",
      kept: "450.00",
      upsell: "112.40",
      bonus: "50.00",
      at: "2026-02-01T03:00:00Z",
      draft: { paidAt: "2026-02-01T03:00:00Z" },
    },
    { status: "accepted", orderId: creditedInJanuary, kept: "871.05", at: "2026-01-15T15:00:00Z" },
    ...Array.from({ length: 9 }, (_, index) => ({
      status: index % 2 === 0 ? ("refused" as const) : ("shown" as const),
      at: "2026-01-16T15:00:00Z",
    })),
  ]);
  await seedDelightCodes(owner, malik, [
    { cost: "200.00", issuedAt: "2026-01-05T15:00:00Z" },
    { cost: "185.00", issuedAt: "2026-01-31T23:00:00Z" },
    { cost: "999.00", issuedAt: "2026-01-20T15:00:00Z", status: "pending" },
  ]);
  await seedStoreOrders(owner, [
    { total: "5000.00", refunded: "2345.67", processedAt: "2026-01-04T15:00:00Z" },
    { total: "10000.00", refunded: "10000.00", cancelled: true, processedAt: "2026-01-05T15:00:00Z" },
    // 23:30 on 31 January in New York.
    { total: "300.00", processedAt: "2026-02-01T04:30:00Z" },
  ]);
  await seedChatEvents(owner, {
    "2026-01-05": { prompt_shown: 7000, chat_opened: 400, dismissed: 2000, concierge_contacted: 20 },
    "2026-01-31": { prompt_shown: 5000, chat_opened: 350, dismissed: 1000, concierge_contacted: 30 },
    "2026-02-01": { prompt_shown: 100 },
  });
  await seedLookups(owner, {
    "2026-01-01": { lookups: 40, misses: 5 },
    "2026-01-02": { lookups: 3, misses: 0 },
    "2026-02-01": { lookups: 9, misses: 9 },
  });
  await seedTeamCosts(owner, "2026-01", { salaries: "24000.00", tools: "1150.00", other: "320.00" });
  return { chloe, malik, outreach };
}

/** Another shop with the same agents, codes and months, and more: anything of it that leaked would show. */
async function seedOtherShop() {
  const { chloe } = await seedFixture(otherShop);
  await seedCreditedOrders(otherShop, "2026-01", [
    {
      source: "agent_code",
      agent: chloe,
      code: "CHLOE10",
      net: "77777.77",
      commissionBps: 600,
      commission: "4666.67",
      processedAt: "2026-01-20T15:00:00Z",
    },
  ]);
  await db.supportCampaign.create({
    data: { shop: otherShop, name: "North Wind private campaign", month: "2026-01", contacted: 10, replied: 9, code: "CHLOE10" },
  });
  await seedStoreOrders(otherShop, [{ total: "900.00", refunded: "900.00", processedAt: "2026-01-20T15:00:00Z" }]);
  await db.customerTier.create({
    data: { shop: otherShop, customerId: "1", ruleId: "rule", tierName: "North Wind Gold", factsUpdatedAt: NOW, evaluatedAt: NOW },
  });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the profit dashboard", () => {
  it("reproduces every line of the fixture's months to the cent, the source article's January a profit and December a loss", async () => {
    await seedFixture(shop);
    await seedOtherShop();
    const data = await dashboard();

    expect(data.months.map((month) => month.month)).toEqual(["2025-12", "2026-01"]);
    const [december, january] = data.months;
    expect(linesOf(december)).toEqual(expectedLines(DECEMBER_2025));
    expect(linesOf(january)).toEqual(expectedLines(JANUARY_2026));
    expect(linesOf(data.total)).toEqual(
      Object.fromEntries(
        pnlFigures(sumPnl([DECEMBER_2025, JANUARY_2026].map(monthlyPnl))).map((figure) => [figure.key, amount(figure.value.minor)]),
      ),
    );
    // The article's month, spelled out (months.fixture.ts works it out by hand).
    expect(linesOf(january)).toMatchObject({
      "revenue.agentCode": "18240.50",
      "revenue.campaigns": "44377.10",
      totalRevenue: "74197.05",
      "costs.cogs": "29678.82",
      "costs.commissions": "1094.43",
      "costs.teamShareOfRefunds": "1666.67",
      totalCosts: "58444.92",
      result: "15752.13",
    });
    expect(january.isProfitable).toBe(true);
    expect(linesOf(december).result).toBe("-18871.09");
    expect(december.isProfitable).toBe(false);
    expect(data.total.figures.find((figure) => figure.key === "result")).toMatchObject({ amount: "-3118.96", text: "-$3,118.96" });
    expect(data.summary.profitCenterSince).toEqual({ month: "2026-01", label: "January 2026" });
    expect(data.summary.isProfitable).toBe(false);
    // The page titles the result "Loss" and shows its amount without the minus: "Loss $3,118.96", never "Loss -$3,118.96".
    expect(data.summary.resultMagnitude).toBe("$3,118.96");
    expect(data.attributionRule).toEqual(attributionRule(3));
    expect(data.warnings).toEqual({ otherCurrencyOrders: 0, otherCurrencyRows: 0, unknownAgentOrders: 0 });
  });

  it("explains each figure by its parts: campaign orders leave the agent line, exchanges on credited orders add nothing", async () => {
    await seedFixture(shop);
    const january = (await dashboard()).months[1];
    const figure = (key: string) => january.figures.find((line) => line.key === key)!;
    const parts = (key: string) => figure(key).parts.map((part) => [part.label, part.value]);

    // 62,617.60 credited to agents' codes − 44,377.10 of the campaign's code = 18,240.50
    expect(figure("revenue.agentCode").formula).toBe(
      "Net revenue of orders credited to an agent's code - Net revenue of orders with a campaign's code",
    );
    expect(parts("revenue.agentCode")).toEqual([
      ["Orders credited to an agent's code", "5"],
      ["Net revenue of orders credited to an agent's code", "62617.60"],
      ["Orders with a campaign's code (under Outreach campaigns)", "3"],
      ["Net revenue of orders with a campaign's code", "44377.10"],
    ]);
    expect(parts("revenue.campaigns")).toEqual([[ARTICLE_CAMPAIGN.name, "44377.10"]]);
    // 4,321.05 of refunds avoided − 871.05 on an order credited to an agent = 3,450.00
    expect(parts("revenue.exchangeKept")).toEqual([
      ["Accepted exchanges", "3"],
      ["Refunds avoided by accepted exchanges", "4321.05"],
      ["Of which on orders already credited to an agent's code, a chat or the tracking page", "871.05"],
    ]);
    expect(parts("revenue.chat")).toEqual([["Orders", "2"]]);
    expect(parts("costs.delightCodes")).toEqual([["Delight codes issued", "2"]]);
    expect(parts("costs.teamShareOfRefunds")).toEqual([
      ["Store refunds", "12345.67"],
      ["Store exchanges", "4321.05"],
      ["Team's share", "1000/10000"],
    ]);
    expect(figure("costs.cogs").parts).toContainEqual({ label: "Revenue with a known cost", kind: "money", value: "0.00", text: "$0.00" });
    expect(figure("costs.team")).toMatchObject({ amount: "25470.00", formula: "Salaries + Tools + Other" });
    expect(figure("result")).toMatchObject({ text: "$15,752.13", formula: "Revenue support generated - Support's costs" });
  });

  it("charges the team the merchant's own share of refunds and exchanges, and carries team costs into months without an entry", async () => {
    await installed(shop);
    await db.profitSettings.update({ where: { shop }, data: { teamShareBps: 1250 } });
    const agent = await seedAgent(shop, "Chloe Martin");
    // November 2025 of the fixture: a loss of 20,440.00 at a 12.5% share.
    await seedCreditedOrders(shop, "2025-11", [
      { source: "agent_code", agent, net: "7500.00", commissionBps: 600, commission: "450.00", processedAt: "2025-11-10T15:00:00Z" },
      { source: "chat", net: "2000.00", processedAt: "2025-11-11T15:00:00Z" },
      { source: "tracking_page", net: "500.00", processedAt: "2025-11-12T15:00:00Z" },
    ]);
    await seedExchangeOutcomes(shop, [
      { status: "accepted", kept: "1000.00", upsell: "100.00", at: "2025-11-13T15:00:00Z", draft: { paidAt: "2025-11-14T15:00:00Z" } },
      { status: "accepted", orderId: "credited-elsewhere", kept: "1000.00", at: "2025-11-13T15:00:00Z" },
    ]);
    await seedCreditedOrders(shop, "2025-11", [
      { orderId: "credited-elsewhere", source: "tracking_page", net: "0.00", processedAt: "2025-11-13T15:00:00Z" },
    ]);
    await seedDelightCodes(shop, agent, [{ cost: "300.00", issuedAt: "2025-11-14T15:00:00Z" }]);
    await seedStoreOrders(shop, [{ total: "9000.00", refunded: "8000.00", processedAt: "2025-11-15T15:00:00Z" }]);
    await seedTeamCosts(shop, "2025-11", { salaries: "24000.00", tools: "1100.00" });

    const data = await dashboard("period=custom&from=2025-11&to=2025-12");
    expect(linesOf(data.months[0])).toEqual(expectedLines(NOVEMBER_2025));
    expect(linesOf(data.months[0]).result).toBe("-20440.00");
    // December has no entry of its own: November's salaries and tools carry forward.
    expect(data.teamCosts.map(({ month, total, source, from }) => ({ month, total: total.amount, source, from }))).toEqual([
      { month: "2025-11", total: "25100.00", source: "entered", from: "2025-11" },
      { month: "2025-12", total: "25100.00", source: "carried", from: "2025-11" },
    ]);
    expect(data.months[1].figures.find((figure) => figure.key === "costs.team")?.formula).toBe(
      "Salaries + Tools + Other, as entered for 2025-11",
    );
    expect(data.summary.profitCenterSince).toBeNull();
  });

  it("shows the funnels of the period: chat against the store's conversion, tracking deflection, exchanges, the article's campaign", async () => {
    await seedFixture(shop);
    const { funnels } = await dashboard("period=custom&from=2026-01&to=2026-01");
    // 750 opened + 50 VIPs writing to their concierge = 800 chats of 12,000 prompts; 2 chat orders.
    expect(funnels.chat).toMatchObject({
      promptsShown: "12,000",
      chatsOpened: "800",
      chatAssistedOrders: "2",
      storeOrders: "2",
      openRate: { numerator: 800, denominator: 12_000, text: "6.67%" },
      chatConversion: { numerator: 2, denominator: 800, text: "0.25%" },
      storeConversion: { numerator: 200, denominator: 10_000, text: "2.00%" },
      versusStore: "below",
    });
    // 43 lookups found an order × $4.75 = $204.25
    expect(funnels.tracking).toMatchObject({ lookups: "48", ordersFound: "43", ticketsDeflected: "43", foundRate: { text: "89.58%" } });
    expect(funnels.tracking.saved).toMatchObject({ amount: "204.25", formula: "Tickets deflected x Cost per ticket" });
    // Each count with its noun in the plural it takes.
    expect(funnels.counted).toEqual({
      prompts: "12,000 prompts",
      chats: "800 chats",
      chatOrders: "2 orders",
      lookups: "48 lookups",
      tickets: "43 tickets",
    });
    expect(funnels.exchange).toMatchObject({
      offersShown: "12",
      accepted: "3",
      acceptanceRate: { text: "25.00%" },
      keptOnCreditedOrders: { amount: "871.05" },
    });
    expect(funnels.exchange.revenue.amount).toBe("4062.40"); // 3,450.00 + 612.40
    // The source article: 1,701 new customers contacted, 23.05% replied, $44,377.10.
    expect(funnels.campaigns).toMatchObject({
      contacted: "1,701",
      replied: "392",
      replyRate: { numerator: 392, denominator: 1701, text: "23.05%" },
    });
    expect(funnels.campaigns.revenue).toMatchObject({ amount: "44377.10", text: "$44,377.10" });
  });

  it("ranks the agents and counts the VIP tiers on the same period", async () => {
    await seedFixture(shop);
    await seedOtherShop();
    await db.customerTier.createMany({
      data: [
        { shop, customerId: "1", ruleId: "gold", tierName: "Gold", factsUpdatedAt: NOW, evaluatedAt: NOW },
        { shop, customerId: "2", ruleId: "gold", tierName: "Gold", factsUpdatedAt: NOW, evaluatedAt: NOW },
        { shop, customerId: "3", ruleId: "platinum", tierName: "Platinum", factsUpdatedAt: NOW, evaluatedAt: NOW },
        { shop, customerId: "4", ruleId: null, tierName: null, factsUpdatedAt: NOW, evaluatedAt: NOW },
      ],
    });
    await db.tierChange.createMany({
      data: [
        {
          shop,
          customerId: "1",
          kind: "entered",
          toTier: "Gold",
          reason: "[]",
          trigger: "orders/paid",
          createdAt: new Date("2026-01-10T15:00:00Z"),
        },
        {
          shop,
          customerId: "3",
          kind: "changed",
          fromTier: "Gold",
          toTier: "Platinum",
          reason: "[]",
          trigger: "orders/paid",
          createdAt: new Date("2026-01-11T15:00:00Z"),
        },
        {
          shop,
          customerId: "2",
          kind: "entered",
          toTier: "Gold",
          reason: "[]",
          trigger: "backfill",
          createdAt: new Date("2025-06-01T15:00:00Z"),
        },
      ],
    });
    const data = await dashboard("period=custom&from=2026-01&to=2026-01");
    expect(
      data.leaderboard.rows.map((row) => [
        row.rank,
        row.name,
        row.orders,
        row.netRevenue.amount,
        row.commission.amount,
        row.delightBudgetUsed.amount,
      ]),
    ).toEqual([
      [1, "Outreach desk", "3", "44377.10", "0.00", "0.00"],
      [2, "Chloe Martin", "1", "10000.00", "600.00", "0.00"],
      [3, "Malik Haddad", "1", "8240.50", "494.43", "385.00"],
    ]);
    expect(data.leaderboard.totals).toMatchObject({ orders: "5", netRevenue: { amount: "62617.60" }, commission: { amount: "1094.43" } });
    expect(data.vipTiers).toEqual([
      { tierName: "Gold", members: "2", joined: "1" },
      { tierName: "Platinum", members: "1", joined: "1" },
    ]);
  });

  it("exports every table as CSV, with a byte order mark, each line followed by its parts", async () => {
    await seedFixture(shop);
    await seedOtherShop();
    const response = await call(exportLoader, "/app/profit/export?period=custom&from=2025-12&to=2026-01");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="concierge-profit-2025-12-to-2026-01.csv"');
    const bytes = new Uint8Array(await response.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = (await response.text()).replace(/^\uFEFF/, "");
    const rows = csv.split("\r\n");
    for (const title of [
      "Profit and loss by month",
      "Profit and loss for the period",
      "Chat: prompt shown to chat-assisted order",
      "Tracking page: lookups to tickets deflected",
      "Exchange offers: shown to accepted",
      "Outreach campaigns: contacted to replied",
      "Agents leaderboard",
      "VIP tiers",
      "Team costs",
      "Settings",
      "How orders are credited",
    ]) {
      expect(rows, title).toContain(title);
    }
    expect(rows).toContain("2026-01,Revenue,Outreach campaigns,New customers: shall we process your order?,44377.10,,USD");
    expect(rows).toContain("2026-01,Revenue,Agent-attributed revenue,Net revenue of orders with a campaign's code,44377.10,,USD");
    expect(rows).toContain("2026-01,Costs,Team's share of refunds and exchanges,Store refunds,12345.67,,USD");
    expect(rows).toContain("2026-01,Result,Result,,15752.13,Revenue support generated - Support's costs,USD");
    expect(rows).toContain("2025-12,Result,Result,,-18871.09,Revenue support generated - Support's costs,USD");
    expect(rows).toContain("2025-12 to 2026-01,Result,Result,,-3118.96,Revenue support generated - Support's costs,USD");
    expect(rows).toContain("2026-01,New customers: shall we process your order?,NEWCUSTOMER,1701,392,23.05%,3,44377.10,USD");
    expect(rows).toContain("1,Outreach desk,3,1,44377.10,14792.37,0.00,0.00,USD");
    expect(rows).toContain("2026-01,12000,800,6.67%,2,0.25%,2.00%,below,2");
    expect(rows).toContain("2026-01,48,43,5,89.58%,43,4.75,204.25,USD");
    expect(rows).toContain("2026-01,24000.00,1150.00,320.00,25470.00,Entered,USD");
    expect(rows).toContain("Team's share of refunds and exchanges,10.00%,");
    // Nothing of the other shop.
    expect(csv).not.toContain("North Wind");
    expect(csv).not.toContain("77777.77");

    const one = await call(exportLoader, "/app/profit/export?period=custom&from=2025-12&to=2026-01&table=leaderboard");
    expect([...new Uint8Array(await one.clone().arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // The delight column is headed as the leaderboard card heads it.
    expect((await one.text()).split("\r\n")[0]).toBe(
      "Rank,Agent,Orders,Cancelled orders,Net revenue,Average order value,Commission,Delight budget used,Currency",
    );
  });

  it("never shows another shop's data, and shows the other shop its own", async () => {
    await seedFixture(shop);
    await seedOtherShop();
    const mine = await dashboard();
    expect(linesOf(mine.months[1])).toEqual(expectedLines(JANUARY_2026));
    expect(mine.campaigns.map((campaign) => campaign.name)).toEqual([ARTICLE_CAMPAIGN.name]);
    expect(JSON.stringify(mine)).not.toContain("North Wind");
    const theirs = await dashboard(undefined, otherShop);
    expect(theirs.campaigns.map((campaign) => campaign.name)).toEqual([ARTICLE_CAMPAIGN.name, "North Wind private campaign"]);
    expect(theirs.vipTiers).toEqual([{ tierName: "North Wind Gold", members: "1", joined: "0" }]);
    // The other shop's CHLOE10 campaign moves its own Chloe's 10,000.00 + 77,777.77 out of its agent line:
    // 140,395.37 − 44,377.10 − 87,777.77 = 8,240.50, Malik's alone.
    expect(linesOf(theirs.months[1])["revenue.agentCode"]).toBe("8240.50");
  });

  it("follows a run of profitable months back beyond the period shown", async () => {
    await installed(shop);
    const agent = await seedAgent(shop, "Chloe Martin");
    // A loss in 2025-03 (team costs alone), then ten months of profit from April 2025 to January 2026.
    await seedTeamCosts(shop, "2025-03", { salaries: "1000.00", tools: "0.00" });
    for (const month of ["2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01"]) {
      await seedCreditedOrders(shop, month, [{ source: "agent_code", agent, net: "5000.00", processedAt: `${month}-10T15:00:00Z` }]);
    }
    const data = await dashboard("period=last_3_months");
    expect(data.months.map((month) => month.month)).toEqual(["2025-12", "2026-01", "2026-02"]);
    // February is in progress, and has no revenue yet: the verdict is on the complete months.
    expect(data.summary.profitCenterSince).toEqual({ month: "2025-04", label: "April 2025" });
  });

  it("keeps a month's delight spend once the month is over, and reads the month in progress from the codes", async () => {
    await installed(shop);
    const agent = await seedAgent(shop, "Malik Haddad");
    await seedDelightCodes(shop, agent, [
      { cost: "100.00", issuedAt: "2026-01-20T15:00:00Z" },
      { cost: "40.00", issuedAt: "2026-01-21T15:00:00Z", status: "pending" },
      { cost: "50.00", issuedAt: "2026-02-03T15:00:00Z" },
    ]);
    const delight = async () =>
      (await dashboard("period=this_year")).months.map((month) => [
        month.month,
        month.figures.find((figure) => figure.key === "costs.delightCodes")?.amount,
      ]);
    expect(await delight()).toEqual([
      ["2026-01", "100.00"],
      ["2026-02", "50.00"],
    ]);
    // January is over (since 1 February, New York): summed once, with its marker; February is read from the codes.
    expect(
      (await db.delightSpendMonthly.findMany({ where: { shop }, orderBy: { agentKey: "asc" } })).map(
        ({ month, agentKey, currencyCode, codes, costMinor }) => ({
          month,
          agentKey,
          currencyCode,
          codes,
          costMinor,
        }),
      ),
    ).toEqual([
      { month: "2026-01", agentKey: "", currencyCode: "", codes: 0, costMinor: 0n },
      { month: "2026-01", agentKey: agent.id, currencyCode: "USD", codes: 1, costMinor: 10_000n },
    ]);
    await seedDelightCodes(shop, agent, [{ cost: "25.00", issuedAt: "2026-02-09T15:00:00Z" }]);
    expect(await delight()).toEqual([
      ["2026-01", "100.00"],
      ["2026-02", "75.00"],
    ]);
    expect(await db.delightSpendMonthly.count({ where: { shop } })).toBe(2);
    expect((await dashboard("period=this_year")).leaderboard.rows[0].delightBudgetUsed.amount).toBe("175.00");
  });

  it("has the month just over kept by the close-months job before anyone opens the page", async () => {
    await installed(shop);
    const agent = await seedAgent(shop, "Malik Haddad");
    await seedDelightCodes(shop, agent, [
      { cost: "100.00", issuedAt: "2026-01-20T15:00:00Z" },
      { cost: "50.00", issuedAt: "2026-02-03T15:00:00Z" },
    ]);
    await enqueue(db, "close-months", {});
    await runQueuedJobs();
    // January is over in New York: kept, with its marker row; February, in progress, is not.
    expect((await db.delightSpendMonthly.findMany({ where: { shop } })).map((row) => [row.month, row.costMinor])).toEqual(
      expect.arrayContaining([
        ["2026-01", 0n],
        ["2026-01", 10_000n],
      ]),
    );
    expect(await db.delightSpendMonthly.count({ where: { shop, month: "2026-02" } })).toBe(0);
    // The other months the dashboard may read (it follows a profitable run back ten years) are over too: each has its marker, with nothing spent.
    const kept = await db.delightSpendMonthly.count({ where: { shop } });
    expect(kept).toBe(MAX_HISTORY_MONTHS + 1);
    // Run again (the next hour): nothing changes; the page reads what was kept.
    await enqueue(db, "close-months", {});
    await runQueuedJobs();
    expect(await db.delightSpendMonthly.count({ where: { shop } })).toBe(kept);
    const months = (await dashboard("period=this_year")).months;
    expect(months.map((month) => [month.month, month.figures.find((figure) => figure.key === "costs.delightCodes")?.amount])).toEqual([
      ["2026-01", "100.00"],
      ["2026-02", "50.00"],
    ]);
  });

  it("formats amounts in the shop's currency and the staff member's language", async () => {
    await seedFixture(shop);
    await db.session.updateMany({ where: { shop, isOnline: true }, data: { locale: "fr" } });
    const data = await dashboard();
    const spaced = (text: string) => text.replace(/\s/g, " ");
    expect(data.locale).toBe("fr");
    expect(spaced(data.months[1].figures.find((figure) => figure.key === "result")!.text)).toBe("15 752,13 $US");
    expect(spaced(data.funnels.campaigns.replyRate.text)).toBe("23,05 %");
    expect(data.summary.profitCenterSince?.label).toBe("janvier 2026");
    // The exact amount is the same in every language.
    expect(data.months[1].figures.find((figure) => figure.key === "result")!.amount).toBe("15752.13");
  });

  it("names and explains every figure, and heads the export, in the staff member's language: Arabic", async () => {
    await seedFixture(shop);
    const data = await dashboard("period=custom&from=2025-12&to=2026-01&locale=ar");
    const january = data.months[1].figures;
    const figure = (key: string) => january.find((line) => line.key === key)!;
    expect(data.lines.find((line) => line.key === "revenue.outreach")?.label).toBe("رسائل البريد من Concierge");
    expect(data.lines.find((line) => line.key === "result")?.label).toBe("النتيجة");
    expect(data.periodOptions.map((option) => option.label)).toEqual([
      "آخر 3 أشهر",
      "آخر 6 أشهر",
      "آخر 12 شهرًا",
      "هذا العام",
      "فترة مخصصة",
    ]);
    expect(figure("result").formula).toBe("الإيرادات التي حققها الدعم - تكاليف الدعم");
    expect(figure("costs.team")).toMatchObject({ label: "تكاليف الفريق", formula: "الرواتب + الأدوات + أخرى" });
    expect(data.funnels.tracking.saved.formula).toBe("التذاكر التي تم تجنبها × تكلفة التذكرة");
    // No English sentence and no untranslated key in any figure's text.
    for (const line of [...january, ...data.total.figures]) {
      for (const text of [line.label, line.formula, ...line.parts.map((part) => part.label)]) {
        expect(text, line.key).not.toMatch(/figures\.|Revenue|Cost|Orders|Team/);
      }
    }
    const csv = await (await call(exportLoader, "/app/profit/export?period=custom&from=2025-12&to=2026-01&locale=ar")).text();
    const rows = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(rows).toContain("الأرباح والخسائر حسب الشهر");
    expect(rows).toContain("2026-01,النتيجة,النتيجة,,15752.13,الإيرادات التي حققها الدعم - تكاليف الدعم,USD");
    // The leaderboard's delight column says what the card says.
    expect(rows.find((row) => row.startsWith("الترتيب,"))).toContain(",المستخدم من ميزانية المفاجآت,");
  });

  it("shows by default the last 12 months up to the current month, which says it is in progress", async () => {
    await seedFixture(shop);
    const agent = await seedAgent(shop, "Noor Saleh", { codes: ["NOOR10"] });
    await seedCreditedOrders(shop, "2026-02", [
      { source: "agent_code", agent, code: "NOOR10", net: "250.00", processedAt: "2026-02-09T15:00:00Z" },
    ]);
    const data = (await (await call(profitLoader, "/app/profit")).json()) as ProfitDashboard;
    expect(data.period).toMatchObject({
      key: "last_12_months",
      from: "2025-03",
      to: "2026-02",
      partialMonth: "2026-02",
      label: "Mar 2025 – Feb 2026",
    });
    expect(data.months.map((month) => [month.month, month.partial])).toContainEqual(["2026-02", true]);
    expect(data.months.filter((month) => month.partial)).toHaveLength(1);
    const february = data.months.at(-1)!;
    expect(linesOf(february)["revenue.agentCode"]).toBe("250.00");
    // The verdict still waits for complete months: January is the last one.
    expect(data.summary.lastCompleteMonth).toEqual({ month: "2026-01", label: "January 2026" });
    expect(data.summary.profitCenterSince).toEqual({ month: "2026-01", label: "January 2026" });
    const csv = await (await call(exportLoader, "/app/profit/export")).text();
    expect(csv.split("\r\n")).toContain("Month in progress (its figures are so far),2026-02,");
  });

  it("shows the period form's mistakes next to its fields, with the last 12 months meanwhile", async () => {
    await installed(shop);
    const data = await dashboard("period=custom&from=2026-01&to=2026-03");
    expect(fieldErrorsIn(data.periodErrors ?? {})).toEqual({ to: "The last month can't be in the future" });
    expect(fieldErrorsIn(data.periodErrors ?? {}, "ar")).toEqual({ to: "لا يمكن أن يكون الشهر الأخير في المستقبل" });
    expect(data.period).toMatchObject({ key: "last_12_months", from: "2025-03", to: "2026-02" });
    expect(data.settings.marginEntered).toBe(true);
  });
});

describe("the merchant's figures", () => {
  beforeEach(async () => {
    await storeSessions(shop);
    await rememberShopSettings(db, shop, { currencyCode: "USD", ianaTimezone: "America/New_York" });
  });

  const post = (form: Record<string, string>) => call(profitAction, "/app/profit", { form });

  it("saves the settings, and refuses a margin, share or conversion that isn't a percentage, with the field's error", async () => {
    const refused = await post({
      intent: "settings",
      fallbackMarginPercent: "abc",
      teamSharePercent: "101",
      storeConversionPercent: "2.125",
    });
    expect(refused.status).toBe(400);
    const answer = await refused.json();
    expect(answer).toMatchObject({ intent: "settings", saved: false });
    expect(answeredFieldErrors(answer)).toEqual({
      fallbackMarginPercent: "Enter the gross margin as a percentage, like 7.5",
      teamSharePercent: "The team's share must be from 0% to 100%",
      storeConversionPercent: "The store's conversion rate has at most 2 decimals, like 7.25",
    });
    expect(await db.profitSettings.count()).toBe(0);
    const data = await dashboard("period=last_3_months");
    expect(data.settings).toMatchObject({
      marginEntered: false,
      values: { fallbackMarginPercent: "", teamSharePercent: "10", storeConversionPercent: "2" },
    });

    const saved = await post({
      intent: "settings",
      fallbackMarginPercent: "62.5",
      teamSharePercent: "12.5",
      storeConversionPercent: "1.8",
    });
    expect(saved.status).toBe(200);
    expect(await db.profitSettings.findUnique({ where: { shop } })).toMatchObject({
      fallbackMarginBps: 6250,
      teamShareBps: 1250,
      storeConversionBps: 180,
    });
  });

  it("says what is wrong with a form in the staff member's language: Arabic and French", async () => {
    const form = { intent: "settings", fallbackMarginPercent: "abc", teamSharePercent: "101", storeConversionPercent: "2.125" };
    const arabic = await call(profitAction, "/app/profit?locale=ar", { form });
    expect(arabic.status).toBe(400);
    expect(answeredFieldErrors(await arabic.json())).toEqual({
      fallbackMarginPercent: "أدخل هامش الربح الإجمالي كنسبة مئوية، مثل 7.5",
      teamSharePercent: "يجب أن تكون قيمة حصة الفريق من 0% إلى 100%",
      storeConversionPercent: "تقبل قيمة معدل التحويل في المتجر منزلتين عشريتين على الأكثر، مثل 7.25",
    });
    const costs = await call(profitAction, "/app/profit?locale=fr", {
      form: { intent: "teamCosts", month: "2026-01", salaries: "-5", tools: "1.234" },
    });
    expect(answeredFieldErrors(await costs.json())).toMatchObject({
      salaries: "Les salaires : saisissez zéro ou plus",
      tools: "Les montants en USD ont au plus 2 décimales",
    });
  });

  it("saves a month's team costs in the shop currency, and refuses amounts it can't store exactly", async () => {
    const refused = await post({ intent: "teamCosts", month: "2026-13", salaries: "-5", tools: "12.345", other: "" });
    expect(refused.status).toBe(400);
    expect(answeredFieldErrors(await refused.json())).toEqual({
      month: "Enter the month like 2026-01",
      salaries: "Salaries must be zero or more",
      tools: "USD amounts have at most 2 decimals",
    });
    expect((await post({ intent: "teamCosts", month: "2028-01", salaries: "1", tools: "1" })).status).toBe(400);

    expect((await post({ intent: "teamCosts", month: "2026-01", salaries: "24000", tools: "1150.00", other: "" })).status).toBe(200);
    expect((await post({ intent: "teamCosts", month: "2026-01", salaries: "24000", tools: "1150.00", other: "320" })).status).toBe(200);
    expect(await db.supportCost.findMany({ where: { shop } })).toMatchObject([
      { month: "2026-01", salariesMinor: 2_400_000n, toolsMinor: 115_000n, otherMinor: 32_000n, currencyCode: "USD" },
    ]);
  });

  it("adds a campaign only with an agent's code, once per month, and deletes it", async () => {
    await seedAgent(shop, "Outreach desk", { commissionBps: 0, codes: ["NEWCUSTOMER"] });
    const campaign = {
      intent: "addCampaign",
      name: ARTICLE_CAMPAIGN.name,
      month: "2026-01",
      contacted: "1701",
      replied: "392",
      code: "newcustomer",
    };

    const tooManyReplies = await post({ ...campaign, replied: "1702" });
    expect(tooManyReplies.status).toBe(400);
    expect(answeredFieldErrors(await tooManyReplies.json())).toEqual({
      replied: "More replies than customers contacted: only someone contacted can reply",
    });
    const notAnAgentsCode = await post({ ...campaign, code: "SUMMER20" });
    expect(answeredFieldErrors(await notAnAgentsCode.json())).toEqual({
      code: "SUMMER20 isn't an agent's code. Give the campaign a code from the Agents page, so its orders are credited.",
    });
    expect((await post({ ...campaign, month: "2026-03" })).status).toBe(400);

    expect((await post(campaign)).status).toBe(200);
    const twice = await post({ ...campaign, name: "Second try" });
    expect(answeredFieldErrors(await twice.json())).toEqual({
      code: "Another campaign of 2026-01 has NEWCUSTOMER: its orders can be credited to one campaign only",
    });
    expect((await post({ ...campaign, name: "Without a code", code: "" })).status).toBe(200);

    const saved = await db.supportCampaign.findMany({ where: { shop }, orderBy: { name: "asc" } });
    expect(saved.map(({ name, month, contacted, replied, code }) => ({ name, month, contacted, replied, code }))).toEqual([
      { name: ARTICLE_CAMPAIGN.name, month: "2026-01", contacted: 1701, replied: 392, code: "NEWCUSTOMER" },
      { name: "Without a code", month: "2026-01", contacted: 1701, replied: 392, code: null },
    ]);
    // Another shop can't delete it.
    await storeSessions(otherShop);
    const foreign = await call(profitAction, "/app/profit", { form: { intent: "deleteCampaign", id: saved[0].id }, owner: otherShop });
    expect(foreign.status).toBe(400);
    expect((await post({ intent: "deleteCampaign", id: saved[0].id })).status).toBe(200);
    expect(await db.supportCampaign.count({ where: { shop } })).toBe(1);
  });
});

describe("the store's orders per day", () => {
  it("are summed from the order and refund webhooks, on the shop's calendar", async () => {
    await rememberShopSettings(db, shop, { currencyCode: "USD", ianaTimezone: "America/New_York" });
    // 23:30 on 31 January in New York, twice delivered, then refunded.
    const late = orderPayload({
      id: 9101,
      total_price: "100.00",
      processed_at: "2026-02-01T04:30:00Z",
      updated_at: "2026-02-01T04:30:00Z",
    });
    await deliver(ordersCreate, "orders/create", late, { shop });
    await deliver(ordersCreate, "orders/create", late, { shop });
    await deliver(
      ordersCreate,
      "orders/create",
      orderPayload({ id: 9102, total_price: "40.00", processed_at: "2026-01-31T15:00:00Z", cancelled_at: "2026-01-31T16:00:00Z" }),
      { shop },
    );
    await deliver(refundsCreate, "refunds/create", refundPayload(9101, "30.00"), { shop });
    await deliver(ordersCreate, "orders/create", orderPayload({ id: 9103, total_price: "70.00", processed_at: "2026-01-31T15:00:00Z" }), {
      shop: otherShop,
    });

    const days = await db.orderDaily.findMany({ where: { shop } });
    expect(
      days.map(({ day, currencyCode, orders, cancelledOrders, grossMinor, refundedMinor }) => ({
        day,
        currencyCode,
        orders,
        cancelledOrders,
        grossMinor,
        refundedMinor,
      })),
    ).toEqual([{ day: "2026-01-31", currencyCode: "USD", orders: 1, cancelledOrders: 1, grossMinor: 10_000n, refundedMinor: 3_000n }]);
  });
});
