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

const pools = new WeakMap<Database, pg.Pool>();

export function createDatabaseClient(databaseUrl = process.env.DATABASE_URL, options: { poolSize?: number } = {}): Database {
  // The adapter's connections come from a pool built here, so that the one
  // statement Prisma would slow down can share them (databasePool).
  const pool = new pg.Pool({ connectionString: requirePostgresUrl(databaseUrl), max: options.poolSize ?? 10 });
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  // A connection the server closed while idle is dropped by the pool and the
  // next query opens another; without a listener it would end the process.
  pool.on("error", () => {});
  pools.set(client, pool);
  return client;
}

/**
 * The node-postgres pool under a client, for the rare statement where
 * Prisma's per-query work is the cost that matters: the webhook intake, which
 * Shopify times on every delivery (docs/decisions/035-webhook-acknowledgement-time.md).
 * Everything else goes through Prisma.
 */
export function databasePool(db: Database): pg.Pool {
  const pool = pools.get(db);
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
