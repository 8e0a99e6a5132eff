import { describe, expect, it } from "vitest";
import { DEFAULT_WORKING_HOURS, type WeeklyHours } from "./agent";
import { agentsOnShift, firstToComeOn, isOnShift, nextShiftStart, shopClockLabel, type AgentSchedule } from "./availability";

const OFF: WeeklyHours = {
  monday: null,
  tuesday: null,
  wednesday: null,
  thursday: null,
  friday: null,
  saturday: null,
  sunday: null,
};
const nineToFive = { start: "09:00", end: "17:00" };
const weekdays = (shift: { start: string; end: string }): WeeklyHours => ({
  ...OFF,
  monday: shift,
  tuesday: shift,
  wednesday: shift,
  thursday: shift,
  friday: shift,
});

const at = (iso: string) => new Date(iso);

// 2025: New York springs forward on Sunday 9 March (02:00 EST -> 03:00 EDT, at
// 07:00 UTC) and falls back on Sunday 2 November (02:00 EDT -> 01:00 EST, at
// 06:00 UTC). Dubai (UTC+4) and Tokyo (UTC+9) have no daylight saving.
const newYork = (workingHours: Partial<WeeklyHours>): AgentSchedule & { name: string } => ({
  name: "Marcus (New York)",
  timeZone: "America/New_York",
  workingHours: { ...OFF, ...workingHours },
});
const dubai: AgentSchedule & { name: string } = { name: "Layla (Dubai)", timeZone: "Asia/Dubai", workingHours: weekdays(nineToFive) };
const tokyoNights: AgentSchedule & { name: string } = {
  name: "Aiko (Tokyo, nights)",
  timeZone: "Asia/Tokyo",
  workingHours: weekdays({ start: "22:00", end: "06:00" }),
};

