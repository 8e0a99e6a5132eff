import { describe, expect, it } from "vitest";
import { canonicalTimeZone, instantOfWallClock, timeZoneOptions, wallClockAt, weekdayIndexOf } from "./zoned-time";

describe("wallClockAt", () => {
  it("reads the clock in the zone, midnight as 00 not 24", () => {
    expect(wallClockAt(new Date("2025-01-31T21:00:00Z"), "Asia/Riyadh")).toEqual({
      year: 2025,
      month: 2,
      day: 1,
      hour: 0,
      minute: 0,
      second: 0,
    });
  });
});

describe("instantOfWallClock", () => {
  it("uses each date's own offset", () => {
    expect(instantOfWallClock({ year: 2025, month: 1, day: 15, hour: 9, minute: 0 }, "America/New_York")).toEqual(
      new Date("2025-01-15T14:00:00Z"),
    );
    expect(instantOfWallClock({ year: 2025, month: 7, day: 15, hour: 9, minute: 0 }, "America/New_York")).toEqual(
      new Date("2025-07-15T13:00:00Z"),
    );
  });

  it("takes the first of a time that happens twice, and moves a skipped time past the gap", () => {
    // 01:30 happens at 05:30 UTC (EDT) and again at 06:30 UTC (EST) on 2 November 2025.
    expect(instantOfWallClock({ year: 2025, month: 11, day: 2, hour: 1, minute: 30 }, "America/New_York")).toEqual(
      new Date("2025-11-02T05:30:00Z"),
    );
    // 02:30 never happens on 9 March 2025; it is read as 03:30 EDT.
    expect(instantOfWallClock({ year: 2025, month: 3, day: 9, hour: 2, minute: 30 }, "America/New_York")).toEqual(
      new Date("2025-03-09T07:30:00Z"),
    );
  });

  it("rolls hour 24 and month 13 over", () => {
    expect(instantOfWallClock({ year: 2024, month: 13, day: 1 }, "UTC")).toEqual(new Date("2025-01-01T00:00:00Z"));
    expect(instantOfWallClock({ year: 2025, month: 3, day: 9, hour: 24, minute: 0 }, "Asia/Tokyo")).toEqual(
      new Date("2025-03-09T15:00:00Z"),
    );
  });
});

describe("weekdayIndexOf", () => {
  it("counts from Monday", () => {
    expect(weekdayIndexOf({ year: 2025, month: 3, day: 10 })).toBe(0);
    expect(weekdayIndexOf({ year: 2025, month: 3, day: 9 })).toBe(6);
  });
});

describe("canonicalTimeZone", () => {
  it("accepts IANA zones, UTC and aliases Intl knows", () => {
    expect(canonicalTimeZone("UTC")).toBe("UTC");
    expect(canonicalTimeZone("utc")).toBe("UTC");
    expect(canonicalTimeZone("Asia/Dubai")).toBe("Asia/Dubai");
    expect(canonicalTimeZone("Asia/Kolkata")).toBe("Asia/Kolkata");
    expect(canonicalTimeZone("europe/paris")).toBe("Europe/Paris");
    // An alias Intl knows but doesn't list keeps the spelling it was given; Intl reads it either way.
    expect(canonicalTimeZone("America/Argentina/Buenos_Aires")).toBe("America/Argentina/Buenos_Aires");
  });

  it("refuses what isn't a zone", () => {
    for (const name of ["", "Mars/Olympus_Mons", "+05:00", "GMT+5:00", "Europe/Paris; DROP", "x".repeat(100)]) {
      expect(canonicalTimeZone(name), name).toBeNull();
    }
  });

  it("lists UTC first among the options", () => {
    const options = timeZoneOptions();
    expect(options[0]).toBe("UTC");
    expect(options).toContain("Asia/Tokyo");
    expect(options.filter((zone) => zone === "UTC")).toHaveLength(1);
  });
});
