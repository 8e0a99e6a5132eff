// An Admin API client that keeps to Shopify's cost budget instead of
// running into it. Long jobs (a VIP backfill of 100,000 customers) make
// thousands of calls in a row; answered THROTTLED, adminQuery backs off for
// at least half a second each time, wasting most of the budget. This client
// reads the bucket from every answer (extensions.cost.throttleStatus) and,
// before the next call, waits exactly until the bucket holds what that
// operation cost last time. adminQuery's THROTTLED retries remain the
// backstop when other callers share the bucket.
import {
  answerBody,
  costExtensionOf as costOf,
  type AdminGraphqlClient,
  type CostExtension,
  type ThrottleStatus,
} from "./admin-api.server";

export interface PacedAdminClient extends AdminGraphqlClient {
  readonly stats: { requests: number; waitedMs: number };
}

export interface PacingOptions {
  sleep?: (ms: number) => Promise<void>;
  /** Milliseconds since some epoch (Date.now by default). */
  clock?: () => number;
  /** Cost assumed for an operation not seen yet. */
  defaultCost?: number;
  /**
   * Share of the bucket left for other callers (webhooks, admin pages): a
   * long job waits until the bucket holds its call plus this much.
   */
  reserve?: number;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function pacedAdminClient(client: AdminGraphqlClient, options: PacingOptions = {}): PacedAdminClient {
  const sleep = options.sleep ?? sleepFor;
  const clock = options.clock ?? Date.now;
  const defaultCost = options.defaultCost ?? 10;
  // The requested cost of each document, as Shopify last computed it.
  const costs = new Map<string, number>();
  let bucket: (ThrottleStatus & { at: number }) | null = null;
  const stats = { requests: 0, waitedMs: 0 };

  const observe = (query: string, cost: CostExtension | undefined) => {
    if (!cost) return;
    if (typeof cost.requestedQueryCost === "number") costs.set(query, cost.requestedQueryCost);
    if (cost.throttleStatus) bucket = { ...cost.throttleStatus, at: clock() };
  };

  return {
    stats,
    async graphql(query, requestOptions) {
      const expected = costs.get(query) ?? defaultCost;
      if (bucket && bucket.restoreRate > 0) {
        const elapsed = Math.max(0, clock() - bucket.at);
        const available = Math.min(bucket.maximumAvailable, bucket.currentlyAvailable + (elapsed / 1000) * bucket.restoreRate);
        const wanted = Math.min(bucket.maximumAvailable, expected + (options.reserve ?? 0) * bucket.maximumAvailable);
        const missing = wanted - available;
        if (missing > 0) {
          const waitMs = Math.ceil((missing / bucket.restoreRate) * 1000);
          stats.waitedMs += waitMs;
          await sleep(waitMs);
        }
      }
      stats.requests++;
      try {
        const response = await client.graphql(query, requestOptions);
        observe(query, costOf(await answerBody(response)));
        return response;
      } catch (error) {
        // The Shopify library throws GraphqlQueryError (THROTTLED among them) with the body attached.
        observe(query, costOf((error as { body?: unknown } | null)?.body));
        throw error;
      }
    },
  };
}
