// The tracking page's admin side and its freshness: settings, tickets saved,
// and the cache the fulfillment webhooks refresh (shipments at risk:
// shipments-at-risk.db.test.ts).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import db from "../app/db.server";
import { loader as trackLoader } from "../app/routes/proxy.track";
import { action as settingsAction, loader as trackingAdminLoader } from "../app/routes/app.tracking";
import { redirectShopifyRequests } from "../app/shopify-transport.server";
import { DEMO_NOW, DEMO_SHOP } from "../local-shopify/demo-store";
import type { LocalShopify } from "../local-shopify/server";
import { addFulfillmentEvent } from "../local-shopify/store";
import { fulfillmentPayload } from "../local-shopify/webhooks";
import { installApp, startLocalShopifyForApp, webhookDispatcher } from "./factories/local-shopify";
import { answeredFieldErrors } from "./factories/forms";
import { adminRequest, STAFF_USER_ID } from "./factories/admin-requests";
import { appProxyRequest } from "./factories/app-proxy";
import { onInstall } from "../app/services/install.server";
import { runQueuedJobs } from "./factories/jobs";

let local: LocalShopify;
const adminCalls: string[] = [];
beforeAll(async () => {
  local = await startLocalShopifyForApp();
  // Count the app's Admin API calls by operation name.
  redirectShopifyRequests(local.url, async (input, init) => {
    const body = typeof init?.body === "string" ? (JSON.parse(init.body) as { query?: string }) : {};
    const name = /\b(?:query|mutation)\s+(\w+)/.exec(body.query ?? "")?.[1];
    if (name) adminCalls.push(name);
    return fetch(input, init);
  });
});
afterAll(async () => {
  await local.close();
});

let token: string;
beforeEach(async () => {
  adminCalls.length = 0;
  token = await installApp(local);
  // The staff member's online session, with a token the local Shopify knows.
  await db.session.create({
    data: {
      id: `${DEMO_SHOP}_${STAFF_USER_ID}`,
      shop: DEMO_SHOP,
      state: "",
      isOnline: true,
      scope: (await db.session.findUniqueOrThrow({ where: { id: `offline_${DEMO_SHOP}` } })).scope,
      expires: new Date(Date.now() + 3_600_000),
      accessToken: token,
      userId: BigInt(STAFF_USER_ID),
      email: "chloe@example.com",
      accountOwner: true,
    },
  });
});

async function track(query: Record<string, string>) {
  const response = await trackLoader({ request: appProxyRequest("track", query), params: {}, context: {} });
  return response.text();
}

function demoOrder(name: string) {
  const data = local.store.getShop(DEMO_SHOP);
  return data.orders.get(data.orderIdByName.get(name)!)!;
}

describe("lookups", () => {
  it("does the same Admin API work for a wrong email as for a missing order", async () => {
    await track({}); // the shop's settings are fetched once, on the first visit
    adminCalls.length = 0;
    await track({ order: "1001", contact: "someone-else@example.com" });
    const wrongEmail = [...adminCalls];
    adminCalls.length = 0;
    await track({ order: "999999", contact: demoOrder("#1001").email! });
    expect(adminCalls).toEqual(wrongEmail);
    expect(wrongEmail).toEqual(["OrderLookup"]);
  });

  it("counts lookups per day for the deflection figures, a reload of the same lookup once", async () => {
    const order = demoOrder("#1001");
    const other = [...local.store.getShop(DEMO_SHOP).orders.values()].find((candidate) => candidate.email && candidate.name !== "#1001")!;
    await track({ order: "1001", contact: order.email! });
    await track({ order: "1001", contact: order.email! });
    await track({ order: other.name, contact: other.email! });
    await track({ order: "1001", contact: "nobody@example.com" });
    const [day] = await db.trackingLookupDaily.findMany({ where: { shop: DEMO_SHOP } });
    expect(day).toMatchObject({ lookups: 2, misses: 1 });
  });

  it("reuses what Shopify said for a few minutes, and asks again after a fulfillment webhook", async () => {
    const data = local.store.getShop(DEMO_SHOP);
    const order = [...data.orders.values()].find(
      (candidate) =>
        candidate.fulfillments.length === 1 && candidate.fulfillments[0].events.at(-1)?.status === "IN_TRANSIT" && candidate.email,
    )!;
    const query = { order: order.name, contact: order.email! };
    expect(await track(query)).toMatch(/data-step="in_transit" data-state="current"/);
    const trackingCalls = () => adminCalls.filter((name) => name === "OrderTracking").length;
    expect(trackingCalls()).toBe(1);

    // The carrier scans the package; Shopify records it and sends the webhook.
    const fulfillment = order.fulfillments[0];
    addFulfillmentEvent(local.store, data, order, fulfillment, { status: "OUT_FOR_DELIVERY", at: DEMO_NOW.toISOString() });
    expect(await track(query)).toMatch(/data-step="in_transit" data-state="current"/);
    expect(trackingCalls()).toBe(1); // served from the snapshot

    const [delivery] = await webhookDispatcher().deliver("fulfillments/update", DEMO_SHOP, fulfillmentPayload(data, order, fulfillment));
    expect(delivery.status).toBe(200);
    expect(await track(query)).toMatch(/data-step="out_for_delivery" data-state="current"/);
    expect(trackingCalls()).toBe(2);
  });
});

