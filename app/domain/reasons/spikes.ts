// Reason spikes (issue 16): "zipper broke" rising on one product is a
// production problem, not a support one. A reason on a product spikes in a
// week when it comes up more than twice as often as it usually does (its
// mean over the weeks before) and at least a minimum number of times, so a
// product that sells little never alarms on two returns. Pure: the weekly
// report counts, this decides.

export interface ReasonWeekCount {
  /** The Monday the week starts on, YYYY-MM-DD, in the shop's time zone. */
  week: string;
  reason: string;
  productId: string;
  count: number;
}

export interface SpikeOptions {
  /** More than this many times the usual weekly rate (2: more than twice). */
  factor: number;
  /** Fewer than this many in the week never spike. */
  minimumCount: number;
  /** How many weeks before make the usual rate. */
  baselineWeeks: number;
}

export const DEFAULT_SPIKE_OPTIONS: SpikeOptions = { factor: 2, minimumCount: 5, baselineWeeks: 8 };

export interface ReasonSpike {
  week: string;
  reason: string;
  productId: string;
  count: number;
  /** The usual weekly count: the mean over the baseline weeks, weeks with none counted as zero. */
  usualPerWeek: number;
}

/** The weeks before `week`, newest first, `n` of them (YYYY-MM-DD Mondays, calendar arithmetic only). */
export function weeksBefore(week: string, n: number): string[] {
  const [year, month, day] = week.split("-").map(Number) as [number, number, number];
  const start = Date.UTC(year, month - 1, day);
  return Array.from({ length: n }, (_, i) => new Date(start - (i + 1) * 7 * 86_400_000).toISOString().slice(0, 10));
}

/**
 * The reasons that spiked on a product in `week`. A reason with no history
 * spikes once it reaches the minimum (twice nothing is nothing). Sorted by
 * count, largest first.
 */
export function detectSpikes(
  counts: readonly ReasonWeekCount[],
  week: string,
  options: SpikeOptions = DEFAULT_SPIKE_OPTIONS,
): ReasonSpike[] {
  const baseline = new Set(weeksBefore(week, options.baselineWeeks));
  const key = (count: Pick<ReasonWeekCount, "reason" | "productId">) => `${count.reason}\u0000${count.productId}`;
  const history = new Map<string, number>();
  for (const count of counts) if (baseline.has(count.week)) history.set(key(count), (history.get(key(count)) ?? 0) + count.count);
  const thisWeek = new Map<string, ReasonWeekCount>();
  for (const count of counts) {
    if (count.week !== week) continue;
    const existing = thisWeek.get(key(count));
    thisWeek.set(key(count), existing ? { ...existing, count: existing.count + count.count } : { ...count });
  }
  const spikes: ReasonSpike[] = [];
  for (const [id, current] of thisWeek) {
    const usualPerWeek = (history.get(id) ?? 0) / options.baselineWeeks;
    // count > factor × usual, compared in whole numbers: count × weeks > factor × total.
    const above = current.count * options.baselineWeeks > options.factor * (history.get(id) ?? 0);
    if (current.count >= options.minimumCount && above)
      spikes.push({ week, reason: current.reason, productId: current.productId, count: current.count, usualPerWeek });
  }
  return spikes.sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason) || a.productId.localeCompare(b.productId));
}
