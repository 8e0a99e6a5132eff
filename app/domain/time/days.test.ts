import { describe, expect, it } from "vitest";
import { dayInTimeZone, lastDays } from "./days";

describe("dayInTimeZone", () => {
  it("is the shop's calendar date, not UTC's", () => {
    const instant = new Date("2026-11-24T02:30:00Z");
    expect(dayInTimeZone(instant, "UTC")).toBe("2026-11-24");
    expect(dayInTimeZone(instant, "America/New_York")).toBe("2026-11-23"); // 21:30 the evening before
    expect(dayInTimeZone(instant, "Asia/Dubai")).toBe("2026-11-24");
    expect(dayInTimeZone(new Date("2026-11-23T20:00:00Z"), "Asia/Dubai")).toBe("2026-11-24"); // midnight in Dubai
    expect(dayInTimeZone(new Date("2026-11-23T19:59:59Z"), "Asia/Dubai")).toBe("2026-11-23");
  });

  it("turns the year over at the shop's midnight", () => {
    expect(dayInTimeZone(new Date("2026-12-31T23:30:00Z"), "Pacific/Auckland")).toBe("2027-01-01");
    expect(dayInTimeZone(new Date("2027-01-01T03:00:00Z"), "America/Los_Angeles")).toBe("2026-12-31");
  });

  it("answers each instant for itself, asked many times around a midnight (the last minute's day is kept)", () => {
    // Kathmandu is 5:45 ahead: its midnight is 18:15 UTC.
    const instants = ["2026-11-23T18:14:59.999Z", "2026-11-23T18:15:00Z", "2026-11-23T18:14:30Z", "2026-11-23T18:15:59Z"];
    expect(instants.map((instant) => dayInTimeZone(new Date(instant), "Asia/Kathmandu"))).toEqual([
      "2026-11-23",
      "2026-11-24",
      "2026-11-23",
      "2026-11-24",
    ]);
    expect(dayInTimeZone(new Date("2026-11-23T18:15:00Z"), "UTC")).toBe("2026-11-23");
  });
});

describe("lastDays", () => {
  it("counts today and the days before it, from the shop's midnight", () => {
    const period = lastDays(7, new Date("2026-11-24T02:30:00Z"), "America/New_York");
    expect(period).toEqual({ firstDay: "2026-11-17", lastDay: "2026-11-23", start: new Date("2026-11-17T05:00:00Z") });
  });

  it("spans a daylight-saving change and a month boundary", () => {
    // New York left daylight saving time on 1 November 2026.
    const period = lastDays(30, new Date("2026-11-24T15:00:00Z"), "America/New_York");
    expect(period.firstDay).toBe("2026-10-26");
    expect(period.start).toEqual(new Date("2026-10-26T04:00:00Z"));
  });

  it("is one day for a period of one day", () => {
    expect(lastDays(1, new Date("2026-11-24T12:00:00Z"), "UTC")).toMatchObject({ firstDay: "2026-11-24", lastDay: "2026-11-24" });
  });

  it("refuses a period that is not a whole number of days", () => {
    expect(() => lastDays(0, new Date(), "UTC")).toThrow(RangeError);
    expect(() => lastDays(1.5, new Date(), "UTC")).toThrow(RangeError);
  });
});

describe("the shop's calendar day", () => {
  it("buckets lookups by the shop's calendar day, not UTC's", () => {
    const lateEvening = new Date("2026-01-31T20:30:00Z");
    expect(dayInTimeZone(lateEvening, "Asia/Riyadh")).toBe("2026-01-31");
    expect(dayInTimeZone(new Date("2026-01-31T21:30:00Z"), "Asia/Riyadh")).toBe("2026-02-01");
    expect(dayInTimeZone(lateEvening, "America/New_York")).toBe("2026-01-31");
  });
});
