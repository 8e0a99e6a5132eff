// Fixed-window rate limits kept in the database, so every app server behind
// a load balancer counts the same hits.
import { createHash } from "node:crypto";
import type { DatabaseClient } from "../db.server";

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

export async function consumeRateLimit(db: DatabaseClient, shop: string, rule: RateLimit, now: Date): Promise<RateLimitResult> {
  const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
  const bucket = await db.rateLimitBucket.upsert({
    where: { shop_bucketKey_windowStart: { shop, bucketKey: rule.key, windowStart } },
    create: { shop, bucketKey: rule.key, windowStart, hits: 1 },
    update: { hits: { increment: 1 } },
    select: { hits: true },
  });
  if (bucket.hits <= rule.limit) return { allowed: true, remaining: rule.limit - bucket.hits };
  const retryAfterMs = windowStart.getTime() + rule.windowMs - now.getTime();
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
}

/** Windows that ended long ago, of every shop: dropped by the nightly prune job. */
export async function pruneRateLimitsBefore(db: DatabaseClient, olderThan: Date) {
  await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: olderThan } } });
}
