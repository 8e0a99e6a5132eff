// The one database client: PostgreSQL through the node-postgres driver
// adapter and Prisma's engine-less ("client") runtime.
// See docs/decisions/009-postgresql-only.md.
import { Prisma, PrismaClient } from "@prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";
import { requirePostgresUrl } from "./database-url";

export type Database = PrismaClient;
/** The client or an open transaction: what data modules accept. */
export type DatabaseClient = PrismaClient | Prisma.TransactionClient;

export function createDatabaseClient(databaseUrl = process.env.DATABASE_URL, options: { poolSize?: number } = {}): Database {
  const adapter = new PrismaPg({ connectionString: requirePostgresUrl(databaseUrl), max: options.poolSize ?? 10 });
  return new PrismaClient({ adapter });
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
