// Follow-the-sun support: who is working right now, each on their own clock,
// and when an agent who isn't will be back. A shift is wall-clock time in the
// agent's time zone ("09:00–17:00 in Tokyo"), turned into real instants with
// that zone's daylight-saving rules for that very date, so a shift that spans
// a clock change is an hour shorter or longer, as it is for the agent.
import { minutesOfTime, WEEKDAYS, type Shift, type Weekday, type WeeklyHours } from "./agent";
import { addDays, instantOfWallClock, wallClockAt, weekdayIndexOf, type CalendarDate } from "../time/zoned-time";

/** What availability needs to know about an agent; AgentSettings has it all. */
export interface AgentSchedule {
  timeZone: string;
  workingHours: WeeklyHours;
  /** An inactive agent is never on shift. Absent means active. */
  active?: boolean;
}

export interface ShiftInstants {
  start: number;
  end: number;
}

/**
 * The real instants a shift on this date starts and ends. An end at or before
 * the start is on the next day; "24:00" is the next midnight.
 */
export function shiftInstants(date: CalendarDate, shift: Shift, timeZone: string): ShiftInstants {
  const startMinutes = minutesOfTime(shift.start);
  const endMinutes = minutesOfTime(shift.end);
  const endDate = endMinutes > startMinutes ? date : addDays(date, 1);
  const start = instantOfWallClock({ ...date, hour: 0, minute: startMinutes }, timeZone).getTime();
  const end = instantOfWallClock({ ...endDate, hour: 0, minute: endMinutes }, timeZone).getTime();
  return { start, end };
}

/** The agent's shift that starts on this date of their calendar, if any. */
export function shiftOn(agent: AgentSchedule, date: CalendarDate): Shift | null {
  return agent.workingHours[WEEKDAYS[weekdayIndexOf(date)]] ?? null;
}

/**
 * Whether the agent is working at this instant. Only today's shift and
 * yesterday's (an overnight one still running) can cover it, on the agent's
 * calendar: a shift is shorter than a day and a half.
 */
export function isOnShift(agent: AgentSchedule, now: Date): boolean {
  if (agent.active === false) return false;
  const nowMs = now.getTime();
  const today = wallClockAt(nowMs, agent.timeZone);
  for (const date of [addDays(today, -1), today]) {
    const shift = shiftOn(agent, date);
    if (!shift) continue;
    const { start, end } = shiftInstants(date, shift, agent.timeZone);
    if (start <= nowMs && nowMs < end) return true;
  }
  return false;
}

/** The agents working at this instant, in the order given. */
export function agentsOnShift<T extends AgentSchedule>(agents: readonly T[], now: Date): T[] {
  return agents.filter((agent) => isOnShift(agent, now));
}

export interface NextShift {
  startsAt: Date;
  /** Everything below is on the agent's clock. */
  timeZone: string;
  weekday: Weekday;
  /** "2025-03-11" */
  localDate: string;
  /** "09:00" */
  localTime: string;
  /** "09:00 Tuesday", for "back at 09:00 Tuesday (their time)". */
  label: string;
}

const pad = (value: number) => String(value).padStart(2, "0");

/** "09:00 Tuesday": this instant on the clock of timeZone. */
export function shopClockLabel(instant: Date | number, timeZone: string): string {
  const clock = wallClockAt(instant, timeZone);
  const weekday = WEEKDAYS[weekdayIndexOf(clock)];
  return `${pad(clock.hour)}:${pad(clock.minute)} ${weekday[0].toUpperCase()}${weekday.slice(1)}`;
}

/**
 * When the agent's next shift starts, strictly after `now` (so for an agent
 * on shift, the one after this). Null when the agent is inactive or has no
 * shifts at all. The time shown is where the clock really is at that instant:
 * a shift set for 02:30 on the night clocks skip to 03:00 starts at 03:30.
 */
export function nextShiftStart(agent: AgentSchedule, now: Date): NextShift | null {
  if (agent.active === false) return null;
  const nowMs = now.getTime();
  const today = wallClockAt(nowMs, agent.timeZone);
  // Today through the same weekday next week: if today's shift has started,
  // the next one on this weekday is seven days on.
  for (let offset = 0; offset <= 7; offset++) {
    const date = addDays(today, offset);
    const shift = shiftOn(agent, date);
    if (!shift) continue;
    const { start } = shiftInstants(date, shift, agent.timeZone);
    if (start <= nowMs) continue;
    const clock = wallClockAt(start, agent.timeZone);
    return {
      startsAt: new Date(start),
      timeZone: agent.timeZone,
      weekday: WEEKDAYS[weekdayIndexOf(clock)],
      localDate: `${clock.year}-${pad(clock.month)}-${pad(clock.day)}`,
      localTime: `${pad(clock.hour)}:${pad(clock.minute)}`,
      label: shopClockLabel(start, agent.timeZone),
    };
  }
  return null;
}

/**
 * Who comes on shift first after `now`, for "nobody is on shift; Paolo comes
 * on at 04:00 (your time)". Null when no active agent has any shift.
 */
export function firstToComeOn<T extends AgentSchedule>(agents: readonly T[], now: Date): { agent: T; next: NextShift } | null {
  let first: { agent: T; next: NextShift } | null = null;
  for (const agent of agents) {
    const next = nextShiftStart(agent, now);
    if (next && (!first || next.startsAt < first.next.startsAt)) first = { agent, next };
  }
  return first;
}
