// Admin pages that cost the shop nothing (issue #19, decision 023): the Order
// tracking, Agents, Chat trigger and Profit pages read what Concierge keeps
// and make no Admin API call on a view (the local Shopify counts them); the
// Agents page's leaderboard over any period comes from sums, to the cent what
// the rows give; and a page whose loader asks Shopify answers within seconds,
// with "try again" and what is stored, when Shopify hangs (#13).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import db from "../app/db.server";
import { loader as homeLoader } from "../app/routes/app._index";
import { loader as rosterLoader } from "../app/routes/app.agents._index";
import { loader as chatLoader } from "../app/routes/app.chat._index";
import { loader as profitLoader } from "../app/routes/app.profit";
import { loader as trackingLoader } from "../app/routes/app.tracking";
import { loader as offersLoader } from "../app/routes/app.exchange-offers._index";
import { loader as vipCustomerLoader } from "../app/routes/app.vip-rules.customers.$id";
import { leaderboard, type AttributedOrderRow } from "../app/domain/agents/agent-leaderboard";
import { moneyOfMinor } from "../app/domain/money";
import { addMonths, monthKeyOf, monthRange } from "../app/domain/profit/periods";
import { shopSettings } from "../app/services/shop-settings.server";
import type { LocalShopify } from "../local-shopify/server";
import { adminRequest, signInStaff } from "./factories/admin-requests";
import { DEMO_SHOP, operationsDuring, startLocalShopifyForApp } from "./factories/local-shopify";
import { seedAgent, seedCreditedOrders, seedDelightCodes, type CreditedOrder } from "./factories/profit";
import { routeAnswer } from "./factories/routes";

let local: LocalShopify;
let staffId: number;
beforeAll(async () => {
  local = await startLocalShopifyForApp();
});
afterAll(async () => {
  await local.close();
});
beforeEach(async () => {
  staffId = await signInStaff(local, DEMO_SHOP, "chloe@concierge-demo.example");
  // What install keeps of the shop (onInstall): its currency and time zone.
  const { unauthenticated } = await import("../app/shopify.server");
  await shopSettings(db, (await unauthenticated.admin(DEMO_SHOP)).admin, DEMO_SHOP);
});

const view = (path: string, loader: Parameters<typeof routeAnswer>[0]) =>
  routeAnswer(loader, adminRequest(path, { shop: DEMO_SHOP, userId: staffId }));

const ZONE = "America/New_York";
const day = (month: string, dayOfMonth: number, hour = 12) =>
  new Date(monthRange(month, ZONE).start.getTime() + ((dayOfMonth - 1) * 24 + hour) * 3_600_000);

/**
 * Two agents' orders over three months (the one before last, last, this):
 * some before the period, some cancelled, delight codes in each; the period
 * runs from the 10th two months ago to the 3rd of this month.
 */
async function seedThreeMonths() {
  const thisMonth = monthKeyOf(new Date(), ZONE);
  const months = [addMonths(thisMonth, -2), addMonths(thisMonth, -1), thisMonth];
  const amira = await seedAgent(DEMO_SHOP, "Amira", { codes: ["AMIRA10"] });
  const bruno = await seedAgent(DEMO_SHOP, "Bruno", { codes: ["BRUNO10"] });
  const order = (agent: typeof amira, net: string, commission: string, at: Date, cancelled = false): CreditedOrder => ({
    source: "agent_code",
    agent,
    code: agent === amira ? "AMIRA10" : "BRUNO10",
    net,
    commissionBps: 600,
    commission,
    cancelled,
    processedAt: at.toISOString(),
  });
  await seedCreditedOrders(DEMO_SHOP, months[0], [
    order(amira, "500.00", "30.00", day(months[0], 5)), // before the period
    order(amira, "120.00", "7.20", day(months[0], 10, 1)),
    order(bruno, "80.50", "4.83", day(months[0], 28)),
    order(bruno, "60.00", "3.60", day(months[0], 29), true),
  ]);
  await seedCreditedOrders(DEMO_SHOP, months[1], [
    order(amira, "210.00", "12.60", day(months[1], 1, 0)),
    order(bruno, "999.99", "60.00", day(months[1], 15)),
    order(amira, "45.45", "2.73", day(months[1], 30)),
  ]);
  await seedCreditedOrders(DEMO_SHOP, months[2], [
    order(bruno, "75.00", "4.50", day(months[2], 2)),
    order(amira, "300.00", "18.00", day(months[2], 4)), // after the period
  ]);
  await seedDelightCodes(DEMO_SHOP, amira, [
    { cost: "15.00", issuedAt: day(months[0], 9).toISOString() }, // before
    { cost: "20.00", issuedAt: day(months[0], 20).toISOString() },
    { cost: "12.50", issuedAt: day(months[1], 3).toISOString() },
  ]);
  await seedDelightCodes(DEMO_SHOP, bruno, [
    { cost: "9.99", issuedAt: day(months[2], 1).toISOString() },
    { cost: "30.00", issuedAt: day(months[1], 8).toISOString(), status: "pending" },
  ]);
  const from = `${months[0]}-10`;
  const to = `${months[2]}-03`;
  return { agents: [amira, bruno], from, to, period: { start: monthRange(months[0], ZONE).start, months } };
}

