// A database of its own for every test file, on the run's PostgreSQL server
// (tests/setup/postgres-server.ts), migrated with the project's own
// migrations, and emptied before every test.
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, inject } from "vitest";
import { applyMigrations } from "../../scripts/lib/migrations.mjs";
import { dropDatabase, ensureDatabase, withDatabase } from "../../scripts/lib/postgres.mjs";
import { applyTestEnvironment } from "./test-environment";

applyTestEnvironment();

const adminUrl = inject("postgresAdminUrl");
const databaseName = `concierge_test_${randomUUID().replaceAll("-", "")}`;
await ensureDatabase(adminUrl, databaseName);
process.env.DATABASE_URL = withDatabase(adminUrl, databaseName);
await applyMigrations({ url: process.env.DATABASE_URL });

const { default: db } = await import("../../app/db.server");
const { Prisma } = await import("@prisma/client");
const tables = Object.values(Prisma.ModelName);

beforeEach(async () => {
  // A job the last test's webhook is still queueing would land in this test's queue.
  // (Imported here, not above: the app's modules read the environment a test file may still set.)
  const { settleEventRelays } = await import("../../app/services/webhook-intake.server");
  await settleEventRelays(db);
  // Rate-limit hits counted in the process and not yet written would land in this test's rows.
  const { flushRateLimitHits } = await import("../../app/data/rate-limit-buffer.server");
  await flushRateLimitHits();
  // What the process knows of the shops' Admin API buckets goes with the rows.
  const { forgetKnownBuckets } = await import("../../app/admin-budget.server");
  forgetKnownBuckets();
  await db.$executeRawUnsafe(`TRUNCATE ${tables.map((table) => `"${table}"`).join(", ")} CASCADE`);
  // The job queue's jobs too, once pg-boss has made its tables (the first job sent).
  await db.$executeRawUnsafe(`DO $$ BEGIN IF to_regclass('pgboss.job') IS NOT NULL THEN TRUNCATE pgboss.job; END IF; END $$`);
});

afterAll(async () => {
  const { settleEventRelays } = await import("../../app/services/webhook-intake.server");
  await settleEventRelays(db);
  const { stopJobQueue } = await import("../../app/jobs/queue.server");
  await stopJobQueue();
  await db.$disconnect();
  await dropDatabase(adminUrl, databaseName);
});
