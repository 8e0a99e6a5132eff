// Installing Concierge: the first visit after Shopify installs the app, through
// the Shopify library's own token exchange and afterAuth hook, against the local
// Shopify; then the setup that install owes, through the queue.
import { beforeEach, describe, expect, it } from "vitest";
import db from "../app/db.server";
import { adminQuery } from "../app/admin-api.server";
import { ShopOverviewQuery } from "../app/graphql/shop-overview";
import { authenticate, unauthenticated } from "../app/shopify.server";
import { onInstall } from "../app/services/install.server";
import { TRACK_PATH, TRACK_PROXY_PATH } from "../app/domain/tracking/track-link";
import { UNINSTALLED_REASON } from "../app/jobs/worker.server";
import { action as appUninstalled } from "../app/routes/webhooks.app.uninstalled";
import { DEMO_SHOP } from "../local-shopify/demo-store";
import { createOrder, shopifyTime } from "../local-shopify/store";
import { adminRequest } from "./factories/admin-requests";
import { queuedJobs, runQueuedJobs } from "./factories/jobs";
import { startedForFile } from "./factories/lifecycle";
import { installApp, startLocalShopifyForApp } from "./factories/local-shopify";
import { deliver } from "./factories/webhooks";
import { TEST_APP } from "./setup/test-environment";
import { vipRule } from "./factories/vip";

const local = startedForFile(() => startLocalShopifyForApp());

const trackRedirects = () => [...local().store.getShop(DEMO_SHOP).urlRedirects.values()].filter((redirect) => redirect.path === TRACK_PATH);
const staffMember = () => [...local().store.getShop(DEMO_SHOP).staff.values()][0]!;

describe("installing Concierge", () => {
  // Each test installs on a shop without the link (the local Shopify lives for the whole file).
  beforeEach(() => {
    local().store.getShop(DEMO_SHOP).urlRedirects.clear();
  });

  it("answers the first visit while Shopify's Admin API hangs, and sets the shop up once it answers", async () => {
    const release = local().hangAdminApi();
    let context: Awaited<ReturnType<typeof authenticate.admin>>;
    try {
      // No session yet: the library exchanges the session token, stores the sessions and runs afterAuth.
      context = await authenticate.admin(adminRequest("/app", { shop: DEMO_SHOP, userId: staffMember().id }));
    } finally {
      release();
    }
    expect(context.session).toMatchObject({ shop: DEMO_SHOP, isOnline: true });
    expect(await db.shop.findUniqueOrThrow({ where: { shop: DEMO_SHOP } })).toMatchObject({ uninstalledAt: null, currencyCode: null });
    expect(await queuedJobs("shop-setup")).toEqual([expect.objectContaining({ data: { shop: DEMO_SHOP, reinstalled: false } })]);
    // The first page already shows the history import under way.
    expect(await db.storeImport.findFirstOrThrow({ where: { shop: DEMO_SHOP } })).toMatchObject({ trigger: "install", status: "running" });

    await runQueuedJobs();
    const { currencyCode, ianaTimezone } = local().store.getShop(DEMO_SHOP).shop;
    expect(await db.shop.findUniqueOrThrow({ where: { shop: DEMO_SHOP } })).toMatchObject({ currencyCode, ianaTimezone });
    expect(trackRedirects()).toEqual([expect.objectContaining({ target: TRACK_PROXY_PATH })]);
    expect(await db.storeImport.findFirstOrThrow({ where: { shop: DEMO_SHOP } })).toMatchObject({
      trigger: "install",
      status: "completed",
    });
  });

  it("keeps the /track link Shopify made when its answer was lost, instead of failing the setup on it", async () => {
    await installApp(local());
    await onInstall({ db, shop: DEMO_SHOP, scopes: null });
    const answerLost = local().loseAdminAnswers("UrlRedirectCreate", { calls: 1 });
    try {
      await runQueuedJobs({
        adminFor: async (shop) => ({ ...(await unauthenticated.admin(shop)).admin, retryPolicy: { timeoutMs: 1_000 } }),
      });
    } finally {
      answerLost();
    }

    expect(trackRedirects()).toHaveLength(1);
    expect(await queuedJobs("shop-setup")).toEqual([]);
    expect(await db.storeImport.findFirstOrThrow({ where: { shop: DEMO_SHOP } })).toMatchObject({
      trigger: "install",
      status: "completed",
    });
  });

  it("sets up nothing for a shop that uninstalled before its setup ran", async () => {
    await installApp(local());
    await onInstall({ db, shop: DEMO_SHOP, scopes: null });
    await db.shop.update({ where: { shop: DEMO_SHOP }, data: { uninstalledAt: new Date() } });
    await runQueuedJobs();

    expect(trackRedirects()).toEqual([]);
    expect(await db.storeImport.findFirstOrThrow({ where: { shop: DEMO_SHOP } })).toMatchObject({
      status: "failed",
      error: UNINSTALLED_REASON,
    });
    expect(await db.order.count({ where: { shop: DEMO_SHOP } })).toBe(0);
  });

  it("reads the store's history and every customer's VIP tier again on a reinstall, for what happened while Concierge was away", async () => {
    await installApp(local());
    await onInstall({ db, shop: DEMO_SHOP, scopes: null });
    await runQueuedJobs();
    expect(await db.storeImport.count({ where: { shop: DEMO_SHOP, status: "completed" } })).toBe(1);
    // A tier its customer is a cent short of.
    const data = local().store.getShop(DEMO_SHOP);
    const customer = [...data.customers.values()].find((candidate) => candidate.email && candidate.amountSpentCents > 0)!;
    await vipRule({
      tierName: "Gold",
      conditions: [{ kind: "amount_spent_at_least", value: ((customer.amountSpentCents + 1) / 100).toFixed(2) }],
      tagsToAdd: ["Gold"],
    });

    await deliver(appUninstalled, "app/uninstalled", { id: 1, myshopify_domain: DEMO_SHOP }, { shop: DEMO_SHOP });
    expect(await db.shop.findUniqueOrThrow({ where: { shop: DEMO_SHOP } })).toMatchObject({ uninstalledAt: expect.any(Date) });
    // An order while the app is uninstalled, taking the customer past the line: Shopify delivers no webhook for it.
    const variant = [...data.variants.values()].find((candidate) => candidate.priceCents > 0)!;
    const missed = createOrder(local().store, data, {
      customerId: customer.id,
      lines: [{ variantId: variant.id, quantity: 1 }],
      createdAt: shopifyTime(Date.now()),
    });

    // The merchant installs it again and opens it: a new session, through the library's token exchange.
    await authenticate.admin(adminRequest("/app", { shop: DEMO_SHOP, userId: staffMember().id }));
    await runQueuedJobs();

    const imports = await db.storeImport.findMany({ where: { shop: DEMO_SHOP }, orderBy: { startedAt: "asc" } });
    expect(imports.map(({ trigger, status }) => ({ trigger, status }))).toEqual([
      { trigger: "install", status: "completed" },
      { trigger: "reinstall", status: "completed" },
    ]);
    expect(await db.order.findUnique({ where: { shop_orderId: { shop: DEMO_SHOP, orderId: String(missed.id) } } })).toMatchObject({
      name: missed.name,
    });
    expect(await db.vipBackfill.findFirstOrThrow({ where: { shop: DEMO_SHOP } })).toMatchObject({
      trigger: "reinstall",
      status: "completed",
    });
    expect(await db.customerTier.findFirst({ where: { shop: DEMO_SHOP, customerId: String(customer.id) } })).toMatchObject({
      tierName: "Gold",
    });
    expect(data.customers.get(customer.id)!.tags).toContain("Gold");
    // A new session of a shop that stayed installed reads nothing again.
    await db.session.deleteMany({ where: { shop: DEMO_SHOP, isOnline: true } });
    await authenticate.admin(adminRequest("/app", { shop: DEMO_SHOP, userId: staffMember().id }));
    await runQueuedJobs();
    expect(await db.storeImport.count({ where: { shop: DEMO_SHOP } })).toBe(2);
  });
});

