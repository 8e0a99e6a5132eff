// The tracking page from what Concierge keeps (decision 022): a cached view
// of a delivered order with exchange offers on asks Shopify nothing; the
// offers' products stay true from products/* and inventory_levels/update
// webhooks; a throttled Shopify still gets the shopper a page, with the
// last known status marked as such.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import db from "../app/db.server";
import { loader as trackLoader } from "../app/routes/proxy.track";
import { flushRateLimitHits } from "../app/data/rate-limit-buffer.server";
import { VISITOR_LOOKUP_LIMIT, VISITOR_VIEW_LIMIT } from "../app/services/order-tracking.server";
import { DEMO_SHOP } from "../local-shopify/demo-store";
import type { LocalShopify } from "../local-shopify/server";
import { addFulfillmentEvent, createOrder, fulfillOrder, shopifyTime, type ShopData, type VariantRecord } from "../local-shopify/store";
import { fulfillmentPayload, inventoryLevelPayload, productDeletePayload, productPayload } from "../local-shopify/webhooks";
import { createSizeSwapOffer } from "./factories/exchange-offers";
import { installApp, startLocalShopifyForApp, webhookDispatcher } from "./factories/local-shopify";
import { WINDOW_WAIT_TIMEOUT_MS, withinOneWindow } from "./factories/rate-limit-window";
import { appProxyRequest } from "./factories/app-proxy";

const DAY = 24 * 60 * 60 * 1000;
/** The local Shopify's clock, stopped to keep its cost bucket from refilling. */
let stoppedAt: Date | null = null;
let local: LocalShopify;
let data: ShopData;
let token: string;
beforeAll(async () => {
  local = await startLocalShopifyForApp({ now: () => stoppedAt ?? new Date() });
  data = local.store.getShop(DEMO_SHOP);
});
afterAll(async () => {
  await local.close();
});
beforeEach(async () => {
  stoppedAt = null;
  // Each test starts with a full cost bucket: the throttled tests drain it.
  local.emulator.refillBuckets();
  token = await installApp(local);
});

const variant = (title: string, ...values: string[]): VariantRecord => {
  const product = [...data.products.values()].find((candidate) => candidate.title === title)!;
  return product.variantIds
    .map((id) => data.variants.get(id)!)
    .find((candidate) => values.every((value, index) => candidate.selectedOptions[index]?.value === value))!;
};

/** "Size swap + free belt" on the chinos. */
const sizeSwapOffer = () =>
  createSizeSwapOffer(db, DEMO_SHOP, { beltVariantId: variant("Leather Belt", "M").id, match: { tags: ["chino"] } });

/** An anonymous shopper's order of a chino, delivered five days ago. */
function deliveredChinoOrder() {
  const now = Date.now();
  const order = createOrder(local.store, data, {
    customerId: null,
    email: "amira.haddad@example.ae",
    lines: [{ variantId: variant("Classic Chino", "32", "Khaki").id, quantity: 1 }],
    createdAt: shopifyTime(now - 9 * DAY),
  });
  const fulfillment = fulfillOrder(local.store, data, order, { at: shopifyTime(now - 8 * DAY) });
  addFulfillmentEvent(local.store, data, order, fulfillment, { status: "DELIVERED", at: shopifyTime(now - 5 * DAY) });
  return { order, fulfillment };
}

async function track(query: Record<string, string>, address = "203.0.113.30") {
  const response = await trackLoader({ request: appProxyRequest("track", query, { forwardedFor: address }), params: {}, context: {} });
  return { status: response.status, body: await response.text() };
}

/** The Admin API operations the local Shopify runs while `run` runs. */
async function operationsDuring<T>(run: () => Promise<T>): Promise<{ result: T; operations: string[] }> {
  const spy = vi.spyOn(local.emulator, "execute");
  try {
    const result = await run();
    return {
      result,
      operations: spy.mock.calls.map(([request]) => /\b(?:query|mutation)\s+(\w+)/.exec(request.query)?.[1] ?? "anonymous"),
    };
  } finally {
    spy.mockRestore();
  }
}

