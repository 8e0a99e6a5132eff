// Shipments at risk, kept from the fulfillment webhooks (issue 15): a record
// per shipment from fulfillments/* and fulfillment_events/create, the risks
// they raise, the hourly watch for what only the clock changes, and the
// merchant's list, where an agent marks each one handled.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import db from "../app/db.server";
import { enqueue } from "../app/jobs/queue.server";
import { action as trackingAction, loader as trackingLoader } from "../app/routes/app.tracking";
import { DEMO_SHOP } from "../local-shopify/demo-store";
import type { LocalShopify } from "../local-shopify/server";
import {
  addFulfillmentEvent,
  createOrder,
  fulfillOrder,
  shopifyTime,
  type FulfillmentEventStatus,
  type OrderRecord,
} from "../local-shopify/store";
import { fulfillmentEventPayload, fulfillmentPayload } from "../local-shopify/webhooks";
import { markShipmentRiskHandled } from "../app/services/shipment-risks.server";
import { adminRequest, signInStaff } from "./factories/admin-requests";
import { runQueuedJobs } from "./factories/jobs";
import { routeAnswer } from "./factories/routes";
import { installApp, startLocalShopifyForApp, webhookDispatcher } from "./factories/local-shopify";

const DAY = 24 * 60 * 60 * 1000;
const OTHER_SHOP = "other-shop.myshopify.com";

let local: LocalShopify;
beforeAll(async () => {
  local = await startLocalShopifyForApp();
});
afterAll(async () => {
  await local.close();
});
let staffId: number;
beforeEach(async () => {
  await installApp(local);
  staffId = await signInStaff(local, DEMO_SHOP, "youssef@concierge-demo.example");
});

/** A new order shipped `shippedDaysAgo` days ago with UPS, its fulfillments/create and first scan delivered to the app. */
async function shippedOrder(shippedDaysAgo = 1, options: { estimatedDeliveryAt?: Date } = {}) {
  const data = local.store.getShop(DEMO_SHOP);
  const customer = [...data.customers.values()].find((candidate) => candidate.email)!;
  const variant = [...data.variants.values()].find((candidate) => candidate.sku !== null)!;
  const order = createOrder(local.store, data, {
    customerId: customer.id,
    lines: [{ variantId: variant.id, quantity: 1 }],
    createdAt: shopifyTime(Date.now() - (shippedDaysAgo + 1) * DAY),
  });
  const fulfillment = fulfillOrder(local.store, data, order, {
    at: shopifyTime(Date.now() - shippedDaysAgo * DAY),
    tracking: { company: "UPS", number: `1Z${order.id}`, url: `https://www.ups.com/track?tracknum=1Z${order.id}` },
    shipmentStatus: "IN_TRANSIT",
    estimatedDeliveryAt: options.estimatedDeliveryAt ? shopifyTime(options.estimatedDeliveryAt.getTime()) : null,
  });
  const dispatcher = webhookDispatcher();
  await dispatcher.deliver("fulfillments/create", DEMO_SHOP, fulfillmentPayload(data, order, fulfillment));
  for (const event of fulfillment.events)
    await dispatcher.deliver("fulfillment_events/create", DEMO_SHOP, fulfillmentEventPayload(data, order, fulfillment, event));
  return { order, fulfillment };
}

/** The carrier scans the package; Shopify sends fulfillment_events/create, then fulfillments/update. */
async function carrierScan(order: OrderRecord, status: FulfillmentEventStatus, options: { at?: Date; eventId?: string } = {}) {
  const data = local.store.getShop(DEMO_SHOP);
  const fulfillment = order.fulfillments[0]!;
  const event = addFulfillmentEvent(local.store, data, order, fulfillment, {
    status,
    at: shopifyTime((options.at ?? new Date()).getTime()),
  });
  const dispatcher = webhookDispatcher();
  const eventPayload = fulfillmentEventPayload(data, order, fulfillment, event);
  const [delivery] = await dispatcher.deliver("fulfillment_events/create", DEMO_SHOP, eventPayload, { eventId: options.eventId });
  expect(delivery!.status).toBe(200);
  await dispatcher.deliver("fulfillments/update", DEMO_SHOP, fulfillmentPayload(data, order, fulfillment));
  return { event, eventPayload };
}

const risksOf = (order: OrderRecord) =>
  db.shipmentRisk.findMany({ where: { shop: DEMO_SHOP, fulfillmentId: String(order.fulfillments[0]!.id) }, orderBy: { kind: "asc" } });

async function adminList() {
  const data = await trackingLoader({
    request: adminRequest("/app/tracking", { shop: DEMO_SHOP, userId: staffId }),
    params: {},
    context: {},
  });
  return data.atRisk;
}

