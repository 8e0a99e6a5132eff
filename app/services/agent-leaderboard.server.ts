// The Agents page's leaderboard over any period, from sums: the months it
// covers whole from the monthly sums the attribution service keeps (and the
// delight spend kept for months that are over), the days at either end of a
// custom period summed in the database within their month. A year of a large
// shop is a few thousand sums, never its orders and codes row by row; the
// board is the one leaderboard() would give from those rows (decision 005:
// each order's commission is rounded once, when it is credited).
import type { ServiceContext } from "./context";
import { attributionAgentSums, attributionAgentSumsWithin, delightSpendByMonth } from "../data/profit-sums.server";
import type { Leaderboard } from "../domain/agents/agent-leaderboard";
import { moneyOfMinor } from "../domain/money";
import { leaderboardFromSums, type AgentDelightSum, type AgentMonthSum } from "../domain/profit/leaderboard";
import { splitOnMonths } from "../domain/profit/periods";
import { delightSums } from "./profit-months.server";

export interface PeriodLeaderboardInput {
  /** The agents ranked; a promise lets the caller read them while the sums are read. */
  agents: ReadonlyArray<{ id: string; name: string }> | Promise<ReadonlyArray<{ id: string; name: string }>>;
  currencyCode: string;
  timeZone: string;
  period: { start: Date; end: Date };
}

export async function periodLeaderboard(
  context: Pick<ServiceContext, "db" | "shop" | "now">,
  input: PeriodLeaderboardInput,
): Promise<{ board: Leaderboard; otherCurrencyOrders: number }> {
  const { db, shop } = context;
  const { whole, partial } = splitOnMonths(input.period, input.timeZone);
  const first = whole[0]?.month;
  const last = whole.at(-1)?.month;
  const [agents, wholeSums, wholeDelight, partSums, partDelight] = await Promise.all([
    input.agents,
    first && last ? attributionAgentSums(db, shop, first, last) : [],
    whole.length > 0 ? delightSums(context, whole, true).then((sums) => sums.byAgent) : [],
    Promise.all(partial.map((part) => attributionAgentSumsWithin(db, shop, part))),
    Promise.all(partial.map((part) => delightSpendByMonth(db, shop, [part], true))),
  ]);

  const currencyCode = input.currencyCode.toUpperCase();
  const known = new Set(agents.map((agent) => agent.id));
  const inCurrency = (code: string) => code.toUpperCase() === currencyCode;
  let otherCurrencyOrders = 0;
  const sums: AgentMonthSum[] = [];
  for (const row of [...wholeSums, ...partSums.flat()]) {
    if (!known.has(row.agentId)) continue;
    if (!inCurrency(row.currencyCode)) {
      otherCurrencyOrders += row.orders + row.cancelledOrders;
      continue;
    }
    sums.push({
      agentId: row.agentId,
      orders: row.orders,
      cancelledOrders: row.cancelledOrders,
      net: moneyOfMinor(row.netMinor, currencyCode),
      commission: moneyOfMinor(row.commissionMinor, currencyCode),
    });
  }
  const delight: AgentDelightSum[] = [...wholeDelight, ...partDelight.flat()]
    .filter((row) => known.has(row.agentId) && inCurrency(row.currencyCode))
    .map((row) => ({ agentId: row.agentId, cost: moneyOfMinor(row.costMinor, currencyCode) }));

  const board = leaderboardFromSums(
    { currencyCode, agents: agents.map((agent) => ({ agentId: agent.id, name: agent.name })), sums, delight },
    input.period,
  );
  return { board, otherCurrencyOrders };
}
