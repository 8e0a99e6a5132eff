// The storefront's /apps/concierge/track page against the local Shopify.
import { beforeEach, describe, expect, it } from "vitest";
import db from "../app/db.server";
import { loader as trackLoader } from "../app/routes/proxy.track";
import { ensureTrackingRedirect } from "../app/services/install.server";
import { TRACK_PATH, TRACK_PROXY_PATH } from "../app/domain/tracking/track-link";
import { VISITOR_LOOKUP_LIMIT } from "../app/services/order-tracking.server";
import { DEMO_SHOP } from "../local-shopify/demo-store";
import type { LocalShopify } from "../local-shopify/server";
import { installApp, withInstalledLocalShopify } from "./factories/local-shopify";
import { deliver } from "./factories/webhooks";
import { action as ordersCreate } from "../app/routes/webhooks.orders.create";
import { orderPayload } from "../local-shopify/webhooks";
import { addFulfillmentServiceLocation, createOrder } from "../local-shopify/store";
import { WINDOW_WAIT_TIMEOUT_MS, withinOneWindow } from "./factories/rate-limit-window";
import { appProxyRequest } from "./factories/app-proxy";

const localShopify = withInstalledLocalShopify();
let local: LocalShopify;
beforeEach(() => {
  local = localShopify();
});

function demoOrder(name: string) {
  const data = local.store.getShop(DEMO_SHOP);
  const order = data.orders.get(data.orderIdByName.get(name)!)!;
  return { order, customer: data.customers.get(order.customerId!)! };
}

async function track(query: Record<string, string>, options: { customerId?: number; address?: string } = {}) {
  const response = await trackLoader({
    request: appProxyRequest("track", query, { customerId: options.customerId, forwardedFor: options.address ?? "203.0.113.7" }),
    params: {},
    context: {},
  });
  return { status: response.status, body: await response.text() };
}