/** Clicks a shipment's "Mark handled" button as Youssef, reading the admin in `locale`: the answer's status and body. */
async function markHandled(riskId: string, locale = "en") {
  const response = await routeAnswer(
    trackingAction,
    adminRequest(`/app/tracking?locale=${locale}`, {
      shop: DEMO_SHOP,
      userId: staffId,
      method: "POST",
      body: new URLSearchParams({ intent: "handled", riskId }),
    }),
  );
  return { status: response.status, body: (await response.json()) as unknown };
}

describe("a shipment's record", () => {
  it("is kept from the fulfillment webhooks, with its carrier, its scans and its order", async () => {
    const { order, fulfillment } = await shippedOrder(1);
    const shipment = await db.shipment.findUniqueOrThrow({
      where: { shop_fulfillmentId: { shop: DEMO_SHOP, fulfillmentId: String(fulfillment.id) } },
    });
    expect(shipment).toMatchObject({
      orderId: String(order.id),
      orderName: order.name,
      status: "SUCCESS",
      shipmentStatus: "IN_TRANSIT",
      trackingCompany: "UPS",
      trackingNumber: `1Z${order.id}`,
      open: true,
      deliveredAt: null,
    });
    expect(shipment.events).toEqual([expect.objectContaining({ status: "IN_TRANSIT" })]);
    expect(await risksOf(order)).toEqual([]);
  });

  it("is not rolled back by a fulfillment update delivered late", async () => {
    const { order, fulfillment } = await shippedOrder(1);
    const data = local.store.getShop(DEMO_SHOP);
    const stale = fulfillmentPayload(data, order, fulfillment);
    await carrierScan(order, "DELAYED");
    await webhookDispatcher().deliver("fulfillments/update", DEMO_SHOP, { ...stale, updated_at: shopifyTime(Date.now() - 2 * DAY) });
    const shipment = await db.shipment.findFirstOrThrow({ where: { shop: DEMO_SHOP, fulfillmentId: String(fulfillment.id) } });
    expect(shipment.shipmentStatus).toBe("DELAYED");
  });

  it("refuses a carrier update that lacks what it needs with a 400, and stores nothing", async () => {
    const [delivery] = await webhookDispatcher().deliver("fulfillment_events/create", DEMO_SHOP, {
      id: 1,
      fulfillment_id: 2,
      order_id: 3,
      status: "delayed",
    });
    expect(delivery!.status).toBe(400);
    expect(await db.shipment.count()).toBe(0);
  });
});

describe("a delayed shipment", () => {
  it("becomes one at-risk record, however often Shopify delivers the event", async () => {
    const { order } = await shippedOrder(1);
    const { eventPayload } = await carrierScan(order, "DELAYED", { eventId: "delay-event-1" });
    const dispatcher = webhookDispatcher();
    // The same delivery retried (same event id), then the same scan as a new Shopify event.
    expect((await dispatcher.deliver("fulfillment_events/create", DEMO_SHOP, eventPayload, { eventId: "delay-event-1" }))[0]!.status).toBe(
      200,
    );
    await dispatcher.deliver("fulfillment_events/create", DEMO_SHOP, eventPayload);

    const risks = await risksOf(order);
    expect(risks).toHaveLength(1);
    expect(risks[0]).toMatchObject({ kind: "delayed", resolvedAt: null, handledAt: null, episode: 1 });
    const shipment = await db.shipment.findFirstOrThrow({ where: { shop: DEMO_SHOP, orderId: String(order.id) } });
    expect((shipment.events as unknown[]).length).toBe(2);

    const list = await adminList();
    expect(list).toEqual([
      expect.objectContaining({
        riskId: risks[0]!.id,
        kind: "delayed",
        orderName: order.name,
        carrier: "UPS",
        trackingNumber: `1Z${order.id}`,
      }),
    ]);
  });

  it("leaves the list once delivered, and the delay is resolved", async () => {
    const { order } = await shippedOrder(2);
    await carrierScan(order, "DELAYED", { at: new Date(Date.now() - DAY) });
    await carrierScan(order, "DELIVERED");
    const [risk] = await risksOf(order);
    expect(risk!.resolvedAt).not.toBeNull();
    expect(await adminList()).toEqual([]);
    const shipment = await db.shipment.findFirstOrThrow({ where: { shop: DEMO_SHOP, orderId: String(order.id) } });
    expect(shipment).toMatchObject({ open: false });
    expect(shipment.deliveredAt).not.toBeNull();
  });

  it("is marked handled by an agent, once, and only in its own shop", async () => {
    const { order } = await shippedOrder(1);
    await carrierScan(order, "ATTEMPTED_DELIVERY");
    const [risk] = await risksOf(order);
    expect(risk!.kind).toBe("attempted_delivery");

    const foreign = await markShipmentRiskHandled({ db, shop: OTHER_SHOP, now: new Date(), staff: null }, risk!.id);
    expect(foreign).toEqual({ kind: "not_found" });
    expect((await db.shipmentRisk.findUniqueOrThrow({ where: { id: risk!.id } })).handledAt).toBeNull();

    expect(await markHandled(risk!.id)).toEqual({
      status: 200,
      body: { intent: "handled", ok: true, message: "Shipment marked handled" },
    });
    expect(await adminList()).toEqual([]);
    const handled = await db.shipmentRisk.findUniqueOrThrow({ where: { id: risk!.id } });
    expect(handled.handledAt).not.toBeNull();
    expect(handled.handledBy).toBe("Youssef Haddad");
    // Another agent clicking it a moment later is told it is gone, in their language; nothing changes.
    expect(await markHandled(risk!.id, "ar")).toEqual({
      status: 404,
      body: { intent: "handled", ok: false, message: "لم تعد هذه الشحنة في القائمة" },
    });
    expect((await db.shipmentRisk.findUniqueOrThrow({ where: { id: risk!.id } })).handledAt).toEqual(handled.handledAt);
    expect(await markHandled("not a risk id!")).toEqual({
      status: 400,
      body: { intent: "handled", ok: false, message: "This shipment is not in the list" },
    });
  });

  it("comes back to the list as a new episode when the trouble returns after clearing", async () => {
    const { order } = await shippedOrder(3);
    await carrierScan(order, "DELAYED", { at: new Date(Date.now() - 2 * DAY) });
    const [first] = await risksOf(order);
    await markHandled(first!.id);
    await carrierScan(order, "IN_TRANSIT", { at: new Date(Date.now() - DAY) });
    await carrierScan(order, "DELAYED");
    const [again] = await risksOf(order);
    expect(again).toMatchObject({ id: first!.id, episode: 2, handledAt: null, resolvedAt: null });
    expect((await adminList()).map((row) => row.riskId)).toEqual([first!.id]);
  });
});

