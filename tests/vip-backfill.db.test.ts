// Re-evaluating every customer through a Bulk Operation, against the local Shopify.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import db from "../app/db.server";
import type { AdminGraphqlClient } from "../app/admin-api.server";
import { deleteVipRule } from "../app/data/vip.server";
import { compileRules, evaluateCustomer } from "../app/domain/vip/evaluate";
import { TIER_METAFIELD } from "../app/domain/vip/tier-effects";
import { listVipRules } from "../app/data/vip.server";
import { moneyFromDecimal } from "../app/domain/money";
import { driveVipBackfill, resumeStalledBackfills, runVipBackfill, startVipBackfill } from "../app/services/vip-backfill.server";
import { markUninstalled } from "../app/data/shops.server";
import { UNINSTALLED_REASON } from "../app/jobs/worker.server";
import { runQueuedJobs } from "./factories/jobs";
import { VIP_BACKFILL_CUSTOMERS_QUERY } from "../app/graphql/vip-backfill-customers";
import { DEMO_SHOP } from "../local-shopify/demo-store";
import type { LocalShopify } from "../local-shopify/server";
import type { CustomerRecord } from "../local-shopify/store";
import { installApp, startLocalShopifyForApp } from "./factories/local-shopify";
import { adminClient, tierMetafieldOf, vipRule } from "./factories/vip";

let local: LocalShopify;
let admin: AdminGraphqlClient;
beforeEach(async () => {
  local = await startLocalShopifyForApp();
  admin = adminClient(local, await installApp(local));
});
afterEach(async () => {
  await local.close();
});

const NOW = new Date();
const deps = () => ({ db, admin, shop: DEMO_SHOP, now: () => NOW, pollIntervalMs: 5, batchSize: 40 });
const customers = () => [...local.store.getShop(DEMO_SHOP).customers.values()];

async function twoTiers() {
  await vipRule({
    tierName: "Senior Concierge",
    conditions: [{ kind: "amount_spent_at_least", value: "5000.00" }],
    tagsToAdd: ["VIP", "Senior Concierge"],
    skipBot: true,
    skipQueue: true,
  });
  await vipRule({
    tierName: "Gold",
    match: "any",
    conditions: [
      { kind: "amount_spent_at_least", value: "600.00" },
      { kind: "tag_equals", value: "wholesale" },
    ],
    tagsToAdd: ["Gold"],
  });
}

/** The tier each demo customer must hold, from the rules as saved. */
async function expectedTiers() {
  const ruleSet = compileRules(await listVipRules(db, DEMO_SHOP), { shopCurrency: "USD" });
  return new Map(
    customers().map((customer) => {
      const facts = {
        customerId: `gid://shopify/Customer/${customer.id}`,
        tags: customer.tags,
        amountSpent: moneyFromDecimal((customer.amountSpentCents / 100).toFixed(2), "USD"),
        ordersCount: customer.numberOfOrders,
        lastOrderAt: null,
      };
      return [customer.id, evaluateCustomer(ruleSet, facts, { now: NOW, shopCurrency: "USD" }).tier] as const;
    }),
  );
}

const hasTag = (customer: CustomerRecord, tag: string) => customer.tags.some((candidate) => candidate.toLowerCase() === tag.toLowerCase());

