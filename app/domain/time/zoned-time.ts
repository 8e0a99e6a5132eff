// Wall-clock time in a named time zone, from Intl alone. Intl knows every
// zone's offsets and daylight-saving rules (the IANA database ships with
// Node and browsers), so no date library and no hand-kept offset table: an
// agent's "09:00" is 09:00 on their own clock, whatever the season.

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

export interface WallClock extends CalendarDate {
  hour: number;
  minute: number;
  second: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

// Building an Intl.DateTimeFormat costs far more than using one.
const wallClockFormatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = wallClockFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      // h23, not hour12: false, which some engines render as "24" at midnight.
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    wallClockFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** What a clock on the wall in timeZone showed at this instant. */
export function wallClockAt(instant: Date | number, timeZone: string): WallClock {
  const clock: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of wallClockFormatter(timeZone).formatToParts(instant)) {
    switch (part.type) {
      case "year":
      case "month":
      case "day":
      case "hour":
      case "minute":
      case "second":
        clock[part.type] = Number(part.value);
        break;
    }
  }
  return clock;
}

/** How far timeZone's clocks were ahead of UTC at this instant, in ms (negative west of Greenwich). */
export function utcOffsetMsAt(epochMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  const clock = wallClockAt(wholeSecond, timeZone);
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second) - wholeSecond;
}

/**
 * The instant a wall clock in timeZone shows this date and time. Out-of-range
 * fields roll over as Date.UTC rolls them (hour 24 is the next midnight, month
 * 13 is next January).
 *
 * Daylight saving makes some wall times happen twice and some never; this
 * resolves them as Temporal's "compatible" disambiguation does, which is what
 * people expect of a shift or a month boundary:
 * - a time that happens twice (01:30 when clocks go back) is the first one;
 * - a time that never happens (02:30 when clocks go forward) is read with the
 *   offset from before the change, so it lands as far past the gap as it was
 *   into it (03:30).
 */
export function instantOfWallClock(wall: CalendarDate & { hour?: number; minute?: number }, timeZone: string): Date {
  const asIfUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour ?? 0, wall.minute ?? 0);
  // A zone changes offset at most once in any two days, so the offsets a day
  // either side are the only candidates.
  const offsetBefore = utcOffsetMsAt(asIfUtc - DAY_MS, timeZone);
  const offsetAfter = utcOffsetMsAt(asIfUtc + DAY_MS, timeZone);
  let earliest: number | null = null;
  for (const offset of offsetBefore === offsetAfter ? [offsetBefore] : [offsetBefore, offsetAfter]) {
    const candidate = asIfUtc - offset;
    if (utcOffsetMsAt(candidate, timeZone) === offset && (earliest === null || candidate < earliest)) {
      earliest = candidate;
    }
  }
  return new Date(earliest ?? asIfUtc - offsetBefore);
}

/** The calendar date `days` after (or before) this one; no time zone involved. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** 0 = Monday … 6 = Sunday (ISO order, so a week's shifts read Monday first). */
export function weekdayIndexOf(date: CalendarDate): number {
  return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
}

/** Intl accepts a name this long at most; anything longer isn't a zone. */
const TIME_ZONE_NAME_MAX_LENGTH = 64;
/** Region/City names and "UTC", not offsets like "+05:00", which have no daylight-saving rules. */
const TIME_ZONE_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

let supportedTimeZonesByKey: Map<string, string> | null = null;

/** The zones a shop can pick from, as a select list: "UTC" first, then Intl's IANA names. */
export function timeZoneOptions(): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return ["UTC", ...zones.filter((zone) => zone !== "UTC")];
}

/**
 * The zone's name as Concierge stores it, or null when it is not an IANA zone
 * this runtime knows. Intl.supportedValuesOf lists only canonical names (it
 * has "Asia/Calcutta" but not "Asia/Kolkata", and no "UTC"), so the test is
 * whether Intl.DateTimeFormat accepts the zone; the list only restores the
 * usual capitals to a name typed in lower case.
 */
export function canonicalTimeZone(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed.length > TIME_ZONE_NAME_MAX_LENGTH || !TIME_ZONE_NAME_PATTERN.test(trimmed)) return null;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: trimmed });
  } catch {
    return null;
  }
  supportedTimeZonesByKey ??= new Map(timeZoneOptions().map((zone) => [zone.toLowerCase(), zone]));
  return supportedTimeZonesByKey.get(trimmed.toLowerCase()) ?? trimmed;
}
