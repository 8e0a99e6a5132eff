// How fast the VIP backfill re-evaluates a big shop against the local Shopify,
// under Shopify's rate limits: 100,000 customers and 20,000 orders seeded by
// the demo store, two tiers, the real backfill service (bulk operation,
// JSONL stream, batches, paced mutations) on a throwaway PostgreSQL database.
// Run: npx tsx bench/vip-backfill.bench.ts [--customers=100000] [--orders=20000] [--restore-rate=100]
// The first pass puts every customer in their tier; the second finds nothing
// to change, which is what re-evaluating an up-to-date shop costs.
import { performance } from "node:perf_hooks";
import type { AdminGraphqlClient } from "../app/admin-api.server";
import { TIER_METAFIELD } from "../app/domain/vip/tier-effects";
import { parseRuleInput, type RuleInputDraft } from "../app/domain/vip/rules";
import { withScratchDatabase } from "./lib/database";
import { formatCount, option } from "./lib/harness";
import { DEMO_SHOP, seedDemoStore } from "../local-shopify/demo-store";
import { resolveNamespace } from "../local-shopify/resolvers";
import { startLocalShopify } from "../local-shopify/server";

const CUSTOMERS = option("customers", 100_000);
const ORDERS = option("orders", 20_000);
// Shopify's standard plan: a bucket of 2,000 points refilled at 100 a second (Plus: 20,000 at 1,000).
const RESTORE_RATE = option("restore-rate", 100);
const BUCKET = RESTORE_RATE * 20;

const RULES: RuleInputDraft[] = [
  {
    tierName: "Senior Concierge",
    conditions: [{ kind: "amount_spent_at_least", value: "1500" }],
    tagsToAdd: ["VIP", "Senior Concierge"],
    skipBot: true,
    skipQueue: true,
    instantRefunds: true,
    concierge: { name: "Ana Moreau", email: "ana@concierge-demo.example" },
  },
  {
    tierName: "VIP",
    match: "any",
    conditions: [
      { kind: "tag_equals", value: "VIP" },
      { kind: "amount_spent_at_least", value: "600" },
    ],
    tagsToAdd: ["VIP"],
    skipQueue: true,
  },
];

/** Counts what the backfill asks of Shopify: calls, points spent, throttled answers. */
function countingClient(graphqlUrl: string, token: string) {
  const totals = { requests: 0, mutations: 0, points: 0, throttled: 0 };
  const client: AdminGraphqlClient = {
    async graphql(query, options) {
      totals.requests++;
      if (/^\s*mutation\b/.test(query)) totals.mutations++;
      const response = await fetch(graphqlUrl, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Shopify-Access-Token": token },
        body: JSON.stringify({ query, variables: options?.variables ?? {} }),
      });
      const body = (await response.clone().json()) as {
        errors?: { extensions?: { code?: string } }[];
        extensions?: { cost?: { actualQueryCost?: number | null } };
      };
      if (body.errors?.some((error) => error.extensions?.code === "THROTTLED")) totals.throttled++;
      totals.points += body.extensions?.cost?.actualQueryCost ?? 0;
      return response;
    },
  };
  return { client, totals };
}

// The app's database modules read DATABASE_URL when first loaded: they are imported in main, once it points at the scratch database.
async function main(url: string) {
  const { createDatabaseClient } = await import("../app/db.server");
  const db = createDatabaseClient(url);
  const { createVipRule } = await import("../app/data/vip.server");
  const { runVipBackfill } = await import("../app/services/vip-backfill.server");
  const { stopJobQueue } = await import("../app/jobs/queue.server");

  const seeding = performance.now();
  const store = seedDemoStore({ customers: CUSTOMERS, orders: ORDERS, includeOtherShop: false });
  const seededMs = performance.now() - seeding;
  const local = await startLocalShopify({
    store,
    apiKey: "bench-api-key",
    apiSecret: "bench-api-secret",
    throttle: { maximumAvailable: BUCKET, restoreRate: RESTORE_RATE },
  });
  const token = local.installApp(DEMO_SHOP);
  for (const draft of RULES) {
    const parsed = parseRuleInput(draft, { shopCurrency: "USD" });
    if (!parsed.ok) throw new Error(`invalid rule ${draft.tierName}: ${JSON.stringify(parsed.fieldErrors)}`);
    await createVipRule(db, DEMO_SHOP, parsed.rule);
  }

  console.log(
    `VIP backfill against the local Shopify: ${formatCount(CUSTOMERS)} customers, ${formatCount(ORDERS)} orders, ${RULES.length} tiers`,
  );
  console.log(`  rate limit                   ${formatCount(BUCKET)}-point bucket, ${formatCount(RESTORE_RATE)} points/second`);
  console.log(`  seed demo store              ${(seededMs / 1000).toFixed(1)} s`);

  const passes: [string, "rule_created" | "manual"][] = [
    ["first pass (every tier to write)", "rule_created"],
    ["second pass (nothing to change)", "manual"],
  ];
  for (const [label, trigger] of passes) {
    const { client, totals } = countingClient(local.graphqlUrl, token);
    const started = performance.now();
    const backfill = await runVipBackfill({ db, admin: client, shop: DEMO_SHOP, pollIntervalMs: 250 }, trigger);
    const seconds = (performance.now() - started) / 1000;
    if (backfill.status !== "completed") throw new Error(`backfill ${backfill.status}: ${backfill.error}`);
    console.log("");
    console.log(`  ${label}`);
    console.log(`    total                      ${seconds.toFixed(1)} s`);
    console.log(`    customers                  ${formatCount(backfill.customersProcessed)} of ${formatCount(backfill.customersTotal)}`);
    console.log(`    customers/second           ${formatCount(backfill.customersProcessed / seconds)}`);
    console.log(`    customers changed          ${formatCount(backfill.customersChanged)}`);
    console.log(
      `    mutations made             ${formatCount(backfill.mutations)} (tagsAdd, tagsRemove, metafieldsSet ×25, metafieldsDelete ×25)`,
    );
    console.log(
      `    Admin API calls            ${formatCount(totals.requests)} (${formatCount(totals.mutations)} mutations), ${formatCount(totals.points)} points`,
    );
    console.log(
      `    points/second              ${formatCount(totals.points / seconds)} (limit ${formatCount(RESTORE_RATE)} after the ${formatCount(BUCKET)}-point bucket)`,
    );
    console.log(`    THROTTLED answers          ${formatCount(totals.throttled)}`);
  }

  // Every customer now holds the tier the rules give them.
  const data = store.getShop(DEMO_SHOP);
  const namespace = resolveNamespace(TIER_METAFIELD.namespace, local.emulator.app.appId);
  let holders = 0;
  for (const customer of data.customers.values()) {
    const metafield = data.metafields
      .get(`gid://shopify/Customer/${customer.id}`)
      ?.find((m) => m.namespace === namespace && m.key === TIER_METAFIELD.key);
    if (metafield) holders++;
  }
  const recorded = await db.customerTier.count({ where: { shop: DEMO_SHOP, tierName: { not: null } } });
  console.log("");
  console.log(`  tier metafields in Shopify   ${formatCount(holders)} (records: ${formatCount(recorded)})`);
  await local.close();
  await stopJobQueue();
  await db.$disconnect();
  if (holders !== recorded) process.exitCode = 1;
}

await withScratchDatabase("concierge-bench-vip", main);
