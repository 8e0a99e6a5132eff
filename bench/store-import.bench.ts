// How long the history import takes on a big store, against the local
// Shopify: 100,000 orders (with their refunds, cancellations, codes and chat
// orders) and 20,000 customers seeded by the demo store, a few agents whose
// codes those orders used, and the real import service (two bulk operations,
// JSONL streamed from a temporary file, batches written in one transaction
// each with their attribution and daily sums) on a throwaway PostgreSQL.
// Run: npx tsx bench/store-import.bench.ts [--orders=100000] [--customers=20000] [--batch=250]
// It prints the whole import, then where the time went: Shopify's exports
// (the local Shopify's, in this process) and Concierge's writing.
import { performance } from "node:perf_hooks";
import { withScratchDatabase } from "./lib/database";
import { formatCount, machine, option } from "./lib/harness";
import { DEMO_SHOP, seedDemoStore } from "../local-shopify/demo-store";
import { startLocalShopify } from "../local-shopify/server";
import { agentWithCodes } from "../tests/factories/agents";

const ORDERS = option("orders", 100_000);
const CUSTOMERS = option("customers", 20_000);
const BATCH = option("batch", 250);
/** Codes the demo's orders use, made agents' codes so attribution has work to do. */
const AGENT_CODES = ["WELCOME10", "VIP50", "CHLOE10", "SUMMER20"];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

// The app's modules read DATABASE_URL when first loaded (the job queue sends the import's job there): they are imported in main.
async function main(databaseUrl: string) {
  const { createDatabaseClient } = await import("../app/db.server");
  const { runStoreImport } = await import("../app/services/store-import.server");
  const { shopSettings } = await import("../app/services/shop-settings.server");
  const { stopJobQueue } = await import("../app/jobs/queue.server");
  const { adminClient } = await import("../tests/factories/vip");
  const db = createDatabaseClient(databaseUrl);

  const seeding = performance.now();
  const store = seedDemoStore({ customers: CUSTOMERS, orders: ORDERS, now: new Date(), includeOtherShop: false });
  const seededMs = performance.now() - seeding;
  const data = store.getShop(DEMO_SHOP);
  const refunds = [...data.orders.values()].reduce((sum, order) => sum + order.refunds.length, 0);
  const local = await startLocalShopify({ store, apiKey: "bench-api-key", apiSecret: "bench-api-secret" });
  const token = local.installApp(DEMO_SHOP);
  const admin = adminClient(local, token);
  await shopSettings(db, admin, DEMO_SHOP);
  for (const code of AGENT_CODES)
    await agentWithCodes(db, DEMO_SHOP, `Agent ${code}`, {
      commissionBps: 750,
      codes: [code],
      email: `${code.toLowerCase()}@bench.example`,
    });

  console.log(
    `History import against the local Shopify: ${formatCount(ORDERS)} orders (${formatCount(refunds)} refunds), ${formatCount(data.customers.size)} customers, batches of ${BATCH}`,
  );
  console.log(`  ${machine()}`);
  console.log(`  seed demo store              ${seconds(seededMs)}`);

  // Where the time goes: each phase's download marks the end of Shopify's export; its batches are Concierge's writing.
  const started = performance.now();
  const marks: { phase: string; downloaded: number; firstBatchStart: number; lastBatch: number; batches: number }[] = [];
  let phaseStart = started;
  const timedFetch: typeof fetch = async (input, init) => {
    const requested = performance.now();
    const response = await fetch(input, init);
    marks.push({
      phase: marks.length === 0 ? "orders" : "customers",
      downloaded: requested - phaseStart,
      firstBatchStart: performance.now(),
      lastBatch: 0,
      batches: 0,
    });
    return response;
  };
  const record = await runStoreImport(
    {
      db,
      admin,
      shop: DEMO_SHOP,
      pollIntervalMs: 250,
      batchSize: BATCH,
      fetch: timedFetch,
      onBatch: () => {
        const mark = marks.at(-1)!;
        mark.batches++;
        mark.lastBatch = performance.now();
        phaseStart = mark.lastBatch;
      },
    },
    "install",
  );
  const totalMs = performance.now() - started;
  if (record.status !== "completed") throw new Error(`import ${record.status}: ${record.error}`);

  console.log("");
  console.log(`  whole import                 ${seconds(totalMs)}`);
  console.log(
    `  orders                       ${formatCount(record.ordersImported)} of ${formatCount(record.ordersTotal)}, ${formatCount(record.refundsImported)} refunds`,
  );
  console.log(`  customers                    ${formatCount(record.customersImported)} of ${formatCount(record.customersTotal)}`);
  console.log(`  orders/second                ${formatCount(record.ordersImported / (totalMs / 1000))} (whole import)`);
  for (const mark of marks) {
    const writingMs = mark.lastBatch - mark.firstBatchStart;
    const count = mark.phase === "orders" ? record.ordersImported : record.customersImported;
    console.log(`  ${mark.phase.padEnd(9)} Shopify's export  ${seconds(mark.downloaded)} (the local Shopify, in this process)`);
    console.log(
      `  ${mark.phase.padEnd(9)} writing          ${seconds(writingMs)}, ${formatCount(mark.batches)} batches, ${formatCount(count / (writingMs / 1000))} ${mark.phase}/second`,
    );
  }

  // The figures are whole: every order in the daily sums, every credited order in a monthly sum.
  const daily = await db.orderDaily.aggregate({ where: { shop: DEMO_SHOP }, _sum: { orders: true, cancelledOrders: true } });
  const credited = await db.attribution.count({ where: { shop: DEMO_SHOP } });
  const monthly = await db.attributionMonthly.aggregate({ where: { shop: DEMO_SHOP }, _sum: { orders: true, cancelledOrders: true } });
  const inDays = (daily._sum.orders ?? 0) + (daily._sum.cancelledOrders ?? 0);
  const inMonths = (monthly._sum.orders ?? 0) + (monthly._sum.cancelledOrders ?? 0);
  console.log("");
  console.log(`  orders in the daily sums     ${formatCount(inDays)}`);
  console.log(`  credited orders              ${formatCount(credited)} (in the monthly sums: ${formatCount(inMonths)})`);

  await local.close();
  await stopJobQueue();
  await db.$disconnect();
  if (inDays !== ORDERS || inMonths !== credited) process.exitCode = 1;
}

await withScratchDatabase("concierge-bench-import", main);
