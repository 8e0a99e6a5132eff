// The shop's Admin API allowance shared by purpose. Shopify gives an app one
// cost bucket per shop (extensions.cost.throttleStatus: maximumAvailable,
// currentlyAvailable, restoreRate points a second); a shopper's lookup, the
// webhook work, backfills and admin pages all draw on it. Each purpose but the
// storefront leaves a share of the bucket untouched for the purposes above it,
// and waits no longer than it can afford for the bucket to refill.
// See docs/decisions/023-admin-api-budget.md.

export const ADMIN_PURPOSES = ["storefront", "admin", "webhook", "backfill"] as const;
/** Why an Admin API call is made: every call names one. */
export type AdminPurpose = (typeof ADMIN_PURPOSES)[number];

export interface PurposeBudget {
  /** Share of the bucket (0–1) this purpose leaves for the others: it spends only above it. */
  reserveShare: number;
  /** The longest it waits for the bucket to hold its call; beyond, the call is refused at once. */
  maxWaitMs: number;
}

export const PURPOSE_BUDGETS: Readonly<Record<AdminPurpose, PurposeBudget>> = {
  // A shopper waits on the page: the whole bucket is theirs, and never a wait (the page answers from what Concierge knows).
  storefront: { reserveShare: 0, maxWaitMs: 0 },
  // A merchant waits on the page: a quarter is kept for shoppers, and a short wait at most.
  admin: { reserveShare: 0.25, maxWaitMs: 2_000 },
  // Webhook work runs on the queue: a quarter kept for shoppers; it may wait, then the queue retries it.
  webhook: { reserveShare: 0.25, maxWaitMs: 30_000 },
  // Backfills and imports: half the bucket stays free for shoppers, webhook work and admin pages.
  backfill: { reserveShare: 0.5, maxWaitMs: 30_000 },
};

/** The bucket as one of Shopify's answers reported it, and when. */
export interface BucketObservation {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
  observedAt: Date;
}

/** The points in the bucket at `now`, refilled since it was observed. */
export function projectedAvailable(bucket: BucketObservation, now: Date): number {
  const elapsedSeconds = Math.max(0, now.getTime() - bucket.observedAt.getTime()) / 1000;
  return Math.min(bucket.maximumAvailable, bucket.currentlyAvailable + elapsedSeconds * bucket.restoreRate);
}

export type BudgetDecision = { kind: "go" } | { kind: "wait"; waitMs: number } | { kind: "refuse"; retryAfterMs: number };

/**
 * Whether a call of `expectedCost` points for `purpose` may go now, after a
 * wait, or not at all. With no observation yet (the shop's first call) it
 * goes: Shopify's answer tells the next one.
 */
export function budgetDecision(
  purpose: AdminPurpose,
  bucket: BucketObservation | null,
  expectedCost: number,
  now: Date,
  budgets: Readonly<Record<AdminPurpose, PurposeBudget>> = PURPOSE_BUDGETS,
): BudgetDecision {
  if (!bucket || bucket.maximumAvailable <= 0) return { kind: "go" };
  const { reserveShare, maxWaitMs } = budgets[purpose];
  // A call bigger than the purpose's share still goes once the bucket is full.
  const wanted = Math.min(bucket.maximumAvailable, Math.max(0, expectedCost) + reserveShare * bucket.maximumAvailable);
  const missing = wanted - projectedAvailable(bucket, now);
  if (missing <= 0) return { kind: "go" };
  const waitMs = bucket.restoreRate > 0 ? Math.ceil((missing / bucket.restoreRate) * 1000) : Number.POSITIVE_INFINITY;
  if (waitMs > maxWaitMs) return { kind: "refuse", retryAfterMs: Number.isFinite(waitMs) ? waitMs : 60_000 };
  return { kind: "wait", waitMs };
}
