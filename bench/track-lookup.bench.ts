#!/usr/bin/env -S npx tsx
// Tracking-page lookups under concurrent load against the local Shopify:
// latency (p50, p99) and requests per second, cold (every order asked of the
// Admin API) and cached (the order's snapshot reused), through the app's own
// proxy route with signed app proxy requests.
//
//   npx tsx bench/track-lookup.bench.ts [--requests 400] [--concurrency 20]
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { requests: { type: "string" }, concurrency: { type: "string" } } });
const REQUESTS = Number(values.requests ?? 400);
const CONCURRENCY = Number(values.concurrency ?? 20);
const APP = { apiKey: "bench-api-key", apiSecret: "bench-api-secret", appUrl: "https://concierge.bench" };

// The app reads its environment when first imported.
const { createScratchDatabase } = await import("../scripts/lib/postgres.mjs");
const database = await createScratchDatabase({ prefix: "concierge-bench-track" });
Object.assign(process.env, {
  NODE_ENV: "production",
  SHOPIFY_API_KEY: APP.apiKey,
  SHOPIFY_API_SECRET: APP.apiSecret,
  SHOPIFY_APP_URL: APP.appUrl,
  DATABASE_URL: database.url,
});

const { applyMigrations } = await import("../scripts/lib/migrations.mjs");
await applyMigrations({ url: process.env.DATABASE_URL });
const { default: db } = await import("../app/db.server");
const { redirectShopifyRequests } = await import("../app/shopify-transport.server");
const { loader } = await import("../app/routes/proxy.track");
const { ACCESS_SCOPES } = await import("../app/access-scopes");
const { DEMO_SHOP, seedDemoStore } = await import("../local-shopify/demo-store");
const { startLocalShopify } = await import("../local-shopify/server");
const { signedAppProxyUrl } = await import("../local-shopify/app-proxy");

// A Plus-sized cost bucket, as a store with this much traffic would have.
const local = await startLocalShopify({
  store: seedDemoStore(),
  apiKey: APP.apiKey,
  apiSecret: APP.apiSecret,
  throttle: { maximumAvailable: 20_000, restoreRate: 1_000 },
});
redirectShopifyRequests(local.url);
const token = local.installApp(DEMO_SHOP);
await db.session.create({
  data: { id: `offline_${DEMO_SHOP}`, shop: DEMO_SHOP, state: "", isOnline: false, scope: ACCESS_SCOPES.join(","), accessToken: token },
});

const data = local.store.getShop(DEMO_SHOP);
const orders = [...data.orders.values()].filter((order) => order.email).slice(0, REQUESTS);

async function lookup(index: number) {
  const order = orders[index % orders.length];
  const url = signedAppProxyUrl(
    APP.appUrl,
    "track",
    new URLSearchParams({ order: order.name, contact: order.email! }),
    { shop: DEMO_SHOP },
    APP.apiSecret,
  );
  const started = performance.now();
  // A visitor per request: the per-visitor limit is not what is measured.
  const response = await loader({
    request: new Request(url, { headers: { "X-Forwarded-For": `10.0.${index >> 8}.${index & 255}` } }),
    params: {},
    context: {},
  });
  await response.text();
  if (response.status !== 200) throw new Error(`lookup ${index} answered ${response.status}`);
  return performance.now() - started;
}

async function run(label: string) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) latencies.push(await lookup(next++));
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  console.log(
    `${label.padEnd(7)} ${REQUESTS} lookups, ${CONCURRENCY} at a time: p50 ${percentile(50).toFixed(1)} ms, p99 ${percentile(99).toFixed(1)} ms, ${(REQUESTS / seconds).toFixed(0)} requests/s`,
  );
}

console.log(`track lookup benchmark (PostgreSQL, local Shopify, ${orders.length} distinct orders)`);
await lookup(0); // the shop's settings, fetched once per shop
await db.trackingSnapshot.deleteMany();
await run("cold");
await run("cached");
await local.close();
await db.$disconnect();
await database.drop();
