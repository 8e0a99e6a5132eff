// The leaderboard: each agent's attributed orders, revenue, commission and
// delight spend over a period, its totals the sum of its rows.
import { describe, expect, it } from "vitest";
import { moneyFromDecimal, type Money } from "../money";
import { leaderboard, type AttributedOrderRow, type LeaderboardFigures } from "./agent-leaderboard";
import { budgetPeriod } from "./delight-codes";
import { attributedRevenue, commission } from "./attribution";

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const usd = (cents: number | bigint): Money => ({ minor: BigInt(cents), currencyCode: "USD" });

function expectTotalsToBeSumOfRows(rows: LeaderboardFigures[], totals: LeaderboardFigures) {
  const sum = (pick: (row: LeaderboardFigures) => bigint) => rows.reduce((total, row) => total + pick(row), 0n);
  expect(totals.attributedOrders).toBe(rows.reduce((total, row) => total + row.attributedOrders, 0));
  expect(totals.cancelledOrders).toBe(rows.reduce((total, row) => total + row.cancelledOrders, 0));
  expect(totals.netRevenue.minor).toBe(sum((row) => row.netRevenue.minor));
  expect(totals.commission.minor).toBe(sum((row) => row.commission.minor));
  expect(totals.delightBudgetUsed.minor).toBe(sum((row) => row.delightBudgetUsed.minor));
}

