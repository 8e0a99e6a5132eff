// Shopify's mandatory compliance webhooks, each doing what it promises, and a
// bad signature on any of them refused with 401.
import { beforeEach, describe, expect, it } from "vitest";
import db from "../app/db.server";
import { Prisma } from "@prisma/client";
import { action as customersDataRequest } from "../app/routes/webhooks.customers.data_request";
import { action as customersRedact } from "../app/routes/webhooks.customers.redact";
import { action as shopRedact } from "../app/routes/webhooks.shop.redact";
import { action as ordersCreate } from "../app/routes/webhooks.orders.create";
import { action as refundsCreate } from "../app/routes/webhooks.refunds.create";
import { action as customersUpdate } from "../app/routes/webhooks.customers.update";
import { loader as dataRequestsLoader } from "../app/routes/app.data-requests._index";
import { loader as dataRequestLoader } from "../app/routes/app.data-requests.$id";
import { rememberShopSettings } from "../app/data/shops.server";
import { routeAnswer } from "./factories/routes";
import { loader as downloadLoader } from "../app/routes/app.data-requests.$id.download";
import { customerPayload, orderPayload, refundPayload } from "./factories/webhook-payloads";
import { deliver, installShop } from "./factories/webhooks";
import { adminRequest, storeSessions } from "./factories/admin-requests";

const shop = "amira-boutique.myshopify.com";
const otherShop = "north-wind.myshopify.com";

// The app is installed on the shops these webhooks come from (Shop rows), as Shopify only sends them then.
beforeEach(async () => {
  await installShop(shop);
  await installShop(otherShop);
});

/** Amira (customer 7001) with two orders and a refund, in both shops. */
async function seedCustomerData() {
  for (const owner of [shop, otherShop]) {
    await deliver(customersUpdate, "customers/update", customerPayload({ id: 7001, email: "amira@example.com" }), { shop: owner });
    await deliver(ordersCreate, "orders/create", orderPayload({ id: 1001, total_price: "120.00" }), { shop: owner });
    await deliver(ordersCreate, "orders/create", orderPayload({ id: 1002, total_price: "35.50" }), { shop: owner });
    await deliver(refundsCreate, "refunds/create", refundPayload(1001, "20.00", { id: 5001 }), { shop: owner });
  }
  // Someone else's order, which must be neither reported nor touched.
  await deliver(ordersCreate, "orders/create", orderPayload({ id: 1003, email: "omar@example.com", customer: { id: 7002 } }), { shop });
}

const dataRequest = (shopDomain: string) => ({
  shop_id: 1,
  shop_domain: shopDomain,
  orders_requested: [1001, 1002],
  customer: { id: 7001, email: "amira@example.com", phone: "+971500000001" },
  data_request: { id: 9999 },
});

