// Concierge probed as an attacker would, on the local Shopify: every request
// Shopify could not have sent, or that asks for another shop's data, gets a
// clear 4xx, never a 500 and never the data.
import { createHmac } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import db from "../app/db.server";
import { loader as trackLoader } from "../app/routes/proxy.track";
import { action as eventsAction } from "../app/routes/proxy.events";
import { action as exchangeRequestAction } from "../app/routes/proxy.exchange-request";
import { loader as deskLoader } from "../app/routes/app.exchanges.$orderId";
import { loader as homeLoader } from "../app/routes/app._index";
import { action as ordersCreate } from "../app/routes/webhooks.orders.create";
import { appProxySignature, signedAppProxyUrl } from "../local-shopify/app-proxy";
import { DEMO_SHOP, OTHER_SHOP } from "../local-shopify/demo-store";
import type { LocalShopify } from "../local-shopify/server";
import { webhookHeaders } from "../local-shopify/webhooks";
import { adminRequest, signInStaff } from "./factories/admin-requests";
import { operationsDuring as operationsDuringOn, withInstalledLocalShopify } from "./factories/local-shopify";
import { routeAnswer } from "./factories/routes";
import { TEST_APP } from "./setup/test-environment";
import { pruneJob } from "../app/jobs/scheduled.server";
import { VISITOR_LOOKUP_LIMIT, VISITOR_VIEW_LIMIT } from "../app/services/order-tracking.server";
import { WINDOW_WAIT_TIMEOUT_MS, withinOneWindow } from "./factories/rate-limit-window";
import { appProxyRequest } from "./factories/app-proxy";

// A page a person waits on gives up on Shopify quickly (two attempts of this long).
vi.hoisted(() => {
  process.env.ADMIN_API_INTERACTIVE_TIMEOUT_MS = "400";
});

const localShopify = withInstalledLocalShopify();
let local: LocalShopify;
beforeEach(() => {
  local = localShopify();
});
const answer = routeAnswer;

/** A proxy URL signed with the app's secret over exactly these parameters, in this order. */
function signedProxyUrl(subpath: string, entries: [string, string][]) {
  const query = new URLSearchParams(entries);
  query.set("signature", appProxySignature(query, TEST_APP.apiSecret));
  return new URL(`/proxy/${subpath}?${query.toString()}`, TEST_APP.appUrl);
}

const now = () => String(Math.floor(Date.now() / 1000));

function demoOrder(name: string) {
  const data = local.store.getShop(DEMO_SHOP);
  const order = data.orders.get(data.orderIdByName.get(name)!)!;
  return { order, customer: data.customers.get(order.customerId!)! };
}

