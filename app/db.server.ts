// The one database client: PostgreSQL through the node-postgres driver
// adapter and Prisma's engine-less ("client") runtime.
// See docs/decisions/009-postgresql-only.md.
import { PrismaClient, type Prisma } from "@prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";
import { requirePostgresUrl } from "../scripts/lib/database-url.mjs";

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
