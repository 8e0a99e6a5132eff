// Applies Shopify's order and refund events for one shop, any number at once,
// inside the caller's transaction: a webhook event alone, or the events a
// worker fetched together (app/jobs/webhook-event.server.ts). Whatever their
// number, the work is a handful of statements: the orders locked, read as
// they were, their facts written, read as they are now, and the figures
// derived from them (daily sums, credits, monthly sums) moved by the
// difference (order-sums.server.ts). The facts carry Shopify's updated_at and
// refunds are keyed by their id, so the order of the events in a batch, and a
// duplicate among them, change nothing.
import type { Order, Prisma } from "@prisma/client";
import { fromPrisma } from "pg-boss";
import { findOrders, lockOrders, recordRefunds, upsertOrdersFacts } from "../data/orders.server";
import { markDraftOrderPaid } from "../data/exchanges.server";
import { exchangePaymentOf } from "../domain/exchange/payments";
import { orderFactsFromPayload, refundFactsFromPayload, type OrderFacts, type RefundFacts } from "../domain/orders";
import type { OrderPayload, RefundPayload } from "../domain/webhook-payloads";
import { jobQueue } from "../jobs/queue.server";
import { recordOrderChanges } from "./order-sums.server";
import { dropSnapshots } from "../data/tracking.server";

export type OrderEvent =
  | { topic: "ORDERS_CREATE" | "ORDERS_PAID" | "ORDERS_UPDATED"; payload: OrderPayload }
  | { topic: "REFUNDS_CREATE"; payload: RefundPayload };

export function isOrderEvent(event: { topic: string; payload: unknown }): event is OrderEvent {
  return ["ORDERS_CREATE", "ORDERS_PAID", "ORDERS_UPDATED", "REFUNDS_CREATE"].includes(event.topic);
}

/** "ORDERS_PAID" → "orders/paid", as the tier history names triggers. */
const triggerOf = (topic: string) => topic.toLowerCase().replace("_", "/");

export async function applyOrderEvents(db: Prisma.TransactionClient, shop: string, events: OrderEvent[]) {
  if (events.length === 0) return;
  const orders: { facts: OrderFacts; topic: OrderEvent["topic"] }[] = [];
  const refundEvents: RefundPayload[] = [];
  for (const event of events) {
    if (event.topic === "REFUNDS_CREATE") refundEvents.push(event.payload);
    else orders.push({ facts: orderFactsFromPayload(event.payload), topic: event.topic });
  }
  const orderIds = [...new Set([...orders.map((order) => order.facts.orderId), ...refundEvents.map((refund) => refund.order_id)])];
  await lockOrders(db, shop, orderIds);
  const before = new Map<string, Order>((await findOrders(db, shop, orderIds)).map((order) => [order.orderId, order]));

  await upsertOrdersFacts(
    db,
    shop,
    orders.map((order) => order.facts),
  );
  const currencyOf = (orderId: string, fallback?: string | null) =>
    orders.find((order) => order.facts.orderId === orderId)?.facts.currencyCode ?? before.get(orderId)?.currencyCode ?? fallback ?? "USD";
  const refunds: RefundFacts[] = [
    ...events.flatMap((event) =>
      event.topic === "REFUNDS_CREATE"
        ? []
        : event.payload.refunds.map((refund) => refundFactsFromPayload(refund, event.payload.id, currencyOf(event.payload.id))),
    ),
    ...refundEvents.map((refund) =>
      refundFactsFromPayload(refund, refund.order_id, currencyOf(refund.order_id, refund.transactions[0]?.currency)),
    ),
  ];
  await recordRefunds(db, shop, refunds);

  const after = new Map<string, Order>((await findOrders(db, shop, orderIds)).map((order) => [order.orderId, order]));
  await recordOrderChanges(
    db,
    shop,
    orderIds.map((orderId) => ({ before: before.get(orderId) ?? null, after: after.get(orderId) ?? null })),
  );

  // A new order has no tracking snapshot to drop; one Concierge held may.
  const known = orderIds.filter((orderId) => before.has(orderId));
  await dropSnapshots(db, shop, known, new Date());

  // An exchange's draft order made into this order, and paid: what it carries counts from now on (decision 011).
  for (const { facts, topic } of orders) {
    const payment = exchangePaymentOf(facts, { paid: topic === "ORDERS_PAID" });
    if (payment) await markDraftOrderPaid(db, shop, { ...payment, currencyCode: facts.currencyCode });
  }

  // The VIP tier follows the customer's facts: one waiting job per customer covers every event.
  const tiers = new Map<string, { customerId: string } | { orderId: string }>();
  const trigger = new Map<string, string>();
  for (const { facts, topic } of orders) {
    if (topic !== "ORDERS_PAID" || !facts.customerId) continue;
    tiers.set(`customer:${facts.customerId}`, { customerId: facts.customerId });
    trigger.set(`customer:${facts.customerId}`, triggerOf(topic));
  }
  for (const refund of refundEvents) {
    const customerId = after.get(refund.order_id)?.customerId ?? before.get(refund.order_id)?.customerId;
    const key = customerId ? `customer:${customerId}` : `order:${refund.order_id}`;
    tiers.set(key, customerId ? { customerId } : { orderId: refund.order_id });
    trigger.set(key, "refunds/create");
  }
  if (tiers.size) {
    const boss = await jobQueue();
    await boss.insert(
      "vip-sync",
      [...tiers].map(([key, target]) => ({ data: { shop, trigger: trigger.get(key)!, ...target }, singletonKey: `${shop}:${key}` })),
      { db: fromPrisma(db) },
    );
  }
}
