#!/usr/bin/env -S npx tsx
// The fulfillment-event job (app/services/shipment-risks.server.ts, run by
// app/jobs/webhook-event.server.ts), on PostgreSQL, for a store in steady
// state: --shipments shipments already tracked per shop (a quarter still on
// their way, some with a tracking snapshot kept; the others delivered, with the
// risks, emails and Flow runs they had), and --ledger processed events of the
// past weeks in the webhook ledger (decision 047).
//
// For each of two shops, a mix of --events carrier scans in random order, a
// third each: in transit (announces nothing), delivered (a stage the shop
// announces: an email where it sends them, a Flow trigger), delayed (a new
// shipment risk: a delay email where it sends them, a Flow trigger):
//   - "Flow only": no email server, no emails chosen, Flow on at risk and delivered;
//   - "email": an email server, delay emails and the out-for-delivery and
//     delivered emails, Flow on at risk and delivered.
//   1. acknowledgement: the scans delivered as fulfillment_events/create,
//      signed as Shopify signs them, through the app's own route, --concurrency
//      at once with no worker running: p50/p95/p99 of the time until the 200.
//   2. processing: then one worker (the app's startWorker, in this process: its
//      batches of 50 events a transaction, two at a time; every other queue
//      taken off work, so the emails and Flow runs the events write stay
//      queued and are counted, not sent) until the last is processed: events/s
//      from the worker's start, and between its first and last commit (the
//      worker's start left out, as webhook-pipeline leaves it out); and the SQL
//      statements per event (every statement the job's client sends, BEGIN and
//      COMMIT included; pg-boss's own fetch and completion of each batch, on its
//      own connections, are not counted), and the CPU the worker's process spent
//      per event (PostgreSQL's is apart; on a busy machine the wall-clock
//      figures grow, this one less).
//      Target: ≥ 50 events/s per worker (first to last commit), for both shops:
//      ten times the busiest hour of a store shipping 10,000 orders a day, and a
//      carrier's burst of 10,000 scans worked through in under 4 minutes by one
//      worker (decision 050).
// A warm-up shop's 150 events go through the route and a worker first, uncounted.
//
//   npx tsx bench/fulfillment-events.bench.ts [--events 3000] [--shipments 20000] [--ledger 20000] [--concurrency 20]
import os from "node:os";
import { parseArgs } from "node:util";
import type { PoolClient } from "pg";
import { benchDatabase } from "./lib/database";
import { machine, percentile, seededRandom } from "./lib/harness";
import { keepProcessedLedger } from "./lib/ledger";

const { values } = parseArgs({
  options: { events: { type: "string" }, shipments: { type: "string" }, ledger: { type: "string" }, concurrency: { type: "string" } },
});
/** Carrier scans per shop, a third of each kind. */
const EVENTS = Number(values.events ?? 3_000);
/** Shipments each shop already tracks; a quarter of them are on their way. */
const SHIPMENTS = Number(values.shipments ?? 20_000);
/** Processed events each shop's ledger holds. */
const LEDGER = Number(values.ledger ?? 20_000);
const CONCURRENCY = Number(values.concurrency ?? 20);
const TARGET_PER_SECOND = 50;
if (EVENTS > SHIPMENTS / 4) throw new Error(`--events ${EVENTS} is more than the ${SHIPMENTS / 4} shipments on their way`);

// Shopify's numeric ids of the seeded shipments (fulfillment and order n) and of the new scans.
const FULFILLMENT_BASE = 5_000_000_000;
const ORDER_BASE = 4_000_000_000;
const SCAN_BASE = 7_000_000_000;

const database = await benchDatabase("concierge-bench-fulfillment-events");
const { applyTestEnvironment, TEST_APP } = await import("../tests/setup/test-environment");
applyTestEnvironment();
process.env.NODE_ENV = "production";

const { default: db, createDatabaseClient, sqlPool } = await import("../app/db.server");
const { action } = await import("../app/routes/webhooks.fulfillment_events.create");
const { jobQueue, stopJobQueue, JOB_NAMES } = await import("../app/jobs/queue.server");
const { startWorker } = await import("../app/jobs/worker.server");
const { settleEventRelays } = await import("../app/services/webhook-intake.server");
const { saveOutreachChoices } = await import("../app/data/outreach-choices.server");
const { buildWebhookRequest } = await import("../local-shopify/webhooks");

