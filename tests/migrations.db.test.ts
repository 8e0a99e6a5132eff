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

describe("one open exchange per item", () => {
  it("keeps the first of a shopper's requests written twice, with its reason, and every other shop's and item's outcomes", async () => {
    const outcome = (id: string, shop: string, lineItemId: string, status: string, minutesAgo: number) =>
      `('${id}', '${shop}', 'offer', '100', '${lineItemId}', 'self_service', '${status}', 'USD', now() - interval '${minutesAgo} minutes')`;
    const reason = (sourceId: string, shop: string, source: string) =>
      `('reason-${shop}-${sourceId}', '${shop}', '${source}', '${sourceId}', 'style', now())`;
    await migrateAcross(
      "_one_open_exchange_per_item",
      `INSERT INTO "ExchangeOutcome" ("id", "shop", "offerId", "orderId", "lineItemId", "channel", "status", "currencyCode", "createdAt") VALUES
         ${outcome("first-request", "a.myshopify.com", "10", "requested", 3)},
         ${outcome("second-tap", "a.myshopify.com", "10", "requested", 2)},
         ${outcome("exchanged-before", "a.myshopify.com", "10", "accepted", 90)},
         ${outcome("refused-before", "a.myshopify.com", "10", "refused", 80)},
         ${outcome("request-being-confirmed", "a.myshopify.com", "20", "requested", 5)},
         ${outcome("agent-answering", "a.myshopify.com", "20", "deciding", 1)},
         ${outcome("other-item", "a.myshopify.com", "30", "requested", 2)},
         ${outcome("other-shop", "b.myshopify.com", "10", "requested", 2)};
       INSERT INTO "ContactReason" ("id", "shop", "source", "sourceId", "reasonKey", "occurredAt") VALUES
         ${reason("first-request", "a.myshopify.com", "tracking_page")},
         ${reason("second-tap", "a.myshopify.com", "tracking_page")},
         ${reason("request-being-confirmed", "a.myshopify.com", "tracking_page")},
         ${reason("other-shop", "b.myshopify.com", "tracking_page")},
         ${reason("second-tap", "b.myshopify.com", "helpdesk")}`,
    );
    const outcomes = await client.query(`SELECT "id" FROM "ExchangeOutcome" ORDER BY "id"`);
    expect(outcomes.rows.map((row) => row.id)).toEqual([
      "agent-answering",
      "exchanged-before",
      "first-request",
      "other-item",
      "other-shop",
      "refused-before",
    ]);
    const reasons = await client.query(`SELECT "shop", "sourceId" FROM "ContactReason" ORDER BY "shop", "sourceId"`);
    // The second tap's reason goes, and so does the reason of the request an agent was answering (the
    // agent's answer records its own); another shop's contact that shares an id stays.
    expect(reasons.rows).toEqual([
      { shop: "a.myshopify.com", sourceId: "first-request" },
      { shop: "b.myshopify.com", sourceId: "other-shop" },
      { shop: "b.myshopify.com", sourceId: "second-tap" },
    ]);
    // From now on the database refuses a second request for the item.
    await expect(
      client.query(`INSERT INTO "ExchangeOutcome" ("id", "shop", "offerId", "orderId", "lineItemId", "channel", "status", "currencyCode")
                    VALUES ('third-tap', 'a.myshopify.com', 'offer', '100', '10', 'self_service', 'requested', 'USD')`),
    ).rejects.toThrow(/ExchangeOutcome_open_item_key/);
  });
});
