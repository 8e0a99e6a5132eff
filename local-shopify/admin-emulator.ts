/**
 * The local Shopify Admin GraphQL API.
 *
 * `execute()` behaves like `POST /admin/api/{version}/graphql.json`:
 * access token check (401 with Shopify's body), parse and validation errors
 * in graphql-ruby's shape (HTTP 200), variable coercion errors, the single
 * query cost limit, the per app+shop leaky bucket (THROTTLED), execution
 * against the official schema with resolvers over the in-memory store, and
 * `extensions.cost` on every executed response.
 *
 * Mutations change the store and queue webhooks (orders/updated, …) that are
 * handed to `onWebhook` listeners once the operation has finished.
 */
import {
  execute as executeGraphQL,
  getVariableValues,
  GraphQLError,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFieldResolver,
  type OperationDefinitionNode,
} from "graphql";
import { ADMIN_API_VERSION } from "../app/admin-api-version";
import { loadAdminSchema } from "./admin-schema";
import { AccessTokenRegistry, handleAccessTokenRequest, type AccessTokenRecord, type OAuthResponse } from "./auth";
import { bulkQueryProblem, flattenBulkResult } from "./bulk";
import { readFlowTriggers, type FlowTriggerDefinition } from "./flow";
import {
  actualQueryCost,
  fragmentsOf,
  LeakyBucket,
  requestedQueryCost,
  SINGLE_QUERY_MAX_COST,
  type CostContext,
  type ThrottleOptions,
} from "./cost";
import { toShopifySyntaxError, toShopifyValidationErrors, toShopifyVariableErrors, type ShopifyGraphQLError } from "./graphql-errors";
import { mutationResolvers } from "./mutations";
import {
  notImplemented,
  resolveType,
  typeResolvers,
  type BulkRunRequest,
  type EmulatorApp,
  type PendingWebhook,
  type ResolverContext,
} from "./resolvers";
import { gid, shopifyTime, type BulkOperationRecord, type ShopData, type Store } from "./store";
import { bulkOperationFinishPayload } from "./webhooks";
import { hasAnyScope, ROOT_FIELD_ACCESS, TYPE_ACCESS } from "./access-scopes";
import { deprecatedInDocument, deprecatedInVariables } from "./deprecations";

export { signSessionToken } from "./auth";

export const INVALID_TOKEN_BODY = { errors: "[API] Invalid API key or access token (unrecognized login or wrong password)" };
export const RATE_LIMIT_DOCS = "https://shopify.dev/api/usage/rate-limits";
/** Concurrent bulk query operations an app may run per shop (2026-01 and later). */
export const MAX_CONCURRENT_BULK_QUERIES = 5;

/**
 * Deprecated inputs Shopify has said it will remove ("This field will be
 * removed in the future"): refused even by default.
 */
export const TOLD_REMOVED: readonly string[] = ["ReturnLineItemInput.returnReason"];

export const DEFAULT_SCOPES =
  "read_customers,write_customers,read_orders,write_orders,read_all_orders,read_products,write_products,read_discounts,write_discounts,read_returns,write_returns,read_draft_orders,write_draft_orders,read_fulfillments,read_merchant_managed_fulfillment_orders,read_third_party_fulfillment_orders,read_online_store_navigation,write_online_store_navigation,read_inventory,write_app_proxy";

export interface WebhookEvent {
  topic: string;
  shop: string;
  payload: unknown;
}

export interface AdminEmulatorOptions {
  store: Store;
  apiKey: string;
  apiSecret: string;
  scopes?: string;
  appId?: number;
  appTitle?: string;
  appHandle?: string;
  throttle?: ThrottleOptions;
  /** The clock for token expiry, throttling and timestamps (tests inject one). */
  now?: () => Date;
  /** Base URL bulk result links point at (the local server sets it). */
  publicUrl?: string;
  /** Keeps a bulk operation RUNNING this long before it executes (default 0). */
  bulkOperationDelayMs?: number;
  /** Bulk queries one app may run at once on a shop: 5 from 2026-01, 1 before. */
  maxConcurrentBulkQueries?: number;
  /** The app's Flow trigger extensions; by default those in the project's extensions/ folder. */
  flowTriggers?: FlowTriggerDefinition[];
  /**
   * What deprecated parts of the schema to answer as Shopify will once they
   * are removed: "all" (every deprecated field, argument, input field and
   * enum value, in the document or the variables; the app's tests), or the
   * input fields named "Type.field" that Shopify has said it will remove
   * (default {@link TOLD_REMOVED}).
   */
  refuseDeprecated?: "all" | readonly string[];
}