describe("the VIP backfill", () => {
  it("asks Shopify for the tier metafield the app writes", () => {
    expect(VIP_BACKFILL_CUSTOMERS_QUERY).toContain(`metafield(namespace: "${TIER_METAFIELD.namespace}", key: "${TIER_METAFIELD.key}")`);
  });

  it("reaches every demo customer and leaves each with their tier's tags and metafield", async () => {
    const merchantVip = new Set(
      customers()
        .filter((customer) => hasTag(customer, "VIP"))
        .map((customer) => customer.id),
    );
    await twoTiers();
    const expected = await expectedTiers();

    const backfill = await runVipBackfill(deps(), "rule_created");

    expect(backfill).toMatchObject({ status: "completed", customersTotal: 200, customersProcessed: 200, error: null });
    for (const customer of customers()) {
      const tier = expected.get(customer.id) ?? null;
      const metafield = tierMetafieldOf(local, customer.id);
      expect(metafield?.json.tier ?? null, `customer ${customer.id}`).toBe(tier?.tierName ?? null);
      for (const tag of tier?.tagsToAdd ?? []) expect(hasTag(customer, tag), `customer ${customer.id} has ${tag}`).toBe(true);
      const record = await db.customerTier.findUnique({ where: { shop_customerId: { shop: DEMO_SHOP, customerId: String(customer.id) } } });
      expect(record?.tierName ?? null).toBe(tier?.tierName ?? null);
      // A VIP tag the merchant set is never recorded as the app's.
      if (merchantVip.has(customer.id)) expect(record?.appliedTags ?? []).not.toContain("VIP");
    }
    const holders = [...expected.values()].filter(Boolean).length;
    expect(holders).toBeGreaterThan(10);
    expect(backfill.customersChanged).toBe(holders);
    expect(await db.tierChange.count({ where: { shop: DEMO_SHOP, kind: "entered", trigger: "rule_change" } })).toBe(holders);
  });

  it("counts a batch's customers as checked before it writes for any of them", async () => {
    await twoTiers();
    // One batch of the app's size: the count used to move only once the whole batch was applied.
    const oneBatch = { ...deps(), batchSize: 500 };
    const backfill = await startVipBackfill(oneBatch, "rule_created");
    const seen: { held: number; checked: number }[] = [];
    let driving = true;
    const driven = driveVipBackfill(oneBatch, backfill.id).finally(() => (driving = false));
    while (driving) {
      // Read in this order: the tiers the VIP rules page counts, then the progress it shows.
      const held = await db.customerTier.count({ where: { shop: DEMO_SHOP, tierName: { not: null } } });
      const { customersChecked } = await db.vipBackfill.findUniqueOrThrow({ where: { id: backfill.id } });
      seen.push({ held, checked: customersChecked });
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    expect(await driven).toMatchObject({ status: "completed", customersProcessed: 200, customersChecked: 200 });
    // Never "0 of 200 checked" while customers already hold the tier.
    expect(seen.some((moment) => moment.held > 0)).toBe(true);
    for (const moment of seen) if (moment.held > 0) expect(moment.checked, JSON.stringify(moment)).toBe(200);
  });

  it("makes no mutation the second time: only customers whose tier changes cost calls", async () => {
    await twoTiers();
    const first = await runVipBackfill(deps(), "rule_created");
    expect(first.mutations).toBeGreaterThan(0);
    const second = await runVipBackfill(deps(), "manual");
    expect(second).toMatchObject({ status: "completed", customersProcessed: 200, customersChanged: 0, mutations: 0 });
  });

  it("takes off only the app's tags when a rule is deleted, and deletes the metafields", async () => {
    const merchantVip = customers().filter((customer) => hasTag(customer, "VIP"));
    await twoTiers();
    await runVipBackfill(deps(), "rule_created");
    for (const rule of await listVipRules(db, DEMO_SHOP)) await deleteVipRule(db, DEMO_SHOP, rule.id);

    const backfill = await runVipBackfill(deps(), "rule_deleted");

    expect(backfill.status).toBe("completed");
    for (const customer of customers()) {
      expect(hasTag(customer, "Senior Concierge") || hasTag(customer, "Gold"), `customer ${customer.id}`).toBe(false);
      expect(tierMetafieldOf(local, customer.id)).toBeNull();
    }
    for (const customer of merchantVip) expect(hasTag(customer, "VIP"), `merchant's VIP on ${customer.id}`).toBe(true);
    expect(await db.tierChange.count({ where: { kind: "left" } })).toBe(await db.tierChange.count({ where: { kind: "entered" } }));
  });

  it("leaves a tag the merchant added after the bulk snapshot to the merchant", async () => {
    await vipRule({ tierName: "Gold", conditions: [{ kind: "amount_spent_at_least", value: "600.00" }], tagsToAdd: ["Gold"] });
    const backfill = await startVipBackfill(deps(), "rule_created");
    await local.idle(); // the snapshot is taken
    const goldCustomer = customers().find((customer) => customer.amountSpentCents >= 60_000 && !hasTag(customer, "Gold"))!;
    goldCustomer.tags.push("Gold"); // the merchant tags them by hand meanwhile
    goldCustomer.updatedAt = new Date(Date.parse(goldCustomer.updatedAt) + 1000).toISOString();

    await driveVipBackfill(deps(), backfill.id);

    const record = await db.customerTier.findFirstOrThrow({ where: { customerId: String(goldCustomer.id) } });
    expect(record).toMatchObject({ tierName: "Gold", appliedTags: [] });
  });

  it("supersedes a backfill still running when the rules change again", async () => {
    await twoTiers();
    const first = await startVipBackfill(deps(), "rule_created");
    const second = await startVipBackfill(deps(), "rule_updated");
    expect((await db.vipBackfill.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("superseded");
    expect(await driveVipBackfill(deps(), first.id)).toBeNull(); // nobody drives a superseded one
    expect(await driveVipBackfill(deps(), second.id)).toMatchObject({ status: "completed", customersProcessed: 200 });
  });

  it("resumes from its last batch when its driver died", async () => {
    await twoTiers();
    const backfill = await startVipBackfill(deps(), "rule_created");
    await local.idle();
    // A server applied the first 120 customers, recorded it, and died.
    await db.vipBackfill.update({
      where: { id: backfill.id },
      data: { status: "processing", customersTotal: 200, customersProcessed: 120, heartbeatAt: new Date(NOW.getTime() - 10 * 60_000) },
    });

    const resumed = await driveVipBackfill(deps(), backfill.id);

    expect(resumed).toMatchObject({ status: "completed", customersProcessed: 200 });
    const ids = local.store.getShop(DEMO_SHOP).customerIds;
    const touched = await db.customerTier.findMany({ select: { customerId: true } });
    const positions = touched.map((row) => ids.indexOf(Number(row.customerId)));
    expect(positions.length).toBeGreaterThan(0);
    expect(Math.min(...positions)).toBeGreaterThanOrEqual(120);
  });

  it("does not drive a backfill another server is driving", async () => {
    await twoTiers();
    const backfill = await startVipBackfill(deps(), "rule_created");
    await db.vipBackfill.update({ where: { id: backfill.id }, data: { heartbeatAt: NOW } });
    expect(await driveVipBackfill(deps(), backfill.id)).toBeNull();
  });

  it("ends as failed, saying why, when the shop uninstalled Concierge before it ran", async () => {
    await twoTiers();
    const backfill = await startVipBackfill(deps(), "rule_created");
    await markUninstalled(db, DEMO_SHOP, new Date());
    await runQueuedJobs();

    expect(await db.vipBackfill.findUniqueOrThrow({ where: { id: backfill.id } })).toMatchObject({
      status: "failed",
      error: UNINSTALLED_REASON,
    });
    // Nothing left for the minute's resume-work to queue again.
    expect(await resumeStalledBackfills(db, new Date(Date.now() + 60 * 60 * 1000))).toBe(0);
  });

  it("records a failed bulk operation", async () => {
    await twoTiers();
    const backfill = await startVipBackfill(deps(), "rule_created");
    await local.idle();
    const operation = [...local.store.getShop(DEMO_SHOP).bulkOperations.values()].at(-1)!;
    operation.status = "FAILED";
    operation.errorCode = "INTERNAL_SERVER_ERROR";
    expect(await driveVipBackfill(deps(), backfill.id)).toMatchObject({
      status: "failed",
      error: "The bulk operation ended failed (INTERNAL_SERVER_ERROR)",
    });
  });
});