describe("the shop's expiring offline token", () => {
  /** The offline session as token exchange stores it with expiring tokens, its hour over: the next call refreshes it. */
  async function expiredOfflineSession() {
    const app = local().emulator.app;
    const record = local().emulator.tokens.issue({
      shop: DEMO_SHOP,
      apiKey: app.apiKey,
      scope: app.scopes,
      expiresInSeconds: 3_600,
      withRefreshToken: true,
    });
    const data = {
      shop: DEMO_SHOP,
      state: "",
      isOnline: false,
      scope: app.scopes,
      accessToken: record.token,
      expires: new Date(Date.now() - 60_000),
      refreshToken: record.refreshToken,
      refreshTokenExpires: new Date(record.refreshTokenExpiresAt!),
    };
    await db.session.upsert({ where: { id: `offline_${DEMO_SHOP}` }, create: { id: `offline_${DEMO_SHOP}`, ...data }, update: data });
    await db.shop.upsert({ where: { shop: DEMO_SHOP }, create: { shop: DEMO_SHOP }, update: { uninstalledAt: null } });
    return record;
  }
  const shopName = async () => {
    const { admin } = await unauthenticated.admin(DEMO_SHOP);
    return (await adminQuery(admin, ShopOverviewQuery, {})).shop.name;
  };

  it("is refreshed by whoever needs it first, and two refreshing at once both get through", async () => {
    await expiredOfflineSession();
    // A job, another job and a shopper on the tracking page, all at the hour.
    const names = await Promise.allSettled([shopName(), shopName(), shopName()]);

    expect(names).toEqual(Array(3).fill({ status: "fulfilled", value: local().store.getShop(DEMO_SHOP).shop.name }));
    const session = await db.session.findUniqueOrThrow({ where: { id: `offline_${DEMO_SHOP}` } });
    expect(session.expires!.getTime()).toBeGreaterThan(Date.now() + 55 * 60_000);
  });

  it("is refreshed again with the same refresh token when the first refresh's answer was lost", async () => {
    const expired = await expiredOfflineSession();
    // Shopify refreshed it, but the answer never reached the app: the stored pair is still the old one.
    const lost = local().emulator.handleAccessTokenRequest(DEMO_SHOP, {
      client_id: TEST_APP.apiKey,
      client_secret: TEST_APP.apiSecret,
      grant_type: "refresh_token",
      refresh_token: expired.refreshToken!,
    });
    expect(lost.status).toBe(200);

    expect(await shopName()).toBe(local().store.getShop(DEMO_SHOP).shop.name);
  });
});