describe("storefront requests Shopify's app proxy could not have sent", () => {
  it("refuses a duplicated logged_in_customer_id with 400 instead of taking the first", async () => {
    const { order, customer } = demoOrder("#1001");
    const stranger = [...local.store.getShop(DEMO_SHOP).customers.values()].find((candidate) => candidate.id !== customer.id)!;
    // A shopper appends their own logged_in_customer_id; Shopify adds the real one after it.
    const url = signedProxyUrl("track", [
      ["order_id", String(order.id)],
      ["logged_in_customer_id", String(customer.id)],
      ["shop", DEMO_SHOP],
      ["logged_in_customer_id", String(stranger.id)],
      ["path_prefix", "/apps/concierge"],
      ["timestamp", now()],
    ]);
    const response = await answer(trackLoader, new Request(url));
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain(order.name);
  });

  it("refuses a changed parameter, a signature of another secret or a stale timestamp with 400", async () => {
    const { order } = demoOrder("#1001");
    const entries = (timestamp: string): [string, string][] => [
      ["order", "1001"],
      ["contact", order.email!],
      ["shop", DEMO_SHOP],
      ["logged_in_customer_id", ""],
      ["path_prefix", "/apps/concierge"],
      ["timestamp", timestamp],
    ];
    const changed = signedProxyUrl("track", entries(now()));
    changed.searchParams.set("order", "1002");
    const otherSecret = new URLSearchParams(entries(now()));
    otherSecret.set("signature", appProxySignature(otherSecret, "another-apps-secret"));
    const stale = signedProxyUrl("track", entries(String(Math.floor(Date.now() / 1000) - 120)));
    for (const url of [changed, new URL(`/proxy/track?${otherSecret.toString()}`, TEST_APP.appUrl), stale]) {
      const response = await answer(trackLoader, new Request(url));
      expect(response.status).toBe(400);
      expect(await response.text()).not.toContain(order.name);
    }
    // Signed as Shopify signs it, now: the order.
    const signed = await answer(trackLoader, new Request(signedProxyUrl("track", entries(now()))));
    expect(signed.status).toBe(200);
    expect(await signed.text()).toContain(`<h2 id="concierge-order">${order.name}</h2>`);
  });

  it("refuses a signed request for a shop that is not a Shopify shop with 400", async () => {
    const url = signedProxyUrl("track", [
      ["shop", "evil.example.com"],
      ["logged_in_customer_id", ""],
      ["path_prefix", "/apps/concierge"],
      ["timestamp", now()],
    ]);
    expect((await answer(trackLoader, new Request(url))).status).toBe(400);
    const beacon = new Request(url.toString().replace("/proxy/track", "/proxy/events"), { method: "POST", body: '"prompt_shown"' });
    expect((await answer(eventsAction, beacon)).status).toBe(400);
  });

  it("refuses an exchange request for another shop's order", async () => {
    const other = local.store.getShop(OTHER_SHOP);
    const foreign = [...other.orders.values()][0]!;
    const url = signedAppProxyUrl(TEST_APP.appUrl, "exchange-request", new URLSearchParams(), { shop: DEMO_SHOP }, TEST_APP.apiSecret);
    const body = new URLSearchParams({
      orderId: String(foreign.id),
      order: foreign.name,
      contact: foreign.email ?? "x@example.com",
      lineItemId: "1",
      offerId: "1",
    });
    const response = await answer(
      exchangeRequestAction,
      new Request(url, { method: "POST", body, headers: { "X-Forwarded-For": "203.0.113.50" } }),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});

/** A proxied /track request as Shopify sends it, from `forwardedFor` (X-Forwarded-For as it reaches the app). */
async function track(query: Record<string, string>, options: { customerId?: number; forwardedFor?: string } = {}) {
  return answer(trackLoader, appProxyRequest("track", query, options));
}

const operationsDuring = (run: () => Promise<unknown>) => operationsDuringOn(local, run);

describe("the tracking page under attack", () => {
  it("checks a logged-in shopper owns an order with a cheap query before fetching it, and keeps nothing of another's", async () => {
    const { order, customer } = demoOrder("#1001");
    const stranger = [...local.store.getShop(DEMO_SHOP).customers.values()].find((candidate) => candidate.id !== customer.id)!;
    const operations = await operationsDuring(async () => {
      const attempt = await track({ order_id: String(order.id) }, { customerId: stranger.id, forwardedFor: "203.0.113.20" });
      expect(attempt.status).toBe(200);
      expect(await attempt.text()).not.toContain(order.name);
    });
    expect(operations).toContain("OrderOwner");
    expect(operations).not.toContain("OrderTracking");
    expect(await db.trackingSnapshot.count()).toBe(0);
    // Their own order is shown, and what is kept of it holds no email or phone.
    const own = await track({ order_id: String(order.id) }, { customerId: customer.id, forwardedFor: "203.0.113.20" });
    expect(await own.text()).toContain(`<h2 id="concierge-order">${order.name}</h2>`);
    const kept = await db.trackingSnapshot.findMany();
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ email: null, phone: null, customerId: String(customer.id) });
    expect(JSON.stringify(kept[0]!.data)).not.toContain(order.email!);
  });

  it("purges what it kept of an order within a day, by the nightly prune job", async () => {
    const { order, customer } = demoOrder("#1001");
    await track({ order_id: String(order.id) }, { customerId: customer.id, forwardedFor: "203.0.113.21" });
    expect(await db.trackingSnapshot.count()).toBe(1);
    const run = (at: Date) =>
      pruneJob.run(
        {},
        { db, now: () => at, adminFor: () => Promise.reject(new Error("no Admin API call")), signal: new AbortController().signal },
      );
    await run(new Date(Date.now() + 60 * 60 * 1000));
    expect(await db.trackingSnapshot.count()).toBe(1);
    await run(new Date(Date.now() + 25 * 60 * 60 * 1000));
    expect(await db.trackingSnapshot.count()).toBe(0);
  });

  it(
    "limits every view of a logged-in shopper, with Retry-After",
    async () => {
      await withinOneWindow(VISITOR_VIEW_LIMIT);
      const { order, customer } = demoOrder("#1001");
      for (let view = 0; view < VISITOR_VIEW_LIMIT.limit; view++) {
        expect((await track(view % 2 ? {} : { order_id: String(order.id) }, { customerId: customer.id })).status).toBe(200);
      }
      const limited = await track({ order_id: String(order.id) }, { customerId: customer.id });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0);
    },
    WINDOW_WAIT_TIMEOUT_MS,
  );

  it(
    "keys anonymous lookups on the address Shopify saw, so rotating X-Forwarded-For does not escape the limit",
    async () => {
      await withinOneWindow(VISITOR_LOOKUP_LIMIT);
      // Shopify's app proxy appends the address it was reached from; what is left of it the client wrote.
      const attempts = VISITOR_LOOKUP_LIMIT.limit + 1;
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let attempt = 0; attempt < attempts; attempt++) {
        last = await track(
          { order: String(5000 + attempt), contact: "bot@example.com" },
          { forwardedFor: `10.0.${attempt}.1, 198.51.100.77` },
        );
        statuses.push(last.status);
      }
      expect(statuses.slice(0, -1).every((status) => status === 200)).toBe(true);
      expect(statuses.at(-1)).toBe(429);
      expect(Number(last!.headers.get("Retry-After"))).toBeGreaterThan(0);
      // Another shopper, from another address, is not turned away: one client cannot use up the shop's lookups.
      const { order } = demoOrder("#1001");
      const other = await track({ order: "1001", contact: order.email! }, { forwardedFor: "198.51.100.78" });
      expect(other.status).toBe(200);
      expect(await other.text()).toContain(`<h2 id="concierge-order">${order.name}</h2>`);
    },
    WINDOW_WAIT_TIMEOUT_MS,
  );

  it("answers 'try again' with 503 and Retry-After within seconds when Shopify hangs", async () => {
    const { order } = demoOrder("#1001");
    const release = local.hangAdminApi();
    const started = Date.now();
    try {
      const response = await track({ order: "1001", contact: order.email! }, { forwardedFor: "198.51.100.90" });
      expect(response.status).toBe(503);
      expect(Number(response.headers.get("Retry-After"))).toBeGreaterThan(0);
    } finally {
      release();
    }
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe("webhooks Shopify could not have sent", () => {
  it("answers malformed JSON with a valid HMAC with 400 and stores nothing", async () => {
    const body = '{"id": 1, "name": "#1"';
    const headers = webhookHeaders({ topic: "orders/create", shop: DEMO_SHOP, body, secret: TEST_APP.apiSecret });
    const response = await answer(
      ordersCreate,
      new Request(`${TEST_APP.appUrl}/webhooks/orders/create`, { method: "POST", headers, body }),
    );
    expect(response.status).toBe(400);
    expect(await db.webhookEvent.count()).toBe(0);
  });
});

describe("the embedded admin", () => {
  it("answers a valid session token for a shop that never installed the app with 4xx, not 500", async () => {
    const response = await answer(homeLoader, adminRequest("/app", { shop: "never-installed.myshopify.com" }));
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it("answers another shop's order id on the exchange page with 404", async () => {
    const staffId = await signInStaff(local, DEMO_SHOP, "chloe@concierge-demo.example");
    const foreign = [...local.store.getShop(OTHER_SHOP).orders.values()][0]!;
    const response = await answer(deskLoader, adminRequest(`/app/exchanges/${foreign.id}`, { shop: DEMO_SHOP, userId: staffId }), {
      orderId: String(foreign.id),
    });
    expect(response.status).toBe(404);
  });
});

// The signature helper is Shopify's algorithm; keep the probe honest.
it("signs probes as Shopify signs proxy requests", () => {
  const query = new URLSearchParams([
    ["shop", DEMO_SHOP],
    ["timestamp", "1"],
  ]);
  expect(appProxySignature(query, "s")).toBe(createHmac("sha256", "s").update(`shop=${DEMO_SHOP}timestamp=1`).digest("hex"));
});
