import { describe, expect, it } from "vitest";
import { formatInstant } from "./format";

describe("formatInstant", () => {
  const instant = "2026-03-01T22:30:00Z";

  it("reads the date in the shop's time zone, not the server's", () => {
    expect(formatInstant(instant, { locale: "en", timeZone: "Asia/Riyadh", style: "longDate" })).toBe("March 2, 2026");
    expect(formatInstant(instant, { locale: "en", timeZone: "America/New_York", style: "longDate" })).toBe("March 1, 2026");
  });

  it("speaks the merchant's language", () => {
    expect(formatInstant(instant, { locale: "fr", timeZone: "Europe/Paris", style: "longDate" })).toBe("1 mars 2026");
    expect(formatInstant(instant, { locale: "ar", timeZone: "Asia/Riyadh", style: "longDate" })).toBe("2 مارس 2026");
  });

  it("gives the time with the date when asked", () => {
    expect(formatInstant(instant, { locale: "en", timeZone: "UTC", style: "dateTime" })).toBe("Mar 1, 2026, 10:30 PM");
  });

  it("prints nothing for a date it cannot read", () => {
    expect(formatInstant("not a date", { locale: "en" })).toBe("");
  });
});