// The worker's own client, whose every statement is counted as its connection sends it.
const workerDb = createDatabaseClient(database.url);
let statements = 0;
sqlPool(workerDb)!.on("connect", (connection: PoolClient) => {
  const query = connection.query.bind(connection) as (...args: unknown[]) => unknown;
  (connection as { query: unknown }).query = (...args: unknown[]) => {
    statements++;
    return query(...args);
  };
});

const format = (value: number) => value.toLocaleString("en-US", { maximumFractionDigits: 1 });
const count = (value: number) => value.toLocaleString("en-US");

console.log(`Fulfillment events on PostgreSQL: ${machine()}\n`);

type Outreach = "flow" | "email";

/** A shop as a store that has run Concierge for weeks leaves it. */
async function seedShop(shop: string, shipments: number, ledger: number, outreach: Outreach) {
  await db.shop.create({ data: { shop, currencyCode: "USD", ianaTimezone: "UTC" } });
  await saveOutreachChoices(
    db,
    shop,
    outreach === "email"
      ? { sendDelayAlerts: true, stageUpdates: ["out_for_delivery", "delivered"], flowStages: ["delayed", "delivered"] }
      : { sendDelayAlerts: false, stageUpdates: [], flowStages: ["delayed", "delivered"] },
  );
  if (outreach === "email") {
    await db.emailSettings.create({
      data: { shop, fromName: "Maison Nour", fromEmail: "hello@maison-nour.example", host: "127.0.0.1", port: 2525, security: "none" },
    });
  }
  // Shipment n: on its way when n % 4 = 0 (shipped two days ago, scanned in transit yesterday),
  // else delivered weeks ago (confirmed, in transit, out for delivery, delivered a day apart).
  const shipped = `now() - CASE WHEN n % 4 = 0 THEN interval '2 days' ELSE (n % 56 + 5) * interval '1 day' END`;
  await db.$executeRawUnsafe(
    `INSERT INTO "Shipment" ("shop", "fulfillmentId", "orderId", "orderName", "email", "status", "shipmentStatus", "statusChangedAt",
       "shippedAt", "estimatedDeliveryAt", "deliveredAt", "lastMovementAt", "trackingCompany", "trackingNumber", "trackingUrl",
       "events", "open", "updatedAt")
     SELECT $1, ($3::bigint + n)::text, ($4::bigint + n)::text, '#' || (1000 + n), 'shopper' || n || '@bench.test', 'SUCCESS',
       CASE WHEN open THEN 'IN_TRANSIT' ELSE 'DELIVERED' END, shipped + interval '1 day' * (CASE WHEN open THEN 1 ELSE 3 END), shipped,
       CASE WHEN open THEN now() + interval '2 days' ELSE shipped + interval '4 days' END,
       CASE WHEN open THEN NULL ELSE shipped + interval '3 days' END,
       shipped + interval '1 day' * (CASE WHEN open THEN 1 ELSE 3 END),
       'UPS', '1Z' || n, 'https://www.ups.com/track?tracknum=1Z' || n,
       (SELECT jsonb_agg(jsonb_build_object('id', ($5::bigint + n * 10 + step)::text, 'status', status,
           'happenedAt', to_char((shipped + (step - 1) * interval '1 day') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
           'message', NULL, 'estimatedDeliveryAt', NULL) ORDER BY step)
        FROM unnest(CASE WHEN open THEN ARRAY['CONFIRMED', 'IN_TRANSIT'] ELSE ARRAY['CONFIRMED', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED'] END)
          WITH ORDINALITY AS event(status, step)),
       open, now()
     FROM (SELECT n, n % 4 = 0 AS open, ${shipped} AS shipped FROM generate_series(1, $2::int) AS n) AS s`,
    shop,
    shipments,
    FULFILLMENT_BASE,
    ORDER_BASE,
    SCAN_BASE - 1_000_000_000,
  );
  // One delivered shipment in twenty was late on its way: its risk handled and resolved, its delay
  // email (where the shop sends them) and Flow run sent. Every delivered one had its delivered
  // Flow run, and its delivered email where the shop sends them.
  await db.$executeRawUnsafe(
    `INSERT INTO "ShipmentRisk" ("id", "shop", "fulfillmentId", "kind", "since", "detectedAt", "resolvedAt", "handledAt", "handledBy")
     SELECT gen_random_uuid()::text, "shop", "fulfillmentId", 'delayed', "shippedAt" + interval '1 day', "shippedAt" + interval '1 day',
       "deliveredAt", "shippedAt" + interval '2 days', 'Layla'
     FROM "Shipment" WHERE "shop" = $1 AND NOT "open" AND ("fulfillmentId"::bigint - $2::bigint) % 20 = 1`,
    shop,
    FULFILLMENT_BASE,
  );
  const kinds = [
    ["'flow:shipment-delivered'", "'flow:delivered:' || s.\"fulfillmentId\"", "TRUE"],
    ["'flow:shipment-at-risk'", "'flow:risk:' || r.\"id\" || ':1'", 'r."id" IS NOT NULL'],
    ...(outreach === "email"
      ? [
          ["'stage_delivered'", "'stage:' || s.\"fulfillmentId\" || ':delivered'", "TRUE"],
          ["'shipment_delay'", "'late:' || s.\"fulfillmentId\"", 'r."id" IS NOT NULL'],
        ]
      : []),
  ];
  for (const [kind, dedupeKey, where] of kinds) {
    await db.$executeRawUnsafe(
      `INSERT INTO "OutreachMessage" ("id", "shop", "kind", "dedupeKey", "orderId", "fulfillmentId", "status", "toEmail", "createdAt", "sentAt")
       SELECT gen_random_uuid()::text, s."shop", ${kind}, ${dedupeKey}, s."orderId", s."fulfillmentId", 'sent',
         CASE WHEN ${kind} LIKE 'flow:%' THEN NULL ELSE s."email" END, s."deliveredAt", s."deliveredAt"
       FROM "Shipment" s LEFT JOIN "ShipmentRisk" r ON r."shop" = s."shop" AND r."fulfillmentId" = s."fulfillmentId"
       WHERE s."shop" = $1 AND NOT s."open" AND ${where}`,
      shop,
    );
  }
  // The tracking page keeps half the orders on their way (a scan marks its snapshot stale).
  await db.$executeRawUnsafe(
    `INSERT INTO "TrackingSnapshot" ("shop", "orderId", "orderName", "email", "data", "fetchedAt", "contactKeys")
     SELECT "shop", "orderId", "orderName", "email", '{}'::jsonb, now() - interval '1 hour', '{}'
     FROM "Shipment" WHERE "shop" = $1 AND "open" AND ("fulfillmentId"::bigint - $2::bigint) % 8 = 0`,
    shop,
    FULFILLMENT_BASE,
  );
  if (ledger > 0) await keepProcessedLedger(db, shop, ledger, ["FULFILLMENT_EVENTS_CREATE", "FULFILLMENTS_UPDATE", "ORDERS_UPDATED"]);
  for (const table of ["Shipment", "ShipmentRisk", "OutreachMessage", "TrackingSnapshot"])
    await db.$executeRawUnsafe(`VACUUM ANALYZE "${table}"`);
}

