// The chat trigger's server side: the beacons the storefront prompt sends
// through the app proxy, the funnel page that reads them, and the order a
// chatting shopper places.
import { afterEach, describe, expect, it, vi } from "vitest";
import db from "../app/db.server";
import type { AttributionSource, ChatEvent } from "@prisma/client";
import { action as eventsAction } from "../app/routes/proxy.events";
import { loader as chatPageLoader } from "../app/routes/app.chat._index";
import { recordOrderDays } from "../app/services/order-days.server";
import { action as ordersCreate } from "../app/routes/webhooks.orders.create";
import { action as ordersPaid } from "../app/routes/webhooks.orders.paid";
import { rememberShopSettings } from "../app/data/shops.server";
import { CHAT_CART_ATTRIBUTE } from "../app/domain/agents/attribution";
import { VISITOR_EVENT_LIMIT } from "../app/services/chat-events.server";
import { adminRequest, storeSessions } from "./factories/admin-requests";
import { orderPayload } from "./factories/webhook-payloads";
import { deliver } from "./factories/webhooks";
import { TEST_APP } from "./setup/test-environment";
import { WINDOW_WAIT_TIMEOUT_MS, withinOneWindow } from "./factories/rate-limit-window";
import { appProxyRequest } from "./factories/app-proxy";

const shop = "amira-boutique.myshopify.com";
const otherShop = "north-wind.myshopify.com";

/** A shop with Concierge installed, in Dubai's time zone (UTC+4, no daylight saving). */
async function installedShop(domain = shop, ianaTimezone = "Asia/Dubai") {
  await storeSessions(domain);
  await rememberShopSettings(db, domain, { currencyCode: "AED", ianaTimezone });
}

function beacon(body: string, options: { secret?: string; shop?: string; address?: string; contentType?: string } = {}) {
  return appProxyRequest(
    "events",
    {},
    {
      shop: options.shop ?? shop,
      secret: options.secret,
      forwardedFor: options.address ?? "203.0.113.7",
      // navigator.sendBeacon with a string sends text/plain.
      init: { method: "POST", headers: { "Content-Type": options.contentType ?? "text/plain;charset=UTF-8" }, body },
    },
  );
}

async function send(request: Request) {
  return eventsAction({ request, params: {}, context: {} }).catch((thrown: unknown) => {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  });
}

const counts = async (where: { shop?: string } = {}) =>
  (await db.chatEventDaily.findMany({ where, orderBy: [{ day: "asc" }, { event: "asc" }] })).map(({ shop, day, event, count }) => ({
    shop,
    day,
    event,
    count,
  }));

afterEach(() => {
  vi.useRealTimers();
});