describe("a cached view of a delivered order with an exchange offer on", () => {
  it("asks Shopify nothing, for the shopper reloading and for the same lookup from elsewhere", async () => {
    const offer = await sizeSwapOffer();
    const { order } = deliveredChinoOrder();
    const lookup = { order: order.name, contact: order.email! };
    const first = await operationsDuring(() => track(lookup));
    expect(first.result.body).toContain(`data-offer="${offer.id}"`);
    expect(first.operations).toEqual(expect.arrayContaining(["OrderLookup", "OrderTracking", "ExchangeOrder", "ExchangeCatalog"]));

    const reload = await operationsDuring(() => track(lookup));
    expect(reload.operations).toEqual([]);
    expect(reload.result.status).toBe(200);
    expect(reload.result.body).toBe(first.result.body);
    // Typed another way, from another address: still what was kept, still free.
    const again = await operationsDuring(() => track({ order: order.name.slice(1), contact: order.email!.toUpperCase() }, "198.51.100.31"));
    expect(again.operations).toEqual([]);
    expect(again.result.body).toContain(`data-offer="${offer.id}"`);
    // What is kept of the order names no contact.
    const kept = await db.trackingSnapshot.findFirstOrThrow({ where: { shop: DEMO_SHOP, orderName: order.name } });
    expect(JSON.stringify(kept)).not.toContain(order.email!);
  });

  it("is not a new lookup: neither the visitor's allowance nor the day's count moves", async () => {
    await sizeSwapOffer();
    const { order } = deliveredChinoOrder();
    const lookup = { order: order.name, contact: order.email! };
    await track(lookup);
    const counted = async () => ({
      buckets: await db.rateLimitBucket.findMany({ select: { bucketKey: true, hits: true }, orderBy: { bucketKey: "asc" } }),
      days: await db.trackingLookupDaily.findMany({ select: { lookups: true, misses: true } }),
    });
    const before = await counted();
    for (let reload = 0; reload < 3; reload++) await track(lookup);
    const after = await counted();
    expect(after.days).toEqual(before.days);
    expect(after.buckets.filter((bucket) => !bucket.bucketKey.startsWith("track:view"))).toEqual(
      before.buckets.filter((bucket) => !bucket.bucketKey.startsWith("track:view")),
    );
  });
});