describe("customers/data_request", () => {
  it("records a report of everything held for the customer, which the merchant reads in the app", async () => {
    await seedCustomerData();
    const response = await deliver(customersDataRequest, "customers/data_request", dataRequest(shop));
    expect(response.status).toBe(200);

    await storeSessions(shop);
    await rememberShopSettings(db, shop, { currencyCode: "USD", ianaTimezone: "Asia/Dubai" });
    const list = await dataRequestsLoader({ request: adminRequest("/app/data-requests", { shop }), params: {}, context: {} });
    const { requests } = list;
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ customerId: "7001", customerEmail: "amira@example.com" });

    const detail = await dataRequestLoader({
      request: adminRequest(`/app/data-requests/${requests[0].id}`, { shop }),
      params: { id: requests[0].id },
      context: {},
    });
    // Readable: a table per source, times on the shop's clock (Dubai), not raw JSON in UTC.
    const received = await db.customerDataRequest.findFirstOrThrow({ where: { shop } });
    expect(detail).toMatchObject({ timeZone: "Asia/Dubai", createdAt: received.createdAt.toISOString() });
    expect(list.timeZone).toBe("Asia/Dubai");
    const orders = detail.tables.find((table) => table.name === "orders")!;
    expect(orders.rows.map((row) => row[orders.columns.indexOf("name")])).toEqual(["#1001", "#1002"]);

    // The report to send, as JSON or CSV.
    const download = (format: string) =>
      downloadLoader({
        request: adminRequest(`/app/data-requests/${requests[0].id}/download?format=${format}`, { shop }),
        params: { id: requests[0].id },
        context: {},
      });
    const json = await download("json");
    expect(json.headers.get("Content-Disposition")).toMatch(/^attachment; filename="concierge-data-request-7001-\d{4}-\d{2}-\d{2}\.json"$/);
    const csv = await download("csv");
    expect(csv.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(await csv.text()).toContain("orders,1,name,#1001");
    expect((await download("xml")).status).toBe(400);
    await storeSessions(otherShop);
    const foreign = await routeAnswer(
      downloadLoader,
      adminRequest(`/app/data-requests/${requests[0].id}/download?format=json`, { shop: otherShop }),
      { id: requests[0].id },
    );
    expect(foreign.status).toBe(404);

    const report = (await json.json()) as { "customer profile": unknown[]; orders: { name: string }[] };
    expect(report["customer profile"]).toEqual([expect.objectContaining({ customerId: "7001", email: "amira@example.com" })]);
    expect(report.orders.map((order: { name: string }) => order.name)).toEqual(["#1001", "#1002"]);
    expect(report.orders[0]).toMatchObject({ totalPriceMinor: "12000", refundedMinor: "2000", currencyCode: "USD" });
  });

  it("refuses a request with a bad signature", async () => {
    const response = await deliver(customersDataRequest, "customers/data_request", dataRequest(shop), { secret: "forged" });
    expect(response.status).toBe(401);
    expect(await db.customerDataRequest.count()).toBe(0);
  });
});

describe("customers/redact", () => {
  it("deletes the customer's profile and anonymises their orders in that shop only", async () => {
    await seedCustomerData();
    for (const owner of [shop, otherShop]) {
      const touch = {
        shop: owner,
        helpdesk: "gorgias",
        channel: "chat",
        agentEmail: "chloe@amira.test",
        touchedAt: new Date("2026-11-01T10:00:00Z"),
      };
      await db.supportTouch.create({ data: { ...touch, conversationId: "by-email", customerEmail: "amira@example.com" } });
      await db.supportTouch.create({ data: { ...touch, conversationId: "by-phone", customerPhone: "+971500000001" } });
    }
    await deliver(customersDataRequest, "customers/data_request", dataRequest(shop));
    const response = await deliver(customersRedact, "customers/redact", {
      shop_id: 1,
      shop_domain: shop,
      customer: { id: 7001, email: "amira@example.com", phone: "+971500000001" },
      orders_to_redact: [1001, 1002],
    });
    expect(response.status).toBe(200);

    expect(await db.customer.count({ where: { shop, customerId: "7001" } })).toBe(0);
    const orders = await db.order.findMany({ where: { shop, orderId: { in: ["1001", "1002"] } }, orderBy: { orderId: "asc" } });
    expect(orders).toHaveLength(2);
    for (const order of orders) expect(order).toMatchObject({ customerId: null, email: null });
    // The amounts stay: revenue figures do not need to know who paid.
    expect(orders.map((order) => order.totalPriceMinor)).toEqual([12000n, 3550n]);
    expect(await db.customerDataRequest.count({ where: { shop } })).toBe(0);
    // Another customer's order and the other shop's copy of Amira are untouched.
    expect((await db.order.findUnique({ where: { shop_orderId: { shop, orderId: "1003" } } }))?.email).toBe("omar@example.com");
    expect(await db.customer.count({ where: { shop: otherShop, customerId: "7001" } })).toBe(1);
    expect((await db.order.findUnique({ where: { shop_orderId: { shop: otherShop, orderId: "1001" } } }))?.email).toBe("amira@example.com");
    // Her helpdesk conversations go too, in that shop only.
    expect(await db.supportTouch.count({ where: { shop } })).toBe(0);
    expect(await db.supportTouch.count({ where: { shop: otherShop } })).toBe(2);
  });

  it("refuses a request with a bad signature and keeps the data", async () => {
    await seedCustomerData();
    const response = await deliver(
      customersRedact,
      "customers/redact",
      { shop_domain: shop, customer: { id: 7001 }, orders_to_redact: [] },
      { secret: "forged" },
    );
    expect(response.status).toBe(401);
    expect(await db.customer.count({ where: { shop, customerId: "7001" } })).toBe(1);
  });
});

