// The one database client: PostgreSQL through the node-postgres driver
// adapter and Prisma's engine-less ("client") runtime.
// See docs/decisions/009-postgresql-only.md.
import { Prisma, PrismaClient } from "@prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { requirePostgresUrl } from "./database-url";

export type Database = PrismaClient;
/** The client or an open transaction: what data modules accept. */
export type DatabaseClient = PrismaClient | Prisma.TransactionClient;

/** Each client's node-postgres pool, for the few statements sent without Prisma (sqlPool, databasePool). */
const pools = new WeakMap<object, pg.Pool>();

export function createDatabaseClient(databaseUrl = process.env.DATABASE_URL, options: { poolSize?: number } = {}): Database {
  // The pool is made here, not by the adapter, so that a hot read (/track) or
  // the webhook intake can use its connections without Prisma's query
  // compiler. The client closes it on disconnect; an idle connection never
  // keeps the process alive. A connection the server closed while idle (a
  // restart, a dropped test database) is dropped by the pool and the next
  // query opens another; without a listener it would end the process.
  const pool = new pg.Pool({ connectionString: requirePostgresUrl(databaseUrl), max: options.poolSize ?? 10, allowExitOnIdle: true });
  pool.on("error", () => {});
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(client, pool);
  return client;
}

/**
 * The client's node-postgres pool, for a read on a storefront request's hot
 * path: one statement, no query compilation, rows parsed once by the driver.
 * Null for a transaction or a client made elsewhere.
 */
export function sqlPool(db: DatabaseClient): pg.Pool | null {
  return pools.get(db) ?? null;
}

/**
 * The pool under a client that must have one: the webhook intake, which
 * Shopify times on every delivery (docs/decisions/035-webhook-acknowledgement-time.md).
 */
export function databasePool(db: Database): pg.Pool {
  const pool = sqlPool(db);
  if (!pool) throw new Error("databasePool: a client made by createDatabaseClient is needed");
  return pool;
}

declare global {
  // Remix's dev server re-imports modules on change; keep one client per process.
  var conciergeDatabase: Database | undefined;
}

const db: Database = globalThis.conciergeDatabase ?? createDatabaseClient();
globalThis.conciergeDatabase = db;

export default db;

/**
 * Runs `work` in a transaction: a new one on the client, or the caller's
 * when `db` is already a transaction (Prisma does not nest them), so a step
 * can be used alone or as part of a larger unit such as a webhook event.
 */
export function inTransaction<T>(db: DatabaseClient, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return "$transaction" in db ? db.$transaction(work) : work(db);
}

/** The write broke a unique index: a row with that key exists already. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Whether `create` made the row: false when a row with its unique key is there already (another writer was first). */
export async function createdUnlessTaken(create: Promise<unknown>): Promise<boolean> {
  return (await unlessTaken(create.then(() => true))) ?? false;
}

/** What `write` returns, or null when it broke a unique key (another writer was first). */
export async function unlessTaken<T>(write: Promise<T>): Promise<T | null> {
  try {
    return await write;
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}
