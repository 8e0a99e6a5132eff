// The app against the local Shopify: the same code paths production runs,
// only pointed at the emulator.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import db from "../app/db.server";
import { AdminApiError, adminOperationOf, adminQuery } from "../app/admin-api.server";
import { loader as trackLoader } from "../app/routes/proxy.track";
import { DEMO_SHOP } from "../local-shopify/demo-store";
import { demoEmulator } from "../local-shopify/testing";
import { orderPayload } from "../local-shopify/webhooks";
import { signedAppProxyUrl } from "../local-shopify/app-proxy";
import { installApp, startLocalShopifyForApp, webhookDispatcher } from "./factories/local-shopify";
import { TEST_APP } from "./setup/test-environment";
import type { LocalShopify } from "../local-shopify/server";

let local: LocalShopify;
beforeAll(async () => {
  local = await startLocalShopifyForApp();
});
afterAll(async () => {
  await local.close();
});

describe("webhooks from the local Shopify", () => {
  const someOrder = () => {
    const data = local.store.getShop(DEMO_SHOP);
    const order = data.orders.get(data.orderIds[0])!;
    return { order, payload: orderPayload(data, order) };
  };

  it("pass the app's HMAC check and are processed", async () => {
    await installApp(local);
    const { order, payload } = someOrder();
    const [delivery] = await webhookDispatcher().deliver("orders/create", DEMO_SHOP, payload);
    expect(delivery.status).toBe(200);
    const stored = await db.order.findUnique({ where: { shop_orderId: { shop: DEMO_SHOP, orderId: String(order.id) } } });
    expect(stored?.name).toBe(order.name);
  });

  it("are refused when signed with another secret", async () => {
    const { order, payload } = someOrder();
    const [delivery] = await webhookDispatcher("not-the-app-secret").deliver("orders/create", DEMO_SHOP, payload);
    expect(delivery.status).toBe(401);
    expect(await db.order.count({ where: { shop: DEMO_SHOP, orderId: String(order.id) } })).toBe(0);
  });
});

describe("the Admin API client against Shopify's throttling", () => {
  it("gets THROTTLED from an exhausted bucket, waits and succeeds", async () => {
    const emulator = demoEmulator({ emulator: { throttle: { maximumAvailable: 250, restoreRate: 10 } } });
    const client = emulator.adminClient();
    const { answers } = client;
    // 25 customers with their last order: about 100 points a call, so the third call finds the bucket empty.
    const Customers = adminOperationOf<{ customers: { nodes: { id: string }[] } }>(
      "query Customers { customers(first: 25) { nodes { id orders(first: 1) { nodes { id } } } } }",
    );
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
      emulator.clock.advance(ms); // the bucket refills on the emulator's clock
    };
    for (let call = 0; call < 3; call++) {
      const { customers } = await adminQuery(client, Customers, {}, { sleep });
      expect(customers.nodes).toHaveLength(25);
    }
    expect(answers).toContain("THROTTLED");
    expect(answers.at(-1)).toBe("ok");
    expect(waits.length).toBeGreaterThan(0);
  });

  it("gives up with a typed error when the bucket never refills", async () => {
    const emulator = demoEmulator({ emulator: { throttle: { maximumAvailable: 60, restoreRate: 1 } } });
    const client = emulator.adminClient();
    const Heavy = adminOperationOf<unknown>("query Heavy { customers(first: 50) { nodes { id orders(first: 5) { nodes { id } } } } }");
    await expect(adminQuery(client, Heavy, {}, { sleep: async () => {}, maxAttempts: 2 })).rejects.toBeInstanceOf(AdminApiError);
  });
});

describe("app proxy signatures", () => {
  const proxyRequest = (overrides: { secret?: string; timestamp?: number } = {}) =>
    new Request(
      signedAppProxyUrl(
        TEST_APP.appUrl,
        "track",
        new URLSearchParams(),
        { shop: DEMO_SHOP, timestamp: overrides.timestamp ?? Math.floor(Date.now() / 1000) },
        overrides.secret ?? TEST_APP.apiSecret,
      ),
    );
  const load = (request: Request) => trackLoader({ request, params: {}, context: {} }).catch((thrown: unknown) => thrown as Response);

  it("answers a request Shopify signed", async () => {
    await installApp(local);
    const response = await load(proxyRequest());
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/liquid");
  });

  it("refuses a forged signature", async () => {
    await installApp(local);
    expect((await load(proxyRequest({ secret: "forged" }))).status).toBe(400);
    const tampered = new URL(proxyRequest().url);
    tampered.searchParams.set("logged_in_customer_id", "1000095");
    expect((await load(new Request(tampered))).status).toBe(400);
  });

  it("refuses a stale signature (a replayed link)", async () => {
    await installApp(local);
    const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;
    expect((await load(proxyRequest({ timestamp: tenMinutesAgo }))).status).toBe(400);
  });
});
