import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ADMIN_API_VERSION } from "../app/admin-api-version";
import { DEMO_SHOP, seedDemoStore } from "./demo-store";
import { APP_TOML_PATH, startLocalShopify, type LocalShopify } from "./server";
import { gid } from "./store";
import { dataOf, TEST_API_KEY, TEST_API_SECRET, testClock } from "./testing";
import {
  buildWebhookRequest,
  customerPayload,
  readWebhookConfig,
  readWebhookSubscriptions,
  signWebhookBody,
  webhookBody,
} from "./webhooks";

describe("webhook signing", () => {
  it("signs the raw body with base64 HMAC-SHA256 of the app secret", () => {
    const body = JSON.stringify({ id: 1, name: "أحمد" });
    const expected = createHmac("sha256", "s3cret").update(Buffer.from(body, "utf8")).digest("base64");
    expect(signWebhookBody(body, "s3cret")).toBe(expected);
  });

  it("writes customers in their 2025-01 shape (no tags, no consent) and bigint ids as the bare integers Shopify sends", async () => {
    const store = seedDemoStore();
    const data = store.getShop(DEMO_SHOP);
    const customer = [...data.customers.values()].find((candidate) => candidate.tags.length > 0 && candidate.email)!;
    const payload = customerPayload(data, customer);
    expect(payload).toMatchObject({ id: customer.id, email: customer.email });
    for (const removed of ["tags", "email_marketing_consent", "sms_marketing_consent"]) expect(payload).not.toHaveProperty(removed);
    // Shopify's own sample payloads carry ids beyond 2^53, which only a bigint holds exactly.
    expect(webhookBody({ id: 820982911946154508n, customer: { id: 115310627314723954n } })).toBe(
      '{"id":820982911946154508,"customer":{"id":115310627314723954}}',
    );
  });

  it("builds a Request with Shopify's headers", async () => {
    const request = buildWebhookRequest({
      topic: "orders/create",
      shop: DEMO_SHOP,
      payload: { id: 7 },
      secret: TEST_API_SECRET,
      appUrl: "https://app.example/",
      uri: "/webhooks/orders/create",
      eventId: "evt-1",
      webhookId: "wh-1",
      triggeredAt: "2026-11-16T15:00:00.000Z",
    });
    expect(request.url).toBe("https://app.example/webhooks/orders/create");
    expect(request.method).toBe("POST");
    expect(Object.fromEntries(request.headers)).toEqual({
      "content-type": "application/json",
      "x-shopify-topic": "orders/create",
      "x-shopify-hmac-sha256": signWebhookBody('{"id":7}', TEST_API_SECRET),
      "x-shopify-shop-domain": DEMO_SHOP,
      "x-shopify-api-version": ADMIN_API_VERSION,
      "x-shopify-webhook-id": "wh-1",
      "x-shopify-event-id": "evt-1",
      "x-shopify-triggered-at": "2026-11-16T15:00:00.000Z",
    });
    expect(await request.text()).toBe('{"id":7}');
  });
});

describe("shopify.app.toml", () => {
  it("reads the subscriptions and compliance topics", () => {
    const config = readWebhookConfig(readFileSync(APP_TOML_PATH, "utf8"));
    expect(config.apiVersion).toBe(ADMIN_API_VERSION);
    expect(config.subscriptions).toContainEqual({ topics: ["orders/create"], uri: "/webhooks/orders/create", complianceTopics: [] });
    expect(config.subscriptions).toContainEqual({ topics: [], uri: "/webhooks/shop/redact", complianceTopics: ["shop/redact"] });
  });

  it("handles comments, multi-line arrays and absolute URIs", () => {
    const subscriptions = readWebhookSubscriptions(`
      [webhooks]
      api_version = "2026-10" # pinned

      [[webhooks.subscriptions]]
      topics = [
        "orders/create", # new orders
        "orders/updated",
      ]
      uri = "https://hooks.example/shopify#x"
      [[webhooks.subscriptions]]
      compliance_topics = [ "customers/redact", 'customers/data_request' ]
      uri = '/webhooks/compliance'
      [app_proxy]
      url = "https://ignored.example"
    `);
    expect(subscriptions).toEqual([
      { topics: ["orders/create", "orders/updated"], uri: "https://hooks.example/shopify#x", complianceTopics: [] },
      { topics: [], uri: "/webhooks/compliance", complianceTopics: ["customers/redact", "customers/data_request"] },
    ]);
  });
});

