// Support's P&L over several months: a period's statement as the sum of its
// months, and since when support has been a profit center.
import { type Figure } from "./figures";
import { assertMonthKey, monthsBetween, type MonthKey } from "./periods";
import { REVENUE_LINES, RevenueLineKey, COST_LINES, CostLineKey, MonthlyPnl, PeriodPnl, sumFigure, statement, figureText } from "./pnl";
import { verbatim } from "../phrase";

function sortedMonths(months: readonly MonthlyPnl[]): MonthlyPnl[] {
  const sorted = [...months].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  for (let index = 1; index < sorted.length; index += 1) {
    if (sorted[index].month === sorted[index - 1].month) throw new Error(`Month ${sorted[index].month} is listed twice`);
  }
  return sorted;
}

/**
 * The first month of the latest unbroken run of profitable months, or null
 * when the last month was not profitable (or there are no months).
 *
 * Only complete months count: pass `throughMonth` (lastCompleteMonth) and
 * anything after it, the month in progress, is left out. A month missing
 * from the list breaks the run, since nothing says it was profitable.
 */
export function profitCenterSince(months: readonly MonthlyPnl[], throughMonth?: MonthKey): MonthKey | null {
  if (throughMonth !== undefined) assertMonthKey(throughMonth, "The last complete month");
  const complete = sortedMonths(months).filter((pnl) => throughMonth === undefined || pnl.month <= throughMonth);
  let since: MonthKey | null = null;
  for (let index = complete.length - 1; index >= 0; index -= 1) {
    const pnl = complete[index];
    if (!pnl.isProfitable) break;
    if (since !== null && monthsBetween(pnl.month, since) !== 1) break;
    since = pnl.month;
  }
  return since;
}

/**
 * A period's P&L: each line the sum of the months' lines, with one part per
 * month, so the period reads as the months it adds up. Rounding happened
 * once per month, and the period only adds, so it agrees with the months to
 * the cent.
 */
export function sumPnl(months: readonly MonthlyPnl[]): PeriodPnl {
  const sorted = sortedMonths(months);
  if (sorted.length === 0) throw new RangeError("A period needs at least one month");
  const currencyCode = sorted[0].currencyCode;
  const across = (pick: (pnl: MonthlyPnl) => Figure): Figure => {
    const first = pick(sorted[0]);
    const figure = sumFigure(
      first.key,
      first.label,
      currencyCode,
      sorted.map((pnl) => ({ label: verbatim(pnl.month), value: pick(pnl).value })),
    );
    return { ...figure, formula: figureText("formulas.periodSum", { count: sorted.length, formula: figure.formula }) };
  };
  const revenue = Object.fromEntries(REVENUE_LINES.map((key) => [key, across((pnl) => pnl.revenue[key])])) as Record<
    RevenueLineKey,
    Figure
  >;
  const costs = Object.fromEntries(COST_LINES.map((key) => [key, across((pnl) => pnl.costs[key])])) as Record<CostLineKey, Figure>;
  return {
    from: sorted[0].month,
    to: sorted[sorted.length - 1].month,
    months: sorted.map((pnl) => pnl.month),
    ...statement(currencyCode, revenue, costs),
  };
}
