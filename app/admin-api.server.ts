// The one way Concierge calls Shopify's Admin GraphQL API. Every feature goes
// through `adminQuery`/`adminMutation` with an operation from app/graphql/, so
// every call gets the same guarantees:
//   - throttling (THROTTLED, HTTP 429) and Shopify's 5xx are retried with
//     backoff, waiting as long as the cost bucket says it needs to refill;
//   - GraphQL errors and userErrors become typed errors, never a silent null;
//   - every attempt has a time limit (a Shopify that hangs is a failed
//     attempt, retried, never a request or a job held forever).
// The client is anything with `graphql(query, { variables })` answering a
// Response: the `admin` of authenticate.admin / unauthenticated.admin, or a
// client built for the local Shopify in tests.

import type { AdminOperation } from "./graphql/admin-operation";
import { parseStorableJson } from "./domain/storable-text";

export { adminOperationOf, type AdminOperation } from "./graphql/admin-operation";

export interface AdminGraphqlClient {
  graphql(query: string, options?: { variables?: Record<string, unknown>; signal?: AbortSignal }): Promise<Response>;
  /** How calls through this client retry and time out, unless a call says otherwise (`interactiveClient`). */
  readonly retryPolicy?: Partial<RetryPolicy>;
}

export interface GraphqlErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface UserError {
  field?: string[] | null;
  message: string;
  code?: string | null;
}

export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export interface CostExtension {
  requestedQueryCost?: number;
  actualQueryCost?: number | null;
  throttleStatus?: ThrottleStatus;
}

/** The Admin API refused or failed an operation. */
export class AdminApiError extends Error {
  constructor(
    message: string,
    readonly operation: string,
    readonly kind: "graphql" | "http" | "throttled" | "no-data" | "timeout",
    readonly details: { status?: number; errors?: GraphqlErrorEntry[]; retryAfterMs?: number } = {},
  ) {
    super(message);
    this.name = "AdminApiError";
  }
}

/** Shopify accepted the operation but refused the input (a mutation's userErrors). */
export class AdminUserErrors extends Error {
  constructor(
    readonly operation: string,
    readonly userErrors: UserError[],
  ) {
    super(`${operation}: ${userErrors.map((error) => describeUserError(error)).join("; ")}`);
    this.name = "AdminUserErrors";
  }

  /** The first error's code, for callers that branch on it (e.g. TAKEN). */
  get code() {
    return this.userErrors[0]?.code ?? null;
  }

  /** Shopify's words for the refusal, without the operation's name: what a merchant or an agent is shown. */
  get refusal() {
    return refusalMessage(this.userErrors);
  }

  /** Whether any of the errors has one of these codes (a mutation that selects `code` next to UserErrorFields). */
  hasCode(...codes: string[]) {
    return this.userErrors.some((error) => codes.includes(error.code ?? ""));
  }
}

/** A mutation's user errors in Shopify's words, joined (every mutation selects them with UserErrorFields). */
export function refusalMessage(userErrors: readonly UserError[]): string {
  return userErrors.map((error) => error.message).join("; ");
}

function describeUserError(error: UserError) {
  const field = error.field?.filter((part) => part !== "input").join(".");
  return field ? `${field}: ${error.message}` : error.message;
}

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** How long one attempt may take before it is abandoned (and retried). */
  timeoutMs: number;
  /**
   * The longest wait for the cost bucket to refill after a THROTTLED answer;
   * beyond it the call fails at once as "throttled" (a shopper's page, decision 023).
   */
  maxThrottleWaitMs: number;
  /** How long the whole call may take, its attempts and the waits between them included. */
  totalTimeoutMs: number;
  /**
   * Whether an attempt whose fate is unknown (no answer in time, an HTTP
   * failure) is tried again. A mutation that is not idempotent says false:
   * Shopify may have done it, so a second attempt could do it twice; it is
   * retried only when Shopify refused it unrun (throttled), and otherwise
   * fails for its caller to look at what Shopify holds (decision 054).
   */
  retryUnanswered: boolean;
  sleep: (ms: number) => Promise<void>;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  timeoutMs: Number(process.env.ADMIN_API_TIMEOUT_MS ?? 10_000),
  maxThrottleWaitMs: Number.POSITIVE_INFINITY,
  totalTimeoutMs: Number.POSITIVE_INFINITY,
  retryUnanswered: true,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** For a mutation Shopify may have done when its answer is lost: tried again only when Shopify refused it unrun. */