describe("admin pages on a view", () => {
  it("make no Admin API call: Order tracking, Agents, Chat trigger and Profit", async () => {
    const { from, to } = await seedThreeMonths();
    const statuses: number[] = [];
    const calls = await operationsDuring(local, async () => {
      for (const [path, loader] of [
        ["/app/tracking", trackingLoader],
        ["/app/agents", rosterLoader],
        [`/app/agents?period=custom&from=${from}&to=${to}`, rosterLoader],
        ["/app/chat?days=90", chatLoader],
        ["/app/profit", profitLoader],
      ] as const) {
        statuses.push((await view(path, loader)).status);
      }
    });
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    expect(calls).toEqual([]);
  });

  it("ranks the Agents page's custom period from sums, to the cent what leaderboard() gives from the orders and codes", async () => {
    const { agents, from, to } = await seedThreeMonths();
    const response = await view(`/app/agents?period=custom&from=${from}&to=${to}`, rosterLoader);
    const roster = (await response.json()) as {
      leaderboard: {
        rows: {
          agentId: string;
          rank: number;
          attributedOrders: number;
          cancelledOrders: number;
          netRevenue: { minor: string };
          commission: { minor: string };
          delightBudgetUsed: { minor: string };
        }[];
        totals: {
          attributedOrders: number;
          netRevenue: { minor: string };
          commission: { minor: string };
          delightBudgetUsed: { minor: string };
        };
      };
    };

    // The same board from every row, as the page computed it before it read sums.
    const [fromYear, fromMonth, fromDay] = from.split("-").map(Number);
    const [toYear, toMonth, toDay] = to.split("-").map(Number);
    const start = day(`${fromYear}-${String(fromMonth).padStart(2, "0")}`, fromDay, 0);
    const end = day(`${toYear}-${String(toMonth).padStart(2, "0")}`, toDay + 1, 0);
    const rows = await db.attribution.findMany({ where: { shop: DEMO_SHOP } });
    const orders: AttributedOrderRow[] = rows.map((row) => ({
      orderId: row.orderId,
      agentId: row.agentId,
      processedAt: row.processedAt,
      commissionRateBasisPoints: row.commissionBps,
      totalPrice: moneyOfMinor(row.grossMinor, row.currencyCode),
      refunds: [moneyOfMinor(row.refundedMinor, row.currencyCode)],
      cancelled: row.cancelled,
    }));
    const codes = await db.agentCode.findMany({ where: { shop: DEMO_SHOP, kind: "delight", status: { not: "pending" } } });
    const expected = leaderboard(
      {
        currencyCode: "USD",
        agents: agents.map((agent) => ({ agentId: agent.id, name: agent.name })),
        orders,
        delightCodes: codes.map((code) => ({ agentId: code.agentId, issuedAt: code.createdAt, cost: moneyOfMinor(code.costMinor, "USD") })),
      },
      { start, end },
    );

    expect(roster.leaderboard.rows).toEqual(
      expected.rows.map((row) =>
        expect.objectContaining({
          agentId: row.agentId,
          rank: row.rank,
          attributedOrders: row.attributedOrders,
          cancelledOrders: row.cancelledOrders,
          netRevenue: expect.objectContaining({ minor: row.netRevenue.minor.toString() }),
          commission: expect.objectContaining({ minor: row.commission.minor.toString() }),
          delightBudgetUsed: expect.objectContaining({ minor: row.delightBudgetUsed.minor.toString() }),
        }),
      ),
    );
    // Bruno: 80.50 + 999.99 + 75.00 (one cancelled); Amira: 120.00 + 210.00 + 45.45; codes 20.00 + 12.50 + 9.99.
    expect(roster.leaderboard.totals).toMatchObject({
      attributedOrders: 6,
      netRevenue: { minor: "153094" },
      delightBudgetUsed: { minor: "4249" },
    });
  });
});

describe("an admin page whose loader asks Shopify", () => {
  it("answers within seconds with 'try again' and what is stored when Shopify hangs, then in full once it answers", async () => {
    const release = local.hangAdminApi();
    const started = Date.now();
    let home: Record<string, unknown>;
    try {
      const response = await view("/app", homeLoader);
      expect(response.status).toBe(200);
      home = (await response.json()) as Record<string, unknown>;
    } finally {
      release();
    }
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(home).toMatchObject({ shopifyUnavailable: true, shopName: null, currencyCode: "USD", timezone: ZONE });

    const again = (await (await view("/app", homeLoader)).json()) as Record<string, unknown>;
    expect(again).toMatchObject({ shopifyUnavailable: false, currencyCode: "USD", timezone: ZONE });
    expect(again.shopName).toEqual(expect.any(String));
  });

  it("answers a page that cannot do without Shopify with 503 'try again' and Retry-After, not an error page", async () => {
    const customer = [...local.store.getShop(DEMO_SHOP).customers.values()][0]!;
    const pages: [string, Parameters<typeof routeAnswer>[0], Record<string, string>][] = [
      ["/app/exchange-offers", offersLoader, {}],
      [`/app/vip-rules/customers/${customer.id}`, vipCustomerLoader, { id: String(customer.id) }],
    ];
    for (const [path, loader, params] of pages) {
      const release = local.hangAdminApi();
      const started = Date.now();
      let response: Response;
      try {
        response = await routeAnswer(loader, adminRequest(path, { shop: DEMO_SHOP, userId: staffId }), params);
      } finally {
        release();
      }
      expect(Date.now() - started, path).toBeLessThan(8_000);
      expect(response.status, path).toBe(503);
      expect(Number(response.headers.get("Retry-After")), path).toBeGreaterThan(0);
      expect(await response.json(), path).toMatchObject({ shopifyUnavailable: true });
      // Once Shopify answers, the same page opens.
      const again = await routeAnswer(loader, adminRequest(path, { shop: DEMO_SHOP, userId: staffId }), params);
      expect(again.status, path).toBe(200);
    }
  });
});
