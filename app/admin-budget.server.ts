// The Admin API client of one purpose (a shopper's page, an admin page,
// webhook work, a backfill) for one shop: before each call it reads the
// shop's bucket as Shopify last reported it (kept in PostgreSQL by whichever
// server or worker made the last call), and goes, waits, or refuses at once
// as that purpose's budget says (domain/admin-budget.ts); after each call it
// keeps what Shopify reported. A storefront call is never held: a refused or
// THROTTLED call is an AdminApiError of kind "throttled" at once, which the
// page answers from what Concierge knows. See docs/decisions/023.
import { AdminApiError, answerBody, costExtensionOf as costOf, type AdminGraphqlClient, type CostExtension } from "./admin-api.server";
import type { DatabaseClient } from "./db.server";
import { lastKnownBucket, rememberBucket } from "./data/admin-api-buckets.server";
import { budgetDecision, PURPOSE_BUDGETS, type AdminPurpose, type BucketObservation } from "./domain/admin-budget";

export type { AdminPurpose } from "./domain/admin-budget";

export interface BudgetedAdminClient extends AdminGraphqlClient {
  readonly purpose: AdminPurpose;
}

export interface BudgetOptions {
  db: DatabaseClient;
  shop: string;
  purpose: AdminPurpose;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

/** Cost assumed for an operation this process has not sent yet. */
const FIRST_CALL_COST = 10;
/** The requested cost of each document, as Shopify last computed it (the same for every shop). */
const requestedCosts = new Map<string, number>();

/**
 * How long this process budgets on a bucket it read or was told without
 * reading the shared row again: other servers' calls of that moment are not
 * seen, which Shopify's THROTTLED answer backstops (decision 034).
 */
export const BUCKET_REUSE_MS = 1_000;
/** Per shop, the bucket this process last read or was told, and when (its clock). */
const knownBuckets = new Map<string, { bucket: BucketObservation | null; at: number }>();

function knowBucket(shop: string, bucket: BucketObservation | null) {
  const kept = knownBuckets.get(shop)?.bucket;
  // Answers can arrive out of order: an older report never replaces a newer one.
  const newest = kept && bucket && kept.observedAt > bucket.observedAt ? kept : bucket;
  if (knownBuckets.size >= 10_000) knownBuckets.clear();
  knownBuckets.set(shop, { bucket: newest, at: Date.now() });
}

/** Forgets what this process knows of every shop's bucket (a test emptying the database). */
export function forgetKnownBuckets() {
  knownBuckets.clear();
}

/** The shop's bucket: as this process knows it if that is recent, else the shared row (one primary-key read). */
async function currentBucket(db: DatabaseClient, shop: string, now: Date): Promise<BucketObservation | null> {
  const known = knownBuckets.get(shop);
  if (known && Date.now() - known.at < BUCKET_REUSE_MS && (!known.bucket || known.bucket.observedAt <= now)) return known.bucket;
  const stored = await lastKnownBucket(db, shop);
  knowBucket(shop, stored);
  return knownBuckets.get(shop)!.bucket;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const operationName = (query: string) => /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? "anonymous";

export function budgetedClient<TClient extends AdminGraphqlClient>(client: TClient, options: BudgetOptions): TClient & BudgetedAdminClient {
  const { db, shop, purpose } = options;
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? sleepFor;
  const budget = PURPOSE_BUDGETS[purpose];

  const observe = async (query: string, cost: CostExtension | undefined) => {
    if (!cost) return;
    if (typeof cost.requestedQueryCost === "number") requestedCosts.set(query, cost.requestedQueryCost);
    if (!cost.throttleStatus) return;
    const observation = { ...cost.throttleStatus, observedAt: now() };
    knowBucket(shop, observation);
    await rememberBucket(db, shop, observation);
  };

  return {
    ...client,
    purpose,
    // adminQuery waits on a THROTTLED answer no longer than this purpose may wait.
    retryPolicy: { ...client.retryPolicy, maxThrottleWaitMs: budget.maxWaitMs },
    async graphql(query, requestOptions) {
      const expected = requestedCosts.get(query) ?? FIRST_CALL_COST;
      const decision = budgetDecision(purpose, await currentBucket(db, shop, now()), expected, now());
      if (decision.kind === "refuse") {
        throw new AdminApiError(
          `${operationName(query)}: the shop's Admin API allowance for ${purpose} calls is used up for ${Math.ceil(decision.retryAfterMs / 1000)} s`,
          operationName(query),
          "throttled",
          { retryAfterMs: decision.retryAfterMs },
        );
      }
      if (decision.kind === "wait") await sleep(decision.waitMs);
      let response: Response;
      try {
        response = await client.graphql(query, requestOptions);
      } catch (error) {
        // The Shopify library throws GraphqlQueryError (THROTTLED among them) with the body attached.
        await observe(query, costOf((error as { body?: unknown } | null)?.body));
        throw error;
      }
      await observe(query, costOf(await answerBody(response)));
      return response;
    },
  };
}
