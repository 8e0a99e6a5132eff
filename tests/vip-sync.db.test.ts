// VIP tiers kept true on Shopify customers by orders/paid, refunds/create and
// customers/update, delivered as real signed webhooks into the app's routes,
// against the local Shopify.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import db from "../app/db.server";
import { syncCustomerTier } from "../app/services/vip-sync.server";
import { deleteVipRule, moveVipRule } from "../app/data/vip.server";
import type { AdminGraphqlClient } from "../app/admin-api.server";
import { DEMO_SHOP } from "../local-shopify/demo-store";
import type { LocalShopify } from "../local-shopify/server";
import { installApp, startLocalShopifyForApp, webhookDispatcher } from "./factories/local-shopify";
import { runQueuedJobs } from "./factories/jobs";
import { adminClient, demoCustomer, placePaidOrder, reasonsIn, refundInFull, someSku, tierMetafieldOf, vipRule } from "./factories/vip";
import { customerPayload, orderPayload } from "../local-shopify/webhooks";

let local: LocalShopify;
let token: string;
beforeEach(async () => {
  // A store of its own per test: tests change customers' tags and orders.
  local = await startLocalShopifyForApp();
  token = await installApp(local);
});
afterEach(async () => {
  await local.close();
});

const LIAM = "liam.walker@example.com"; // no orders yet, tagged "newsletter" by the merchant
const AHMED = "ahmed.elfassi@example.com"; // a big spender the merchant tagged "VIP" themselves

async function seniorConciergeAt(amount: string) {
  return vipRule({
    tierName: "Senior Concierge",
    conditions: [{ kind: "amount_spent_at_least", value: amount }],
    skipBot: true,
    skipQueue: true,
    concierge: { name: "Ana", phone: "+14155550123" },
  });
}

async function deliver(topic: string, payload: unknown, eventId?: string) {
  const [delivery] = await webhookDispatcher().deliver(topic, DEMO_SHOP, payload, eventId ? { eventId } : {});
  return delivery;
}

describe("a rule that puts a customer in a tier", () => {
  it("is named as the reason in their history, not the customers/update that happened to re-evaluate them", async () => {
    await seniorConciergeAt("0.00");
    const liam = demoCustomer(local, LIAM);
    const update = (eventId: string) => deliver("customers/update", customerPayload(local.store.getShop(DEMO_SHOP), liam), eventId);
    expect((await update("first")).status).toBe(200);
    // The merchant adds a rule for newsletter readers and puts it first; a customers/update arrives before the re-evaluation reaches Liam.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const insiders = await vipRule({ tierName: "Insiders", conditions: [{ kind: "tag_contains", value: "newsletter" }] });
    expect(await moveVipRule(db, DEMO_SHOP, insiders.id, "up")).toBe("moved");
    expect((await update("second")).status).toBe(200);
    const changes = await db.tierChange.findMany({
      where: { shop: DEMO_SHOP, customerId: String(liam.id) },
      orderBy: { createdAt: "asc" },
    });
    expect(changes.map(({ kind, toTier, trigger }) => ({ kind, toTier, trigger }))).toEqual([
      { kind: "entered", toTier: "Senior Concierge", trigger: "customers/update" },
      { kind: "changed", toTier: "Insiders", trigger: "rule_change" },
    ]);
  });
});

describe("re-evaluating a customer whose tier does not change", () => {
  it("keeps saying why they hold it (the Why card and their data report), never an empty reason", async () => {
    await seniorConciergeAt("0.00");
    const liam = demoCustomer(local, LIAM);
    const ctx = { db, admin: adminClient(local, token), shop: DEMO_SHOP, trigger: "manual" };
    const customerId = `gid://shopify/Customer/${liam.id}`;
    await syncCustomerTier({ ...ctx, now: new Date() }, { customerId });
    // "Re-evaluate now", and Concierge's own tags back as customers/update: nothing changes, the record is rewritten.
    await syncCustomerTier({ ...ctx, now: new Date() }, { customerId });
    expect((await deliver("customers/update", customerPayload(local.store.getShop(DEMO_SHOP), demoCustomer(local, LIAM)))).status).toBe(
      200,
    );
    await runQueuedJobs();
    const record = await db.customerTier.findUniqueOrThrow({
      where: { shop_customerId: { shop: DEMO_SHOP, customerId: String(liam.id) } },
    });
    expect(record.tierName).toBe("Senior Concierge");
    expect(reasonsIn("en", record.reason)).toEqual([expect.stringMatching(/^Qualifies for “Senior Concierge”/)]);
  });
});