describe("the offers' products, kept true by webhooks", () => {
  it("follows a price, the stock and a deletion, asking Shopify on a job, never on a view", async () => {
    await sizeSwapOffer();
    const { order } = deliveredChinoOrder();
    const lookup = { order: order.name, contact: order.email! };
    await track(lookup);
    const chino = variant("Classic Chino", "34", "Khaki");
    const kept = () =>
      db.catalogVariant.findUniqueOrThrow({
        where: { shop_variantId: { shop: DEMO_SHOP, variantId: `gid://shopify/ProductVariant/${chino.id}` } },
      });
    expect((await kept()).priceMinor).toBe(BigInt(chino.priceCents));

    // The merchant raises the price and sells the last ones, in the Shopify admin.
    const changed = await fetch(`${local.url}/_local/variants/${chino.id}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ price: "99.00", inventoryQuantity: 0 }),
    });
    expect(changed.status).toBe(200);
    const product = data.products.get(chino.productId)!;
    const deliveries = [
      ...(await webhookDispatcher().deliver(
        "inventory_levels/update",
        DEMO_SHOP,
        inventoryLevelPayload(chino, 1, shopifyTime(Date.now())),
      )),
      ...(await webhookDispatcher().deliver("products/update", DEMO_SHOP, productPayload(data, product))),
    ];
    expect(deliveries.map((delivery) => delivery.status)).toEqual([200, 200]);
    expect(await kept()).toMatchObject({ priceMinor: 9900n, inventoryQuantity: 0, availableForSale: false });

    // A cached view reads the new facts without a call.
    const view = await operationsDuring(() => track(lookup));
    expect(view.operations).toEqual([]);

    // A product Shopify deletes is forgotten.
    const belt = data.products.get(variant("Leather Belt", "M").productId)!;
    await webhookDispatcher().deliver("products/delete", DEMO_SHOP, productDeletePayload(belt));
    expect(await db.catalogVariant.count({ where: { shop: DEMO_SHOP, productId: `gid://shopify/Product/${belt.id}` } })).toBe(0);
  });

  it("ignores products no offer needs", async () => {
    const shirt = [...data.products.values()].find((candidate) => candidate.title === "Linen Overshirt")!;
    const [delivery] = await webhookDispatcher().deliver("products/update", DEMO_SHOP, productPayload(data, shirt));
    expect(delivery!.status).toBe(200);
    expect(await db.catalogVariant.count()).toBe(0);
  });
});

describe("a throttled shop", () => {
  /** Spends the shop's whole cost bucket, with the local Shopify's clock stopped so it does not refill. */
  async function drainCostBucket() {
    stoppedAt = new Date();
    const query = "query Drain { orders(first: 100) { nodes { id } } }";
    for (let attempt = 0; attempt < 200; attempt++) {
      const answer = await local.emulator.execute({ shop: DEMO_SHOP, accessToken: token, query });
      if (JSON.stringify(answer.body).includes("THROTTLED")) return;
    }
    throw new Error("the bucket never ran dry");
  }

  it("still shows the shopper the order's last known status, marked as such, with its offer", async () => {
    const offer = await sizeSwapOffer();
    const { order, fulfillment } = deliveredChinoOrder();
    const lookup = { order: order.name, contact: order.email! };
    await track(lookup);
    // Shopify says the order changed: what was kept is no longer current…
    await webhookDispatcher().deliver("fulfillments/update", DEMO_SHOP, fulfillmentPayload(data, order, fulfillment));
    // …and Shopify answers every call with THROTTLED.
    await drainCostBucket();
    const { status, body } = await track(lookup);
    expect(status).toBe(200);
    expect(body).toContain(`<h2 id="concierge-order">${order.name}</h2>`);
    expect(body).toContain("data-last-known");
    expect(body).toContain("We can&#39;t check for updates right now, so this is your order&#39;s status as of");
    expect(body).toContain(`data-offer="${offer.id}"`);
  });

  it("answers 'try again' (503), not a 500, for an order it never kept", async () => {
    const { order } = deliveredChinoOrder();
    await drainCostBucket();
    const { status } = await track({ order: order.name, contact: order.email! });
    expect(status).toBe(503);
  });
});

describe("storefront requests that write little", () => {
  const counters = () =>
    db.rateLimitBucket.findMany({ select: { bucketKey: true, windowStart: true, hits: true }, orderBy: [{ bucketKey: "asc" }] });

  it(
    "writes nothing for a refused (429) lookup",
    async () => {
      await withinOneWindow(VISITOR_LOOKUP_LIMIT);
      const address = "198.51.100.40";
      let status = 200;
      for (let attempt = 0; status !== 429 && attempt < 50; attempt++) {
        status = (await track({ order: String(7000 + attempt), contact: "bot@example.com" }, address)).status;
      }
      expect(status).toBe(429);
      const before = await counters();
      const days = await db.trackingLookupDaily.findMany();
      for (let attempt = 0; attempt < 5; attempt++) {
        expect((await track({ order: String(8000 + attempt), contact: "bot@example.com" }, address)).status).toBe(429);
      }
      // The view counter refuses nothing yet; only it moves, by one a request.
      const after = await counters();
      expect(after.filter((row) => !row.bucketKey.startsWith("track:view"))).toEqual(
        before.filter((row) => !row.bucketKey.startsWith("track:view")),
      );
      expect(await db.trackingLookupDaily.findMany()).toEqual(days);
    },
    WINDOW_WAIT_TIMEOUT_MS,
  );

  it("spreads the shop's count over several rows instead of one every lookup updates", async () => {
    for (let visitor = 0; visitor < 24; visitor++) await track({ order: "999999", contact: "x@example.com" }, `192.0.2.${visitor}`);
    const shopRows = (await counters()).filter((row) => row.bucketKey.startsWith("track:shop"));
    expect(shopRows.length).toBeGreaterThan(1);
    expect(shopRows.reduce((sum, row) => sum + row.hits, 0)).toBe(24);
  });
  it("counts views in the process and writes them in batches, on the rows every app server reads", async () => {
    const { order } = deliveredChinoOrder();
    const lookup = { order: order.name, contact: order.email! };
    for (let visitor = 0; visitor < 5; visitor++) expect((await track(lookup, `192.0.2.${visitor}`)).status).toBe(200);
    await flushRateLimitHits();
    const views = (await counters()).filter((row) => row.bucketKey.startsWith("track:view"));
    expect(views.map((row) => row.hits)).toEqual([1, 1, 1, 1, 1]);

    // Another app server has counted all but one of this visitor's views: one more, then "wait".
    const address = "192.0.2.77";
    await track(lookup, address);
    await flushRateLimitHits();
    const row = (await counters()).find(
      (candidate) => candidate.bucketKey.startsWith("track:view") && !views.some((view) => view.bucketKey === candidate.bucketKey),
    )!;
    await db.rateLimitBucket.updateMany({ where: { bucketKey: row.bucketKey }, data: { hits: VISITOR_VIEW_LIMIT.limit - 1 } });
    expect((await track(lookup, address)).status).toBe(200);
    const refused = await track(lookup, address);
    expect(refused.status).toBe(429);
    await flushRateLimitHits();
    // The refused view wrote nothing.
    expect((await counters()).find((candidate) => candidate.bucketKey === row.bucketKey)!.hits).toBe(VISITOR_VIEW_LIMIT.limit);
  });
});
