// Follow the sun (source articles 000 §8, 002): with a small team spread over
// time zones, the hours nobody covers are where customers wait 12 hours. The
// roster shows one week on the shop's clock, hour by hour: who is on shift,
// and the gaps. Each agent's shifts are turned into real instants on their own
// clock (availability.ts), each of the shop's hours too, and the two compared
// as instants, so a daylight-saving change on either side moves the grid as it
// moves the people: on the night the shop's clocks go forward its 02:00 hour
// does not exist, and the night they go back its 01:00 hour lasts two.
import { shiftInstants, shiftOn, type AgentSchedule } from "./availability";
import { WEEKDAYS, type Weekday } from "./agent";
import { AGENT_LANGUAGES, type AgentLanguage } from "./languages";
import { addDays, instantOfWallClock, wallClockAt, weekdayIndexOf, type CalendarDate } from "../time/zoned-time";

export interface CoverageAgent extends AgentSchedule {
  id: string;
  /** The languages they answer customers in (languages.ts). */
  languages?: readonly string[];
}

/** covered: someone the whole hour; partial: someone part of it; gap: nobody; skipped: the clock jumps over it. */
export type CoverageStatus = "covered" | "partial" | "gap" | "skipped";

export interface CoverageHour {
  /** 0–23 on the shop's clock. */
  hour: number;
  status: CoverageStatus;
  /** The agents on shift at some moment of the hour, in the roster's order. */
  agentIds: string[];
  /** The languages of those agents, in AGENT_LANGUAGES' order: who can answer a customer in theirs this hour. */
  languages: AgentLanguage[];
  /** Minutes of the hour someone covers (60 for a covered hour; 120 for the doubled hour when clocks go back). */
  coveredMinutes: number;
  /** Real length of the hour in minutes: 60, 0 when skipped, 120 when the clocks go back. */
  lengthMinutes: number;
}

export interface CoverageDay {
  date: CalendarDate;
  weekday: Weekday;
  hours: CoverageHour[];
}

export interface CoverageGap {
  weekday: Weekday;
  /** "02:00" on the shop's clock. */
  from: string;
  /** "06:00"; "24:00" when it runs to midnight. */
  to: string;
  hours: number;
}

export interface WeekCoverage {
  timeZone: string;
  /** The Monday the week starts on, on the shop's clock. */
  weekStart: CalendarDate;
  days: CoverageDay[];
  /** Runs of hours nobody covers, day by day; a partial hour is not a gap but is counted apart. */
  gaps: CoverageGap[];
  coveredHours: number;
  partialHours: number;
  gapHours: number;
  /** Per language, the hours of the week at least one agent who speaks it is on shift (some of the hour). */
  languageHours: Record<AgentLanguage, number>;
}

const MINUTE_MS = 60_000;
const pad = (value: number) => String(value).padStart(2, "0");

interface Interval {
  agentId: string;
  start: number;
  end: number;
}

/** The Monday of the week this instant falls in, on the shop's clock. */
export function mondayOfWeek(now: Date, timeZone: string): CalendarDate {
  const today = wallClockAt(now, timeZone);
  const date = { year: today.year, month: today.month, day: today.day };
  return addDays(date, -weekdayIndexOf(date));
}

/** Every shift of every active agent that can touch [from, to), as instants. */
function shiftIntervals(agents: readonly CoverageAgent[], from: number, to: number): Interval[] {
  const intervals: Interval[] = [];
  // Agents share a few time zones: each zone's days of the week are read once, not once an agent.
  const daysIn = new Map<string, { first: ReturnType<typeof wallClockAt>; last: ReturnType<typeof wallClockAt> }>();
  for (const agent of agents) {
    if (agent.active === false) continue;
    let days = daysIn.get(agent.timeZone);
    if (!days) {
      days = { first: wallClockAt(from, agent.timeZone), last: wallClockAt(to, agent.timeZone) };
      daysIn.set(agent.timeZone, days);
    }
    const { first, last } = days;
    const lastDay = Date.UTC(last.year, last.month - 1, last.day);
    // From the day before (an overnight shift still running) to the last day.
    for (let date = addDays(first, -1); Date.UTC(date.year, date.month - 1, date.day) <= lastDay; date = addDays(date, 1)) {
      const shift = shiftOn(agent, date);
      if (!shift) continue;
      const { start, end } = shiftInstants(date, shift, agent.timeZone);
      if (end > from && start < to) intervals.push({ agentId: agent.id, start, end });
    }
  }
  return intervals;
}