describe("a re-evaluation after the rules change", () => {
  it("is named in the history even when Concierge's own tag change comes back as customers/update before it records the customer", async () => {
    const liam = demoCustomer(local, LIAM);
    const base = adminClient(local, token);
    // Each tag change on Liam comes back from Shopify at once, before the re-evaluation goes on to record him.
    const echoing: AdminGraphqlClient = {
      graphql: async (query, options) => {
        const response = await base.graphql(query, options);
        if (/\btags(Add|Remove)\(/.test(query) && options?.variables?.id === `gid://shopify/Customer/${liam.id}`) {
          expect(
            (await deliver("customers/update", customerPayload(local.store.getShop(DEMO_SHOP), demoCustomer(local, LIAM)))).status,
          ).toBe(200);
          await runQueuedJobs();
        }
        return response;
      },
    };
    // The re-evaluation a rule change starts, reaching Liam.
    const reevaluate = () =>
      syncCustomerTier(
        { db, admin: echoing, shop: DEMO_SHOP, now: new Date(), trigger: "rule_change" },
        { customerId: `gid://shopify/Customer/${liam.id}` },
      );
    const insiders = await vipRule({
      tierName: "Insiders",
      conditions: [{ kind: "tag_contains", value: "newsletter" }],
      tagsToAdd: ["Insider"],
    });
    await reevaluate();
    await deleteVipRule(db, DEMO_SHOP, insiders.id);
    await reevaluate();

    const changes = await db.tierChange.findMany({
      where: { shop: DEMO_SHOP, customerId: String(liam.id) },
      orderBy: { createdAt: "asc" },
    });
    expect(changes.map(({ kind, toTier, fromTier, trigger }) => ({ kind, tier: toTier ?? fromTier, trigger }))).toEqual([
      { kind: "entered", tier: "Insiders", trigger: "rule_change" },
      { kind: "left", tier: "Insiders", trigger: "rule_change" },
    ]);
  });
});

describe("a customer crossing the spend threshold", () => {
  it("is tagged and gets the tier metafield when orders/paid arrives", async () => {
    await seniorConciergeAt("500.00");
    const liam = demoCustomer(local, LIAM);
    const order = await placePaidOrder(local, liam.id, [{ sku: someSku(local), quantity: 2, price: "300.00" }]);

    const delivery = await deliver("orders/paid", order);

    expect(delivery.status).toBe(200);
    expect(liam.tags).toEqual(["newsletter", "VIP"]);
    expect(tierMetafieldOf(local, liam.id)?.json).toMatchObject({
      tier: "Senior Concierge",
      skipBot: true,
      skipQueue: true,
      instantRefunds: false,
      concierge: { name: "Ana", phone: "+14155550123", email: null, whatsapp: null },
    });
    const record = await db.customerTier.findUniqueOrThrow({
      where: { shop_customerId: { shop: DEMO_SHOP, customerId: String(liam.id) } },
    });
    expect(record).toMatchObject({ tierName: "Senior Concierge", appliedTags: ["VIP"] });
    const changes = await db.tierChange.findMany({ where: { shop: DEMO_SHOP, customerId: String(liam.id) } });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: "entered", fromTier: null, toTier: "Senior Concierge", trigger: "orders/paid" });
    expect(reasonsIn("en", changes[0].reason)).toEqual([
      expect.stringMatching(/^Qualifies for “Senior Concierge”: Amount spent \$6\d\d\.\d\d ≥ \$500\.00$/),
    ]);
    // The merchant's Flow workflows hear of it once (decision 026).
    await runQueuedJobs();
    expect(local.store.getShop(DEMO_SHOP).flowTriggerRuns.filter((run) => run.handle === "vip-tier-changed")).toEqual([
      expect.objectContaining({
        payload: { customer_id: liam.id, Change: "entered", "Tier before": "", "Tier after": "Senior Concierge" },
      }),
    ]);
  });

  it("is not touched by orders/create, only orders/paid", async () => {
    await seniorConciergeAt("500.00");
    const liam = demoCustomer(local, LIAM);
    const order = await placePaidOrder(local, liam.id, [{ sku: someSku(local), quantity: 2, price: "300.00" }]);
    expect((await deliver("orders/create", order)).status).toBe(200);
    expect(liam.tags).toEqual(["newsletter"]);
    expect(await db.tierChange.count()).toBe(0);
  });
});

