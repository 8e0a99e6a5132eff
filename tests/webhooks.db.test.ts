// Every webhook Concierge subscribes to: verified by HMAC, processed once.
import { beforeEach, describe, expect, it } from "vitest";
import db from "../app/db.server";
import { action as ordersCreate } from "../app/routes/webhooks.orders.create";
import { action as ordersPaid } from "../app/routes/webhooks.orders.paid";
import { action as ordersUpdated } from "../app/routes/webhooks.orders.updated";
import { action as refundsCreate } from "../app/routes/webhooks.refunds.create";
import { action as customersUpdate } from "../app/routes/webhooks.customers.update";
import { action as fulfillmentsCreate } from "../app/routes/webhooks.fulfillments.create";
import { action as appUninstalled } from "../app/routes/webhooks.app.uninstalled";
import { action as appScopesUpdate } from "../app/routes/webhooks.app.scopes_update";
import { customerPayload, orderPayload, refundPayload } from "./factories/webhook-payloads";
import { deliver, installShop } from "./factories/webhooks";
import { runQueuedJobs } from "./factories/jobs";

const shop = "amira-boutique.myshopify.com";

// The app is installed on the shops these webhooks come from (Shop rows), as Shopify only sends them then.
beforeEach(async () => {
  await installShop(shop);
});

async function storedOrder(orderId: number | string, inShop = shop) {
  return db.order.findUnique({ where: { shop_orderId: { shop: inShop, orderId: String(orderId) } } });
}

describe("webhook authenticity", () => {
  it("refuses a webhook signed with the wrong secret, and changes nothing", async () => {
    const response = await deliver(ordersCreate, "orders/create", orderPayload({ id: 501 }), { secret: "not-the-app-secret" });
    expect(response.status).toBe(401);
    expect(await storedOrder(501)).toBeNull();
    expect(await db.webhookEvent.count()).toBe(0);
  });

  it("refuses a webhook whose body was changed after signing", async () => {
    const { buildWebhookRequest } = await import("../local-shopify/webhooks");
    const signed = buildWebhookRequest({
      topic: "orders/create",
      shop,
      payload: orderPayload({ id: 502, total_price: "10.00" }),
      secret: "concierge-test-api-secret",
      appUrl: "https://concierge.test",
      uri: "/webhooks/orders/create",
    });
    const tampered = new Request(signed.url, {
      method: "POST",
      headers: signed.headers,
      body: JSON.stringify(orderPayload({ id: 502, total_price: "0.01" })),
    });
    const response = await ordersCreate({ request: tampered, params: {}, context: {} }).catch((thrown: unknown) => thrown as Response);
    expect(response.status).toBe(401);
    expect(await storedOrder(502)).toBeNull();
  });

  it("answers a payload it cannot read with 400 and keeps no claim, so a corrected retry is processed", async () => {
    const response = await deliver(ordersCreate, "orders/create", { id: 503, name: "#503" }, { eventId: "evt-503" });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/currency/);
    expect(await db.webhookEvent.count()).toBe(0);
    const retry = await deliver(ordersCreate, "orders/create", orderPayload({ id: 503 }), { eventId: "evt-503" });
    expect(retry.status).toBe(200);
    expect(await storedOrder(503)).not.toBeNull();
  });
});