describe("isOnShift", () => {
  it("reads a New York day shift on New York's clock on the day clocks go forward", () => {
    const sunday = newYork({ sunday: nineToFive });
    // 09:00 EDT is 13:00 UTC that day (a fixed EST offset would say 14:00).
    expect(isOnShift(sunday, at("2025-03-09T12:59:59Z"))).toBe(false);
    expect(isOnShift(sunday, at("2025-03-09T13:00:00Z"))).toBe(true);
    expect(isOnShift(sunday, at("2025-03-09T20:59:59Z"))).toBe(true);
    expect(isOnShift(sunday, at("2025-03-09T21:00:00Z"))).toBe(false);
  });

  it("makes an overnight shift across the spring-forward night an hour shorter", () => {
    // Saturday 22:00 EST (03:00 UTC Sunday) to Sunday 06:00 EDT (10:00 UTC): 7 hours.
    const saturdayNight = newYork({ saturday: { start: "22:00", end: "06:00" } });
    expect(isOnShift(saturdayNight, at("2025-03-09T02:59:00Z"))).toBe(false);
    expect(isOnShift(saturdayNight, at("2025-03-09T03:00:00Z"))).toBe(true);
    expect(isOnShift(saturdayNight, at("2025-03-09T07:30:00Z"))).toBe(true); // 03:30 EDT, just past the gap
    expect(isOnShift(saturdayNight, at("2025-03-09T09:59:00Z"))).toBe(true);
    expect(isOnShift(saturdayNight, at("2025-03-09T10:00:00Z"))).toBe(false);
  });

  it("makes an overnight shift across the fall-back night an hour longer", () => {
    // Saturday 22:00 EDT (02:00 UTC Sunday) to Sunday 06:00 EST (11:00 UTC): 9 hours.
    const saturdayNight = newYork({ saturday: { start: "22:00", end: "06:00" } });
    expect(isOnShift(saturdayNight, at("2025-11-02T01:59:00Z"))).toBe(false);
    expect(isOnShift(saturdayNight, at("2025-11-02T02:00:00Z"))).toBe(true);
    expect(isOnShift(saturdayNight, at("2025-11-02T10:30:00Z"))).toBe(true); // 05:30 EST
    expect(isOnShift(saturdayNight, at("2025-11-02T11:00:00Z"))).toBe(false);
  });

  it("follows Dubai's clock, and its Saturday–Sunday weekend", () => {
    // Monday 10 March 2025.
    expect(isOnShift(dubai, at("2025-03-10T04:59:00Z"))).toBe(false); // 08:59
    expect(isOnShift(dubai, at("2025-03-10T05:00:00Z"))).toBe(true); // 09:00
    expect(isOnShift(dubai, at("2025-03-10T12:59:00Z"))).toBe(true); // 16:59
    expect(isOnShift(dubai, at("2025-03-10T13:00:00Z"))).toBe(false); // 17:00
    expect(isOnShift(dubai, at("2025-03-15T08:00:00Z"))).toBe(false); // Saturday 12:00
  });

  it("credits an overnight Tokyo shift to the day it starts, across midnight", () => {
    // Monday 22:00 JST is 13:00 UTC Monday; Tuesday 06:00 JST is 21:00 UTC Monday.
    expect(isOnShift(tokyoNights, at("2025-03-10T12:59:00Z"))).toBe(false);
    expect(isOnShift(tokyoNights, at("2025-03-10T13:00:00Z"))).toBe(true);
    expect(isOnShift(tokyoNights, at("2025-03-10T18:00:00Z"))).toBe(true); // Tuesday 03:00 JST
    expect(isOnShift(tokyoNights, at("2025-03-10T20:59:00Z"))).toBe(true);
    expect(isOnShift(tokyoNights, at("2025-03-10T21:00:00Z"))).toBe(false);
    // Friday's shift runs into Saturday morning; Sunday has none, so Monday morning is off.
    expect(isOnShift(tokyoNights, at("2025-03-14T20:00:00Z"))).toBe(true); // Saturday 05:00 JST
    expect(isOnShift(tokyoNights, at("2025-03-15T13:00:00Z"))).toBe(false); // Saturday 22:00 JST
    expect(isOnShift(tokyoNights, at("2025-03-16T18:00:00Z"))).toBe(false); // Monday 03:00 JST
  });

  it("runs a 00:00–24:00 shift all day and ends it at midnight", () => {
    const allSunday = newYork({ sunday: { start: "00:00", end: "24:00" } });
    expect(isOnShift(allSunday, at("2025-03-09T05:00:00Z"))).toBe(true); // 00:00 EST
    expect(isOnShift(allSunday, at("2025-03-10T03:59:00Z"))).toBe(true); // 23:59 EDT
    expect(isOnShift(allSunday, at("2025-03-10T04:00:00Z"))).toBe(false); // Monday 00:00 EDT
  });

  it("never puts an inactive agent on shift", () => {
    expect(isOnShift({ ...dubai, active: false }, at("2025-03-10T06:00:00Z"))).toBe(false);
  });
});

describe("agentsOnShift", () => {
  it("follows the sun: whoever is working on their own clock", () => {
    const marcus = newYork(weekdays(nineToFive));
    const team = [marcus, dubai, tokyoNights];
    // Monday 10 March, 13:30 UTC: 09:30 in New York, 17:30 in Dubai, 22:30 in Tokyo.
    expect(agentsOnShift(team, at("2025-03-10T13:30:00Z"))).toEqual([marcus, tokyoNights]);
    // Monday 06:00 UTC: 02:00 in New York, 10:00 in Dubai, 15:00 in Tokyo.
    expect(agentsOnShift(team, at("2025-03-10T06:00:00Z"))).toEqual([dubai]);
    // Sunday 12:00 UTC: everyone's day off.
    expect(agentsOnShift(team, at("2025-03-09T12:00:00Z"))).toEqual([]);
  });
});

