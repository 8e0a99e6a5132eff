// Applies prisma/migrations (SQLite) or prisma/postgres/migrations (PostgreSQL)
// to a database, recording each in Prisma's own `_prisma_migrations` table with
// Prisma's checksum, so `prisma migrate deploy` on a machine that has Prisma's
// schema engine sees the same history. Why not `prisma migrate deploy` here:
// Prisma's JS migration engine fails on PostgreSQL (prisma/prisma#27403) and
// this keeps one code path for both engines. See
// docs/decisions/001-database-sqlite-and-postgresql.md.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describeDatabaseUrl } from "./database-url.mjs";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export function migrationsDirectory(provider) {
  return provider === "sqlite"
    ? path.join(projectRoot, "prisma", "migrations")
    : path.join(projectRoot, "prisma", "postgres", "migrations");
}

export function listMigrations(provider) {
  const directory = migrationsDirectory(provider);
  if (!fs.existsSync(directory)) return [];
  return fs
    .readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(directory, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const MIGRATIONS_TABLE_SQLITE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL,
  "checksum" TEXT NOT NULL,
  "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL,
  "logs" TEXT,
  "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

const MIGRATIONS_TABLE_POSTGRES = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/**
 * @param {{ url?: string, log?: (line: string) => void }} [options]
 * @returns {Promise<string[]>} the names of the migrations applied now
 */
export async function applyMigrations({ url, log = () => {} } = {}) {
  const database = describeDatabaseUrl(url ?? process.env.DATABASE_URL);
  const migrations = listMigrations(database.provider);
  if (database.provider === "sqlite") return applySqlite(database, migrations, log);
  return applyPostgres(database, migrations, log);
}

async function applySqlite(database, migrations, log) {
  const { default: Database } = await import("better-sqlite3");
  fs.mkdirSync(path.dirname(database.filePath), { recursive: true });
  const db = new Database(database.filePath);
  try {
    db.pragma("journal_mode = WAL");
    db.exec(MIGRATIONS_TABLE_SQLITE);
    const applied = new Map(
      db
        .prepare(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`)
        .all()
        .map((row) => [row.migration_name, row.checksum]),
    );
    const appliedNow = [];
    for (const migration of migrations) {
      if (applied.has(migration.name)) {
        warnOnEditedMigration(migration, applied.get(migration.name), log);
        continue;
      }
      const run = db.transaction(() => {
        db.exec(migration.sql);
        db.prepare(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`,
        ).run(randomUUID(), migration.checksum, Date.now(), migration.name, Date.now());
      });
      run();
      appliedNow.push(migration.name);
      log(`applied ${migration.name}`);
    }
    return appliedNow;
  } finally {
    db.close();
  }
}

async function applyPostgres(database, migrations, log) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    // Several app servers may start at once: one migrates, the others wait.
    await client.query("SELECT pg_advisory_lock(727274)");
    await client.query(MIGRATIONS_TABLE_POSTGRES);
    const { rows } = await client.query(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`,
    );
    const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    const appliedNow = [];
    for (const migration of migrations) {
      if (applied.has(migration.name)) {
        warnOnEditedMigration(migration, applied.get(migration.name), log);
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${migration.name} failed: ${error.message}`, { cause: error });
      }
      appliedNow.push(migration.name);
      log(`applied ${migration.name}`);
    }
    return appliedNow;
  } finally {
    await client.query("SELECT pg_advisory_unlock(727274)").catch(() => {});
    await client.end();
  }
}

function warnOnEditedMigration(migration, appliedChecksum, log) {
  if (appliedChecksum !== migration.checksum) {
    log(`warning: migration ${migration.name} was edited after it was applied`);
  }
}