export const NOT_IDEMPOTENT: Partial<RetryPolicy> = { retryUnanswered: false };

/** How long a call from a page a person waits on may take, retries included (ADMIN_API_INTERACTIVE_TIMEOUT_MS). */
const INTERACTIVE_TIMEOUT_MS = Number(process.env.ADMIN_API_INTERACTIVE_TIMEOUT_MS ?? 5_000);

/**
 * For a page a person is waiting on (a storefront lookup, an admin page): a
 * few seconds and one retry at most, then a clear "try again" rather than a
 * page that hangs. Jobs keep the default policy and the queue's own retries.
 */
export const interactiveRetryPolicy: Partial<RetryPolicy> = {
  maxAttempts: 2,
  // Long enough for the cost bucket to refill for one heavy query (800
  // points at 100 a second); a retry after a timeout waits far less.
  maxDelayMs: 8_000,
  timeoutMs: INTERACTIVE_TIMEOUT_MS,
  // A Shopify that hangs costs the person one attempt's wait, not two.
  totalTimeoutMs: INTERACTIVE_TIMEOUT_MS,
};

/**
 * The client of a request a person waits on (a storefront page, an admin
 * page): every call through it follows `interactiveRetryPolicy`, so a
 * Shopify that hangs costs a few seconds and a "try again", not a page that
 * never loads. Everything else of the client is kept.
 */
export function interactiveClient<TClient extends AdminGraphqlClient>(client: TClient): TClient {
  return { ...client, retryPolicy: { ...interactiveRetryPolicy, ...client.retryPolicy } };
}

/** Shopify did not answer in time (or kept refusing): the person should try again shortly. */
export function isShopifyUnavailable(error: unknown): error is AdminApiError {
  return error instanceof AdminApiError && (error.kind === "timeout" || error.kind === "throttled" || error.kind === "http");
}

/**
 * The call's data, or null when Shopify did not answer in time (or kept
 * refusing): a page then shows what Concierge keeps and says "try again".
 */
export async function unlessShopifyUnavailable<T>(call: Promise<T>): Promise<{ data: T } | null> {
  try {
    return { data: await call };
  } catch (error) {
    if (isShopifyUnavailable(error)) return null;
    throw error;
  }
}

/** Every error of a failed query says NOT_FOUND: what was asked for does not exist (for this shop). */
export function isNotFound(error: unknown): error is AdminApiError {
  const errors = error instanceof AdminApiError && error.kind === "graphql" ? (error.details.errors ?? []) : [];
  return errors.length > 0 && errors.every((entry) => entry.extensions?.code === "NOT_FOUND");
}

type Attempt<TData> =
  | { outcome: "data"; data: TData }
  | { outcome: "retry"; reason: string; waitMs: number | null; kind: "throttled" | "http" | "timeout" }
  | { outcome: "fail"; error: AdminApiError };

