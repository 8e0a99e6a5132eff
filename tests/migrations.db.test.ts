// Migrations that move data keep it: each is run on a database built by the
// migrations before it, holding rows a shop saved then.
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listMigrations } from "../scripts/lib/migrations.mjs";

const SCHEMA = "before_migration";
let client: pg.Client;

beforeEach(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  // A schema of its own, so the test file's database (already migrated) is left alone.
  await client.query(`CREATE SCHEMA ${SCHEMA}; SET search_path TO ${SCHEMA}`);
});

afterEach(async () => {
  await client.query(`DROP SCHEMA ${SCHEMA} CASCADE`);
  await client.end();
});

/** Runs the migrations before `name`, then `rows`, then `name` itself. */
async function migrateAcross(name: string, rows: string) {
  const migrations = listMigrations();
  const index = migrations.findIndex((migration) => migration.name.endsWith(name));
  expect(index).toBeGreaterThan(0);
  for (const migration of migrations.slice(0, index)) await client.query(migration.sql);
  await client.query(rows);
  await client.query(migrations[index]!.sql);
}

describe("outreach choices apart from the server", () => {
  it("keeps every shop's choices of what to send, and the server they had", async () => {
    await migrateAcross(
      "_outreach_choices_apart_from_the_server",
      `INSERT INTO "EmailSettings" ("shop", "fromName", "fromEmail", "host", "port", "security", "sendDelayAlerts", "stageUpdates", "flowStages", "updatedAt")
       VALUES ('a.myshopify.com', 'A', 'a@a.example', 'smtp.a.example', 587, 'starttls', false, ARRAY['shipped'], ARRAY['delivered'], now()),
              ('b.myshopify.com', 'B', 'b@b.example', 'smtp.b.example', 465, 'tls', true, ARRAY[]::TEXT[], ARRAY['delayed', 'delivered'], now())`,
    );
    const choices = await client.query(
      `SELECT "shop", "sendDelayAlerts", "stageUpdates", "flowStages" FROM "OutreachChoices" ORDER BY "shop"`,
    );
    expect(choices.rows).toEqual([
      { shop: "a.myshopify.com", sendDelayAlerts: false, stageUpdates: ["shipped"], flowStages: ["delivered"] },
      { shop: "b.myshopify.com", sendDelayAlerts: true, stageUpdates: [], flowStages: ["delayed", "delivered"] },
    ]);
    const servers = await client.query(`SELECT "shop", "host", "port" FROM "EmailSettings" ORDER BY "shop"`);
    expect(servers.rows).toEqual([
      { shop: "a.myshopify.com", host: "smtp.a.example", port: 587 },
      { shop: "b.myshopify.com", host: "smtp.b.example", port: 465 },
    ]);
  });
});
