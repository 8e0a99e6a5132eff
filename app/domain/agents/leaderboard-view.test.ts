import { describe, expect, it } from "vitest";
import { moneyOfMinor } from "../money";
import { leaderboard } from "./agent-leaderboard";
import { leaderboardView } from "./leaderboard-view";

const period = { start: new Date("2026-11-01T00:00:00Z"), end: new Date("2026-12-01T00:00:00Z") };
const order = (orderId: string, agentId: string, minor: bigint, cancelled = false) => ({
  orderId,
  agentId,
  processedAt: new Date("2026-11-10T12:00:00Z"),
  commissionRateBasisPoints: 500,
  totalPrice: moneyOfMinor(minor, "USD"),
  refunds: [],
  cancelled,
});
const board = leaderboard(
  {
    currencyCode: "USD",
    agents: [
      { agentId: "a", name: "Amira" },
      { agentId: "b", name: "Bruno" },
    ],
    orders: [order("1", "a", 123_456n), order("2", "a", 100_00n), order("3", "b", 50_00n, true)],
    delightCodes: [{ agentId: "b", issuedAt: new Date("2026-11-11T00:00:00Z"), cost: moneyOfMinor(12_50n, "USD") }],
  },
  period,
);

describe("leaderboardView", () => {
  it("gives each row and the totals as counts and exact money with its text", () => {
    const view = leaderboardView(board, "en");
    expect(view.rows[0]).toEqual({
      rank: 1,
      agentId: "a",
      name: "Amira",
      attributedOrders: 2,
      cancelledOrders: 0,
      orders: "2",
      cancelled: "0",
      netRevenue: { amount: "1334.56", minor: "133456", text: "$1,334.56" },
      averageOrderValue: { amount: "667.28", minor: "66728", text: "$667.28" },
      commission: { amount: "66.73", minor: "6673", text: "$66.73" },
      delightBudgetUsed: { amount: "0.00", minor: "0", text: "$0.00" },
    });
    // Bruno's one order was cancelled: no average to show, his delight code still counts.
    expect(view.rows[1]).toMatchObject({ rank: 2, attributedOrders: 0, cancelledOrders: 1, averageOrderValue: null });
    expect(view.rows[1].delightBudgetUsed.text).toBe("$12.50");
    expect(view.totals).toMatchObject({ attributedOrders: 2, cancelledOrders: 1, orders: "2", cancelled: "1" });
    expect(view.totals.averageOrderValue?.minor).toBe("66728");
  });

  it("writes the figures in the staff member's locale", () => {
    const view = leaderboardView(board, "ar");
    expect(view.rows[0].netRevenue.minor).toBe("133456");
    expect(view.rows[0].netRevenue.text).toBe(new Intl.NumberFormat("ar", { style: "currency", currency: "USD" }).format(1334.56));
    expect(view.rows[0].orders).toBe(new Intl.NumberFormat("ar").format(2));
  });
});