describe("leaderboard", () => {
  // January 2025 in New York: [05:00 UTC 1 January, 05:00 UTC 1 February).
  const january = budgetPeriod(new Date("2025-01-15T12:00:00Z"), "America/New_York");
  const inJanuary = new Date("2025-01-10T15:00:00Z");
  const agents = [
    { agentId: "ben", name: "Ben" },
    { agentId: "chloe", name: "Chloé Martin" },
    { agentId: "aiko", name: "Aiko" },
    { agentId: "marcus", name: "Marcus" },
  ];
  const order = (row: Partial<AttributedOrderRow> & { orderId: string }): AttributedOrderRow => ({
    agentId: "chloe",
    processedAt: inJanuary,
    totalPrice: usd(10_000),
    refunds: [],
    cancelled: false,
    commissionRateBasisPoints: 750,
    ...row,
  });
  const orders: AttributedOrderRow[] = [
    order({ orderId: "1001" }),
    order({ orderId: "1002", totalPrice: usd(10_001), refunds: [usd(3_000)] }), // $70.01
    order({ orderId: "1003", cancelled: true }),
    order({ orderId: "1004", processedAt: new Date("2025-01-01T04:59:59Z") }), // still December in New York
    order({ orderId: "1005", processedAt: new Date("2025-02-01T05:00:00Z") }), // February in New York
    order({ orderId: "2001", agentId: "marcus", totalPrice: usd(25_000), commissionRateBasisPoints: 1000 }),
    // Three orders of $0.10 at 5%: half a cent each, so a cent each: $0.03, where 5% of $0.30 would be $0.02.
    order({ orderId: "3001", agentId: "ben", totalPrice: usd(10), commissionRateBasisPoints: 500 }),
    order({ orderId: "3002", agentId: "ben", totalPrice: usd(10), commissionRateBasisPoints: 500 }),
    order({ orderId: "3003", agentId: "ben", totalPrice: usd(10), commissionRateBasisPoints: 500 }),
    order({ orderId: "4001", agentId: null, totalPrice: usd(99_999) }), // tracking page: no agent
  ];
  const delightCodes = [
    { agentId: "chloe", issuedAt: inJanuary, cost: usd(2_500) },
    { agentId: "chloe", issuedAt: new Date("2025-02-02T00:00:00Z"), cost: usd(9_900) }, // February
    { agentId: "aiko", issuedAt: inJanuary, cost: usd(1_000) },
  ];

  const board = leaderboard({ currencyCode: "USD", agents, orders, delightCodes }, january);

  it("ranks by net revenue, then by name", () => {
    expect(board.rows.map((row) => [row.rank, row.name])).toEqual([
      [1, "Marcus"],
      [2, "Chloé Martin"],
      [3, "Ben"],
      [4, "Aiko"],
    ]);
  });

  it("counts the period's orders on the shop's clock, leaving cancelled ones out of orders, revenue and commission", () => {
    const chloe = board.rows.find((row) => row.agentId === "chloe");
    expect(chloe).toEqual({
      rank: 2,
      agentId: "chloe",
      name: "Chloé Martin",
      attributedOrders: 2,
      cancelledOrders: 1,
      netRevenue: usd(17_001),
      // $170.01 / 2 = $85.005, half up.
      averageOrderValue: usd(8_501),
      // $7.50 + $5.25075 -> $7.50 + $5.25.
      commission: usd(1_275),
      delightBudgetUsed: usd(2_500),
    });
  });

  it("sums commission order by order", () => {
    const ben = board.rows.find((row) => row.agentId === "ben");
    expect(ben?.commission).toEqual(usd(3));
    expect(ben?.averageOrderValue).toEqual(usd(10));
  });

  it("shows agents with no sales, with no average", () => {
    const aiko = board.rows.find((row) => row.agentId === "aiko");
    expect(aiko).toMatchObject({ attributedOrders: 0, netRevenue: usd(0), averageOrderValue: null, delightBudgetUsed: usd(1_000) });
  });

  it("has a totals row that is exactly the sum of the rows", () => {
    expectTotalsToBeSumOfRows(board.rows, board.totals);
    expect(board.totals).toEqual({
      attributedOrders: 6,
      cancelledOrders: 1,
      netRevenue: usd(42_031),
      averageOrderValue: usd(7_005), // $420.31 / 6 = $70.0516…
      commission: usd(1_275 + 2_500 + 3),
      delightBudgetUsed: usd(3_500),
    });
  });

  it("adds up exactly over many orders: each total is the sum of per-order figures", () => {
    const random = seededRandom(7);
    const agentIds = ["a", "b", "c", "d", "e"];
    const many: AttributedOrderRow[] = Array.from({ length: 2_000 }, (_, index) => {
      const total = BigInt(Math.floor(random() * 50_000));
      return {
        orderId: String(index),
        agentId: random() < 0.1 ? null : agentIds[Math.floor(random() * agentIds.length)],
        processedAt: new Date(january.start.getTime() + Math.floor(random() * 40 * 86_400_000) - 5 * 86_400_000),
        totalPrice: usd(total),
        refunds: random() < 0.2 ? [usd(BigInt(Math.floor(random() * Number(total))))] : [],
        cancelled: random() < 0.05,
        commissionRateBasisPoints: [500, 750, 1000, 1234][Math.floor(random() * 4)],
      };
    });
    const result = leaderboard(
      {
        currencyCode: "usd",
        agents: agentIds.map((agentId) => ({ agentId, name: agentId.toUpperCase() })),
        orders: many,
        delightCodes: [],
      },
      january,
    );
    expectTotalsToBeSumOfRows(result.rows, result.totals);

    for (const row of result.rows) {
      const counted = many.filter(
        (o) => o.agentId === row.agentId && !o.cancelled && o.processedAt >= january.start && o.processedAt < january.end,
      );
      expect(row.attributedOrders).toBe(counted.length);
      expect(row.commission.minor).toBe(
        counted.reduce((sum, o) => sum + commission(attributedRevenue(o), o.commissionRateBasisPoints).minor, 0n),
      );
      expect(row.netRevenue.minor).toBe(counted.reduce((sum, o) => sum + attributedRevenue(o).minor, 0n));
    }
    const revenues = result.rows.map((row) => row.netRevenue.minor);
    expect(revenues).toEqual([...revenues].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
  });

  it("refuses data that would pay twice, pay an unknown agent, or mix currencies", () => {
    const input = { currencyCode: "USD", agents, delightCodes: [] };
    expect(() => leaderboard({ ...input, orders: [order({ orderId: "1" }), order({ orderId: "1" })] }, january)).toThrow(
      "Order 1 is listed twice",
    );
    expect(() => leaderboard({ ...input, orders: [order({ orderId: "1", agentId: "ghost" })] }, january)).toThrow(/ghost/);
    expect(() => leaderboard({ ...input, orders: [order({ orderId: "1", totalPrice: moneyFromDecimal("1", "EUR") })] }, january)).toThrow(
      TypeError,
    );
    expect(() => leaderboard({ ...input, agents: [...agents, agents[0]], orders: [] }, january)).toThrow(/listed twice/);
  });
});
