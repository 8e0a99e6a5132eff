/**
 * Relay connections with Shopify's pagination rules: `first` or `last` is
 * required (at most 250), `after`/`before` take opaque cursors, `reverse`
 * flips the sort. Cursors are base64 JSON `{"last_id":…,"last_value":…}` like
 * Shopify's, and are located by binary search on the sort key, so paging
 * through 100,000 customers stays O(log n) per page.
 *
 * In a bulk operation the limits do not apply and every node is returned.
 */
import { GraphQLError } from "graphql";

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
  reverse?: boolean | null;
}

export type SortValue = string | number | null;

export interface CursorKey {
  id: number;
  value: SortValue;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

export const MAX_PAGE_SIZE = 250;

/** Orders two sort keys: by value (nulls first), then by id. */
export function compareKeys(a: CursorKey, b: CursorKey): number {
  if (a.value !== b.value) {
    if (a.value === null) return -1;
    if (b.value === null) return 1;
    if (typeof a.value === "number" && typeof b.value === "number") return a.value - b.value;
    const x = String(a.value);
    const y = String(b.value);
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.id - b.id;
}

/** Sorts a copy of `items` by `key` (the order connections paginate in). */
export function sortByKey<T>(items: readonly T[], key: (item: T) => CursorKey): T[] {
  const keyed = items.map((item) => ({ item, k: key(item) }));
  keyed.sort((a, b) => compareKeys(a.k, b.k));
  return keyed.map((entry) => entry.item);
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify({ last_id: key.id, last_value: key.value })).toString("base64");
}

export function decodeCursor(cursor: string): CursorKey {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64").toString("utf8")) as { last_id?: unknown; last_value?: unknown };
    if (typeof parsed.last_id !== "number") throw new Error("no id");
    const value = parsed.last_value;
    return {
      id: parsed.last_id,
      value: typeof value === "number" || typeof value === "string" ? value : value === null ? null : String(value),
    };
  } catch {
    throw new GraphQLError("Invalid cursor for current pagination sort.", { extensions: { code: "BAD_REQUEST" } });
  }
}

/** Checks `first`/`last` like Shopify (skipped for bulk operations). */
export function checkPageArgs(args: PageArgs): void {
  const hasFirst = typeof args.first === "number";
  const hasLast = typeof args.last === "number";
  if (!hasFirst && !hasLast) throw new GraphQLError("you must provide one of first or last", { extensions: { code: "BAD_REQUEST" } });
  if (hasFirst && hasLast)
    throw new GraphQLError("providing both first and last is not supported", { extensions: { code: "BAD_REQUEST" } });
  for (const name of ["first", "last"] as const) {
    const size = args[name];
    if (typeof size !== "number") continue;
    if (size > MAX_PAGE_SIZE)
      throw new GraphQLError(
        `${name} cannot exceed ${MAX_PAGE_SIZE}. To query larger amounts of data with fewer limits, bulk operations should be used instead.`,
        { extensions: { code: "BAD_REQUEST" } },
      );
    if (size < 0) throw new GraphQLError(`${name} cannot be negative`, { extensions: { code: "BAD_REQUEST" } });
  }
}

/** First index in `list` (sorted by `key`, ascending) whose key is > `cursor`, or >= it when `inclusive`: a binary search. */
function firstIndexFrom<T>(list: readonly T[], key: (item: T) => CursorKey, cursor: CursorKey, inclusive: boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = compareKeys(key(list[mid]!), cursor);
    if (inclusive ? c >= 0 : c > 0) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Pages through `sorted` (ascending by `key`). `reverse` walks it backwards
 * without copying it.
 */
export function paginate<T>(
  sorted: readonly T[],
  args: PageArgs,
  key: (item: T) => CursorKey,
  options: { bulk?: boolean } = {},
): Connection<T> {
  if (!options.bulk) checkPageArgs(args);
  const descending = !!args.reverse;
  const n = sorted.length;
  const at = (i: number) => sorted[descending ? n - 1 - i : i]!;
  const view = descending ? { length: n, get: at } : { length: n, get: (i: number) => sorted[i]! };
  // Binary searches work on the ascending array; translate to view indexes.
  let start = 0;
  let end = n;
  if (args.after) {
    const cursor = decodeCursor(args.after);
    const ascIndex = firstIndexFrom(sorted, key, cursor, descending);
    start = descending ? n - ascIndex : ascIndex;
  }
  if (args.before) {
    const cursor = decodeCursor(args.before);
    const ascIndex = firstIndexFrom(sorted, key, cursor, !descending);
    end = descending ? n - ascIndex : ascIndex;
  }
  if (end < start) end = start;
  let from = start;
  let to = end;
  if (!options.bulk) {
    if (typeof args.first === "number") to = Math.min(end, start + args.first);
    else if (typeof args.last === "number") from = Math.max(start, end - args.last);
  }
  const edges: Edge<T>[] = [];
  for (let i = from; i < to; i++) {
    const node = view.get(i);
    edges.push({ cursor: encodeCursor(key(node)), node });
  }
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: typeof args.first === "number" || options.bulk ? to < end : end < n,
      hasPreviousPage: typeof args.last === "number" ? from > start : start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Maps the nodes of a connection, keeping its cursors. */
export function mapConnection<T, U>(connection: Connection<T>, fn: (item: T) => U): Connection<U> {
  const edges = connection.edges.map((e) => ({ cursor: e.cursor, node: fn(e.node) }));
  return { edges, nodes: edges.map((e) => e.node), pageInfo: connection.pageInfo };
}