describe("the beacon endpoint (/apps/concierge/events)", () => {
  it("refuses a request Shopify did not sign, and stores nothing", async () => {
    await installedShop();
    const unsigned = new Request(`${TEST_APP.appUrl}/proxy/events?shop=${shop}`, { method: "POST", body: '{"event":"prompt_shown"}' });
    expect((await send(unsigned)).status).toBe(400);
    expect(await counts()).toEqual([]);
  });

  it("refuses a forged signature and a signed request whose shop was changed", async () => {
    await installedShop();
    await installedShop(otherShop);
    expect((await send(beacon('{"event":"prompt_shown"}', { secret: "not-the-app-secret" }))).status).toBe(400);
    const tampered = beacon('{"event":"prompt_shown"}');
    const url = new URL(tampered.url);
    url.searchParams.set("shop", otherShop);
    expect((await send(new Request(url, { method: "POST", body: '{"event":"prompt_shown"}' }))).status).toBe(400);
    expect(await counts()).toEqual([]);
  });

  it("counts each event on the shop's calendar day, one row per day and event", async () => {
    await installedShop();
    vi.useFakeTimers({ toFake: ["Date"] });
    // 21:30 UTC on the 23rd is 01:30 on the 24th in Dubai.
    vi.setSystemTime(new Date("2026-11-23T21:30:00Z"));
    for (const body of ['{"event":"prompt_shown"}', '{"event":"prompt_shown"}', '{"event":"chat_opened"}']) {
      const response = await send(beacon(body));
      expect(response.status).toBe(204);
      expect(await response.text()).toBe("");
    }
    // 19:59 UTC on the 23rd is still the 23rd in Dubai.
    vi.setSystemTime(new Date("2026-11-23T19:59:00Z"));
    expect((await send(beacon('{"event":"dismissed"}', { contentType: "application/json" }))).status).toBe(204);

    expect(await counts()).toEqual([
      { shop, day: "2026-11-23", event: "dismissed", count: 1 },
      // Events sort in the order of the funnel (the enum's order).
      { shop, day: "2026-11-24", event: "prompt_shown", count: 2 },
      { shop, day: "2026-11-24", event: "chat_opened", count: 1 },
    ]);
  });

  it("loses no count when beacons arrive at the same moment", async () => {
    await installedShop();
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, index) => send(beacon('{"event":"prompt_shown"}', { address: `198.51.100.${index}` }))),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(12).fill(204));
    expect((await counts()).map((row) => row.count)).toEqual([12]);
  });

  it("answers unknown events and bodies that are not an event with 400, storing nothing", async () => {
    await installedShop();
    for (const body of ['{"event":"purchase"}', '{"event":"PROMPT_SHOWN"}', "{}", "prompt_shown", ""]) {
      expect((await send(beacon(body))).status).toBe(400);
    }
    expect((await send(beacon(JSON.stringify({ event: "dismissed", padding: "x".repeat(5000) })))).status).toBe(400);
    expect(await counts()).toEqual([]);
  });

  it(
    "stops counting a visitor who replays beacons, without turning other shoppers away",
    async () => {
      await withinOneWindow(VISITOR_EVENT_LIMIT);
      await installedShop();
      for (let index = 0; index < VISITOR_EVENT_LIMIT.limit; index++) {
        expect((await send(beacon('{"event":"chat_opened"}', { address: "192.0.2.66" }))).status).toBe(204);
      }
      const limited = await send(beacon('{"event":"chat_opened"}', { address: "192.0.2.66" }));
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0);
      expect((await send(beacon('{"event":"chat_opened"}', { address: "192.0.2.67" }))).status).toBe(204);
      expect((await counts()).map((row) => row.count)).toEqual([VISITOR_EVENT_LIMIT.limit + 1]);
      // No raw address is kept.
      expect((await db.rateLimitBucket.findMany()).map((bucket) => bucket.bucketKey).join(" ")).not.toContain("192.0.2");
    },
    WINDOW_WAIT_TIMEOUT_MS,
  );

  it("answers 503 for a shop where Concierge is not installed", async () => {
    expect((await send(beacon('{"event":"prompt_shown"}'))).status).toBe(503);
    expect(await counts()).toEqual([]);
  });
});