interface Received {
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
}

describe("webhook delivery", () => {
  let local: LocalShopify | undefined;
  let app: Server | undefined;
  afterEach(async () => {
    await local?.close();
    await new Promise((resolve) => (app ? app.close(resolve) : resolve(undefined)));
    local = undefined;
    app = undefined;
  });

  /** A fake app that records webhooks; `failFirst` answers 500 to the first try of each event. */
  async function startApp(failFirst = false): Promise<{ url: string; received: Received[] }> {
    const received: Received[] = [];
    const seenEvents = new Set<string>();
    app = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        received.push({ path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
        const eventId = String(req.headers["x-shopify-event-id"]);
        if (failFirst && !seenEvents.has(eventId)) {
          seenEvents.add(eventId);
          res.statusCode = 500;
        }
        res.end();
      });
    });
    await new Promise<void>((resolve) => app!.listen(0, "127.0.0.1", resolve));
    return { url: `http://127.0.0.1:${(app.address() as AddressInfo).port}`, received };
  }

  /** The demo store's local Shopify on a test clock, delivering to a fake app. */
  async function startDemoWithApp() {
    const appServer = await startApp();
    const clock = testClock();
    const store = seedDemoStore();
    const shopify = await startLocalShopify({
      store,
      apiKey: TEST_API_KEY,
      apiSecret: TEST_API_SECRET,
      appUrl: appServer.url,
      now: clock.now,
    });
    local = shopify;
    return { appServer, clock, store, shopify };
  }

  it("delivers signed order webhooks in Shopify's REST shape when the store changes", async () => {
    const { appServer, clock, store, shopify } = await startDemoWithApp();
    const data = store.getShop(DEMO_SHOP);
    const emma = data.customers.get(data.customerIdByEmail.get("emma.johnson@example.com")!)!;
    const spentBefore = emma.amountSpentCents;

    const created = await fetch(`${shopify.url}/_local/orders`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        shop: DEMO_SHOP,
        customerId: gid("Customer", emma.id),
        lines: [
          { sku: "MER-L", quantity: 1 },
          { sku: "BLT-M", quantity: 2 },
        ],
        noteAttributes: [{ name: "_concierge_chat", value: "chat_123" }],
        shipping: "0.00",
      }),
    });
    expect(created.status).toBe(201);
    await shopify.idle();

    const topics = appServer.received.map((r) => r.headers["x-shopify-topic"]);
    expect(topics).toEqual(["orders/create", "orders/paid", "customers/update"]);
    for (const delivery of appServer.received) {
      expect(delivery.headers["x-shopify-hmac-sha256"]).toBe(signWebhookBody(delivery.body, TEST_API_SECRET));
      expect(delivery.headers["x-shopify-shop-domain"]).toBe(DEMO_SHOP);
      expect(delivery.headers["x-shopify-api-version"]).toBe(ADMIN_API_VERSION);
      expect(delivery.headers["x-shopify-webhook-id"]).toMatch(/^[0-9a-f-]{36}$/);
      expect(delivery.headers["x-shopify-event-id"]).toMatch(/^[0-9a-f-]{36}$/);
      expect(delivery.headers["x-shopify-triggered-at"]).toBe(clock.now().toISOString());
      expect(delivery.headers["content-type"]).toBe("application/json");
    }
    const orderCreate = appServer.received[0]!;
    expect(orderCreate.path).toBe("/webhooks/orders/create");
    const order = JSON.parse(orderCreate.body);
    expect(order).toMatchObject({
      admin_graphql_api_id: `gid://shopify/Order/${order.id}`,
      name: "#2001",
      order_number: 2001,
      email: "emma.johnson@example.com",
      currency: "USD",
      financial_status: "paid",
      fulfillment_status: null,
      total_price: "185.00",
      current_total_price: "185.00",
      subtotal_price: "185.00",
      total_discounts: "0.00",
      discount_codes: [],
      note_attributes: [{ name: "_concierge_chat", value: "chat_123" }],
      customer: { id: emma.id, email: "emma.johnson@example.com", admin_graphql_api_id: gid("Customer", emma.id) },
      refunds: [],
    });
    expect(order.line_items.map((l: { sku: string; quantity: number; price: string }) => [l.sku, l.quantity, l.price])).toEqual([
      ["MER-L", 1, "95.00"],
      ["BLT-M", 2, "45.00"],
    ]);
    expect(JSON.parse(appServer.received[2]!.body).total_spent).toBe(((spentBefore + 18_500) / 100).toFixed(2));

    // Refund one belt: refunds/create then orders/updated.
    const belt = order.line_items[1];
    await fetch(`${shopify.url}/_local/orders/${order.id}/refund`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ lines: [{ lineItemId: belt.id, quantity: 1 }], note: "Scratched buckle" }),
    });
    await shopify.idle();
    const refund = appServer.received.find((r) => r.headers["x-shopify-topic"] === "refunds/create")!;
    expect(JSON.parse(refund.body)).toMatchObject({
      order_id: order.id,
      note: "Scratched buckle",
      refund_line_items: [{ line_item_id: belt.id, quantity: 1, subtotal: "45.00" }],
      transactions: [{ kind: "refund", status: "success", amount: "45.00", currency: "USD" }],
    });
    const updated = JSON.parse(appServer.received.at(-1)!.body);
    expect(updated).toMatchObject({ financial_status: "partially_refunded", current_total_price: "140.00", total_price: "185.00" });

    // Fulfil with tracking, then a carrier update.
    const fulfilled = await fetch(`${shopify.url}/_local/orders/${order.id}/fulfill`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        tracking: { company: "UPS", number: "1Z999AA10123456784", url: "https://www.ups.com/track?tracknum=1Z999AA10123456784" },
      }),
    });
    const { fulfillment } = (await fulfilled.json()) as { fulfillment: { id: number } };
    await fetch(`${shopify.url}/_local/fulfillments/${fulfillment.id}/events`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ status: "IN_TRANSIT", estimatedDeliveryAt: "2026-11-19T18:00:00Z" }),
    });
    await shopify.idle();
    const fulfillmentUpdate = appServer.received.find((r) => r.headers["x-shopify-topic"] === "fulfillments/update")!;
    expect(JSON.parse(fulfillmentUpdate.body)).toMatchObject({
      id: fulfillment.id,
      order_id: order.id,
      status: "success",
      shipment_status: "in_transit",
      tracking_company: "UPS",
      tracking_number: "1Z999AA10123456784",
      tracking_numbers: ["1Z999AA10123456784"],
      tracking_url: "https://www.ups.com/track?tracknum=1Z999AA10123456784",
    });

    // The Admin API sees the same state.
    const token = shopify.installApp(DEMO_SHOP);
    const response = await fetch(shopify.graphqlUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Shopify-Access-Token": token },
      body: JSON.stringify({
        query: `query($id: ID!) { order(id: $id) { displayFulfillmentStatus fulfillments { displayStatus estimatedDeliveryAt } totalRefundedSet { shopMoney { amount } } } }`,
        variables: { id: order.admin_graphql_api_id },
      }),
    });
    expect(dataOf({ status: response.status, body: (await response.json()) as Record<string, unknown> })).toEqual({
      order: {
        displayFulfillmentStatus: "FULFILLED",
        fulfillments: [{ displayStatus: "IN_TRANSIT", estimatedDeliveryAt: "2026-11-19T18:00:00Z" }],
        totalRefundedSet: { shopMoney: { amount: "45.0" } },
      },
    });

    // A scan posted in REST's spelling is kept as the schema's enum; a status Shopify has not is refused, nothing kept.
    const scan = (status: string) =>
      fetch(`${shopify.url}/_local/fulfillments/${fulfillment.id}/events`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ status }),
      });
    expect((await scan("out_for_delivery")).status).toBe(201);
    const teleported = await scan("teleported");
    expect(teleported.status).toBe(422);
    expect(((await teleported.json()) as { errors: string }).errors).toContain("out_for_delivery");
    const afterScans = await fetch(shopify.graphqlUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Shopify-Access-Token": token },
      body: JSON.stringify({
        query: `query($id: ID!) { order(id: $id) { fulfillments { displayStatus events(first: 5) { nodes { status } } } } }`,
        variables: { id: order.admin_graphql_api_id },
      }),
    });
    expect(dataOf({ status: afterScans.status, body: (await afterScans.json()) as Record<string, unknown> })).toEqual({
      order: {
        fulfillments: [
          {
            displayStatus: "OUT_FOR_DELIVERY",
            events: { nodes: [{ status: "CONFIRMED" }, { status: "IN_TRANSIT" }, { status: "OUT_FOR_DELIVERY" }] },
          },
        ],
      },
    });
  });

  it("completes a draft order into an order carrying its custom attributes, created then paid when the shopper pays", async () => {
    const { appServer, clock, store, shopify } = await startDemoWithApp();
    const token = shopify.installApp(DEMO_SHOP);
    const data = store.getShop(DEMO_SHOP);
    const emma = data.customers.get(data.customerIdByEmail.get("emma.johnson@example.com")!)!;
    const belt = [...data.variants.values()].find((variant) => variant.sku === "BLT-M")!;
    const created = await fetch(shopify.graphqlUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Shopify-Access-Token": token },
      body: JSON.stringify({
        query: `mutation($input: DraftOrderInput!) { draftOrderCreate(input: $input) { draftOrder { id name } userErrors { message } } }`,
        variables: {
          input: {
            purchasingEntity: { customerId: gid("Customer", emma.id) },
            lineItems: [
              {
                variantId: gid("ProductVariant", belt.id),
                quantity: 1,
                appliedDiscount: { title: "Upsell", valueType: "PERCENTAGE", value: 20 },
              },
            ],
            customAttributes: [{ key: "_concierge_exchange", value: "outcome-1" }],
            tags: ["concierge-exchange"],
          },
        },
      }),
    });
    const draft = dataOf<{ draftOrderCreate: { draftOrder: { id: string; name: string } } }>({
      status: created.status,
      body: (await created.json()) as Record<string, unknown>,
    }).draftOrderCreate.draftOrder;

    // Completed with the payment pending: the order exists, unpaid.
    const completed = await fetch(`${shopify.url}/_local/draft_orders/${encodeURIComponent(draft.name)}/complete`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ paymentPending: true }),
    });
    expect(completed.status).toBe(201);
    const { order } = (await completed.json()) as { order: { id: number } };
    await shopify.idle();
    expect(appServer.received.map((r) => r.headers["x-shopify-topic"])).toEqual(["orders/create", "customers/update"]);
    expect(JSON.parse(appServer.received[0]!.body)).toMatchObject({
      id: order.id,
      financial_status: "pending",
      source_name: "shopify_draft_order",
      total_price: "36.00",
      total_discounts: "9.00",
      tags: "concierge-exchange",
      note_attributes: [{ name: "_concierge_exchange", value: "outcome-1" }],
    });
    expect((await fetch(`${shopify.url}/_local/draft_orders/${encodeURIComponent(draft.name)}/complete`, { method: "POST" })).status).toBe(
      422,
    );

    // The shopper pays: orders/paid, with the same attributes.
    clock.advance(3_600_000);
    const paid = await fetch(`${shopify.url}/_local/orders/${order.id}/pay`, { method: "POST" });
    expect(paid.status).toBe(200);
    await shopify.idle();
    const paidEvent = appServer.received.find((r) => r.headers["x-shopify-topic"] === "orders/paid")!;
    expect(JSON.parse(paidEvent.body)).toMatchObject({
      id: order.id,
      financial_status: "paid",
      updated_at: clock.now().toISOString().replace(".000", ""),
      note_attributes: [{ name: "_concierge_exchange", value: "outcome-1" }],
    });
    expect((await fetch(`${shopify.url}/_local/orders/${order.id}/pay`, { method: "POST" })).status).toBe(422);

    // The Admin API sees the draft order completed into that order.
    const read = await fetch(shopify.graphqlUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Shopify-Access-Token": token },
      body: JSON.stringify({
        query: `query($id: ID!) { draftOrder(id: $id) { status completedAt order { id displayFinancialStatus customAttributes { key value } } } }`,
        variables: { id: draft.id },
      }),
    });
    expect(dataOf({ status: read.status, body: (await read.json()) as Record<string, unknown> })).toEqual({
      draftOrder: {
        status: "COMPLETED",
        completedAt: expect.any(String),
        order: {
          id: gid("Order", order.id),
          displayFinancialStatus: "PAID",
          customAttributes: [{ key: "_concierge_exchange", value: "outcome-1" }],
        },
      },
    });
  });

  it("retries a failed delivery with the same event id and a new webhook id", async () => {
    const appServer = await startApp(true);
    const store = seedDemoStore();
    local = await startLocalShopify({
      store,
      apiKey: TEST_API_KEY,
      apiSecret: TEST_API_SECRET,
      appUrl: appServer.url,
      webhookRetryDelayMs: 5,
    });
    const data = store.getShop(DEMO_SHOP);
    const customer = [...data.customers.values()][3]!;
    await fetch(`${local.url}/_local/customers/${customer.id}/redact`, { method: "POST" });
    await local.idle();
    expect(appServer.received).toHaveLength(2);
    const [first, second] = appServer.received;
    expect(first!.path).toBe("/webhooks/customers/redact");
    expect(first!.headers["x-shopify-event-id"]).toBe(second!.headers["x-shopify-event-id"]);
    expect(first!.headers["x-shopify-webhook-id"]).not.toBe(second!.headers["x-shopify-webhook-id"]);
    expect(JSON.parse(second!.body)).toEqual({
      shop_id: data.shop.id,
      shop_domain: DEMO_SHOP,
      customer: { id: customer.id, email: customer.email, phone: customer.phone },
      orders_to_redact: data.orderIdsByCustomer.get(customer.id) ?? [],
    });
    expect(local.webhooks!.deliveries.map((d) => [d.attempt, d.status])).toEqual([
      [1, 500],
      [2, 200],
    ]);
  });

  it("sends app/uninstalled and revokes the app's tokens", async () => {
    const appServer = await startApp();
    local = await startLocalShopify({ store: seedDemoStore(), apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET, appUrl: appServer.url });
    const token = local.installApp(DEMO_SHOP);
    await fetch(`${local.url}/_local/uninstall`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ shop: DEMO_SHOP }),
    });
    await local.idle();
    expect(appServer.received.map((r) => r.path)).toEqual(["/webhooks/app/uninstalled"]);
    expect(JSON.parse(appServer.received[0]!.body)).toMatchObject({ myshopify_domain: DEMO_SHOP, name: "Concierge Demo", currency: "USD" });
    const response = await fetch(local.graphqlUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Shopify-Access-Token": token },
      body: JSON.stringify({ query: "{ shop { name } }" }),
    });
    expect(response.status).toBe(401);
  });
});
