import { describe, expect, it } from "vitest";
import { detectSpikes, weeksBefore, type ReasonWeekCount } from "./spikes";

const WEEK = "2026-11-30";
const PRIOR = weeksBefore(WEEK, 8);

/** Eight steady weeks of a few returns per reason and product, then `thisWeek`. */
function history(thisWeek: Omit<ReasonWeekCount, "week">[]): ReasonWeekCount[] {
  const steady = PRIOR.flatMap((week, i) => [
    { week, reason: "zipper-broke", productId: "jacket", count: 3 + (i % 2) },
    { week, reason: "too-small", productId: "jacket", count: 6 },
    { week, reason: "too-small", productId: "chino", count: 10 - (i % 3) },
  ]);
  return [...steady, ...thisWeek.map((count) => ({ ...count, week: WEEK }))];
}

describe("detectSpikes", () => {
  it("counts back whole weeks", () => {
    expect(weeksBefore(WEEK, 2)).toEqual(["2026-11-23", "2026-11-16"]);
  });

  it("flags a reason on a product at more than twice its usual weekly rate", () => {
    const spikes = detectSpikes(
      history([
        { reason: "zipper-broke", productId: "jacket", count: 9 },
        { reason: "too-small", productId: "jacket", count: 7 },
        { reason: "too-small", productId: "chino", count: 10 },
      ]),
      WEEK,
    );
    expect(spikes).toEqual([{ week: WEEK, reason: "zipper-broke", productId: "jacket", count: 9, usualPerWeek: 3.5 }]);
  });

  it("flags nothing on steady data, nor at exactly twice the usual rate", () => {
    const steady = history([
      { reason: "zipper-broke", productId: "jacket", count: 4 },
      { reason: "too-small", productId: "jacket", count: 12 },
      { reason: "too-small", productId: "chino", count: 9 },
    ]);
    expect(detectSpikes(steady, WEEK)).toEqual([]);
  });

  it("needs the minimum count, so a rare reason on a small product never alarms", () => {
    const rare = [
      { week: PRIOR[0]!, reason: "stitching", productId: "scarf", count: 1 },
      { week: WEEK, reason: "stitching", productId: "scarf", count: 4 },
    ];
    expect(detectSpikes(rare, WEEK)).toEqual([]);
    expect(detectSpikes(rare, WEEK, { factor: 2, minimumCount: 4, baselineWeeks: 8 })).toHaveLength(1);
  });

  it("treats a new reason reaching the minimum as a spike, and ignores weeks outside the baseline", () => {
    const counts = [
      { week: "2026-01-05", reason: "zipper-broke", productId: "jacket", count: 500 },
      { week: WEEK, reason: "zipper-broke", productId: "jacket", count: 5 },
    ];
    expect(detectSpikes(counts, WEEK)).toEqual([{ week: WEEK, reason: "zipper-broke", productId: "jacket", count: 5, usualPerWeek: 0 }]);
  });
});