type Kind = "in_transit" | "delivered" | "delayed";
const KINDS: readonly Kind[] = ["in_transit", "delivered", "delayed"];

/** `events` carrier scans on shipments on their way, a third of each kind, in a seeded random order. */
function scans(events: number, shipments: number, seed: number) {
  const { integerBelow } = seededRandom(seed);
  const onTheirWay = Array.from({ length: Math.floor(shipments / 4) }, (_, index) => 4 * (index + 1));
  for (let index = onTheirWay.length - 1; index > 0; index--) {
    const other = integerBelow(index + 1);
    [onTheirWay[index], onTheirWay[other]] = [onTheirWay[other], onTheirWay[index]];
  }
  return onTheirWay.slice(0, events).map((n, index) => ({ n, kind: KINDS[index % 3], id: SCAN_BASE + seed * 1_000_000 + index }));
}

/** fulfillment_events/create for one scan, as Shopify sends it (local-shopify/webhooks.ts's REST FulfillmentEvent). */
function delivery(shop: string, scan: ReturnType<typeof scans>[number]) {
  const happenedAt = new Date(Date.now() - 60_000).toISOString();
  return buildWebhookRequest({
    topic: "fulfillment_events/create",
    shop,
    payload: {
      id: scan.id,
      admin_graphql_api_id: `gid://shopify/FulfillmentEvent/${scan.id}`,
      fulfillment_id: FULFILLMENT_BASE + scan.n,
      order_id: ORDER_BASE + scan.n,
      shop_id: 1,
      status: scan.kind,
      message: scan.kind === "delayed" ? "Weather delay" : null,
      happened_at: happenedAt,
      created_at: happenedAt,
      updated_at: happenedAt,
      estimated_delivery_at: null,
      city: "Dubai",
      province: null,
      country: "AE",
      zip: null,
      address1: null,
      latitude: null,
      longitude: null,
    },
    secret: TEST_APP.apiSecret,
    appUrl: TEST_APP.appUrl,
    uri: "/webhooks/fulfillment_events/create",
    eventId: `evt-scan-${scan.id}`,
  });
}

