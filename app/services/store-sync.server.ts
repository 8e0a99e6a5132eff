// Keeps Concierge's copy of orders, refunds and customers in step with the
// orders/*, refunds/create and customers/update webhooks.
import type { Database } from "../db.server";
import { orderFactsFromPayload, refundFactsFromPayload } from "../domain/orders";
import {
  customerPayloadSchema,
  orderPayloadSchema,
  parseWebhookPayload,
  refundPayloadSchema,
} from "../domain/webhook-payloads";
import { findOrder, recordRefund, upsertOrderFacts } from "../data/orders.server";
import { upsertCustomerIdentity } from "../data/customers.server";

export async function syncOrder(db: Database, shop: string, payload: unknown) {
  const order = parseWebhookPayload(orderPayloadSchema, payload);
  const facts = orderFactsFromPayload(order);
  const refunds = order.refunds.map((refund) => refundFactsFromPayload(refund, facts.orderId, facts.currencyCode));
  // The order and its refunds land together or not at all.
  await db.$transaction(async (tx) => {
    await upsertOrderFacts(tx, shop, facts);
    for (const refund of refunds) await recordRefund(tx, shop, refund);
  });
  return facts;
}

export async function syncRefund(db: Database, shop: string, payload: unknown) {
  const refund = parseWebhookPayload(refundPayloadSchema, payload);
  const order = await findOrder(db, shop, refund.order_id);
  const shopCurrencyFallback = order?.currencyCode ?? refund.transactions[0]?.currency ?? "USD";
  const facts = refundFactsFromPayload(refund, refund.order_id, shopCurrencyFallback);
  await recordRefund(db, shop, facts);
  return facts;
}

export async function syncCustomer(db: Database, shop: string, payload: unknown) {
  const customer = parseWebhookPayload(customerPayloadSchema, payload);
  await upsertCustomerIdentity(db, shop, customer);
  return customer;
}