/** The English text Liquid would pick, from the page's {% case %} blocks. */
function englishText(liquid: string) {
  return liquid
    .replace(/{% assign[^%]*%}{% case [^%]*%}(?:{% when [^%]*%}[^{]*)*{% else %}([^{]*){% endcase %}/g, "$1")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/\s+/g, " ");
}

describe("looking an order up", () => {
  it("finds an order by its number and the email it was placed with, and shows its timeline", async () => {
    const { order } = demoOrder("#1001");
    const { status, body } = await track({ order: "1001", contact: order.email!.toUpperCase() });
    expect(status).toBe(200);
    expect(body).toContain(`<h2 id="concierge-order">${order.name}</h2>`);
    expect(body).toMatch(/data-step="ordered" data-state="done"/);
  });

  it("dates every step that has happened, the order's confirmation and preparation too, in the shop's time zone and the shopper's language", async () => {
    const data = local.store.getShop(DEMO_SHOP);
    const { order } = demoOrder("#1001");
    const { body } = await track({ order: "1001", contact: order.email! });
    const inShopZone = (locale: string, at: Date) =>
      new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: data.shop.ianaTimezone }).format(at);
    for (const step of ["ordered", "confirmed", "preparing"]) {
      const shown = new RegExp(
        `<li data-step="${step}" data-state="(?:done|current)">.*?<time datetime="([^"]+)">.*?{% when 'ar' %}([^{]+){% when 'fr' %}[^{]+{% else %}([^{]+){% endcase %}</time></li>`,
      ).exec(body);
      expect(shown, step).not.toBeNull();
      const at = new Date(shown![1]!);
      expect(shown![3], `${step} in English`).toBe(inShopZone("en", at));
      expect(shown![2], `${step} in Arabic`).toBe(`بتاريخ ${inShopZone("ar", at)}`);
    }
    expect(body).toMatch(/{% else %}Order confirmed{% endcase %} <time datetime=/);
  });

  it("finds it by the phone number too, typed another way", async () => {
    const { order } = demoOrder("#1001");
    const localFormat = `0${order.phone!.replace(/^\+\d{3}/, "")}`;
    const { body } = await track({ order: "#1001", contact: localFormat });
    expect(body).toContain(`<h2 id="concierge-order">${order.name}</h2>`);
  });

  it("answers a wrong email exactly as it answers an order that does not exist", async () => {
    const wrongEmail = await track({ order: "1001", contact: "someone-else@example.com" });
    const missingOrder = await track({ order: "999999", contact: demoOrder("#1001").order.email! });
    expect(wrongEmail.status).toBe(missingOrder.status);
    expect(englishText(wrongEmail.body)).toContain("We couldn't find an order with that number and email or phone");
    expect(wrongEmail.body.replace("someone-else@example.com", "X").replace("1001", "N")).toBe(
      missingOrder.body.replace(demoOrder("#1001").order.email!, "X").replace("999999", "N"),
    );
  });

  it("explains what is wrong with the form, next to the field", async () => {
    const { body } = await track({ order: "10 01; drop", contact: "" });
    expect(body).toContain('name="order" autocomplete="off" required value="10 01; drop" aria-invalid="true"');
    expect(body).toContain("Enter the order number from your confirmation email, like #1001");
    expect(body).toContain("Enter the email or phone number used for the order");
  });

  it(
    "limits lookups per visitor, with a clear message, without blocking other visitors",
    async () => {
      await withinOneWindow(VISITOR_LOOKUP_LIMIT);
      for (let attempt = 0; attempt < VISITOR_LOOKUP_LIMIT.limit; attempt++) {
        expect((await track({ order: String(5000 + attempt), contact: "bot@example.com" }, { address: "198.51.100.9" })).status).toBe(200);
      }
      const limited = await track({ order: "6000", contact: "bot@example.com" }, { address: "198.51.100.9" });
      expect(limited.status).toBe(429);
      expect(englishText(limited.body)).toMatch(/Too many lookups from your connection\. Please wait (1 minute|\d+ minutes) and try again/);
      expect((await track({ order: "1001", contact: "x@example.com" }, { address: "192.0.2.44" })).status).toBe(200);
      // No raw address is kept.
      const keys = await db.rateLimitBucket.findMany({ select: { bucketKey: true } });
      expect(keys.map((key) => key.bucketKey).join(" ")).not.toContain("198.51.100.9");
    },
    WINDOW_WAIT_TIMEOUT_MS,
  );
});

describe("an order older than 60 days, for a shop that has not granted read_all_orders", () => {
  it("is answered honestly from what its webhooks stored, not 'not found'", async () => {
    const { ACCESS_SCOPES } = await import("../app/access-scopes");
    await installApp(local, DEMO_SHOP, { scope: ACCESS_SCOPES.filter((scope) => scope !== "read_all_orders").join(",") });
    const data = local.store.getShop(DEMO_SHOP);
    const old = [...data.orders.values()].find(
      (order) =>
        order.email &&
        order.cancelledAt === null &&
        order.fulfillments.length > 0 &&
        Date.parse(order.createdAt) < Date.now() - 75 * 24 * 60 * 60 * 1000,
    )!;
    // Shopify no longer shows it to the app…
    expect((await track({ order: old.name, contact: old.email! })).body).not.toContain(`<h2 id="concierge-order">`);
    // …but its orders/create webhook (or the history import) stored it.
    expect((await deliver(ordersCreate, "orders/create", orderPayload(data, old), { shop: DEMO_SHOP })).status).toBe(200);

    const { status, body } = await track({ order: old.name, contact: old.email! }, { address: "198.51.100.61" });
    expect(status).toBe(200);
    expect(englishText(body)).toContain(`Order ${old.name}, placed`);
    expect(englishText(body)).toContain("has been sent");
    expect(englishText(body)).toContain("Orders more than 60 days old show only this summary here");
    // The wrong contact still learns nothing.
    const wrong = await track({ order: old.name, contact: "someone-else@example.com" }, { address: "198.51.100.62" });
    expect(englishText(wrong.body)).toContain("We couldn't find an order with that number and email or phone");
  });
});