/** Delivers the scans through the route, CONCURRENCY at once; the times until each 200, sorted. */
async function deliverAll(shop: string, list: ReturnType<typeof scans>): Promise<number[]> {
  const times: number[] = [];
  for (let start = 0; start < list.length; start += CONCURRENCY) {
    const requests = list.slice(start, start + CONCURRENCY).map((scan) => delivery(shop, scan));
    await Promise.all(
      requests.map(async (request) => {
        const sent = performance.now();
        const response = await action({ request, params: {}, context: {} });
        if (response.status !== 200 || response.headers.get("X-Concierge-Webhook") !== "accepted")
          throw new Error(`answered ${response.status} ${response.headers.get("X-Concierge-Webhook")}`);
        times.push(performance.now() - sent);
      }),
    );
  }
  // The answer comes once the ledger row is committed; the jobs follow (decision 027).
  await settleEventRelays(db);
  return times.sort((a, b) => a - b);
}

/** One worker until the shop has no event queued; its figures. */
async function drain(shop: string) {
  const phaseStart = new Date();
  const statementsBefore = statements;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const worker = await startWorker({
    db: workerDb,
    adminFor: () => Promise.reject(new Error("a fulfillment event needs no Admin API call")),
  });
  for (const name of JOB_NAMES) if (name !== "webhook-event") await worker.boss.offWork(name);
  const startSeconds = (performance.now() - started) / 1000;
  for (;;) {
    const left = await db.webhookEvent.groupBy({ by: ["status"], where: { shop, status: { not: "processed" } }, _count: { _all: true } });
    if (left.some((group) => group.status === "failed")) throw new Error(`events failed: ${JSON.stringify(left)}`);
    if (left.length === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const seconds = (performance.now() - started) / 1000;
  const sent = statements - statementsBefore;
  const cpu = process.cpuUsage(cpuBefore);
  await worker.stop();
  const processed = { shop, status: "processed" as const, processedAt: { gte: phaseStart } };
  const span = await db.webhookEvent.aggregate({
    where: processed,
    _min: { processedAt: true },
    _max: { processedAt: true },
    _count: true,
  });
  const first = span._min.processedAt!;
  const afterFirst = await db.webhookEvent.count({ where: { ...processed, processedAt: { gt: first } } });
  const steady = afterFirst / ((span._max.processedAt!.getTime() - first.getTime()) / 1000);
  return {
    events: span._count,
    seconds,
    startSeconds,
    steady,
    statementsPerEvent: sent / span._count,
    cpuMsPerEvent: (cpu.user + cpu.system) / 1000 / span._count,
  };
}

/** What the phase wrote, checked against what its scans call for; the follow-up jobs are then dropped, unsent. */
async function wrote(shop: string, since: Date, list: ReturnType<typeof scans>, outreach: Outreach) {
  const of = (kind: Kind) => list.filter((scan) => scan.kind === kind).length;
  const messages = await db.outreachMessage.groupBy({ by: ["kind"], where: { shop, createdAt: { gte: since } }, _count: { _all: true } });
  const made = Object.fromEntries(messages.map((group) => [group.kind, group._count._all]));
  const expected: Record<string, number> = {
    "flow:shipment-delivered": of("delivered"),
    "flow:shipment-at-risk": of("delayed"),
    ...(outreach === "email" ? { stage_delivered: of("delivered"), shipment_delay: of("delayed") } : {}),
  };
  const risks = await db.shipmentRisk.count({ where: { shop, detectedAt: { gte: since } } });
  const jobs = await db.$queryRaw<{ name: string; jobs: number }[]>`
    SELECT name, count(*)::int AS jobs FROM pgboss.job WHERE name IN ('outreach-send', 'flow-trigger') AND data->>'shop' = ${shop} GROUP BY name`;
  const queued = Object.fromEntries(jobs.map((row) => [row.name, row.jobs]));
  const emails = (made.stage_delivered ?? 0) + (made.shipment_delay ?? 0);
  const flows = (made["flow:shipment-delivered"] ?? 0) + (made["flow:shipment-at-risk"] ?? 0);
  const ok =
    JSON.stringify(Object.entries(made).sort()) === JSON.stringify(Object.entries(expected).sort()) &&
    risks === of("delayed") &&
    (queued["outreach-send"] ?? 0) === emails &&
    (queued["flow-trigger"] ?? 0) === flows;
  const boss = await jobQueue();
  await boss.deleteAllJobs("outreach-send");
  await boss.deleteAllJobs("flow-trigger");
  return { ok, line: `${count(risks)} new risks, ${count(emails)} emails and ${count(flows)} Flow runs queued`, made, expected };
}

const SHOPS: { shop: string; label: string; outreach: Outreach }[] = [
  { shop: "bench-flow.myshopify.com", label: "Flow only (no email server; Flow at risk and delivered)", outreach: "flow" },
  {
    shop: "bench-email.myshopify.com",
    label: "email (delay, out for delivery and delivered emails; Flow at risk and delivered)",
    outreach: "email",
  },
];
const WARM_UP_SHOP = "bench-warm-up.myshopify.com";

const seedStarted = performance.now();
for (const { shop, outreach } of SHOPS) await seedShop(shop, SHIPMENTS, LEDGER, outreach);
await seedShop(WARM_UP_SHOP, 800, 0, "email");
await jobQueue();
console.log(
  `each shop tracks ${count(SHIPMENTS)} shipments (${count(SHIPMENTS / 4)} on their way), its ledger holds ${count(LEDGER)} processed events` +
    ` (seeded in ${format((performance.now() - seedStarted) / 1000)} s)`,
);

// Warm-up: the route, the intake's statement, the job's queries, the worker's start.
const warmUpScans = scans(150, 800, 99);
const warmUpSince = new Date();
await deliverAll(WARM_UP_SHOP, warmUpScans);
await drain(WARM_UP_SHOP);
const warmUp = await wrote(WARM_UP_SHOP, warmUpSince, warmUpScans, "email");
if (!warmUp.ok) throw new Error(`warm-up: ${JSON.stringify(warmUp)}`);
console.log(`warm-up: 150 scans of another shop through the route and a worker, not counted\n`);

let failed = false;
const results: { label: string; steady: number }[] = [];
for (const [index, { shop, label, outreach }] of SHOPS.entries()) {
  const list = scans(EVENTS, SHIPMENTS, index + 1);
  console.log(`${label}: ${count(EVENTS)} scans, a third each in transit, delivered, delayed`);
  const since = new Date();
  const loadBefore = os.loadavg()[0];
  const acks = await deliverAll(shop, list);
  console.log(
    `  acknowledgement, ${CONCURRENCY} at once, no worker running: p50 ${format(percentile(acks, 0.5))} ms, p95 ${format(percentile(acks, 0.95))} ms,` +
      ` p99 ${format(percentile(acks, 0.99))} ms, max ${format(acks.at(-1)!)} ms`,
  );
  const run = await drain(shop);
  console.log(
    `  processing, one worker: ${count(run.events)} events in ${format(run.seconds)} s from its start = ${format(run.events / run.seconds)} events/s` +
      ` (its start took ${format(run.startSeconds)} s); first to last commit ${format(run.steady)} events/s;` +
      ` ${format(run.statementsPerEvent)} SQL statements and ${format(run.cpuMsPerEvent)} ms of the worker's CPU per event; load ${loadBefore.toFixed(1)} → ${os.loadavg()[0].toFixed(1)}`,
  );
  const check = await wrote(shop, since, list, outreach);
  console.log(`  checked: ${check.line}${check.ok ? "" : ` — NOT what the scans call for: ${JSON.stringify(check)}`}\n`);
  failed ||= !check.ok;
  results.push({ label: outreach === "flow" ? "Flow only" : "email", steady: run.steady });
}

const worst = Math.min(...results.map((result) => result.steady));
console.log(
  `Target ≥ ${TARGET_PER_SECOND} events/s per worker: ${results.map((result) => `${result.label} ${format(result.steady)}`).join(", ")}` +
    ` — ${worst >= TARGET_PER_SECOND ? "met" : "missed"} at load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores` +
    ` (the worker and PostgreSQL share them: compare runs at a load below the core count)`,
);
if (failed) process.exitCode = 1;

await stopJobQueue();
await workerDb.$disconnect();
await db.$disconnect();
await database.drop();
