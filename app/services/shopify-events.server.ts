// What Concierge does when Shopify tells it about an order, a refund or a
// customer. Each webhook route calls one of these; each feature adds its step
// here, after the facts are stored, so every feature sees the same facts and
// one failure makes Shopify retry the whole event (see webhooks.server.ts).
import db from "../db.server";
import { recordAttribution } from "./attribution.server";
import { syncCustomer, syncOrder, syncRefund } from "./store-sync.server";
import type { WebhookContext } from "./webhooks.server";

export async function onOrderEvent({ shop, payload }: WebhookContext) {
  const order = await syncOrder(db, shop, payload);
  await recordAttribution(db, shop, order.orderId);
}

export async function onRefundEvent({ shop, payload }: WebhookContext) {
  const refund = await syncRefund(db, shop, payload);
  await recordAttribution(db, shop, refund.orderId);
}

export async function onCustomerEvent({ shop, payload }: WebhookContext) {
  await syncCustomer(db, shop, payload);
}
