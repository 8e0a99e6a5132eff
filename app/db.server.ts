// The one database client. DATABASE_URL picks the engine (see
// scripts/lib/database-url.mjs): SQLite through better-sqlite3 by default,
// PostgreSQL through node-postgres. Both go through Prisma driver adapters
// with the engine-less ("client") Prisma runtime.
import { createRequire } from "node:module";
import { PrismaClient, type Prisma } from "@prisma/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { describeDatabaseUrl } from "../scripts/lib/database-url.mjs";

export type Database = PrismaClient;
/** The client or an open transaction: what data modules accept. */
export type DatabaseClient = PrismaClient | Prisma.TransactionClient;

export function createDatabaseClient(databaseUrl = process.env.DATABASE_URL): Database {
  const database = describeDatabaseUrl(databaseUrl);
  if (database.provider === "sqlite") {
    return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: database.filePath }) });
  }
  // The PostgreSQL client is generated from the same models (prisma/postgres/
  // schema.prisma), so its API is the SQLite client's; only the SQL differs.
  const require = createRequire(import.meta.url);
  const { PrismaClient: PostgresPrismaClient } = require(".prisma/client-postgres") as {
    PrismaClient: new (options: { adapter: PrismaPg }) => Database;
  };
  return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
}

declare global {
  // Remix's dev server re-imports modules on change; keep one client per process.
  var conciergeDatabase: Database | undefined;
}

const db: Database = globalThis.conciergeDatabase ?? createDatabaseClient();
if (process.env.NODE_ENV === "development") globalThis.conciergeDatabase = db;

export default db;
