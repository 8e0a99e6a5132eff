import { describe, expect, it } from "vitest";
import { budgetDecision, projectedAvailable, type BucketObservation } from "./admin-budget";

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 5, 8, 0, seconds));
const bucket = (currentlyAvailable: number, observedAt = at(0)): BucketObservation => ({
  maximumAvailable: 2000,
  currentlyAvailable,
  restoreRate: 100,
  observedAt,
});

describe("the Admin API budget", () => {
  it("refills the observed bucket at the restore rate, up to its size", () => {
    expect(projectedAvailable(bucket(100), at(3))).toBe(400);
    expect(projectedAvailable(bucket(1900), at(10))).toBe(2000);
    // A clock behind the observation refills nothing.
    expect(projectedAvailable(bucket(100, at(5)), at(3))).toBe(100);
  });

  it("lets the shop's first call go: Shopify's answer tells the next one", () => {
    expect(budgetDecision("backfill", null, 900, at(0))).toEqual({ kind: "go" });
  });

  it("keeps half the bucket from a backfill, waiting until it refills above it", () => {
    expect(budgetDecision("backfill", bucket(1600), 500, at(0))).toEqual({ kind: "go" });
    // 1,200 points held, 500 wanted above the 1,000 kept: 3 seconds at 100 a second.
    expect(budgetDecision("backfill", bucket(1200), 500, at(0))).toEqual({ kind: "wait", waitMs: 3_000 });
    expect(budgetDecision("backfill", bucket(1200), 500, at(3))).toEqual({ kind: "go" });
  });

  it("gives a shopper's lookup the whole bucket and never a wait", () => {
    expect(budgetDecision("storefront", bucket(60), 50, at(0))).toEqual({ kind: "go" });
    expect(budgetDecision("storefront", bucket(10), 50, at(0))).toEqual({ kind: "refuse", retryAfterMs: 400 });
  });

  it("keeps a quarter from admin pages and webhook work, and refuses an admin page a long wait", () => {
    expect(budgetDecision("admin", bucket(700), 100, at(0))).toEqual({ kind: "go" });
    expect(budgetDecision("webhook", bucket(500), 100, at(0))).toEqual({ kind: "wait", waitMs: 1_000 });
    expect(budgetDecision("admin", bucket(0), 100, at(0))).toEqual({ kind: "refuse", retryAfterMs: 6_000 });
  });

  it("lets a call larger than the purpose's share go once the bucket is full", () => {
    expect(budgetDecision("backfill", bucket(2000), 1500, at(0))).toEqual({ kind: "go" });
    expect(budgetDecision("backfill", bucket(1000), 1500, at(0))).toEqual({ kind: "wait", waitMs: 10_000 });
  });
});
