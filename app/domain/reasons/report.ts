// The weekly reasons report (issue 16): for one week, the contacts by reason
// and by product, the refunds and exchanges behind them (exact, per
// currency), the change against the usual weekly rate, and the spikes. Weeks
// start on Monday in the shop's time zone. Pure: the sums come in, the
// report goes out.
import { DEFAULT_SPIKE_OPTIONS, detectSpikes, weeksBefore, type ReasonSpike, type SpikeOptions } from "./spikes";

/** One sum of the week's contacts: a reason on a product (or none) in one currency (or none). */
export interface ReasonWeekSum {
  /** The Monday the week starts on, YYYY-MM-DD. */
  week: string;
  reasonKey: string;
  productId: string | null;
  currencyCode: string | null;
  count: number;
  refundMinor: bigint;
  exchangeMinor: bigint;
}

export interface MoneyBehind {
  currencyCode: string;
  refundMinor: bigint;
  exchangeMinor: bigint;
}

export interface ReportLine {
  key: string;
  count: number;
  /** The mean weekly count over the baseline weeks before. */
  usualPerWeek: number;
  /** count − usual, in whole contacts (rounded usual). */
  change: number;
  money: MoneyBehind[];
  spike: boolean;
}

export interface ProductLine extends ReportLine {
  /** The reasons given on the product this week, most first. */
  reasons: { key: string; count: number; spike: boolean }[];
}

export interface ReasonsReport {
  week: string;
  baselineWeeks: number;
  byReason: ReportLine[];
  byProduct: ProductLine[];
  spikes: ReasonSpike[];
  total: number;
}

/** The Monday of the week `day` (YYYY-MM-DD) falls in, calendar arithmetic only. */
export function mondayOf(day: string): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const utc = Date.UTC(year, month - 1, date);
  const weekday = (new Date(utc).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return new Date(utc - weekday * 86_400_000).toISOString().slice(0, 10);
}

/** The first week the report reads (the baseline's oldest) and the week after the chosen one. */
export function reportWeeks(week: string, options: SpikeOptions = DEFAULT_SPIKE_OPTIONS): { first: string; afterLast: string } {
  const [year, month, day] = week.split("-").map(Number) as [number, number, number];
  const afterLast = new Date(Date.UTC(year, month - 1, day) + 7 * 86_400_000).toISOString().slice(0, 10);
  return { first: weeksBefore(week, options.baselineWeeks).at(-1)!, afterLast };
}

function addMoney(money: Map<string, MoneyBehind>, sum: ReasonWeekSum) {
  if (!sum.currencyCode || (sum.refundMinor === 0n && sum.exchangeMinor === 0n)) return;
  const entry = money.get(sum.currencyCode) ?? { currencyCode: sum.currencyCode, refundMinor: 0n, exchangeMinor: 0n };
  entry.refundMinor += sum.refundMinor;
  entry.exchangeMinor += sum.exchangeMinor;
  money.set(sum.currencyCode, entry);
}

function lines(
  sums: readonly ReasonWeekSum[],
  week: string,
  keyOf: (sum: ReasonWeekSum) => string | null,
  options: SpikeOptions,
  spiking: (key: string) => boolean,
) {
  const baseline = new Set(weeksBefore(week, options.baselineWeeks));
  const byKey = new Map<string, { count: number; history: number; money: Map<string, MoneyBehind> }>();
  for (const sum of sums) {
    const key = keyOf(sum);
    if (key === null || (sum.week !== week && !baseline.has(sum.week))) continue;
    const entry = byKey.get(key) ?? { count: 0, history: 0, money: new Map() };
    if (sum.week === week) {
      entry.count += sum.count;
      addMoney(entry.money, sum);
    } else entry.history += sum.count;
    byKey.set(key, entry);
  }
  return [...byKey]
    .filter(([, entry]) => entry.count > 0)
    .map(([key, entry]) => {
      const usualPerWeek = entry.history / options.baselineWeeks;
      return {
        key,
        count: entry.count,
        usualPerWeek,
        change: entry.count - Math.round(usualPerWeek),
        money: [...entry.money.values()].sort((a, b) => a.currencyCode.localeCompare(b.currencyCode)),
        spike: spiking(key),
      };
    })
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** The report of `week` from the sums of it and of the baseline weeks before it (other weeks are ignored). */
export function buildReasonsReport(
  sums: readonly ReasonWeekSum[],
  week: string,
  options: SpikeOptions = DEFAULT_SPIKE_OPTIONS,
): ReasonsReport {
  const spikes = detectSpikes(
    sums
      .filter((sum) => sum.productId !== null)
      .map((sum) => ({ week: sum.week, reason: sum.reasonKey, productId: sum.productId!, count: sum.count })),
    week,
    options,
  );
  /** The week's lines by reason or by product, each flagged when a spike names its key. */
  const linesBy = (keyOf: (sum: ReasonWeekSum) => string | null, spiked: "reason" | "productId") =>
    lines(sums, week, keyOf, options, (key) => spikes.some((spike) => spike[spiked] === key));
  const byReason = linesBy((sum) => sum.reasonKey, "reason");
  const byProduct = linesBy((sum) => sum.productId, "productId").map((line) => {
    const reasons = new Map<string, number>();
    for (const sum of sums)
      if (sum.week === week && sum.productId === line.key) reasons.set(sum.reasonKey, (reasons.get(sum.reasonKey) ?? 0) + sum.count);
    return {
      ...line,
      reasons: [...reasons]
        .map(([key, count]) => ({ key, count, spike: spikes.some((spike) => spike.productId === line.key && spike.reason === key) }))
        .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
    };
  });
  return {
    week,
    baselineWeeks: options.baselineWeeks,
    byReason,
    byProduct,
    spikes,
    total: byReason.reduce((total, line) => total + line.count, 0),
  };
}