/** Milliseconds of [start, end) that the union of the intervals covers. */
function coveredMs(intervals: readonly Interval[], start: number, end: number): number {
  const clipped = intervals
    .map((interval) => [Math.max(interval.start, start), Math.min(interval.end, end)] as const)
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reach = start;
  for (const [from, to] of clipped) {
    if (to <= reach) continue;
    covered += to - Math.max(from, reach);
    reach = to;
  }
  return covered;
}

/**
 * The shop's week from its Monday, hour by hour on the shop's clock: who is on
 * shift, which hours nobody covers. Inactive agents count for nothing.
 */
export function weekCoverage(agents: readonly CoverageAgent[], weekStart: CalendarDate, timeZone: string): WeekCoverage {
  const weekFrom = instantOfWallClock(weekStart, timeZone).getTime();
  const weekTo = instantOfWallClock(addDays(weekStart, 7), timeZone).getTime();
  const intervals = shiftIntervals(agents, weekFrom, weekTo);
  const order = new Map(agents.map((agent, index) => [agent.id, index]));
  const spoken = new Map(agents.map((agent) => [agent.id, new Set(agent.languages ?? [])]));
  const languagesOf = (agentIds: readonly string[]) =>
    AGENT_LANGUAGES.filter((language) => agentIds.some((id) => spoken.get(id)?.has(language)));
  const languageHours = Object.fromEntries(AGENT_LANGUAGES.map((language) => [language, 0])) as Record<AgentLanguage, number>;

  const days: CoverageDay[] = [];
  const gaps: CoverageGap[] = [];
  let coveredHours = 0;
  let partialHours = 0;
  let gapHours = 0;

  for (let index = 0; index < 7; index++) {
    const date = addDays(weekStart, index);
    const weekday = WEEKDAYS[weekdayIndexOf(date)];
    const hours: CoverageHour[] = [];
    let gapStart: number | null = null;
    let gapLength = 0;
    const closeGap = (hour: number) => {
      if (gapStart === null) return;
      gaps.push({ weekday, from: `${pad(gapStart)}:00`, to: `${pad(hour)}:00`, hours: gapLength });
      gapStart = null;
      gapLength = 0;
    };
    for (let hour = 0; hour < 24; hour++) {
      const start = instantOfWallClock({ ...date, hour }, timeZone).getTime();
      const end = instantOfWallClock({ ...date, hour: hour + 1 }, timeZone).getTime();
      // An hour the clock never shows reads as one whose start lands after the
      // next hour's start: it has no length.
      const startClock = wallClockAt(start, timeZone);
      const skipped = startClock.hour !== hour || end <= start;
      if (skipped) {
        hours.push({ hour, status: "skipped", agentIds: [], languages: [], coveredMinutes: 0, lengthMinutes: 0 });
        continue;
      }
      const inHour = intervals.filter((interval) => interval.start < end && interval.end > start);
      const covered = coveredMs(inHour, start, end);
      const status: CoverageStatus = covered === 0 ? "gap" : covered >= end - start ? "covered" : "partial";
      const agentIds = [...new Set(inHour.map((interval) => interval.agentId))].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      const languages = languagesOf(agentIds);
      for (const language of languages) languageHours[language] += 1;
      hours.push({
        hour,
        status,
        agentIds,
        languages,
        coveredMinutes: Math.round(covered / MINUTE_MS),
        lengthMinutes: Math.round((end - start) / MINUTE_MS),
      });
      if (status === "gap") {
        gapHours += 1;
        gapStart ??= hour;
        gapLength += 1;
      } else {
        closeGap(hour);
        if (status === "covered") coveredHours += 1;
        else partialHours += 1;
      }
    }
    closeGap(24);
    days.push({ date, weekday, hours });
  }

  return { timeZone, weekStart, days, gaps, coveredHours, partialHours, gapHours, languageHours };
}
