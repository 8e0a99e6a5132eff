// The agents' leaderboard over a period: what each brought in (orders
// credited by attribution.ts, net of refunds), the commission it pays, and
// the delight codes they gave away, ranked.
import { moneyOfMinor, type Money } from "../money";
import type { BudgetPeriod } from "./delight-codes";
import { assertBasisPoints, assertSameCurrency, BASIS_POINTS_PER_WHOLE, divideRoundHalfUp } from "../money/arithmetic";
import { netRevenueMinor, type OrderMoney } from "./attribution";

export interface AttributedOrderRow extends OrderMoney {
  orderId: string;
  /** null for orders credited to no agent (tracking page, unlinked chat); the leaderboard skips them. */
  agentId: string | null;
  /** Decides the period the order counts in. */
  processedAt: Date;
  /**
   * The agent's rate when the order was attributed: a change of rate applies
   * to later orders, not to those already earned.
   */
  commissionRateBasisPoints: number;
}

export interface DelightCodeSpendRow {
  agentId: string;
  issuedAt: Date;
  /** What the code was charged to the budget when issued (costOfDelightCode). */
  cost: Money;
}

export interface LeaderboardInput {
  /** The shop currency; every amount must be in it. */
  currencyCode: string;
  /** Every agent to rank, including those with no sales yet and inactive ones who sold in the period. */
  agents: ReadonlyArray<{ agentId: string; name: string }>;
  orders: readonly AttributedOrderRow[];
  delightCodes: readonly DelightCodeSpendRow[];
}

export interface LeaderboardFigures {
  /** Orders credited in the period, cancelled ones excluded. */
  attributedOrders: number;
  cancelledOrders: number;
  netRevenue: Money;
  /** Net revenue ÷ attributed orders, rounded half-up to the minor unit; null with no orders. */
  averageOrderValue: Money | null;
  /** The sum of each order's commission. */
  commission: Money;
  /** The cost of the delight codes issued in the period. */
  delightBudgetUsed: Money;
}

export interface LeaderboardRow extends LeaderboardFigures {
  rank: number;
  agentId: string;
  name: string;
}

export interface Leaderboard {
  period: Pick<BudgetPeriod, "start" | "end">;
  currencyCode: string;
  rows: LeaderboardRow[];
  /**
   * The sums of the rows' columns, exactly; the average order value is the
   * total revenue over the total orders (an average of averages would weigh
   * an agent with one order like one with a hundred).
   */
  totals: LeaderboardFigures;
}

/** What one agent brought in over a period, in minor units: leaderboard() and leaderboardFromSums() fill it. */
export interface AgentTally {
  agentId: string;
  name: string;
  attributedOrders: number;
  cancelledOrders: number;
  netRevenueMinor: bigint;
  commissionMinor: bigint;
  delightMinor: bigint;
}

const BASIS_POINTS_DIVISOR = BigInt(BASIS_POINTS_PER_WHOLE);

function figures(tally: Omit<AgentTally, "agentId" | "name">, currencyCode: string): LeaderboardFigures {
  const inCurrency = (minor: bigint): Money => moneyOfMinor(minor, currencyCode);
  return {
    attributedOrders: tally.attributedOrders,
    cancelledOrders: tally.cancelledOrders,
    netRevenue: inCurrency(tally.netRevenueMinor),
    averageOrderValue:
      tally.attributedOrders === 0 ? null : inCurrency(divideRoundHalfUp(tally.netRevenueMinor, BigInt(tally.attributedOrders))),
    commission: inCurrency(tally.commissionMinor),
    delightBudgetUsed: inCurrency(tally.delightMinor),
  };
}