describe("idempotency", () => {
  it("processes an event delivered twice (new webhook id, same event id) once", async () => {
    const payload = orderPayload({ id: 601, total_price: "80.00" });
    const first = await deliver(ordersPaid, "orders/paid", payload, { eventId: "evt-601", webhookId: "wh-1" });
    // Between the deliveries something else changes the order; a replay must not undo it.
    await db.order.update({ where: { shop_orderId: { shop, orderId: "601" } }, data: { financialStatus: "refunded" } });
    const second = await deliver(ordersPaid, "orders/paid", payload, { eventId: "evt-601", webhookId: "wh-2" });
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.headers.get("X-Concierge-Webhook")).toBe("duplicate");
    expect((await storedOrder(601))?.financialStatus).toBe("refunded");
    expect(await db.webhookEvent.count({ where: { shop, eventId: "evt-601" } })).toBe(1);
  });

  it("processes concurrent duplicate deliveries once", async () => {
    const payload = refundPayload(602, "20.00", { id: 9602 });
    await deliver(ordersCreate, "orders/create", orderPayload({ id: 602, total_price: "100.00" }));
    const responses = await Promise.all(
      ["a", "b", "c"].map((suffix) => deliver(refundsCreate, "refunds/create", payload, { eventId: "evt-602", webhookId: `wh-${suffix}` })),
    );
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
    expect((await storedOrder(602))?.refundedMinor).toBe(2000n);
  });

  it("refuses an amount its currency cannot hold with 400, storing nothing, so a corrected retry is processed", async () => {
    const payload = orderPayload({ id: 603 });
    // A refund of 1.001 USD would fail deep in processing; it is refused on arrival instead.
    const refused = await deliver(
      ordersCreate,
      "orders/create",
      { ...payload, refunds: [refundPayload(603, "1.001")] },
      { eventId: "evt-603" },
    );
    expect(refused.status).toBe(400);
    expect(await refused.text()).toMatch(/refunds\.0\.transactions\.0\.amount: 1\.001 USD has more decimals than USD allows/);
    expect(await db.webhookEvent.count({ where: { eventId: "evt-603" } })).toBe(0);
    const retry = await deliver(
      ordersCreate,
      "orders/create",
      { ...payload, refunds: [refundPayload(603, "1.00")] },
      { eventId: "evt-603" },
    );
    expect(retry.status).toBe(200);
    expect((await storedOrder(603))?.refundedMinor).toBe(100n);
  });
});

