// The Admin API client of one purpose (a shopper's page, an admin page,
// webhook work, a backfill) for one shop: before each call it reads the
// shop's bucket as Shopify last reported it (kept in PostgreSQL by whichever
// server or worker made the last call), and goes, waits, or refuses at once
// as that purpose's budget says (domain/admin-budget.ts); after each call it
// keeps what Shopify reported. A storefront call is never held: a refused or
// THROTTLED call is an AdminApiError of kind "throttled" at once, which the
// page answers from what Concierge knows. See docs/decisions/023.
import { AdminApiError, costExtensionOf as costOf, type AdminGraphqlClient, type CostExtension } from "./admin-api.server";
import type { DatabaseClient } from "./db.server";
import { lastKnownBucket, rememberBucket } from "./data/admin-api-buckets.server";
import { budgetDecision, PURPOSE_BUDGETS, type AdminPurpose } from "./domain/admin-budget";

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
    if (cost.throttleStatus) await rememberBucket(db, shop, { ...cost.throttleStatus, observedAt: now() });
  };

  return {
    ...client,
    purpose,
    // adminQuery waits on a THROTTLED answer no longer than this purpose may wait.
    retryPolicy: { ...client.retryPolicy, maxThrottleWaitMs: budget.maxWaitMs },
    async graphql(query, requestOptions) {
      const expected = requestedCosts.get(query) ?? FIRST_CALL_COST;
      const decision = budgetDecision(purpose, await lastKnownBucket(db, shop), expected, now());
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
      let body: unknown;
      try {
        body = await response.clone().json();
      } catch {
        // Not JSON (an HTTP error page): adminQuery deals with it.
      }
      await observe(query, costOf(body));
      return response;
    },
  };
}
