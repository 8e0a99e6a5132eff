// Calendar days in the shop's time zone, as "YYYY-MM-DD" strings: the key of
// the daily event counts. Strings of this form sort as the days do, so a
// period is a range of strings.
import { addDays, instantOfWallClock, type CalendarDate } from "./zoned-time";

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string) {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Per time zone, the last minute asked for and its day: hot paths (a tracking page view) ask for
 * "today" many times a minute, and formatToParts is costly. A day starts on a whole minute in every
 * time zone of our era (offsets are whole minutes), so one minute is one day.
 */
const dayOfLastMinute = new Map<string, { minute: number; day: string }>();

/** The date a calendar on the wall in timeZone showed at this instant. */
export function dayInTimeZone(instant: Date, timeZone: string): string {
  const minute = Math.floor(instant.getTime() / 60_000);
  const last = dayOfLastMinute.get(timeZone);
  if (last?.minute === minute) return last.day;
  const parts: Record<string, string> = {};
  for (const part of dayFormatter(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  const day = `${parts.year}-${parts.month}-${parts.day}`;
  dayOfLastMinute.set(timeZone, { minute, day });
  return day;
}

function calendarDate(day: string): CalendarDate {
  const [year, month, date] = day.split("-").map(Number);
  return { year, month, day: date };
}

function dayString(date: CalendarDate) {
  return `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

export interface DayPeriod {
  /** First day counted, "YYYY-MM-DD". */
  firstDay: string;
  /** Today, in the shop's time zone. */
  lastDay: string;
  /** Midnight at the start of firstDay in the shop's time zone. */
  start: Date;
}

/** The last `days` days, today included, in the shop's time zone. */
export function lastDays(days: number, now: Date, timeZone: string): DayPeriod {
  if (!Number.isInteger(days) || days < 1) throw new RangeError("A period is at least one whole day");
  const lastDay = dayInTimeZone(now, timeZone);
  const first = addDays(calendarDate(lastDay), -(days - 1));
  return { firstDay: dayString(first), lastDay, start: instantOfWallClock(first, timeZone) };
}