describe("orders, refunds and customers", () => {
  it("keeps an order's facts in exact minor units with its currency, codes and cart attributes", async () => {
    const response = await deliver(
      ordersCreate,
      "orders/create",
      orderPayload({
        id: 701,
        total_price: "44377.10",
        currency: "EUR",
        discount_codes: [{ code: "chloe10", amount: "10.00", type: "percentage" }],
        note_attributes: [{ name: "_concierge_chat", value: "1" }],
      }),
    );
    expect(response.status).toBe(200);
    const order = await storedOrder(701);
    expect(order).toMatchObject({ totalPriceMinor: 4437710n, currencyCode: "EUR", discountCodes: ["CHLOE10"], customerId: "7001" });
    expect(order!.cartAttributes).toEqual({ _concierge_chat: "1" });
  });

  it("keeps an order whose note holds a NUL or half a character, and the other shop's order written in the same batch", async () => {
    // PostgreSQL's text and jsonb refuse U+0000 and a lone surrogate: one such event used to fail its whole batch, every retry.
    const other = "nour-atelier.myshopify.com";
    await installShop(other);
    const [odd, ordinary] = await Promise.all([
      deliver(
        ordersCreate,
        "orders/create",
        orderPayload({ id: 711, note: "gift\u0000 wrap", note_attributes: [{ name: "to\u0000", value: "\udc00Amira" }] }),
        { process: false },
      ),
      deliver(ordersCreate, "orders/create", orderPayload({ id: 712 }), { shop: other, process: false }),
    ]);
    expect([odd.status, ordinary.status]).toEqual([200, 200]);
    await runQueuedJobs();
    expect((await storedOrder(711))!.cartAttributes).toEqual({ to: "\ufffdAmira" });
    expect(await storedOrder(712, other)).not.toBeNull();
  });

  it("fails only the delivery whose body PostgreSQL refuses, not the other shop's event written in the same batch", async () => {
    // A number past what jsonb holds: Shopify sends none, but one shop's odd body must not cost another shop its event.
    const other = "nour-atelier.myshopify.com";
    await installShop(other);
    const beyondNumeric = { toJSON: () => (JSON as unknown as { rawJSON(text: string): unknown }).rawJSON("1e400000") };
    const [odd, ordinary] = await Promise.allSettled([
      deliver(ordersCreate, "orders/create", orderPayload({ id: 713, total_weight: beyondNumeric }), { process: false }),
      deliver(ordersCreate, "orders/create", orderPayload({ id: 714 }), { shop: other, process: false }),
    ]);
    // Thrown, the route answers 500 and Shopify retries it.
    expect(odd).toMatchObject({ status: "rejected", reason: expect.objectContaining({ message: "value overflows numeric format" }) });
    expect(ordinary).toMatchObject({ status: "fulfilled", value: expect.objectContaining({ status: 200 }) });
    await runQueuedJobs();
    expect(await storedOrder(714, other)).not.toBeNull();
    expect(await storedOrder(713)).toBeNull();
  });

  it("never lets an older orders/updated overwrite a newer one", async () => {
    await deliver(
      ordersUpdated,
      "orders/updated",
      orderPayload({ id: 702, financial_status: "refunded", updated_at: "2026-11-03T12:00:00Z" }),
    );
    await deliver(ordersUpdated, "orders/updated", orderPayload({ id: 702, financial_status: "paid", updated_at: "2026-11-03T11:00:00Z" }));
    expect((await storedOrder(702))?.financialStatus).toBe("refunded");
  });

  it("counts a refund once whether refunds/create or orders/updated brings it first", async () => {
    const refund = refundPayload(703, "30.00", { id: 9703 });
    await deliver(refundsCreate, "refunds/create", refund);
    await deliver(
      ordersUpdated,
      "orders/updated",
      orderPayload({ id: 703, total_price: "100.00", refunds: [refund], updated_at: "2026-11-05T10:00:00Z" }),
    );
    await deliver(refundsCreate, "refunds/create", refundPayload(703, "5.50", { id: 9704 }));
    expect((await storedOrder(703))?.refundedMinor).toBe(3550n);
  });

  it("keeps the newest customer identity from customers/update", async () => {
    await deliver(
      customersUpdate,
      "customers/update",
      customerPayload({ id: 801, email: "new@example.com", updated_at: "2026-11-04T00:00:00Z" }),
    );
    await deliver(
      customersUpdate,
      "customers/update",
      customerPayload({ id: 801, email: "old@example.com", updated_at: "2026-11-01T00:00:00Z" }),
    );
    const customer = await db.customer.findUnique({ where: { shop_customerId: { shop, customerId: "801" } } });
    expect(customer?.email).toBe("new@example.com");
  });

  it("keeps ids beyond 2^53 exactly, as in Shopify's own sample payloads", async () => {
    // Written into the JSON as bare integers, as Shopify writes them (bigint → digits).
    const orderId = 820982911946154508n;
    const customerId = 115310627314723954n;
    const order = await deliver(ordersCreate, "orders/create", {
      ...orderPayload({ name: "#9999" }),
      id: orderId,
      customer: { id: customerId },
    });
    expect(order.status).toBe(200);
    expect(await storedOrder("820982911946154508")).toMatchObject({ name: "#9999", customerId: "115310627314723954" });
    const refund = await deliver(refundsCreate, "refunds/create", {
      ...refundPayload(0, "5.00"),
      id: 929361463n * 1_000_000_000n + 7n,
      order_id: orderId,
    });
    expect(refund.status).toBe(200);
    expect((await storedOrder("820982911946154508"))?.refundedMinor).toBe(500n);
    const customer = await deliver(customersUpdate, "customers/update", {
      ...customerPayload({ email: "big@example.com" }),
      id: customerId,
    });
    expect(customer.status).toBe(200);
    expect(await db.customer.findUnique({ where: { shop_customerId: { shop, customerId: "115310627314723954" } } })).toMatchObject({
      email: "big@example.com",
    });
  });

  it("accepts fulfillment webhooks once they are valid", async () => {
    const response = await deliver(fulfillmentsCreate, "fulfillments/create", {
      id: 901,
      order_id: 701,
      status: "success",
      shipment_status: "in_transit",
      updated_at: "2026-11-04T00:00:00Z",
    });
    expect(response.status).toBe(200);
  });
});

describe("app lifecycle", () => {
  it("app/uninstalled removes the shop's sessions and only that shop's", async () => {
    for (const [id, owner] of [
      ["offline_a", shop],
      ["offline_b", "other.myshopify.com"],
    ]) {
      await db.session.create({ data: { id, shop: owner, state: "", accessToken: "token", isOnline: false } });
    }
    const response = await deliver(appUninstalled, "app/uninstalled", { id: 1, myshopify_domain: shop });
    expect(response.status).toBe(200);
    expect(await db.session.findMany({ select: { shop: true } })).toEqual([{ shop: "other.myshopify.com" }]);
  });

  it("app/scopes_update records the granted scopes on the shop's sessions", async () => {
    await db.session.create({ data: { id: "offline_s", shop, state: "", accessToken: "token", scope: "read_orders" } });
    await deliver(appScopesUpdate, "app/scopes_update", { previous: ["read_orders"], current: ["read_orders", "write_customers"] });
    expect((await db.session.findUnique({ where: { id: "offline_s" } }))?.scope).toBe("read_orders,write_customers");
  });
});