describe("an order a fulfillment service (3PL) ships", () => {
  it("shows the items the 3PL holds, which Shopify shows only with read_third_party_fulfillment_orders", async () => {
    const data = local.store.getShop(DEMO_SHOP);
    const warehouse = addFulfillmentServiceLocation(local.store, data, { name: "ShipBob Newark", handle: "shipbob" });
    const variant = [...data.variants.values()].find((candidate) => data.products.get(candidate.productId)!.title === "Linen Overshirt")!;
    const order = createOrder(local.store, data, {
      customerId: null,
      email: "three.pl@example.com",
      lines: [{ variantId: variant.id, quantity: 1 }],
      createdAt: new Date().toISOString(),
      locationId: warehouse.id,
    });
    const shown = await track({ order: order.name, contact: "three.pl@example.com" }, { address: "198.51.100.71" });
    expect(englishText(shown.body)).toContain("1 × Linen Overshirt");

    // Without the scope (an app that asked for merchant-managed fulfillment orders only) the item is missing.
    const { ACCESS_SCOPES } = await import("../app/access-scopes");
    await installApp(local, DEMO_SHOP, {
      scope: ACCESS_SCOPES.filter((scope) => scope !== "read_third_party_fulfillment_orders").join(","),
    });
    await db.trackingSnapshot.deleteMany();
    const blind = await track({ order: order.name, contact: "three.pl@example.com" }, { address: "198.51.100.72" });
    expect(englishText(blind.body)).not.toContain("1 × Linen Overshirt");
  });
});

describe("a logged-in shopper", () => {
  it("sees their recent orders and can open one", async () => {
    const { order, customer } = demoOrder("#1001");
    const page = await track({}, { customerId: customer.id });
    expect(englishText(page.body)).toContain("Your recent orders");
    const opened = await track({ order_id: String(order.id) }, { customerId: customer.id });
    expect(opened.body).toContain(`<h2 id="concierge-order">${order.name}</h2>`);
  });

  it("cannot open someone else's order by its id", async () => {
    const { order, customer } = demoOrder("#1001");
    const data = local.store.getShop(DEMO_SHOP);
    const stranger = [...data.customers.values()].find((candidate) => candidate.id !== customer.id)!;
    const attempt = await track({ order_id: String(order.id) }, { customerId: stranger.id });
    expect(attempt.body).not.toContain(order.name);
  });

  it("does not use up the lookup allowance when opening their own orders", async () => {
    const { order, customer } = demoOrder("#1001");
    for (let visit = 0; visit < VISITOR_LOOKUP_LIMIT.limit + 2; visit++) {
      expect((await track({ order_id: String(order.id) }, { customerId: customer.id })).status).toBe(200);
    }
  });
});

describe("the /track redirect made on install", () => {
  const adminFor = () => ({
    async graphql(query: string, options?: { variables?: Record<string, unknown> }) {
      const token = (await db.session.findUniqueOrThrow({ where: { id: `offline_${DEMO_SHOP}` } })).accessToken;
      return fetch(local.graphqlUrl, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Shopify-Access-Token": token },
        body: JSON.stringify({ query, variables: options?.variables }),
      });
    },
  });

  it("sends /track to the tracking page, once", async () => {
    const first = await ensureTrackingRedirect(adminFor());
    const second = await ensureTrackingRedirect(adminFor());
    expect(first).toMatchObject({ created: true, redirect: { path: TRACK_PATH, target: TRACK_PROXY_PATH } });
    expect(second.created).toBe(false);
    const redirects = [...local.store.getShop(DEMO_SHOP).urlRedirects.values()].filter((redirect) => redirect.path === TRACK_PATH);
    expect(redirects).toHaveLength(1);
  });
});