export async function adminQuery<TData, TVariables>(
  client: AdminGraphqlClient,
  operation: AdminOperation<TData, TVariables>,
  variables: TVariables,
  policy: Partial<RetryPolicy> = {},
): Promise<TData> {
  const { maxAttempts, baseDelayMs, maxDelayMs, timeoutMs, maxThrottleWaitMs, totalTimeoutMs, retryUnanswered, sleep } = {
    ...defaultRetryPolicy,
    ...client.retryPolicy,
    ...policy,
  };
  let last: Extract<Attempt<TData>, { outcome: "retry" }> | null = null;
  const deadline = Date.now() + totalTimeoutMs;
  let attempts = 0;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const remainingMs = deadline - Date.now();
    if (remainingMs <= 0) break;
    attempts = attempt;
    const result = await attemptOnce<TData>(client, operation, variables as Record<string, unknown>, Math.min(timeoutMs, remainingMs));
    if (result.outcome === "data") return result.data;
    if (result.outcome === "fail") throw result.error;
    last = result;
    if (attempt === maxAttempts || (!retryUnanswered && result.kind !== "throttled")) break;
    // Exponential backoff with jitter, but never shorter than the time the
    // cost bucket needs to hold the request again.
    const exponential = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
    const jittered = exponential / 2 + Math.random() * (exponential / 2);
    const waitMs = Math.min(maxDelayMs, Math.max(jittered, result.waitMs ?? 0));
    if (result.kind === "throttled" && Math.max(waitMs, result.waitMs ?? 0) > maxThrottleWaitMs) {
      throw new AdminApiError(
        `${operation.name}: throttled, and this call cannot wait for the bucket to refill`,
        operation.name,
        "throttled",
        {
          retryAfterMs: result.waitMs ?? waitMs,
        },
      );
    }
    if (Date.now() + waitMs >= deadline) break;
    await sleep(waitMs);
  }
  throw new AdminApiError(
    `${operation.name}: gave up after ${attempts} attempt${attempts === 1 ? "" : "s"} (${last?.reason ?? "unknown"})`,
    operation.name,
    last?.kind ?? "http",
  );
}

/**
 * Runs a mutation and checks its payload's userErrors: `payloadKey` names the
 * mutation field (e.g. "tagsAdd"). Returns the payload.
 */
export async function adminMutation<TData, TVariables, TKey extends keyof TData & string>(
  client: AdminGraphqlClient,
  operation: AdminOperation<TData, TVariables>,
  variables: TVariables,
  payloadKey: TKey,
  policy: Partial<RetryPolicy> = {},
): Promise<NonNullable<TData[TKey]>> {
  const data = await adminQuery(client, operation, variables, policy);
  const payload = data[payloadKey] as (NonNullable<TData[TKey]> & { userErrors?: UserError[] }) | null;
  if (!payload) {
    throw new AdminApiError(`${operation.name}: Shopify returned no ${payloadKey} payload`, operation.name, "no-data");
  }
  if (payload.userErrors && payload.userErrors.length > 0) {
    throw new AdminUserErrors(operation.name, payload.userErrors);
  }
  return payload;
}

async function attemptOnce<TData>(
  client: AdminGraphqlClient,
  operation: AdminOperation<TData, unknown>,
  variables: Record<string, unknown>,
  timeoutMs: number,
): Promise<Attempt<TData>> {
  let body: { data?: TData | null; errors?: GraphqlErrorEntry[] | string; extensions?: { cost?: CostExtension } };
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await client.graphql(operation.document, { variables, signal });
    if (!response.ok) return classifyHttpFailure(operation.name, response.status, await safeText(response));
    body = (await responseJson(response)) as typeof body;
  } catch (error) {
    if (signal.aborted) return { outcome: "retry", reason: `no answer within ${timeoutMs} ms`, waitMs: null, kind: "timeout" };
    const thrown = classifyThrown<TData>(operation.name, error);
    if (thrown) return thrown;
    throw error;
  }
  return classifyBody(operation.name, body);
}

function classifyBody<TData>(
  name: string,
  body: { data?: TData | null; errors?: GraphqlErrorEntry[] | string; extensions?: { cost?: CostExtension } },
): Attempt<TData> {
  const errors = typeof body.errors === "string" ? [{ message: body.errors }] : (body.errors ?? []);
  if (errors.some((error) => error.extensions?.code === "THROTTLED")) {
    return { outcome: "retry", reason: "throttled", waitMs: throttleWaitMs(body.extensions?.cost), kind: "throttled" };
  }
  if (errors.length > 0) {
    return {
      outcome: "fail",
      error: new AdminApiError(`${name}: ${errors.map((error) => error.message).join("; ")}`, name, "graphql", { errors }),
    };
  }
  if (body.data === undefined || body.data === null) {
    return { outcome: "fail", error: new AdminApiError(`${name}: Shopify returned no data`, name, "no-data") };
  }
  return { outcome: "data", data: body.data };
}