describe("the hourly watch", () => {
  it("puts a package past its estimated delivery on the list, and one with no scan for the shop's N days", async () => {
    const late = await shippedOrder(2, { estimatedDeliveryAt: new Date(Date.now() + DAY) });
    const stuck = await shippedOrder(3);
    expect(await risksOf(late.order)).toEqual([]);
    expect(await risksOf(stuck.order)).toEqual([]);

    // Three days on: the estimate passed two days ago, and nothing was scanned for six.
    await db.trackingSettings.create({ data: { shop: DEMO_SHOP, stalledAfterDays: 5 } });
    await enqueue(db, "shipment-watch", {});
    await runQueuedJobs({ now: () => new Date(Date.now() + 3 * DAY) });
    expect((await risksOf(late.order)).map((risk) => risk.kind)).toEqual(["past_estimated_delivery"]);
    expect((await risksOf(stuck.order)).map((risk) => risk.kind)).toEqual(["no_movement"]);

    // Run again: nothing new.
    await enqueue(db, "shipment-watch", {});
    await runQueuedJobs({ now: () => new Date(Date.now() + 3 * DAY + 3_600_000) });
    expect(await db.shipmentRisk.count({ where: { shop: DEMO_SHOP } })).toBe(2);
  });

  it("leaves a moving package alone under a longer N, and never watches a delivered one", async () => {
    const moving = await shippedOrder(3);
    const delivered = await shippedOrder(4);
    await carrierScan(delivered.order, "DELIVERED", { at: new Date(Date.now() - 3 * DAY) });
    await db.trackingSettings.create({ data: { shop: DEMO_SHOP, stalledAfterDays: 10 } });
    await enqueue(db, "shipment-watch", {});
    await runQueuedJobs({ now: () => new Date(Date.now() + 3 * DAY) });
    expect(await risksOf(moving.order)).toEqual([]);
    expect(await risksOf(delivered.order)).toEqual([]);
  });
});

describe("Shopify Flow", () => {
  it("starts the merchant's workflows once for a shipment at risk, and once when it is delivered", async () => {
    const { order } = await shippedOrder(1);
    const { eventPayload } = await carrierScan(order, "DELAYED", { eventId: "flow-delay-1" });
    await webhookDispatcher().deliver("fulfillment_events/create", DEMO_SHOP, eventPayload); // again, as a new event
    await carrierScan(order, "DELIVERED");
    await carrierScan(order, "DELIVERED");

    const runs = local.store.getShop(DEMO_SHOP).flowTriggerRuns.filter((run) => run.payload.order_id === order.id);
    expect(runs.map((run) => run.handle)).toEqual(["shipment-at-risk", "shipment-delivered"]);
    expect(runs[0]!.payload).toEqual({
      order_id: order.id,
      Risk: "delayed",
      Carrier: "UPS",
      "Tracking number": `1Z${order.id}`,
      "Tracking page": `https://${DEMO_SHOP}/apps/concierge/track?order=${order.name.slice(1)}`,
    });
    const messages = await db.outreachMessage.findMany({
      where: { shop: DEMO_SHOP, orderId: String(order.id) },
      orderBy: { createdAt: "asc" },
    });
    expect(messages.map((message) => [message.kind, message.status])).toEqual([
      ["flow:shipment-at-risk", "sent"],
      ["flow:shipment-delivered", "sent"],
    ]);
  });
});
