// Which period the leaderboard covers: this month, last month, or the days
// the merchant picks, always whole days on the shop's clock, so a month's
// figures are the same whoever looks and wherever they are.
import { budgetPeriod } from "./delight-codes";
import { addDays, instantOfWallClock, wallClockAt, type CalendarDate } from "../time/zoned-time";
import { formMessage } from "../form-message";

export const LEADERBOARD_PERIODS = ["this_month", "last_month", "custom"] as const;
export type LeaderboardPeriodKey = (typeof LEADERBOARD_PERIODS)[number];

/** A custom period spans at most this many days: a year and a day for a leap year. */
export const CUSTOM_PERIOD_MAX_DAYS = 366;

export interface LeaderboardPeriod {
  key: LeaderboardPeriodKey;
  /** Inclusive, on the shop's clock. */
  start: Date;
  /** Exclusive: the first instant after the period. */
  end: Date;
  /** "2026-11-01": the first day, on the shop's clock. */
  from: string;
  /** "2026-11-30": the last day (inclusive), on the shop's clock. */
  to: string;
  /** "November 2026", "Nov 3 – Nov 9, 2026". */
  label: string;
}

export type LeaderboardPeriodParse = { ok: true; period: LeaderboardPeriod } | { ok: false; fieldErrors: Record<string, string> };

const pad = (value: number) => String(value).padStart(2, "0");
const isoDate = (date: CalendarDate) => `${date.year}-${pad(date.month)}-${pad(date.day)}`;

function parseIsoDate(text: string | null): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text?.trim() ?? "");
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  // Date.UTC rolls 2026-02-30 over to March; a real date survives the round trip.
  const check = addDays(date, 0);
  return check.year === date.year && check.month === date.month && check.day === date.day ? date : null;
}

function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000);
}

function labelOf(from: CalendarDate, to: CalendarDate, wholeMonth: boolean): string {
  const day = (date: CalendarDate, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat("en-US", { timeZone: "UTC", ...options }).format(new Date(Date.UTC(date.year, date.month - 1, date.day)));
  if (wholeMonth) return day(from, { month: "long", year: "numeric" });
  const sameYear = from.year === to.year;
  return `${day(from, { month: "short", day: "numeric", ...(sameYear ? {} : { year: "numeric" }) })} – ${day(to, { month: "short", day: "numeric", year: "numeric" })}`;
}

/** This month or last month, whole, on the shop's clock. */
export function leaderboardMonth(key: "this_month" | "last_month", now: Date, timeZone: string): LeaderboardPeriod {
  const thisMonth = budgetPeriod(now, timeZone);
  const month = key === "this_month" ? thisMonth : budgetPeriod(new Date(thisMonth.start.getTime() - 1), timeZone);
  const first = wallClockAt(month.start, timeZone);
  const last = addDays(wallClockAt(month.end, timeZone), -1);
  return {
    key,
    start: month.start,
    end: month.end,
    from: isoDate(first),
    to: isoDate(last),
    label: labelOf(first, last, true),
  };
}

/**
 * Reads `period` (this_month by default), and for a custom period `from` and
 * `to` (YYYY-MM-DD, both days included), from the page's query string.
 */
export function parseLeaderboardPeriod(params: URLSearchParams, now: Date, timeZone: string): LeaderboardPeriodParse {
  const key = params.get("period") ?? "this_month";
  if (key === "this_month" || key === "last_month") return { ok: true, period: leaderboardMonth(key, now, timeZone) };
  if (key !== "custom") return { ok: false, fieldErrors: { period: formMessage("common:periodErrors.leaderboard") } };

  const fieldErrors: Record<string, string> = {};
  const from = parseIsoDate(params.get("from"));
  const to = parseIsoDate(params.get("to"));
  if (!from) fieldErrors.from = formMessage("common:periodErrors.firstDay");
  if (!to) fieldErrors.to = formMessage("common:periodErrors.lastDay");
  if (from && to) {
    const days = daysBetween(from, to) + 1;
    if (days < 1) fieldErrors.to = formMessage("common:periodErrors.dayOrder");
    else if (days > CUSTOM_PERIOD_MAX_DAYS) fieldErrors.to = formMessage("common:periodErrors.maxDays", { max: CUSTOM_PERIOD_MAX_DAYS });
  }
  if (!from || !to || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return {
    ok: true,
    period: {
      key: "custom",
      start: instantOfWallClock(from, timeZone),
      end: instantOfWallClock(addDays(to, 1), timeZone),
      from: isoDate(from),
      to: isoDate(to),
      label: labelOf(from, to, false),
    },
  };
}