/** A zero tally for each agent, and the tally an order or a code is credited to (an unknown agent is a bug upstream). */
export function agentTallies(agents: ReadonlyArray<{ agentId: string; name: string }>) {
  const tallies = new Map<string, AgentTally>();
  for (const { agentId, name } of agents) {
    if (tallies.has(agentId)) throw new Error(`Agent ${agentId} is listed twice`);
    tallies.set(agentId, {
      agentId,
      name,
      attributedOrders: 0,
      cancelledOrders: 0,
      netRevenueMinor: 0n,
      commissionMinor: 0n,
      delightMinor: 0n,
    });
  }
  const tallyOf = (agentId: string, what: string) => {
    const tally = tallies.get(agentId);
    if (!tally) throw new Error(`${what} is credited to agent ${agentId}, who is not among the leaderboard's agents`);
    return tally;
  };
  return { tallies, tallyOf };
}

/** The tallies ranked by net revenue, then name, then id, with the exact sums of the rows as totals. */
export function rankedLeaderboard(tallies: Iterable<AgentTally>, currencyCode: string, period: { start: Date; end: Date }): Leaderboard {
  const ranked = [...tallies].sort((a, b) => {
    if (a.netRevenueMinor !== b.netRevenueMinor) return a.netRevenueMinor > b.netRevenueMinor ? -1 : 1;
    return a.name.localeCompare(b.name, "en") || (a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0);
  });
  const total: Omit<AgentTally, "agentId" | "name"> = {
    attributedOrders: 0,
    cancelledOrders: 0,
    netRevenueMinor: 0n,
    commissionMinor: 0n,
    delightMinor: 0n,
  };
  const rows = ranked.map((tally, index): LeaderboardRow => {
    total.attributedOrders += tally.attributedOrders;
    total.cancelledOrders += tally.cancelledOrders;
    total.netRevenueMinor += tally.netRevenueMinor;
    total.commissionMinor += tally.commissionMinor;
    total.delightMinor += tally.delightMinor;
    return { rank: index + 1, agentId: tally.agentId, name: tally.name, ...figures(tally, currencyCode) };
  });
  return { period: { start: period.start, end: period.end }, currencyCode, rows, totals: figures(total, currencyCode) };
}

/**
 * Agents ranked by the net revenue they brought in during [period.start,
 * period.end), then by name. An order counts in the period it was processed
 * in, with all the refunds known now: a refund in March lowers February's
 * figures, which is what the agent's February sales were really worth.
 */
export function leaderboard(input: LeaderboardInput, period: Pick<BudgetPeriod, "start" | "end">): Leaderboard {
  const currencyCode = input.currencyCode.toUpperCase();
  const startMs = period.start.getTime();
  const endMs = period.end.getTime();
  const inPeriod = (instant: Date) => {
    const time = instant.getTime();
    return startMs <= time && time < endMs;
  };

  const { tallies, tallyOf } = agentTallies(input.agents);

  // Counting an order twice would pay its commission twice.
  const seenOrders = new Set<string>();
  for (const order of input.orders) {
    if (order.agentId === null || !inPeriod(order.processedAt)) continue;
    if (seenOrders.has(order.orderId)) throw new Error(`Order ${order.orderId} is listed twice`);
    seenOrders.add(order.orderId);
    const tally = tallyOf(order.agentId, `Order ${order.orderId}`);
    assertBasisPoints(order.commissionRateBasisPoints, `Order ${order.orderId}'s commission rate`);
    const net = netRevenueMinor(order, currencyCode);
    if (order.cancelled) {
      tally.cancelledOrders += 1;
      continue;
    }
    tally.attributedOrders += 1;
    tally.netRevenueMinor += net;
    // Per order, as commission() does, so the total is the sum of the lines.
    tally.commissionMinor += divideRoundHalfUp(net * BigInt(order.commissionRateBasisPoints), BASIS_POINTS_DIVISOR);
  }

  for (const code of input.delightCodes) {
    if (!inPeriod(code.issuedAt)) continue;
    assertSameCurrency(currencyCode, code.cost, "A delight code's cost");
    tallyOf(code.agentId, "A delight code").delightMinor += code.cost.minor;
  }

  return rankedLeaderboard(tallies.values(), currencyCode, period);
}
