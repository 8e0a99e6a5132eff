// Months on the shop's clock, which is how the profit dashboard counts: an
// order placed at 23:30 on 31 January in New York is January's, wherever the
// merchant reads the page from. Boundaries come from Intl's time-zone rules
// (../time/zoned-time), so a month that changes to or from daylight saving
// is still exactly its days, and agrees with the agents' budget months.
import { instantOfWallClock, wallClockAt } from "../time/zoned-time";
import { formMessage } from "../form-message";

/** "2026-01": a calendar month on the shop's clock. Sorts as text in calendar order. */
export type MonthKey = string;

export interface CalendarMonth {
  year: number;
  /** 1–12 */
  month: number;
}

const MONTH_KEY_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function parseMonthKey(text: string | null | undefined): CalendarMonth | null {
  const match = MONTH_KEY_PATTERN.exec(text?.trim() ?? "");
  return match ? { year: Number(match[1]), month: Number(match[2]) } : null;
}

export function assertMonthKey(text: string, what = "A month"): CalendarMonth {
  const parsed = parseMonthKey(text);
  if (!parsed || text !== text.trim()) throw new RangeError(`${what} must look like 2026-01, got "${text}"`);
  return parsed;
}

/** { year: 2026, month: 13 } → "2027-01": months past 12 (or below 1) roll over the year. */
export function monthKey(month: CalendarMonth): MonthKey {
  const index = month.year * 12 + (month.month - 1);
  const year = Math.floor(index / 12);
  if (year < 1000 || year > 9999) throw new RangeError(`Year ${year} is out of range`);
  return `${year}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The month an instant falls in, on the shop's clock. */
export function monthKeyOf(instant: Date, timeZone: string): MonthKey {
  const { year, month } = wallClockAt(instant, timeZone);
  return monthKey({ year, month });
}

/** "2026-01" + 2 → "2026-03"; "2026-01" − 1 → "2025-12". */
export function addMonths(key: MonthKey, count: number): MonthKey {
  if (!Number.isSafeInteger(count)) throw new RangeError(`A number of months must be a whole number, got ${count}`);
  const { year, month } = assertMonthKey(key);
  return monthKey({ year, month: month + count });
}

/** How many months from `from` to `to`: "2026-01" → "2026-03" is 2. */
export function monthsBetween(from: MonthKey, to: MonthKey): number {
  const start = assertMonthKey(from, "The first month");
  const end = assertMonthKey(to, "The last month");
  return (end.year - start.year) * 12 + (end.month - start.month);
}

/** Every month from `from` to `to`, both included, in order. */
export function monthsFromTo(from: MonthKey, to: MonthKey): MonthKey[] {
  const count = monthsBetween(from, to);
  if (count < 0) throw new RangeError(`${to} is before ${from}`);
  return Array.from({ length: count + 1 }, (_, index) => addMonths(from, index));
}

/**
 * The month's first instant and the first instant after it, on the shop's
 * clock: [start, end). Not 30 or 31 times 24 hours: the month that starts
 * daylight saving is an hour shorter.
 */
export function monthRange(key: MonthKey, timeZone: string): { start: Date; end: Date } {
  const { year, month } = assertMonthKey(key);
  return {
    start: instantOfWallClock({ year, month, day: 1 }, timeZone),
    end: instantOfWallClock({ year, month: month + 1, day: 1 }, timeZone),
  };
}

/** A span of instants [start, end) within one month on the shop's clock. */
export interface MonthPart {
  month: MonthKey;
  start: Date;
  end: Date;
}

/**
 * A period of instants split on the shop's month boundaries: the months it
 * covers whole (whose kept monthly sums can be read) and the parts of months
 * at either end it covers only in part (at most two, read from their rows).
 */
export function splitOnMonths(period: { start: Date; end: Date }, timeZone: string): { whole: MonthPart[]; partial: MonthPart[] } {
  const whole: MonthPart[] = [];
  const partial: MonthPart[] = [];
  if (period.end <= period.start) return { whole, partial };
  const months = monthsFromTo(monthKeyOf(period.start, timeZone), monthKeyOf(new Date(period.end.getTime() - 1), timeZone));
  for (const month of months) {
    const range = monthRange(month, timeZone);
    const start = range.start < period.start ? period.start : range.start;
    const end = range.end > period.end ? period.end : range.end;
    if (start.getTime() === range.start.getTime() && end.getTime() === range.end.getTime()) whole.push({ month, start, end });
    else partial.push({ month, start, end });
  }
  return { whole, partial };
}

/**
 * The last month that is over on the shop's clock. The current month's
 * revenue is still coming in while its salaries are already a whole month's,
 * so a verdict (profitable or not) waits for the month to end.
 */
export function lastCompleteMonth(now: Date, timeZone: string): MonthKey {
  return addMonths(monthKeyOf(now, timeZone), -1);
}

// Building an Intl.DateTimeFormat costs far more than using one.
const monthFormatters = new Map<string, Intl.DateTimeFormat>();

/** "January 2026" (long) or "Jan 2026" (short). */
export function monthLabel(key: MonthKey, options: { locale?: string; style?: "long" | "short" } = {}): string {
  const { year, month } = assertMonthKey(key);
  const locale = options.locale ?? "en-US";
  const style = options.style ?? "long";
  let formatter = monthFormatters.get(`${locale}|${style}`);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone: "UTC", month: style, year: "numeric" });
    monthFormatters.set(`${locale}|${style}`, formatter);
  }
  // Noon UTC on the 15th names the same month in every locale's calendar.
  return formatter.format(new Date(Date.UTC(year, month - 1, 15, 12)));
}

// ---------------------------------------------------------------------------
// The period picker

export const PROFIT_PERIODS = ["last_3_months", "last_6_months", "last_12_months", "this_year", "custom"] as const;
export type ProfitPeriodKey = (typeof PROFIT_PERIODS)[number];
export const DEFAULT_PROFIT_PERIOD: ProfitPeriodKey = "last_12_months";

// Their names are in profit.json, under "periods".

/** A custom range covers at most three years of months. */
export const CUSTOM_RANGE_MAX_MONTHS = 36;

const LAST_MONTHS: Readonly<Record<"last_3_months" | "last_6_months" | "last_12_months", number>> = {
  last_3_months: 3,
  last_6_months: 6,
  last_12_months: 12,
};

export interface ProfitPeriod {
  key: ProfitPeriodKey;
  /** The first month, included. */
  from: MonthKey;
  /** The last month, included. */
  to: MonthKey;
  /** Every month of the period, in order. */
  months: MonthKey[];
  /** The period's first instant, on the shop's clock. */
  start: Date;
  /** The first instant after the period. */
  end: Date;
  /** The current month when the period includes it: its figures are "so far". */
  partialMonth: MonthKey | null;
  /** "Jan – Mar 2026", "Oct 2025 – Mar 2026", "January 2026". */
  label: string;
}

export type ProfitPeriodParse = { ok: true; period: ProfitPeriod } | { ok: false; fieldErrors: Record<string, string> };

function rangeLabel(from: MonthKey, to: MonthKey): string {
  if (from === to) return monthLabel(from);
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const first = sameYear
    ? new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "short" }).format(new Date(`${from}-15T12:00:00Z`))
    : monthLabel(from, { style: "short" });
  return `${first} – ${monthLabel(to, { style: "short" })}`;
}

function periodOf(key: ProfitPeriodKey, from: MonthKey, to: MonthKey, now: Date, timeZone: string): ProfitPeriod {
  const current = monthKeyOf(now, timeZone);
  return {
    key,
    from,
    to,
    months: monthsFromTo(from, to),
    start: monthRange(from, timeZone).start,
    end: monthRange(to, timeZone).end,
    partialMonth: from <= current && current <= to ? current : null,
    label: rangeLabel(from, to),
  };
}

/**
 * A preset period, ending with the current month, which is included as "so
 * far" (partialMonth) so the page shows what is happening now, not a month
 * ago; the page and the CSV say that month is in progress, and the verdict
 * (since when support is a profit center) still waits for complete months:
 * - last 3, 6 or 12 months: that many months, the current one among them;
 * - this year: January to the current month, so the year is never empty in
 *   January.
 */
export function profitPeriod(key: Exclude<ProfitPeriodKey, "custom">, now: Date, timeZone: string): ProfitPeriod {
  const current = monthKeyOf(now, timeZone);
  if (key === "this_year") return periodOf(key, `${current.slice(0, 4)}-01`, current, now, timeZone);
  return periodOf(key, addMonths(current, -(LAST_MONTHS[key] - 1)), current, now, timeZone);
}

/** Months the merchant picks, both included: not in the future, at most CUSTOM_RANGE_MAX_MONTHS. */
export function customProfitPeriod(from: string | null, to: string | null, now: Date, timeZone: string): ProfitPeriodParse {
  const fieldErrors: Record<string, string> = {};
  const first = parseMonthKey(from);
  const last = parseMonthKey(to);
  if (!first) fieldErrors.from = formMessage("common:periodErrors.firstMonth");
  if (!last) fieldErrors.to = formMessage("common:periodErrors.lastMonth");
  if (!first || !last) return { ok: false, fieldErrors };
  const fromKey = monthKey(first);
  const toKey = monthKey(last);
  const current = monthKeyOf(now, timeZone);
  const count = monthsBetween(fromKey, toKey) + 1;
  if (count < 1) fieldErrors.to = formMessage("common:periodErrors.monthOrder");
  else if (toKey > current) fieldErrors.to = formMessage("common:periodErrors.future");
  else if (count > CUSTOM_RANGE_MAX_MONTHS) fieldErrors.to = formMessage("common:periodErrors.maxMonths", { max: CUSTOM_RANGE_MAX_MONTHS });
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, period: periodOf("custom", fromKey, toKey, now, timeZone) };
}

/** Reads `period` (DEFAULT_PROFIT_PERIOD when absent) and, for a custom range, `from` and `to` (YYYY-MM) from the query string. */
export function parseProfitPeriod(params: URLSearchParams, now: Date, timeZone: string): ProfitPeriodParse {
  const key = params.get("period") ?? DEFAULT_PROFIT_PERIOD;
  if (key === "custom") return customProfitPeriod(params.get("from"), params.get("to"), now, timeZone);
  if (!(PROFIT_PERIODS as readonly string[]).includes(key)) {
    return { ok: false, fieldErrors: { period: formMessage("common:periodErrors.profit") } };
  }
  return { ok: true, period: profitPeriod(key as Exclude<ProfitPeriodKey, "custom">, now, timeZone) };
}