export interface ExecuteRequest {
  shop: string;
  /**
   * The `X-Shopify-Access-Token`. `undefined` means a trusted in-process call
   * acting as the emulator's own app (no token check); any string, even
   * empty, is checked.
   */
  accessToken?: string | null;
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

export interface ExecuteResponse {
  status: number;
  body: Record<string, unknown>;
}

export interface AdminEmulator {
  readonly store: Store;
  readonly tokens: AccessTokenRegistry;
  readonly app: EmulatorApp;
  readonly apiVersion: string;
  execute(request: ExecuteRequest): Promise<ExecuteResponse>;
  /**
   * Installs the app on a shop: returns a (non-expiring) offline access token
   * with the app's scopes, or `scope` (what the merchant granted, if less).
   */
  installApp(shop: string, options?: { token?: string; scope?: string }): AccessTokenRecord;
  /** `POST https://{shop}/admin/oauth/access_token` with a decoded body. */
  handleAccessTokenRequest(shop: string, params: Record<string, unknown>): OAuthResponse;
  /** JSONL of a completed bulk operation. */
  bulkResult(id: number): string | undefined;
  setPublicUrl(url: string): void;
  /** Subscribes to webhook events; returns an unsubscribe function. */
  onWebhook(listener: (event: WebhookEvent) => void): () => void;
  /** Queues a webhook event as if the platform produced it (used by /_local). */
  emitWebhook(event: WebhookEvent): void;
  /** Resolves once all scheduled bulk operations have finished. */
  idle(): Promise<void>;
  throttleStatus(shop: string): { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };
  /** Fills every app's cost bucket again, as minutes without a call would (tests that share one local Shopify). */
  refillBuckets(): void;
  /**
   * Answers the named operation THROTTLED, as Shopify does when the app's
   * bucket holds less than the operation costs: nothing runs. Every call, or
   * the next `calls` ones; until the returned function is called.
   */
  throttleOperations(operationName: string, options?: { calls?: number }): () => void;
}

function errorsBody(errors: ShopifyGraphQLError[]): ExecuteResponse {
  return { status: 200, body: { errors } };
}

function accessDenied(what: string, anyOf: readonly string[]): GraphQLError {
  const requiredAccess = `${anyOf.map((scope) => `\`${scope}\``).join(" or ")} access scope${anyOf.length > 1 ? "s" : ""}.`;
  return new GraphQLError(`Access denied for ${what}. Required access: ${requiredAccess}`, {
    extensions: { code: "ACCESS_DENIED", documentation: "https://shopify.dev/api/usage/access-scopes", requiredAccess },
  });
}

const fieldResolver: GraphQLFieldResolver<unknown, ResolverContext> = (source, args, ctx, info) => {
  const parent = info.parentType.name;
  if (parent === "Mutation" || parent === "QueryRoot") {
    const anyOf = ROOT_FIELD_ACCESS[info.fieldName];
    if (anyOf && !hasAnyScope(ctx.scopes, anyOf)) throw accessDenied(`${info.fieldName} field`, anyOf);
  } else {
    const anyOf = TYPE_ACCESS[parent];
    if (anyOf && !hasAnyScope(ctx.scopes, anyOf)) throw accessDenied(`${parent} object`, anyOf);
  }
  if (parent === "Mutation") {
    const resolver = mutationResolvers[info.fieldName];
    if (!resolver) throw notImplemented(parent, info.fieldName);
    return resolver(source, args, ctx, info);
  }
  const map = typeResolvers[parent];
  if (map) {
    const resolver = map[info.fieldName];
    if (!resolver) throw notImplemented(parent, info.fieldName);
    return resolver(source, args, ctx, info);
  }
  // Plain value objects (connections, MoneyV2, payloads, userErrors, …).
  if (source !== null && typeof source === "object" && Object.prototype.hasOwnProperty.call(source, info.fieldName))
    return (source as Record<string, unknown>)[info.fieldName];
  throw notImplemented(parent, info.fieldName);
};

export function createAdminEmulator(options: AdminEmulatorOptions): AdminEmulator {
  const schema = loadAdminSchema();
  const now = options.now ?? (() => new Date());
  const tokens = new AccessTokenRegistry(now);
  const buckets = new Map<string, LeakyBucket>();
  const listeners = new Set<(event: WebhookEvent) => void>();
  const pendingBulk = new Set<Promise<void>>();
  let publicUrl = options.publicUrl ?? "http://local-shopify.invalid";
  const app: EmulatorApp = {
    apiKey: options.apiKey,
    appId: options.appId ?? 7_345_001,
    title: options.appTitle ?? "Concierge",
    handle: options.appHandle ?? "concierge",
    scopes: options.scopes ?? DEFAULT_SCOPES,
    flowTriggers: options.flowTriggers ?? readFlowTriggers(),
  };

  const bucketFor = (shop: string, apiKey: string) => {
    const key = `${shop}|${apiKey}`;
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = new LeakyBucket(options.throttle ?? {}, now().getTime());
      buckets.set(key, bucket);
    }
    return bucket;
  };

  // Operations answered THROTTLED as if the bucket were too low for them (the next `calls` of them, or all).
  const throttled = new Map<string, { calls: number }>();
  const throttledNow = (operationName: string) => {
    const entry = throttled.get(operationName);
    if (!entry || entry.calls <= 0) return false;
    entry.calls -= 1;
    return true;
  };

  const emitWebhook = (event: WebhookEvent) => {
    for (const listener of listeners) listener(event);
  };

  const flushWebhooks = (pending: PendingWebhook[]) => {
    for (const event of pending) emitWebhook({ topic: event.topic, shop: event.shop, payload: event.payload() });
  };

  const makeContext = (data: ShopData, userId: number | null, bulk: boolean, scope: string = app.scopes): ResolverContext => {
    const ctx: ResolverContext = {
      store: options.store,
      data,
      app,
      now: now(),
      userId,
      scopes: new Set(
        scope
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      ),
      bulk,
      search: [],
      webhooks: [],
      runBulkQuery: (request) => startBulkOperation(data, request, scope),
      cancelBulkOperation: (operation) => {
        operation.status = "CANCELING";
      },
    };
    return ctx;
  };

  /**
   * Validates and schedules a bulk query; the run happens asynchronously,
   * with the access scopes of the token that asked for it.
   */
  const startBulkOperation = (
    data: ShopData,
    request: BulkRunRequest,
    scope: string,
  ): { operation: BulkOperationRecord | null; userErrors: unknown[] } => {
    const invalid = (message: string) => ({ operation: null, userErrors: [{ field: ["query"], message, code: "INVALID" }] });
    let document: DocumentNode;
    try {
      document = parse(request.query);
    } catch (error) {
      return invalid(`Invalid bulk query: ${(error as Error).message}`);
    }
    const validationErrors = validate(schema, document);
    if (validationErrors.length > 0) {
      const mapped = toShopifyValidationErrors(validationErrors, document);
      return invalid(`Invalid bulk query: ${mapped.map((e) => e.message).join(", ")}`);
    }
    const problem = bulkQueryProblem(schema, document);
    if (problem) return invalid(problem);
    const running = [...data.bulkOperations.values()].filter(
      (op) => op.apiKey === app.apiKey && op.type === "QUERY" && (op.status === "CREATED" || op.status === "RUNNING"),
    );
    if (running.length >= (options.maxConcurrentBulkQueries ?? MAX_CONCURRENT_BULK_QUERIES)) {
      return {
        operation: null,
        userErrors: [
          {
            field: null,
            message: `A bulk query operation for this app and shop is already in progress: ${gid("BulkOperation", running[0]!.id)}.`,
            code: "OPERATION_IN_PROGRESS",
          },
        ],
      };
    }
    const operation: BulkOperationRecord = {
      kind: "BulkOperation",
      id: options.store.nextId(),
      apiKey: app.apiKey,
      status: "CREATED",
      type: "QUERY",
      query: request.query,
      groupObjects: request.groupObjects,
      createdAt: shopifyTime(now()),
      completedAt: null,
      errorCode: null,
      objectCount: 0,
      rootObjectCount: 0,
      fileSize: null,
      resultJsonl: null,
      url: null,
    };
    data.bulkOperations.set(operation.id, operation);
    const run = new Promise<void>((resolve) => {
      setTimeout(() => {
        if (operation.status === "CANCELING") {
          operation.status = "CANCELED";
          operation.completedAt = shopifyTime(now());
          emitWebhook({ topic: "bulk_operations/finish", shop: data.shop.domain, payload: bulkOperationFinishPayload(operation) });
          resolve();
          return;
        }
        operation.status = "RUNNING";
        setTimeout(() => {
          runBulk(data, operation, document, scope);
          resolve();
        }, options.bulkOperationDelayMs ?? 0);
      }, 0);
    });
    pendingBulk.add(run);
    void run.finally(() => pendingBulk.delete(run));
    return { operation, userErrors: [] };
  };

  const runBulk = (data: ShopData, operation: BulkOperationRecord, document: DocumentNode, scope: string) => {
    if (operation.status === "CANCELING") {
      operation.status = "CANCELED";
    } else {
      const ctx = makeContext(data, null, true, scope);
      const result = executeGraphQL({ schema, document, rootValue: {}, contextValue: ctx, fieldResolver, typeResolver: resolveType });
      if (result instanceof Promise) throw new Error("Bulk execution unexpectedly asynchronous");
      if (result.errors?.length || !result.data) {
        operation.status = "FAILED";
        operation.errorCode = "INTERNAL_SERVER_ERROR";
      } else {
        const output = flattenBulkResult(schema, document, result.data as Record<string, unknown>, {
          groupObjects: operation.groupObjects,
        });
        operation.resultJsonl = output.jsonl;
        operation.objectCount = output.objectCount;
        operation.rootObjectCount = output.rootObjectCount;
        operation.fileSize = Buffer.byteLength(output.jsonl);
        // Shopify returns no URL when the operation produced no data.
        operation.url = output.objectCount > 0 ? `${publicUrl.replace(/\/+$/, "")}/_local/bulk/${operation.id}.jsonl` : null;
        operation.status = "COMPLETED";
      }
    }
    operation.completedAt = shopifyTime(now());
    emitWebhook({ topic: "bulk_operations/finish", shop: data.shop.domain, payload: bulkOperationFinishPayload(operation) });
  };

  const execute = async (request: ExecuteRequest): Promise<ExecuteResponse> => {
    let userId: number | null = null;
    let apiKey = app.apiKey;
    let scope = app.scopes;
    if (request.accessToken !== undefined) {
      const token = tokens.lookup(request.accessToken);
      if (!token || token.shop !== request.shop) return { status: 401, body: INVALID_TOKEN_BODY };
      userId = token.userId;
      apiKey = token.apiKey;
      scope = token.scope;
    }
    const data = options.store.shops.get(request.shop);
    if (!data) return { status: 404, body: { errors: "Not Found" } };

    let document: DocumentNode;
    try {
      document = parse(request.query);
    } catch (error) {
      if (error instanceof GraphQLError) return errorsBody([toShopifySyntaxError(error)]);
      throw error;
    }
    const validationErrors = validate(schema, document);
    if (validationErrors.length > 0) return errorsBody(toShopifyValidationErrors(validationErrors, document));

    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    let operation: OperationDefinitionNode | undefined;
    if (request.operationName) {
      operation = operations.find((o) => o.name?.value === request.operationName);
      if (!operation) return errorsBody([{ message: `No operation named "${request.operationName}"` }]);
    } else if (operations.length === 1) {
      operation = operations[0];
    } else {
      return errorsBody([{ message: "An operation name is required" }]);
    }
    if (!operation) return errorsBody([{ message: "No operations in query document" }]);

    const rawVariables = request.variables ?? {};
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables, { maxErrors: 50 });
    if (coerced.errors) return errorsBody(toShopifyVariableErrors(coerced.errors, operation, rawVariables));

    const refused = options.refuseDeprecated ?? TOLD_REMOVED;
    {
      const all = refused === "all";
      const removed = [
        ...(all ? deprecatedInDocument(schema, document) : []).map((message) => ({
          message: `${message} Deprecated fields are removed in a later API version: this request would fail then.`,
        })),
        ...deprecatedInVariables(schema, operation, rawVariables)
          .filter((use) => all || refused.includes(`${use.typeName}.${use.name}`))
          .map((use) => ({
            message: `Variable ${use.where.split(".")[0]} was provided invalid value for ${use.where.split(".").slice(1).join(".")} (${use.name} is deprecated on ${use.typeName} and will be removed: ${use.reason})`,
            extensions: { code: "DEPRECATED_INPUT", problems: [{ path: use.where.split(".").slice(1), explanation: use.reason }] },
          })),
      ];
      if (removed.length > 0) return errorsBody(removed);
    }

    const costContext: CostContext = { schema, fragments: fragmentsOf(document), variables: coerced.coerced };
    const requested = requestedQueryCost(costContext, operation);
    if (requested > SINGLE_QUERY_MAX_COST) {
      return errorsBody([
        {
          message:
            `Query cost is ${requested}, which exceeds the single query max cost limit (${SINGLE_QUERY_MAX_COST}).\n\n` +
            "See https://shopify.dev/concepts/about-apis/rate-limits for more information on how the\n" +
            "cost of a query is calculated.\n\n" +
            "To query larger amounts of data with fewer limits, bulk operations should be used instead.\n" +
            "See https://shopify.dev/api/usage/bulk-operations/queries for usage details.\n",
          extensions: { code: "MAX_COST_EXCEEDED", cost: requested, maxCost: SINGLE_QUERY_MAX_COST, documentation: RATE_LIMIT_DOCS },
        },
      ]);
    }

    const bucket = bucketFor(request.shop, apiKey);
    const startMs = now().getTime();
    if (throttledNow(operation.name?.value ?? "") || !bucket.tryTake(requested, startMs)) {
      return {
        status: 200,
        body: {
          errors: [{ message: "Throttled", extensions: { code: "THROTTLED", documentation: RATE_LIMIT_DOCS } }],
          extensions: {
            cost: {
              requestedQueryCost: requested,
              actualQueryCost: null,
              throttleStatus: {
                ...bucket.status(startMs),
                currentlyAvailable: Math.min(bucket.status(startMs).currentlyAvailable, requested - 1),
              },
            },
          },
        },
      };
    }

    const ctx = makeContext(data, userId, false, scope);
    const result = await executeGraphQL({
      schema,
      document,
      rootValue: {},
      contextValue: ctx,
      variableValues: rawVariables,
      operationName: operation.name?.value,
      fieldResolver,
      typeResolver: resolveType,
    });
    const actual = actualQueryCost(costContext, operation, result.data ?? null);
    const endMs = now().getTime();
    bucket.refund(requested - actual, endMs);

    const body: Record<string, unknown> = {};
    if (result.errors?.length) body.errors = result.errors.map((e) => e.toJSON());
    body.data = result.data ?? null;
    const extensions: Record<string, unknown> = {
      cost: { requestedQueryCost: requested, actualQueryCost: actual, throttleStatus: bucket.status(endMs) },
    };
    if (ctx.search.length > 0) extensions.search = ctx.search;
    body.extensions = extensions;
    flushWebhooks(ctx.webhooks);
    return { status: 200, body };
  };

  return {
    store: options.store,
    tokens,
    app,
    apiVersion: ADMIN_API_VERSION,
    execute,
    installApp(shop, installOptions = {}) {
      if (!options.store.shops.has(shop)) throw new Error(`Unknown shop ${shop}`);
      return tokens.issue({ shop, apiKey: app.apiKey, scope: installOptions.scope ?? app.scopes, token: installOptions.token });
    },
    handleAccessTokenRequest(shop, params) {
      return handleAccessTokenRequest({
        shop,
        params,
        app: { apiKey: app.apiKey, apiSecret: options.apiSecret, scopes: app.scopes },
        store: options.store,
        tokens,
        now: now(),
      });
    },
    bulkResult(id) {
      for (const data of options.store.shops.values()) {
        const op = data.bulkOperations.get(id);
        if (op) return op.resultJsonl ?? undefined;
      }
      return undefined;
    },
    setPublicUrl(url) {
      publicUrl = url;
    },
    onWebhook(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emitWebhook,
    async idle() {
      while (pendingBulk.size > 0) await Promise.allSettled([...pendingBulk]);
    },
    throttleStatus(shop) {
      return bucketFor(shop, app.apiKey).status(now().getTime());
    },
    refillBuckets() {
      // A bucket is made full on its next call.
      buckets.clear();
    },
    throttleOperations(operationName, { calls = Number.POSITIVE_INFINITY } = {}) {
      const entry = { calls };
      throttled.set(operationName, entry);
      return () => {
        if (throttled.get(operationName) === entry) throttled.delete(operationName);
      };
    },
  };
}