describe("nextShiftStart", () => {
  it("says when an agent is back, on their clock, across a weekend and a clock change", () => {
    const marcus = newYork(weekdays(nineToFive));
    // Friday 7 March 17:00 EST; Monday 09:00 is EDT by then, so 13:00 UTC, not 14:00.
    expect(nextShiftStart(marcus, at("2025-03-07T22:00:00Z"))).toEqual({
      startsAt: at("2025-03-10T13:00:00Z"),
      timeZone: "America/New_York",
      weekday: "monday",
      localDate: "2025-03-10",
      localTime: "09:00",
      label: "09:00 Monday",
    });
  });

  it("skips days off: back at 09:00 Tuesday", () => {
    const tuesdayToFriday = newYork({ ...weekdays(nineToFive), monday: null });
    const next = nextShiftStart(tuesdayToFriday, at("2025-03-10T15:00:00Z"));
    expect(next?.label).toBe("09:00 Tuesday");
    expect(next?.startsAt).toEqual(at("2025-03-11T13:00:00Z"));
  });

  it("gives the shift after this one to an agent on shift, and next week's when it's the only one", () => {
    const mondaysOnly = newYork({ monday: nineToFive });
    expect(nextShiftStart(mondaysOnly, at("2025-03-10T14:00:00Z"))?.startsAt).toEqual(at("2025-03-17T13:00:00Z"));
    expect(nextShiftStart(mondaysOnly, at("2025-03-10T12:59:00Z"))?.startsAt).toEqual(at("2025-03-10T13:00:00Z"));
  });

  it("starts a shift set inside the spring-forward gap as far past the gap as it was into it", () => {
    const sundayEarly = newYork({ sunday: { start: "02:30", end: "06:00" } });
    const next = nextShiftStart(sundayEarly, at("2025-03-08T12:00:00Z"));
    expect(next?.startsAt).toEqual(at("2025-03-09T07:30:00Z"));
    expect(next?.label).toBe("03:30 Sunday");
  });

  it("finds tonight's overnight shift in Tokyo", () => {
    // Monday 12:00 JST.
    expect(nextShiftStart(tokyoNights, at("2025-03-10T03:00:00Z"))).toMatchObject({
      startsAt: at("2025-03-10T13:00:00Z"),
      label: "22:00 Monday",
    });
  });

  it("has nothing to say for an inactive agent or one with no shifts", () => {
    expect(nextShiftStart({ ...dubai, active: false }, at("2025-03-10T03:00:00Z"))).toBeNull();
    expect(nextShiftStart(newYork({}), at("2025-03-10T03:00:00Z"))).toBeNull();
  });
});

describe("who comes on shift first", () => {
  const weekdays = { ...DEFAULT_WORKING_HOURS };
  it("is the agent whose next shift starts soonest, whatever their time zone", () => {
    // Saturday 12:00 UTC: Riyadh's team is off until Monday 09:00 (06:00 UTC),
    // Manila's until Monday 09:00 (Monday 01:00 UTC).
    const now = new Date("2026-03-07T12:00:00Z");
    const first = firstToComeOn(
      [
        { name: "Layla", timeZone: "Asia/Riyadh", workingHours: weekdays },
        { name: "Paolo", timeZone: "Asia/Manila", workingHours: weekdays },
        { name: "Gone", timeZone: "UTC", workingHours: { ...weekdays, sunday: { start: "00:00", end: "01:00" } }, active: false },
      ],
      now,
    );
    expect(first?.agent.name).toBe("Paolo");
    expect(first?.next.startsAt.toISOString()).toBe("2026-03-09T01:00:00.000Z");
    expect(shopClockLabel(first!.next.startsAt, "Asia/Riyadh")).toBe("04:00 Monday");
  });

  it("is nobody when no active agent has a shift", () => {
    expect(firstToComeOn([{ timeZone: "UTC", workingHours: weekdays, active: false }], new Date())).toBeNull();
  });
});