describe("the funnel page (/app/chat)", () => {
  async function seedFunnel() {
    await installedShop();
    const day = (event: ChatEvent, date: string, count: number, owner = shop) => ({ shop: owner, day: date, event, count });
    await db.chatEventDaily.createMany({
      data: [
        day("prompt_shown", "2026-11-24", 150),
        day("prompt_shown", "2026-11-18", 250), // the first of the last 7 days
        day("prompt_shown", "2026-11-17", 999), // the day before: outside 7 days, inside 30
        day("chat_opened", "2026-11-20", 36),
        day("concierge_contacted", "2026-11-21", 4),
        day("dismissed", "2026-11-22", 120),
        day("prompt_shown", "2026-11-24", 5000, otherShop),
      ],
    });
    const attribution = (
      orderId: string,
      source: AttributionSource,
      processedAt: string,
      extra: { cancelled?: boolean; owner?: string } = {},
    ) => ({
      shop: extra.owner ?? shop,
      orderId,
      source,
      currencyCode: "AED",
      grossMinor: 10000n,
      netMinor: 10000n,
      cancelled: extra.cancelled ?? false,
      processedAt: new Date(processedAt),
    });
    await db.attribution.createMany({
      data: [
        ...Array.from({ length: 7 }, (_, index) => attribution(`70${index}`, "chat", "2026-11-20T10:00:00Z")),
        attribution("710", "chat", "2026-11-17T20:00:00Z"), // 00:00 on the 18th in Dubai: inside 7 days
        attribution("711", "chat", "2026-11-17T19:59:00Z"), // 23:59 on the 17th in Dubai: outside
        attribution("712", "chat", "2026-11-21T10:00:00Z", { cancelled: true }),
        attribution("713", "agent_code", "2026-11-21T10:00:00Z"),
        attribution("714", "tracking_page", "2026-11-21T10:00:00Z"),
        attribution("715", "chat", "2026-11-21T10:00:00Z", { owner: otherShop }),
      ],
    });
    await db.order.createMany({
      data: Array.from({ length: 400 }, (_, index) => ({
        shop,
        orderId: String(9000 + index),
        name: `#${9000 + index}`,
        currencyCode: "AED",
        totalPriceMinor: 10000n,
        processedAt: new Date(index < 350 ? "2026-11-19T12:00:00Z" : "2026-10-01T12:00:00Z"),
        shopifyUpdatedAt: new Date("2026-11-19T12:00:00Z"),
      })),
    });
    // The store's daily sums, as the import and the order events keep them.
    await recordOrderDays(db, shop, [
      { processedAt: new Date("2026-11-19T12:00:00Z"), currencyCode: "AED" },
      { processedAt: new Date("2026-10-01T12:00:00Z"), currencyCode: "AED" },
    ]);
  }

  async function load(query = "") {
    return chatPageLoader({ request: adminRequest(`/app/chat${query}`, { shop }), params: {}, context: {} });
  }

  it("shows prompts shown → chats opened → chat-assisted orders over the shop's last 7 days", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-24T08:00:00Z")); // noon in Dubai
    await seedFunnel();
    const page = await load("?days=7");
    expect(page).toMatchObject({ days: 7, firstDay: "2026-11-18", lastDay: "2026-11-24", timeZone: "Asia/Dubai" });
    expect(page.funnel).toEqual({
      promptsShown: 400,
      chatsOpened: 40,
      conciergeContacts: 4,
      dismissed: 120,
      chatAssistedOrders: 8,
      orders: 350,
      openRateBps: 1000,
      chatConversionBps: 2000,
      shareOfOrdersBps: 229, // 8 / 350 = 2.2857%
      benchmarkBps: 200,
      versusBenchmark: "above",
    });
  });

  it("compares with the store's own conversion rate once the merchant sets it in Profit settings", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-24T08:00:00Z"));
    await seedFunnel();
    expect(await load("?days=7")).toMatchObject({ benchmarkSet: false, funnel: { benchmarkBps: 200 } });
    await db.profitSettings.create({ data: { shop, storeConversionBps: 2500 } });
    expect(await load("?days=7")).toMatchObject({ benchmarkSet: true, funnel: { benchmarkBps: 2500, versusBenchmark: "below" } });
  });

  it("takes the last 30 days unless 7 or 90 are asked for", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-24T08:00:00Z"));
    await seedFunnel();
    const month = await load("?days=365");
    expect(month).toMatchObject({ days: 30, firstDay: "2026-10-26" });
    expect(month.funnel).toMatchObject({ promptsShown: 1399, chatAssistedOrders: 9, orders: 350 });
    const quarter = await load("?days=90");
    expect(quarter.funnel).toMatchObject({ promptsShown: 1399, orders: 400 });
  });

  it("links to the theme editor's App embeds, on the chat trigger", async () => {
    await installedShop();
    const page = await load();
    expect(page.themeEditorUrl).toBe(
      `https://${shop}/admin/themes/current/editor?context=apps&template=product&activateAppId=${TEST_APP.apiKey}%2Fchat-trigger`,
    );
    expect(page.funnel).toMatchObject({ promptsShown: 0, chatConversionBps: null });
  });
});

describe("an order placed after a chat", () => {
  const chatOrder = (id: number) =>
    orderPayload({
      id,
      total_price: "240.00",
      processed_at: new Date().toISOString(),
      note_attributes: [{ name: CHAT_CART_ATTRIBUTE, value: "1" }],
    });

  it("keeps the cart attribute the prompt set, for attribution to read", async () => {
    await installedShop();
    const response = await deliver(ordersCreate, "orders/create", chatOrder(8801), { shop });
    expect(response.status).toBe(200);
    const order = await db.order.findUniqueOrThrow({ where: { shop_orderId: { shop, orderId: "8801" } } });
    expect(order.cartAttributes).toEqual({ _concierge_chat: "1" });
  });

  // Attribution (app/services/attribution.server.ts) credits the order; the
  // funnel counts its rows, so one order must be one row.
  it("is counted as chat-assisted exactly once, even when its webhooks arrive twice", async () => {
    await installedShop();
    const payload = chatOrder(8802);
    expect((await deliver(ordersCreate, "orders/create", payload, { shop, eventId: "evt-8802", webhookId: "wh-1" })).status).toBe(200);
    expect((await deliver(ordersCreate, "orders/create", payload, { shop, eventId: "evt-8802", webhookId: "wh-2" })).status).toBe(200);
    expect((await deliver(ordersPaid, "orders/paid", payload, { shop, eventId: "evt-8802-paid" })).status).toBe(200);
    const rows = await db.attribution.findMany({ where: { shop, orderId: "8802" } });
    expect(rows).toHaveLength(1);
    expect(rows[0].source).toBe("chat");

    const page = await chatPageLoader({ request: adminRequest("/app/chat?days=7", { shop }), params: {}, context: {} });
    expect(page.funnel.chatAssistedOrders).toBe(1);
  });
});
