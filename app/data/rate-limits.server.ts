// Fixed-window rate limits kept in the database, so every app server behind
// a load balancer counts the same hits.
import { createHash } from "node:crypto";
import { inTransaction, type DatabaseClient } from "../db.server";

export interface RateLimit {
  /** What is limited and for whom, already hashed: "track:visitor:3f9a…". */
  key: string;
  limit: number;
  windowMs: number;
}

/**
 * The key of a limit per visitor: the scope ("track:visitor") then a hash of
 * the shop and the visitor, so neither is ever stored as it came.
 */
export function visitorKey(scope: string, shop: string, visitor: string): string {
  return `${scope}:${createHash("sha256").update(`${shop}:${visitor}`).digest("hex").slice(0, 32)}`;
}

export type RateLimitResult = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

/** The start of the rule's window that `now` falls in. */
export function rateLimitWindow(rule: Pick<RateLimit, "windowMs">, now: Date) {
  return new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
}

/** The refusal of a used-up window: when it ends. */
export function refusedBy(rule: Pick<RateLimit, "windowMs">, now: Date): Extract<RateLimitResult, { allowed: false }> {
  const retryAfterMs = rateLimitWindow(rule, now).getTime() + rule.windowMs - now.getTime();
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
}

/**
 * Counts one hit against the rule, unless its window is used up: then
 * nothing is written (a refused request costs one read and a row lock, so a
 * flood of refused requests does not turn into a flood of writes). One
 * statement, so two app servers counting at once never both take the last hit.
 */
export async function consumeRateLimit(db: DatabaseClient, shop: string, rule: RateLimit, now: Date): Promise<RateLimitResult> {
  const windowStart = rateLimitWindow(rule, now);
  const rows = await db.$queryRaw<{ hits: number }[]>`
    INSERT INTO "RateLimitBucket" ("shop", "bucketKey", "windowStart", "hits")
    VALUES (${shop}, ${rule.key}, ${windowStart}, 1)
    ON CONFLICT ("shop", "bucketKey", "windowStart")
    DO UPDATE SET "hits" = "RateLimitBucket"."hits" + 1 WHERE "RateLimitBucket"."hits" < ${rule.limit}
    RETURNING "hits"`;
  const hits = rows[0]?.hits;
  if (hits === undefined || hits > rule.limit) return refusedBy(rule, now);
  return { allowed: true, remaining: rule.limit - hits };
}

/**
 * Takes up to `wanted` hits of the rule's current window at once (a batch of
 * emails): how many it got, 0 when the window is used up, with the wait for
 * the next window. The row is locked for the count, so workers sharing the
 * limit never take more than it together.
 */
export async function takeRateLimitSlots(
  db: DatabaseClient,
  shop: string,
  rule: RateLimit,
  wanted: number,
  now: Date,
): Promise<{ granted: number; retryAfterSeconds: number }> {
  const windowStart = rateLimitWindow(rule, now);
  const key = { shop, bucketKey: rule.key, windowStart };
  const granted = await inTransaction(db, async (tx) => {
    await tx.$executeRaw`
      INSERT INTO "RateLimitBucket" ("shop", "bucketKey", "windowStart", "hits") VALUES (${shop}, ${rule.key}, ${windowStart}, 0)
      ON CONFLICT ("shop", "bucketKey", "windowStart") DO NOTHING`;
    const [row] = await tx.$queryRaw<{ hits: number }[]>`
      SELECT "hits" FROM "RateLimitBucket" WHERE "shop" = ${shop} AND "bucketKey" = ${rule.key} AND "windowStart" = ${windowStart} FOR UPDATE`;
    const taken = Math.max(0, Math.min(wanted, rule.limit - (row?.hits ?? rule.limit)));
    if (taken > 0) await tx.rateLimitBucket.update({ where: { shop_bucketKey_windowStart: key }, data: { hits: { increment: taken } } });
    return taken;
  });
  return { granted, retryAfterSeconds: refusedBy(rule, now).retryAfterSeconds };
}

/**
 * Several rules for one request (a visitor's, then the shop's): the first
 * used up refuses the request before anything is counted, so a refused
 * request writes nothing; otherwise each is counted in turn.
 */
export async function consumeRateLimits(
  db: DatabaseClient,
  shop: string,
  rules: readonly RateLimit[],
  now: Date,
): Promise<{ rule: RateLimit; result: Extract<RateLimitResult, { allowed: false }> } | null> {
  if (rules.length === 1) {
    const result = await consumeRateLimit(db, shop, rules[0]!, now);
    return result.allowed ? null : { rule: rules[0]!, result };
  }
  const current = await db.rateLimitBucket.findMany({
    where: { shop, OR: rules.map((rule) => ({ bucketKey: rule.key, windowStart: rateLimitWindow(rule, now) })) },
    select: { bucketKey: true, hits: true },
  });
  for (const rule of rules) {
    const hits = current.find((row) => row.bucketKey === rule.key)?.hits ?? 0;
    if (hits >= rule.limit) return { rule, result: refusedBy(rule, now) };
  }
  for (const rule of rules) {
    const result = await consumeRateLimit(db, shop, rule, now);
    if (!result.allowed) return { rule, result };
  }
  return null;
}

/**
 * A shop-wide limit kept in `shards` rows instead of one that every request
 * of the shop would update (and wait on): each visitor counts in the shard
 * its key falls in, against its share of the limit.
 */
export function shardedRule(scope: string, visitorKeyed: string, rule: Omit<RateLimit, "key">, shards: number): RateLimit {
  const shard = parseInt(createHash("sha256").update(visitorKeyed).digest("hex").slice(0, 8), 16) % shards;
  return { key: `${scope}:${shard}`, limit: Math.ceil(rule.limit / shards), windowMs: rule.windowMs };
}

/** Windows that ended long ago, of every shop: dropped by the nightly prune job. */
export async function pruneRateLimitsBefore(db: DatabaseClient, olderThan: Date) {
  await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: olderThan } } });
}
