import { describe, expect, it } from "vitest";
import { buildReasonsReport, mondayOf, reportWeeks, type ReasonWeekSum } from "./report";
import { weeksBefore } from "./spikes";

const WEEK = "2026-11-30"; // a Monday
const sum = (
  week: string,
  reasonKey: string,
  productId: string | null,
  count: number,
  money: Partial<ReasonWeekSum> = {},
): ReasonWeekSum => ({
  week,
  reasonKey,
  productId,
  currencyCode: null,
  count,
  refundMinor: 0n,
  exchangeMinor: 0n,
  ...money,
});

describe("weeks", () => {
  it("start on Monday", () => {
    expect(mondayOf("2026-12-06")).toBe("2026-11-30"); // a Sunday
    expect(mondayOf("2026-11-30")).toBe("2026-11-30");
    expect(mondayOf("2026-12-01")).toBe("2026-11-30");
  });

  it("read the eight weeks before the chosen one, and the chosen one", () => {
    expect(reportWeeks(WEEK)).toEqual({ first: "2026-10-05", afterLast: "2026-12-07" });
  });
});

describe("the weekly reasons report", () => {
  const steady = weeksBefore(WEEK, 8).flatMap((week) => [sum(week, "defective", "7", 1), sum(week, "too-small", "8", 3)]);

  it("flags a reason rising on one product, with the refunds and exchanges behind each, exact per currency", () => {
    const report = buildReasonsReport(
      [
        ...steady,
        sum(WEEK, "defective", "7", 6, { currencyCode: "USD", refundMinor: 53_970n }),
        sum(WEEK, "defective", "7", 1, { currencyCode: "EUR", refundMinor: 8_995n }),
        sum(WEEK, "too-small", "8", 3, { currencyCode: "USD", exchangeMinor: 26_700n }),
        sum(WEEK, "arrived-late", null, 2),
        sum("2026-12-07", "defective", "7", 50), // next week: not this report's
      ],
      WEEK,
    );
    expect(report.total).toBe(12);
    expect(report.spikes).toEqual([{ week: WEEK, reason: "defective", productId: "7", count: 7, usualPerWeek: 1 }]);
    expect(report.byReason).toEqual([
      {
        key: "defective",
        count: 7,
        usualPerWeek: 1,
        change: 6,
        spike: true,
        money: [
          { currencyCode: "EUR", refundMinor: 8_995n, exchangeMinor: 0n },
          { currencyCode: "USD", refundMinor: 53_970n, exchangeMinor: 0n },
        ],
      },
      {
        key: "too-small",
        count: 3,
        usualPerWeek: 3,
        change: 0,
        spike: false,
        money: [{ currencyCode: "USD", refundMinor: 0n, exchangeMinor: 26_700n }],
      },
      { key: "arrived-late", count: 2, usualPerWeek: 0, change: 2, spike: false, money: [] },
    ]);
    expect(report.byProduct.map(({ key, count, spike, reasons }) => ({ key, count, spike, reasons }))).toEqual([
      { key: "7", count: 7, spike: true, reasons: [{ key: "defective", count: 7, spike: true }] },
      { key: "8", count: 3, spike: false, reasons: [{ key: "too-small", count: 3, spike: false }] },
    ]);
  });

  it("flags nothing on steady weeks", () => {
    const report = buildReasonsReport([...steady, sum(WEEK, "defective", "7", 2), sum(WEEK, "too-small", "8", 4)], WEEK);
    expect(report.spikes).toEqual([]);
    expect(report.byReason.every((line) => !line.spike)).toBe(true);
  });
});
