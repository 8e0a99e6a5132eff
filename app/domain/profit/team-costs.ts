// The team's monthly costs as the merchant entered them. Salaries and tools
// rarely change from one month to the next, so a month without an entry
// carries the latest earlier entry forward, and says so; before the first
// entry there are none, and the dashboard asks for them.
import { assertMonthKey, type MonthKey } from "./periods";

export interface SupportCostEntry {
  month: MonthKey;
  salariesMinor: bigint;
  toolsMinor: bigint;
  otherMinor: bigint;
}

export interface TeamCostsOfMonth {
  month: MonthKey;
  salariesMinor: bigint;
  toolsMinor: bigint;
  otherMinor: bigint;
  /** entered: this month's own entry; carried: an earlier month's (`from`); none: nothing entered yet. */
  source: "entered" | "carried" | "none";
  /** The month whose entry applies; null for none. */
  from: MonthKey | null;
}

/**
 * Each month's costs, in the order given. `entries` must include the latest
 * entry before the first month (if any) for it to be carried into the range.
 */
export function teamCostsByMonth(entries: readonly SupportCostEntry[], months: readonly MonthKey[]): TeamCostsOfMonth[] {
  const sorted = [...entries].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  for (let index = 0; index < sorted.length; index += 1) {
    assertMonthKey(sorted[index].month, "A team cost's month");
    if (index > 0 && sorted[index].month === sorted[index - 1].month)
      throw new Error(`Team costs for ${sorted[index].month} are entered twice`);
  }
  return months.map((month) => {
    let latest: SupportCostEntry | null = null;
    for (const entry of sorted) {
      if (entry.month > month) break;
      latest = entry;
    }
    if (!latest) return { month, salariesMinor: 0n, toolsMinor: 0n, otherMinor: 0n, source: "none", from: null };
    return {
      month,
      salariesMinor: latest.salariesMinor,
      toolsMinor: latest.toolsMinor,
      otherMinor: latest.otherMinor,
      source: latest.month === month ? "entered" : "carried",
      from: latest.month,
    };
  });
}
