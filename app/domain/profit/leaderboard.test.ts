import { describe, expect, it } from "vitest";
import { attributedRevenue, commission } from "../agents/attribution";
import { leaderboard, type AttributedOrderRow } from "../agents/agent-leaderboard";
import { moneyFromDecimal } from "../money";
import { leaderboardFromSums, type AgentMonthSum } from "./leaderboard";
import { monthKeyOf, monthRange } from "./periods";

/** A small deterministic generator, so a failure can be replayed. */
function lcg(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const TIME_ZONE = "America/New_York";
const usd = (minor: bigint) => ({ minor, currencyCode: "USD" });

describe("leaderboardFromSums", () => {
  it("gives leaderboard()'s board, to the cent, from the monthly sums of the same orders", () => {
    const random = lcg(20_260_131);
    const agents = ["Zoé", "Adam", "Chloe", "adam", "Bilal"].map((name, index) => ({ agentId: `agent-${index}`, name }));
    const orders: AttributedOrderRow[] = [];
    // Three months of orders at odd amounts and rates, some refunded, some cancelled.
    const start = monthRange("2026-01", TIME_ZONE).start.getTime();
    const end = monthRange("2026-03", TIME_ZONE).end.getTime();
    for (let index = 0; index < 600; index++) {
      const total = BigInt(Math.floor(random() * 50_000));
      orders.push({
        orderId: String(index),
        agentId: agents[Math.floor(random() * agents.length)].agentId,
        processedAt: new Date(start + Math.floor(random() * (end - start))),
        commissionRateBasisPoints: [500, 750, 1000, 333][Math.floor(random() * 4)],
        totalPrice: usd(total),
        refunds: random() < 0.2 ? [usd(BigInt(Math.floor(random() * Number(total + 1n))))] : [],
        cancelled: random() < 0.05,
      });
    }
    const delightCodes = agents.slice(0, 3).map((agent, index) => ({
      agentId: agent.agentId,
      issuedAt: new Date(start + 86_400_000 * (index + 1)),
      cost: usd(BigInt(1_000 + index)),
    }));
    const period = { start: new Date(start), end: new Date(end) };

    // What the attribution service keeps: per agent and month, each order's own commission summed.
    const sums = new Map<string, AgentMonthSum>();
    for (const order of orders) {
      const key = `${order.agentId}|${monthKeyOf(order.processedAt, TIME_ZONE)}`;
      const sum = sums.get(key) ?? { agentId: order.agentId!, orders: 0, cancelledOrders: 0, net: usd(0n), commission: usd(0n) };
      const net = attributedRevenue(order);
      if (order.cancelled) sum.cancelledOrders += 1;
      else {
        sum.orders += 1;
        sum.net = usd(sum.net.minor + net.minor);
        sum.commission = usd(sum.commission.minor + commission(net, order.commissionRateBasisPoints).minor);
      }
      sums.set(key, sum);
    }

    const expected = leaderboard({ currencyCode: "USD", agents, orders, delightCodes }, period);
    const actual = leaderboardFromSums(
      { currencyCode: "USD", agents, sums: [...sums.values()], delight: delightCodes.map(({ agentId, cost }) => ({ agentId, cost })) },
      period,
    );
    expect(actual).toEqual(expected);
    expect(actual.rows.map((row) => row.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it("lists agents without sales, and refuses sums of an agent it wasn't given or in another currency", () => {
    const period = monthRange("2026-01", "UTC");
    const board = leaderboardFromSums({ currencyCode: "usd", agents: [{ agentId: "a", name: "Ana" }], sums: [], delight: [] }, period);
    expect(board.rows).toEqual([
      {
        rank: 1,
        agentId: "a",
        name: "Ana",
        attributedOrders: 0,
        cancelledOrders: 0,
        netRevenue: moneyFromDecimal("0", "USD"),
        averageOrderValue: null,
        commission: moneyFromDecimal("0", "USD"),
        delightBudgetUsed: moneyFromDecimal("0", "USD"),
      },
    ]);
    const sum = {
      agentId: "b",
      orders: 1,
      cancelledOrders: 0,
      net: moneyFromDecimal("10.00", "USD"),
      commission: moneyFromDecimal("1.00", "USD"),
    };
    expect(() => leaderboardFromSums({ currencyCode: "USD", agents: [], sums: [sum], delight: [] }, period)).toThrow("agent b");
    expect(() =>
      leaderboardFromSums(
        {
          currencyCode: "USD",
          agents: [{ agentId: "b", name: "B" }],
          sums: [{ ...sum, net: moneyFromDecimal("10.00", "EUR") }],
          delight: [],
        },
        period,
      ),
    ).toThrow("in EUR, expected USD");
  });
});