describe("shop/redact", () => {
  it("deletes every row the app holds for the shop, in every model, and nothing of other shops", async () => {
    await seedCustomerData();
    await deliver(customersDataRequest, "customers/data_request", dataRequest(shop));
    await storeSessions(shop);
    await storeSessions(otherShop);

    const response = await deliver(shopRedact, "shop/redact", { shop_id: 1, shop_domain: shop });
    expect(response.status).toBe(200);

    // Every model, so a model added later without its deletion fails here.
    for (const model of Object.values(Prisma.ModelName)) {
      const delegate = (db as unknown as Record<string, { count(args: unknown): Promise<number> }>)[
        model.charAt(0).toLowerCase() + model.slice(1)
      ];
      expect(await delegate.count({ where: { shop } }), `${model} rows left for the redacted shop`).toBe(0);
    }
    expect(await db.order.count({ where: { shop: otherShop } })).toBe(2);
    expect(await db.session.count({ where: { shop: otherShop } })).toBe(2);
  });

  it("refuses a payload naming another shop than the one that signed it", async () => {
    await seedCustomerData();
    const response = await deliver(shopRedact, "shop/redact", { shop_id: 1, shop_domain: otherShop }, { shop });
    expect(response.status).toBe(400);
    expect(await db.order.count({ where: { shop: otherShop } })).toBe(2);
  });

  it("refuses a request with a bad signature", async () => {
    await seedCustomerData();
    const response = await deliver(shopRedact, "shop/redact", { shop_domain: shop }, { secret: "forged" });
    expect(response.status).toBe(401);
    expect(await db.order.count({ where: { shop } })).toBe(3);
  });
});

describe("tenancy", () => {
  it("never shows one shop's data request report to another shop", async () => {
    await seedCustomerData();
    await deliver(customersDataRequest, "customers/data_request", dataRequest(shop));
    const report = await db.customerDataRequest.findFirstOrThrow({ where: { shop } });
    await storeSessions(otherShop);
    await rememberShopSettings(db, otherShop, { currencyCode: "USD", ianaTimezone: "Europe/Paris" });
    const list = await dataRequestsLoader({ request: adminRequest("/app/data-requests", { shop: otherShop }), params: {}, context: {} });
    expect(list.requests).toEqual([]);
    const detail = await dataRequestLoader({
      request: adminRequest(`/app/data-requests/${report.id}`, { shop: otherShop }),
      params: { id: report.id },
      context: {},
    }).catch((thrown: unknown) => thrown);
    expect((detail as Response).status).toBe(404);
  });

  it("keeps the same order id in two shops apart", async () => {
    await deliver(ordersCreate, "orders/create", orderPayload({ id: 1001, total_price: "10.00" }), { shop });
    await deliver(ordersCreate, "orders/create", orderPayload({ id: 1001, total_price: "99.00" }), { shop: otherShop });
    await deliver(refundsCreate, "refunds/create", refundPayload(1001, "10.00"), { shop });
    const [mine, theirs] = await Promise.all(
      [shop, otherShop].map((owner) => db.order.findUnique({ where: { shop_orderId: { shop: owner, orderId: "1001" } } })),
    );
    expect(mine).toMatchObject({ totalPriceMinor: 1000n, refundedMinor: 1000n });
    expect(theirs).toMatchObject({ totalPriceMinor: 9900n, refundedMinor: 0n });
  });
});
