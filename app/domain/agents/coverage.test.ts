import { describe, expect, it } from "vitest";
import { DEFAULT_WORKING_HOURS, type WeeklyHours } from "./agent";
import { mondayOfWeek, weekCoverage, type CoverageAgent } from "./coverage";

const everyDay = (start: string, end: string): WeeklyHours => ({
  monday: { start, end },
  tuesday: { start, end },
  wednesday: { start, end },
  thursday: { start, end },
  friday: { start, end },
  saturday: { start, end },
  sunday: { start, end },
});

const agent = (id: string, timeZone: string, workingHours: WeeklyHours, active = true): CoverageAgent => ({
  id,
  timeZone,
  workingHours,
  active,
});

const statusesOf = (coverage: ReturnType<typeof weekCoverage>, dayIndex: number) =>
  coverage.days[dayIndex].hours.map((hour) => hour.status);

describe("the week's coverage on the shop's clock", () => {
  it("marks the hours a Riyadh team covers and lists the nights and weekend as gaps", () => {
    const coverage = weekCoverage([agent("layla", "Asia/Riyadh", DEFAULT_WORKING_HOURS)], { year: 2026, month: 3, day: 2 }, "Asia/Riyadh");
    expect(coverage.days[0].weekday).toBe("monday");
    const monday = coverage.days[0].hours;
    expect(monday[8].status).toBe("gap");
    expect(monday[9]).toMatchObject({ status: "covered", agentIds: ["layla"], coveredMinutes: 60 });
    expect(monday[16].status).toBe("covered");
    expect(monday[17].status).toBe("gap");
    expect(coverage.coveredHours).toBe(5 * 8);
    expect(coverage.gapHours).toBe(7 * 24 - 5 * 8);
    expect(coverage.gaps.slice(0, 2)).toEqual([
      { weekday: "monday", from: "00:00", to: "09:00", hours: 9 },
      { weekday: "monday", from: "17:00", to: "24:00", hours: 7 },
    ]);
    expect(coverage.gaps.filter((gap) => gap.weekday === "saturday")).toEqual([
      { weekday: "saturday", from: "00:00", to: "24:00", hours: 24 },
    ]);
  });

  it("follows the sun: a Manila agent covers Riyadh's small hours, on the shop's clock", () => {
    // Manila is UTC+8, Riyadh UTC+3: 09:00–17:00 in Manila is 04:00–12:00 in Riyadh.
    const coverage = weekCoverage(
      [agent("layla", "Asia/Riyadh", DEFAULT_WORKING_HOURS), agent("paolo", "Asia/Manila", DEFAULT_WORKING_HOURS)],
      { year: 2026, month: 3, day: 2 },
      "Asia/Riyadh",
    );
    const monday = coverage.days[0].hours;
    expect(monday[3].status).toBe("gap");
    expect(monday[4]).toMatchObject({ status: "covered", agentIds: ["paolo"] });
    expect(monday[10]).toMatchObject({ status: "covered", agentIds: ["layla", "paolo"] });
    expect(monday[12]).toMatchObject({ status: "covered", agentIds: ["layla"] });
    expect(coverage.gaps.filter((gap) => gap.weekday === "monday")).toEqual([
      { weekday: "monday", from: "00:00", to: "04:00", hours: 4 },
      { weekday: "monday", from: "17:00", to: "24:00", hours: 7 },
    ]);
  });

  it("shows an overnight shift on both days and a half-hour shift end as a partial hour", () => {
    const coverage = weekCoverage([agent("night", "UTC", { ...everyDay("22:00", "06:30") })], { year: 2026, month: 3, day: 2 }, "UTC");
    // Monday 00:00–06:30 comes from Sunday's shift, which started the week before.
    expect(statusesOf(coverage, 0).slice(0, 8)).toEqual([
      "covered",
      "covered",
      "covered",
      "covered",
      "covered",
      "covered",
      "partial",
      "gap",
    ]);
    expect(coverage.days[0].hours[6].coveredMinutes).toBe(30);
    expect(coverage.days[0].hours[22].status).toBe("covered");
    expect(coverage.partialHours).toBe(7);
  });

  it("ignores an agent who is not active", () => {
    const coverage = weekCoverage([agent("away", "UTC", everyDay("00:00", "24:00"), false)], { year: 2026, month: 3, day: 2 }, "UTC");
    expect(coverage.coveredHours).toBe(0);
    expect(coverage.gapHours).toBe(168);
  });

  it("stays right across the shop's clocks going forward: the skipped hour is shown as such", () => {
    // New York springs forward on Sunday 8 March 2026 at 02:00.
    const coverage = weekCoverage(
      [agent("ny", "America/New_York", everyDay("00:00", "24:00"))],
      { year: 2026, month: 3, day: 2 },
      "America/New_York",
    );
    const sunday = coverage.days[6].hours;
    expect(coverage.days[6].weekday).toBe("sunday");
    expect(sunday[2]).toMatchObject({ status: "skipped", lengthMinutes: 0 });
    expect(sunday[1]).toMatchObject({ status: "covered", lengthMinutes: 60 });
    expect(sunday[3]).toMatchObject({ status: "covered", lengthMinutes: 60 });
    expect(coverage.gapHours).toBe(0);
    expect(coverage.coveredHours).toBe(7 * 24 - 1);
  });

  it("stays right across the shop's clocks going back: the doubled hour lasts two hours", () => {
    // New York falls back on Sunday 1 November 2026 at 02:00 (01:00–02:00 happens twice).
    const coverage = weekCoverage(
      [agent("ny", "America/New_York", { ...everyDay("09:00", "17:00") })],
      { year: 2026, month: 10, day: 26 },
      "America/New_York",
    );
    const sunday = coverage.days[6].hours;
    expect(sunday[1]).toMatchObject({ status: "gap", lengthMinutes: 120 });
    expect(sunday[9]).toMatchObject({ status: "covered", coveredMinutes: 60 });
  });

  it("moves a foreign agent's hours on the shop's grid when only the agent's clocks change", () => {
    // London goes back on 25 October 2026; Riyadh has no daylight saving.
    // 09:00–17:00 in London is 11:00–19:00 in Riyadh in summer time, 12:00–20:00 after.
    const coverage = weekCoverage(
      [agent("london", "Europe/London", DEFAULT_WORKING_HOURS)],
      { year: 2026, month: 10, day: 19 },
      "Asia/Riyadh",
    );
    const friday = coverage.days[4].hours;
    expect(friday[10].status).toBe("gap");
    expect(friday[11].status).toBe("covered");
    expect(friday[18].status).toBe("covered");
    expect(friday[19].status).toBe("gap");
    const nextWeek = weekCoverage(
      [agent("london", "Europe/London", DEFAULT_WORKING_HOURS)],
      { year: 2026, month: 10, day: 26 },
      "Asia/Riyadh",
    );
    const monday = nextWeek.days[0].hours;
    expect(monday[11].status).toBe("gap");
    expect(monday[12].status).toBe("covered");
    expect(monday[19].status).toBe("covered");
    expect(monday[20].status).toBe("gap");
  });

  it("says which languages each hour covers, and how many hours of the week each language has", () => {
    // Layla answers in Arabic and English in Riyadh; Paolo in English from Manila (04:00–12:00 in Riyadh).
    const coverage = weekCoverage(
      [
        { ...agent("layla", "Asia/Riyadh", DEFAULT_WORKING_HOURS), languages: ["en", "ar"] },
        { ...agent("paolo", "Asia/Manila", DEFAULT_WORKING_HOURS), languages: ["en"] },
      ],
      { year: 2026, month: 3, day: 2 },
      "Asia/Riyadh",
    );
    const monday = coverage.days[0].hours;
    expect(monday[3].languages).toEqual([]);
    expect(monday[5].languages).toEqual(["en"]);
    expect(monday[10].languages).toEqual(["en", "ar"]);
    expect(monday[15].languages).toEqual(["en", "ar"]);
    // English 04:00–17:00 and Arabic 09:00–17:00, five weekdays; nobody speaks French.
    expect(coverage.languageHours).toEqual({ en: 5 * 13, ar: 5 * 8, fr: 0 });
  });

  it("counts languages by the hours the clock shows across a daylight-saving change", () => {
    // New York springs forward on Sunday 8 March 2026: 02:00 does not exist; a round-the-clock French agent covers 167 hours.
    const coverage = weekCoverage(
      [{ ...agent("claire", "America/New_York", everyDay("00:00", "24:00")), languages: ["fr"] }],
      { year: 2026, month: 3, day: 2 },
      "America/New_York",
    );
    expect(coverage.days[6].hours[2]).toMatchObject({ status: "skipped", languages: [] });
    expect(coverage.languageHours).toEqual({ en: 0, ar: 0, fr: 7 * 24 - 1 });
  });

  it("starts the week on the shop's Monday", () => {
    // 23:30 on Sunday 8 March in UTC is already Monday 9 March in Riyadh.
    const now = new Date("2026-03-08T23:30:00Z");
    expect(mondayOfWeek(now, "UTC")).toEqual({ year: 2026, month: 3, day: 2 });
    expect(mondayOfWeek(now, "Asia/Riyadh")).toEqual({ year: 2026, month: 3, day: 9 });
  });
});
