import { describe, expect, it } from "vitest";
import { inEnglish, fieldErrorsIn } from "../../../tests/factories/forms";
import { budgetPeriod } from "../agents/delight-codes";

import {
  addMonths,
  lastCompleteMonth,
  monthKeyOf,
  monthLabel,
  monthRange,
  monthsFromTo,
  parseMonthKey,
  parseProfitPeriod,
  profitPeriod,
  splitOnMonths,
} from "./periods";

const HOUR_MS = 3_600_000;
const params = (query: string) => new URLSearchParams(query);

describe("month keys", () => {
  it("names the month on the shop's clock", () => {
    // 23:30 on 31 January in New York is 04:30 on 1 February in UTC.
    const instant = new Date("2026-02-01T04:30:00Z");
    expect(monthKeyOf(instant, "America/New_York")).toBe("2026-01");
    expect(monthKeyOf(instant, "UTC")).toBe("2026-02");
    // 00:30 on 1 January in Auckland is still December in UTC.
    expect(monthKeyOf(new Date("2025-12-31T11:30:00Z"), "Pacific/Auckland")).toBe("2026-01");
  });

  it("adds months across years and lists a range, both ends included", () => {
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2025-11", 14)).toBe("2027-01");
    expect(monthsFromTo("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthsFromTo("2026-01", "2026-01")).toEqual(["2026-01"]);
    expect(() => monthsFromTo("2026-02", "2026-01")).toThrow("2026-01 is before 2026-02");
  });

  it("accepts only YYYY-MM", () => {
    expect(parseMonthKey("2026-01")).toEqual({ year: 2026, month: 1 });
    for (const text of ["2026-1", "2026-13", "2026-00", "26-01", "2026-01-01", "", null]) expect(parseMonthKey(text)).toBeNull();
    expect(() => addMonths("2026-13", 1)).toThrow("A month must look like 2026-01");
  });

  it("labels months", () => {
    expect(monthLabel("2026-01")).toBe("January 2026");
    expect(monthLabel("2026-01", { style: "short" })).toBe("Jan 2026");
    expect(monthLabel("2026-01", { locale: "fr-FR" })).toBe("janvier 2026");
  });
});

describe("monthRange", () => {
  it("is the month's days on the shop's clock, an hour short when daylight saving starts", () => {
    const march = monthRange("2026-03", "America/New_York");
    expect(march).toEqual({ start: new Date("2026-03-01T05:00:00Z"), end: new Date("2026-04-01T04:00:00Z") });
    expect((march.end.getTime() - march.start.getTime()) / HOUR_MS).toBe(31 * 24 - 1);
    const november = monthRange("2026-11", "America/New_York");
    expect((november.end.getTime() - november.start.getTime()) / HOUR_MS).toBe(30 * 24 + 1);
    // Southern hemisphere: Auckland's clocks go back in April.
    const april = monthRange("2026-04", "Pacific/Auckland");
    expect((april.end.getTime() - april.start.getTime()) / HOUR_MS).toBe(30 * 24 + 1);
  });

  it("agrees with the agents' budget months", () => {
    for (const timeZone of ["America/New_York", "Europe/Paris", "Asia/Kolkata", "Pacific/Auckland"]) {
      const budget = budgetPeriod(new Date("2026-03-15T12:00:00Z"), timeZone);
      expect(monthRange(budget.month, timeZone)).toEqual({ start: budget.start, end: budget.end });
    }
  });
});

describe("the period picker", () => {
  // 1 March 2026 at 01:00 in Paris: still February in New York.
  const now = new Date("2026-03-01T00:00:00Z");

  it("ends the last 3, 6 or 12 months with the current month, marked as partial", () => {
    expect(lastCompleteMonth(now, "Europe/Paris")).toBe("2026-02");
    expect(profitPeriod("last_3_months", now, "Europe/Paris")).toEqual({
      key: "last_3_months",
      from: "2026-01",
      to: "2026-03",
      months: ["2026-01", "2026-02", "2026-03"],
      start: new Date("2025-12-31T23:00:00Z"),
      end: new Date("2026-03-31T22:00:00Z"),
      partialMonth: "2026-03",
      label: "Jan – Mar 2026",
    });
    // Still February in New York: February is the month in progress there.
    expect(profitPeriod("last_3_months", now, "America/New_York")).toMatchObject({
      months: ["2025-12", "2026-01", "2026-02"],
      partialMonth: "2026-02",
    });
    expect(profitPeriod("last_6_months", now, "Europe/Paris").months).toHaveLength(6);
    expect(profitPeriod("last_12_months", now, "Europe/Paris")).toMatchObject({
      from: "2025-04",
      to: "2026-03",
      label: "Apr 2025 – Mar 2026",
      partialMonth: "2026-03",
    });
  });

  it("takes this year to the current month, marked as partial, so it is never empty", () => {
    expect(profitPeriod("this_year", now, "Europe/Paris")).toMatchObject({
      from: "2026-01",
      to: "2026-03",
      months: ["2026-01", "2026-02", "2026-03"],
      partialMonth: "2026-03",
      label: "Jan – Mar 2026",
    });
    expect(profitPeriod("this_year", new Date("2026-01-10T12:00:00Z"), "UTC")).toMatchObject({
      months: ["2026-01"],
      partialMonth: "2026-01",
      label: "January 2026",
    });
  });

  it("reads the period from the query string, the last 12 months by default", () => {
    const parsed = parseProfitPeriod(params(""), now, "UTC");
    expect(parsed.ok && parsed.period.key).toBe("last_12_months");
    expect(inEnglish(parseProfitPeriod(params("period=forever"), now, "UTC"))).toEqual({
      ok: false,
      fieldErrors: { period: "Choose the last 3, 6 or 12 months, this year, or a custom range" },
    });
  });

  it("takes a custom range of months, both included", () => {
    expect(parseProfitPeriod(params("period=custom&from=2025-11&to=2026-03"), now, "Europe/Paris")).toEqual({
      ok: true,
      period: {
        key: "custom",
        from: "2025-11",
        to: "2026-03",
        months: ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03"],
        start: new Date("2025-10-31T23:00:00Z"),
        end: new Date("2026-03-31T22:00:00Z"),
        partialMonth: "2026-03",
        label: "Nov 2025 – Mar 2026",
      },
    });
  });

  it("refuses a custom range that is malformed, backwards, in the future or longer than three years", () => {
    const errors = (query: string) => {
      const parsed = parseProfitPeriod(params(`period=custom&${query}`), now, "Europe/Paris");
      return parsed.ok ? null : fieldErrorsIn(parsed.fieldErrors);
    };
    expect(errors("from=2026-1&to=")).toEqual({ from: "Enter the first month like 2026-01", to: "Enter the last month like 2026-03" });
    expect(errors("from=2026-02&to=2026-01")).toEqual({ to: "The last month can't be before the first" });
    expect(errors("from=2026-02&to=2026-04")).toEqual({ to: "The last month can't be in the future" });
    expect(errors("from=2023-03&to=2026-03")).toEqual({ to: "A range is at most 36 months" });
    expect(errors("from=2023-04&to=2026-03")).toBeNull();
  });
});

describe("splitOnMonths", () => {
  const zone = "America/New_York";
  it("reads whole months from their sums and only the days at either end from rows", () => {
    // 17 October to 3 January, on New York's clock.
    const period = { start: monthRange("2026-10", zone).start, end: monthRange("2027-01", zone).start };
    period.start = new Date(period.start.getTime() + 16 * 24 * 3_600_000);
    const end = new Date(monthRange("2027-01", zone).start.getTime() + 3 * 24 * 3_600_000);
    const { whole, partial } = splitOnMonths({ start: period.start, end }, zone);
    expect(whole.map((part) => part.month)).toEqual(["2026-11", "2026-12"]);
    expect(whole[0]).toEqual({ month: "2026-11", ...monthRange("2026-11", zone) });
    expect(partial).toEqual([
      { month: "2026-10", start: period.start, end: monthRange("2026-10", zone).end },
      { month: "2027-01", start: monthRange("2027-01", zone).start, end },
    ]);
  });

  it("gives one whole month for a calendar month, and one part for days within a month", () => {
    expect(splitOnMonths(monthRange("2026-03", zone), zone)).toEqual({
      whole: [{ month: "2026-03", ...monthRange("2026-03", zone) }],
      partial: [],
    });
    const march = monthRange("2026-03", zone);
    const days = { start: new Date(march.start.getTime() + 86_400_000), end: new Date(march.start.getTime() + 5 * 86_400_000) };
    expect(splitOnMonths(days, zone)).toEqual({ whole: [], partial: [{ month: "2026-03", ...days }] });
  });
});
