// The agents' leaderboard on the profit dashboard, from the monthly sums the
// attribution service keeps (AttributionMonthly) and the month's delight
// spend, instead of order by order: a year of a large shop is a few thousand
// sums instead of half a million orders. The rows, the ranking and the totals
// are leaderboard()'s in ../agents/attribution, the Agents page's; a test
// checks that both give the same board for the same orders. They can, exactly,
// because an order's commission is rounded once, per order, when it is
// credited (decision 005), and a month's sum only adds those.
import { type Money } from "../money";
import { assertSameCurrency } from "../money/arithmetic";
import { agentTallies, rankedLeaderboard, type Leaderboard } from "../agents/agent-leaderboard";

/** An agent's credited orders in one month (one AttributionMonthly row of theirs). */
export interface AgentMonthSum {
  agentId: string;
  /** Credited and not cancelled. */
  orders: number;
  cancelledOrders: number;
  /** Net revenue of the orders not cancelled (a cancelled order's is zero). */
  net: Money;
  /** The sum of the orders' own commissions. */
  commission: Money;
}

/** What an agent's delight codes issued in one month cost. */
export interface AgentDelightSum {
  agentId: string;
  cost: Money;
}

export interface LeaderboardFromSumsInput {
  currencyCode: string;
  /** Every agent to rank, as for leaderboard(). */
  agents: ReadonlyArray<{ agentId: string; name: string }>;
  /** Any number of sums per agent, one per month of the period. */
  sums: readonly AgentMonthSum[];
  delight: readonly AgentDelightSum[];
}

/**
 * The leaderboard of the period the sums cover: agents ranked by net revenue,
 * then by name, with the exact sums of the rows as totals. The sums must all be
 * of the period (the caller picks the months) and in the shop currency.
 */
export function leaderboardFromSums(input: LeaderboardFromSumsInput, period: { start: Date; end: Date }): Leaderboard {
  const currencyCode = input.currencyCode.toUpperCase();
  const { tallies, tallyOf } = agentTallies(input.agents);

  for (const sum of input.sums) {
    const tally = tallyOf(sum.agentId, "A month's sales");
    assertSameCurrency(currencyCode, sum.net, "An agent's net revenue");
    assertSameCurrency(currencyCode, sum.commission, "An agent's commission");
    tally.attributedOrders += sum.orders;
    tally.cancelledOrders += sum.cancelledOrders;
    tally.netRevenueMinor += sum.net.minor;
    tally.commissionMinor += sum.commission.minor;
  }
  for (const spend of input.delight) {
    assertSameCurrency(currencyCode, spend.cost, "A delight code's cost");
    tallyOf(spend.agentId, "A delight code").delightMinor += spend.cost.minor;
  }

  return rankedLeaderboard(tallies.values(), currencyCode, period);
}