describe("skipping the queue, for real", () => {
  it("adds the priority tag helpdesks route on while the tier skips the queue, and takes it away with the tier", async () => {
    await vipRule({
      tierName: "Senior Concierge",
      conditions: [{ kind: "amount_spent_at_least", value: "500.00" }],
      skipQueue: true,
      priorityTag: "priority",
    });
    const liam = demoCustomer(local, LIAM);
    const order = await placePaidOrder(local, liam.id, [{ sku: someSku(local), quantity: 2, price: "300.00" }]);
    expect((await deliver("orders/paid", order)).status).toBe(200);
    expect(liam.tags).toEqual(["newsletter", "priority", "VIP"]);

    const refund = await refundInFull(local, order.id);
    expect((await deliver("refunds/create", refund)).status).toBe(200);
    expect(liam.tags).toEqual(["newsletter"]);
  });
});

describe("a refund that drops a customer below the threshold", () => {
  it("removes only the tag the app added, and the metafield", async () => {
    await seniorConciergeAt("500.00");
    const liam = demoCustomer(local, LIAM);
    const order = await placePaidOrder(local, liam.id, [{ sku: someSku(local), quantity: 2, price: "300.00" }]);
    await deliver("orders/paid", order);
    liam.tags.push("wholesale"); // the merchant tags them meanwhile

    const refund = await refundInFull(local, order.id);
    expect((await deliver("refunds/create", refund)).status).toBe(200);

    expect(liam.tags).toEqual(["newsletter", "wholesale"]);
    expect(tierMetafieldOf(local, liam.id)).toBeNull();
    const changes = await db.tierChange.findMany({
      where: { shop: DEMO_SHOP, customerId: String(liam.id) },
      orderBy: { createdAt: "asc" },
    });
    expect(changes.map((change) => [change.kind, change.trigger])).toEqual([
      ["entered", "orders/paid"],
      ["left", "refunds/create"],
    ]);
    expect(reasonsIn("en", changes[1].reason)).toEqual(["Not “Senior Concierge”: Amount spent $0.00 < $500.00", "No tier applies"]);
  });

  it("never removes a VIP tag the merchant set themselves", async () => {
    const ahmed = demoCustomer(local, AHMED);
    expect(ahmed.tags).toEqual(["VIP"]);
    // Exactly what Ahmed has spent: any refund takes him below.
    await seniorConciergeAt((ahmed.amountSpentCents / 100).toFixed(2));
    await syncCustomerTier(
      { db, admin: adminClient(local, token), shop: DEMO_SHOP, now: new Date(), trigger: "manual" },
      { customerId: String(ahmed.id) },
    );
    expect(tierMetafieldOf(local, ahmed.id)?.json.tier).toBe("Senior Concierge");
    const record = await db.customerTier.findFirstOrThrow({ where: { shop: DEMO_SHOP, customerId: String(ahmed.id) } });
    expect(record.appliedTags).toEqual([]); // VIP was his already

    const data = local.store.getShop(DEMO_SHOP);
    const paidOrder = (data.orderIdsByCustomer.get(ahmed.id) ?? [])
      .map((id) => data.orders.get(id)!)
      .find((order) => order.financialStatus === "PAID")!;
    await deliver("refunds/create", await refundInFull(local, paidOrder.id));

    expect(ahmed.tags).toEqual(["VIP"]);
    expect(tierMetafieldOf(local, ahmed.id)).toBeNull();
    expect(await db.tierChange.findFirst({ where: { customerId: String(ahmed.id), kind: "left" } })).toMatchObject({
      trigger: "refunds/create",
    });
  });
});

