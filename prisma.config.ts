// Prisma CLI configuration for the offline, engine-less setup: the CLI talks to
// the database through a JavaScript driver adapter instead of downloading the
// Rust schema engine (impossible here and unnecessary with engineType "client").
// Used by `npm run db:new-migration` (prisma migrate diff). Applying migrations
// is done by scripts/lib/migrations.mjs on both engines; see
// docs/decisions/001-database-sqlite-and-postgresql.md.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: path.join("prisma", "schema.prisma"),
  async adapter() {
    // migrate diff between datamodels needs no real database: a scratch one.
    return new PrismaBetterSQLite3({ url: ":memory:" });
  },
});