function classifyHttpFailure<TData>(name: string, status: number, text: string, retryAfterSeconds?: number): Attempt<TData> {
  if (status === 429 || status >= 500) {
    return {
      outcome: "retry",
      reason: `HTTP ${status}`,
      waitMs: retryAfterSeconds !== undefined ? retryAfterSeconds * 1000 : null,
      kind: status === 429 ? "throttled" : "http",
    };
  }
  return {
    outcome: "fail",
    error: new AdminApiError(`${name}: HTTP ${status} ${text.slice(0, 200)}`.trim(), name, "http", { status }),
  };
}

/**
 * The Shopify library's client throws instead of answering: GraphqlQueryError
 * (with the response body) for GraphQL errors, HttpResponseError and its
 * subclasses (with the status) for HTTP failures.
 */
function classifyThrown<TData>(name: string, error: unknown): Attempt<TData> | null {
  if (typeof error !== "object" || error === null) return null;
  const candidate = error as {
    body?: { data?: TData; errors?: unknown; extensions?: { cost?: CostExtension } };
    response?: { code?: number; statusText?: string; body?: unknown; retryAfter?: number };
    retryAfter?: number;
  };
  if (candidate.body && typeof candidate.body === "object") {
    const errors = (candidate.body.errors as { graphQLErrors?: GraphqlErrorEntry[] } | GraphqlErrorEntry[] | undefined) ?? [];
    const list = Array.isArray(errors) ? errors : (errors.graphQLErrors ?? []);
    return classifyBody(name, { data: candidate.body.data, errors: list, extensions: candidate.body.extensions });
  }
  if (candidate.response && typeof candidate.response.code === "number") {
    return classifyHttpFailure(
      name,
      candidate.response.code,
      candidate.response.statusText ?? "",
      candidate.retryAfter ?? candidate.response.retryAfter,
    );
  }
  return null;
}

/** Each answer's parsed body: the budget and pacing wrappers and adminQuery read it from one parse. */
const parsedBodies = new WeakMap<Response, Promise<unknown>>();

/**
 * A successful answer's JSON body, parsed once however many wrappers read it
 * (the budget reads the cost extension, adminQuery the data). Only for an
 * answer that is `ok`: an error page is read as text by adminQuery.
 */
export function responseJson(response: Response): Promise<unknown> {
  let parsed = parsedBodies.get(response);
  if (!parsed) {
    // Made storable as it is read: Shopify's data goes into PostgreSQL (domain/storable-text.ts).
    parsed = response.text().then(parseStorableJson);
    parsedBodies.set(response, parsed);
  }
  return parsed;
}

/**
 * The answer's body for its cost extension: a successful answer's parsed
 * once for every reader (responseJson), an error answer's from a copy
 * (adminQuery reads its text); undefined when it is not JSON.
 */
export async function answerBody(response: Response): Promise<unknown> {
  try {
    return await (response.ok ? responseJson(response) : response.clone().json());
  } catch {
    // Not JSON (an HTTP error page): adminQuery deals with it.
    return undefined;
  }
}

/** The cost extension of an answer's body (or of the body a thrown GraphqlQueryError carries), if it has one. */
export function costExtensionOf(body: unknown): CostExtension | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  return (body as { extensions?: { cost?: CostExtension } }).extensions?.cost;
}

/** How long until the bucket holds the request again, from the cost extension. */
export function throttleWaitMs(cost: CostExtension | undefined): number | null {
  const status = cost?.throttleStatus;
  const requested = cost?.requestedQueryCost;
  if (!status || requested === undefined || status.restoreRate <= 0) return null;
  const missing = Math.max(0, requested - status.currentlyAvailable);
  return Math.ceil((missing / status.restoreRate) * 1000);
}

async function safeText(response: Response) {
  try {
    return await response.text();
  } catch {
    return "";
  }
}