describe("settings", () => {
  const save = (fields: Record<string, string>) =>
    settingsAction({
      request: adminRequest("/app/tracking", { shop: DEMO_SHOP, method: "POST", body: new URLSearchParams(fields) }),
      params: {},
      context: {},
    });

  it("refuses invalid settings with an error per field and saves nothing", async () => {
    const response = (await save({
      primaryColor: "blue",
      costPerTicket: "-1",
      "faqLinks[0].label": "FAQ",
      "faqLinks[0].url": "http://x",
    })) as Response;
    expect(response.status).toBe(400);
    const fieldErrors = answeredFieldErrors(await response.json());
    expect(Object.keys(fieldErrors).sort()).toEqual(["costPerTicket", "faqLinks[0].url", "primaryColor"]);
    expect(await db.trackingSettings.count()).toBe(0);
  });

  it("saves branding that the tracking page then shows, and the cost of a ticket", async () => {
    await save({
      headline: "Where's my parcel?",
      primaryColor: "#0b5394",
      supportWhatsApp: "+971 50 111 0346",
      "faqLinks[0].label": "Shipping times",
      "faqLinks[0].url": "https://example.com/pages/shipping",
      pinnedCollection: "new-arrivals",
      costPerTicket: "4.50",
    });
    const page = await track({});
    expect(page).toContain("Where&#39;s my parcel?");
    expect(page).toContain("--concierge-primary:#0b5394");
    expect(page).toContain('href="https://wa.me/971501110346"');
    expect(page).toContain('href="https://example.com/pages/shipping"');

    const order = demoOrder("#1001");
    await track({ order: "1001", contact: order.email! });
    const overview = await trackingAdminLoader({ request: adminRequest("/app/tracking", { shop: DEMO_SHOP }), params: {}, context: {} });
    expect(overview).toMatchObject({ lookups: 1, saved: "$4.50", costPerTicket: "$4.50" });
    const found = await track({ order: "1001", contact: order.email! });
    expect(found).toContain("collections['new-arrivals']");
  });
});

describe("the link to print", () => {
  const trackingPage = () => trackingAdminLoader({ request: adminRequest("/app/tracking", { shop: DEMO_SHOP }), params: {}, context: {} });
  const redirects = () => local.store.getShop(DEMO_SHOP).urlRedirects;
  beforeEach(() => {
    redirects().clear();
  });

  it("is /track once the install's setup has made it lead to the tracking page", async () => {
    await onInstall({ db, shop: DEMO_SHOP, scopes: null });
    expect((await trackingPage()).trackLink).toEqual({
      kind: "unchecked",
      checkedAt: null,
      url: `https://${DEMO_SHOP}/track`,
      proxyUrl: `https://${DEMO_SHOP}/apps/concierge/track`,
    });

    await runQueuedJobs();
    expect((await trackingPage()).trackLink).toMatchObject({
      kind: "ours",
      checkedAt: expect.any(String),
      url: `https://${DEMO_SHOP}/track`,
    });
  });

  it("is the app proxy's own address when the shop's /track already led elsewhere, which stays as it was", async () => {
    // Another tracking app's redirect, there before Concierge.
    redirects().set(1, { kind: "UrlRedirect", id: 1, path: "/track", target: "/apps/parcel-panel/track" });
    await onInstall({ db, shop: DEMO_SHOP, scopes: null });
    await runQueuedJobs();

    expect((await trackingPage()).trackLink).toMatchObject({
      kind: "theirs",
      target: "/apps/parcel-panel/track",
      proxyUrl: `https://${DEMO_SHOP}/apps/concierge/track`,
    });
    expect([...redirects().values()]).toEqual([expect.objectContaining({ path: "/track", target: "/apps/parcel-panel/track" })]);
  });
});
