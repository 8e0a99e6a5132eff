// What Concierge does when Shopify tells it about an order, a refund or a
// customer. Each webhook route calls one of these; each feature adds its step
// here, after the facts are stored, so every feature sees the same facts and
// one failure makes Shopify retry the whole event (see webhooks.server.ts).
import db from "../db.server";
import { dropSnapshot } from "../data/tracking.server";
import { fulfillmentPayloadSchema, parseWebhookPayload } from "../domain/webhook-payloads";
import { recordAttribution } from "./attribution.server";
import { recordOrderDay } from "./profit.server";
import { syncCustomer, syncOrder, syncRefund } from "./store-sync.server";
import { syncVipTierForWebhook } from "./vip-sync.server";
import type { WebhookContext } from "./webhooks.server";

export async function onOrderEvent({ shop, payload, topic, admin }: WebhookContext) {
  const order = await syncOrder(db, shop, payload);
  if (topic === "ORDERS_PAID" && order.customerId) await syncVipTierForWebhook({ shop, topic, admin }, db, { customerId: order.customerId });
  await recordAttribution(db, shop, order.orderId);
  await recordOrderDay(db, shop, order.orderId);
  await dropSnapshot(db, shop, order.orderId);
}

export async function onRefundEvent({ shop, payload, topic, admin }: WebhookContext) {
  const refund = await syncRefund(db, shop, payload);
  await syncVipTierForWebhook({ shop, topic, admin }, db, { orderId: refund.orderId });
  await recordAttribution(db, shop, refund.orderId);
  await recordOrderDay(db, shop, refund.orderId);
}

/** fulfillments/create and fulfillments/update: the tracking page asks Shopify afresh. */
export async function onFulfillmentEvent({ shop, payload }: WebhookContext) {
  const fulfillment = parseWebhookPayload(fulfillmentPayloadSchema, payload);
  await dropSnapshot(db, shop, fulfillment.order_id);
}

export async function onCustomerEvent({ shop, payload, topic, admin }: WebhookContext) {
  const customer = await syncCustomer(db, shop, payload);
  await syncVipTierForWebhook({ shop, topic, admin }, db, { customerId: customer.id });
}
