// Prisma CLI configuration for the offline, engine-less setup: the CLI talks to
// PostgreSQL through the node-postgres driver adapter instead of downloading the
// Rust schema engine (impossible here and unnecessary with engineType "client").
// Migrations are written by `npm run db:new-migration` (prisma migrate diff) and
// applied by scripts/lib/migrations.mjs, because Prisma's JS migration engine
// cannot apply them on PostgreSQL (prisma/prisma#27403).
// See docs/decisions/009-postgresql-only.md.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: path.join("prisma", "schema.prisma"),
  async adapter() {
    // Only commands that reach a database use it (scripts/prisma.mjs sets the URL).
    // allowExitOnIdle: the CLI exits when it is done instead of waiting out
    // the pool's idle timeout (10 s).
    return new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "postgresql://localhost/concierge", allowExitOnIdle: true });
  },
});