describe("a refund on an order older than 60 days, for a shop without read_all_orders", () => {
  it("still takes the tier away: whose order it is comes from its stored webhook data", async () => {
    const { ACCESS_SCOPES } = await import("../app/access-scopes");
    token = await installApp(local, DEMO_SHOP, { scope: ACCESS_SCOPES.filter((scope) => scope !== "read_all_orders").join(",") });
    const data = local.store.getShop(DEMO_SHOP);
    const oldest = Date.now() - 75 * 24 * 60 * 60 * 1000;
    const old = [...data.orders.values()].find(
      (order) =>
        order.customerId !== null && order.financialStatus === "PAID" && Date.parse(order.createdAt) < oldest && order.refunds.length === 0,
    )!;
    const customer = data.customers.get(old.customerId!)!;
    // Exactly what the customer has spent: refunding this order takes them below.
    await seniorConciergeAt((customer.amountSpentCents / 100).toFixed(2));
    await syncCustomerTier(
      { db, admin: adminClient(local, token), shop: DEMO_SHOP, now: new Date(), trigger: "manual" },
      { customerId: String(customer.id) },
    );
    expect(tierMetafieldOf(local, customer.id)?.json.tier).toBe("Senior Concierge");
    // What the store's history import or the order's webhooks stored of it.
    expect((await deliver("orders/create", orderPayload(data, old))).status).toBe(200);

    await deliver("refunds/create", await refundInFull(local, old.id));

    expect(tierMetafieldOf(local, customer.id)).toBeNull();
    expect(await db.tierChange.findFirst({ where: { customerId: String(customer.id), kind: "left" } })).toMatchObject({
      trigger: "refunds/create",
    });
  });
});

describe("duplicate and out-of-order webhooks", () => {
  it("change nothing when the same event is delivered again", async () => {
    await seniorConciergeAt("500.00");
    const liam = demoCustomer(local, LIAM);
    const order = await placePaidOrder(local, liam.id, [{ sku: someSku(local), quantity: 2, price: "300.00" }]);
    await deliver("orders/paid", order, "event-orders-paid-1");
    const before = { tags: [...liam.tags], updatedAt: liam.updatedAt, metafield: tierMetafieldOf(local, liam.id) };

    const again = await deliver("orders/paid", order, "event-orders-paid-1");
    expect(again.status).toBe(200);
    // A different event about the same facts (the customers/update Shopify sends after the app's own tagsAdd).
    expect((await deliver("customers/update", customerPayload(local.store.getShop(DEMO_SHOP), liam))).status).toBe(200);

    expect(liam.tags).toEqual(before.tags);
    expect(liam.updatedAt).toBe(before.updatedAt); // no tagsAdd ran
    expect(tierMetafieldOf(local, liam.id)?.updatedAt).toBe(before.metafield?.updatedAt); // no metafieldsSet ran
    expect(await db.tierChange.count({ where: { customerId: String(liam.id) } })).toBe(1);
  });

  it("decide from the customer as Shopify has them now, not from the late payload", async () => {
    await seniorConciergeAt("500.00");
    const liam = demoCustomer(local, LIAM);
    const order = await placePaidOrder(local, liam.id, [{ sku: someSku(local), quantity: 2, price: "300.00" }]);
    const refund = await refundInFull(local, order.id);
    // The refund arrives first, the payment last (a retry hours later).
    await deliver("refunds/create", refund);
    await deliver("orders/paid", order);

    expect(liam.tags).toEqual(["newsletter"]);
    expect(tierMetafieldOf(local, liam.id)).toBeNull();
    expect(await db.tierChange.count()).toBe(0);
  });
});

describe("shops without rules or without the app", () => {
  it("costs no Admin API call when the shop has no rule", async () => {
    const liam = demoCustomer(local, LIAM);
    const order = await placePaidOrder(local, liam.id, [{ sku: someSku(local), quantity: 2, price: "300.00" }]);
    const adminCalls = vi.spyOn(local.emulator, "execute");
    expect((await deliver("orders/paid", order)).status).toBe(200);
    expect(adminCalls).not.toHaveBeenCalled();
    expect(await db.customerTier.count()).toBe(0);
  });

  it("skips the step when the shop has no session (the app was uninstalled)", async () => {
    await seniorConciergeAt("500.00");
    await db.session.deleteMany({ where: { shop: DEMO_SHOP } });
    const liam = demoCustomer(local, LIAM);
    const order = await placePaidOrder(local, liam.id, [{ sku: someSku(local), quantity: 2, price: "300.00" }]);
    expect((await deliver("orders/paid", order)).status).toBe(200);
    expect(liam.tags).toEqual(["newsletter"]);
  });
});
