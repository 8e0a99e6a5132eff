// Rate-limit hits counted in the process and written in batches: for the
// storefront's busiest counter (every view of the tracking page), so that a
// page view writes nothing itself. The decision reads the shared row (in the
// request's one read) and adds the hits this process has not written yet;
// every FLUSH_INTERVAL_MS one statement adds each process's hits to the rows
// all app servers share. Decision 034.
import type { DatabaseClient } from "../db.server";
import { sqlPool } from "../db.server";
import { rateLimitWindow, type RateLimit, type RateLimitResult, refusedBy } from "./rate-limits.server";

/** How often counted hits reach PostgreSQL: what another app server may not yet see. */
export const FLUSH_INTERVAL_MS = 200;

interface Pending {
  shop: string;
  key: string;
  windowStart: Date;
  windowMs: number;
  hits: number;
}

const pending = new Map<string, Pending>();
let database: DatabaseClient | null = null;
let timer: NodeJS.Timeout | null = null;
let flushing: Promise<void> = Promise.resolve();

const entryKey = (shop: string, key: string, windowStart: Date) => `${shop}\u0000${key}\u0000${windowStart.getTime()}`;

/** Hits of the rule's current window counted here and not yet written. */
function unwritten(shop: string, rule: RateLimit, now: Date): number {
  return pending.get(entryKey(shop, rule.key, rateLimitWindow(rule, now)))?.hits ?? 0;
}

/**
 * Counts one hit against the rule, unless `storedHits` (the row as the
 * request read it) plus what this process has not written yet uses the
 * window up: then nothing is counted. The hit is written within
 * FLUSH_INTERVAL_MS, with the others of that moment, in one statement.
 */
export function countBuffered(db: DatabaseClient, shop: string, rule: RateLimit, storedHits: number, now: Date): RateLimitResult {
  const hits = storedHits + unwritten(shop, rule, now);
  if (hits >= rule.limit) return refusedBy(rule, now);
  const windowStart = rateLimitWindow(rule, now);
  const key = entryKey(shop, rule.key, windowStart);
  const entry = pending.get(key);
  if (entry) entry.hits++;
  else pending.set(key, { shop, key: rule.key, windowStart, windowMs: rule.windowMs, hits: 1 });
  database = db;
  timer ??= setTimeout(() => void flushRateLimitHits(), FLUSH_INTERVAL_MS).unref();
  return { allowed: true, remaining: rule.limit - hits - 1 };
}

/** Writes every hit counted so far (the timer's work; also before a test empties the database, and at shutdown). */
export function flushRateLimitHits(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  const db = database;
  const batch = [...pending.values()];
  pending.clear();
  if (!db || batch.length === 0) return flushing;
  flushing = flushing.then(() => writeHits(db, batch)).catch(() => restore(batch));
  return flushing;
}

/** Adds each entry's hits to its row, in one statement, however many rows. */
async function writeHits(db: DatabaseClient, batch: readonly Pending[]) {
  const text = `
    INSERT INTO "RateLimitBucket" ("shop", "bucketKey", "windowStart", "hits")
    SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::int[])
    ON CONFLICT ("shop", "bucketKey", "windowStart") DO UPDATE SET "hits" = "RateLimitBucket"."hits" + excluded."hits"`;
  const values = [batch.map((entry) => entry.shop), batch.map((entry) => entry.key), batch.map((entry) => entry.windowStart), batch.map((entry) => entry.hits)];
  const pool = sqlPool(db);
  if (pool) await pool.query(text, values);
  else await db.$executeRawUnsafe(text, ...values);
}

/**
 * A failed write (the database restarting): the hits are counted again and
 * written with the next batch, those of a window that has ended excepted.
 */
function restore(batch: readonly Pending[]) {
  const now = Date.now();
  for (const entry of batch) {
    if (entry.windowStart.getTime() + entry.windowMs <= now) continue;
    const key = entryKey(entry.shop, entry.key, entry.windowStart);
    const current = pending.get(key);
    if (current) current.hits += entry.hits;
    else pending.set(key, { ...entry });
  }
  if (pending.size > 0) timer ??= setTimeout(() => void flushRateLimitHits(), FLUSH_INTERVAL_MS).unref();
}
