// A database of its own for every test file, migrated with the project's own
// migrations, and emptied before every test.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, inject } from "vitest";
import { applyMigrations } from "../../scripts/lib/migrations.mjs";
import { applyTestEnvironment } from "./test-environment";

applyTestEnvironment();

const engine = process.env.TEST_DATABASE === "postgres" ? "postgres" : "sqlite";
const databaseName = `concierge_test_${randomUUID().replaceAll("-", "")}`;
let cleanupDatabase: () => Promise<void>;

if (engine === "sqlite") {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "concierge-sqlite-"));
  process.env.DATABASE_URL = `file:${path.join(directory, `${databaseName}.db`)}`;
  cleanupDatabase = async () => fs.rmSync(directory, { recursive: true, force: true });
} else {
  const adminUrl = inject("postgresAdminUrl");
  const { default: pg } = await import("pg");
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${databaseName}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  process.env.DATABASE_URL = url.toString();
  cleanupDatabase = async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await client.end();
  };
}

await applyMigrations({ url: process.env.DATABASE_URL });

const { default: db } = await import("../../app/db.server");
const { Prisma } = await import("@prisma/client");
const tables = Object.values(Prisma.ModelName);

beforeEach(async () => {
  if (engine === "sqlite") {
    for (const table of tables) await db.$executeRawUnsafe(`DELETE FROM "${table}"`);
  } else {
    await db.$executeRawUnsafe(`TRUNCATE ${tables.map((table) => `"${table}"`).join(", ")} CASCADE`);
  }
});

afterAll(async () => {
  await db.$disconnect();
  await cleanupDatabase();
});
