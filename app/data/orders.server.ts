import type { Prisma } from "@prisma/client";
import type { DatabaseClient } from "../db.server";
import type { OrderFacts, RefundFacts } from "../domain/orders";

/**
 * Holds the order until the transaction ends, so two events about one order
 * (an orders/updated and a refunds/create, say, on two workers) are applied
 * one after the other, each on the other's result. PostgreSQL's transaction-
 * scoped advisory lock, keyed by a 64-bit hash of shop and order.
 */
export async function lockOrder(db: Prisma.TransactionClient, shop: string, orderId: string) {
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`${shop}:order:${orderId}`}, 0))`;
}

/**
 * orders/create, orders/paid, orders/updated: keep the order's facts. A
 * version older than the one held (out-of-order delivery) changes nothing.
 */
export async function upsertOrderFacts(db: DatabaseClient, shop: string, order: OrderFacts) {
  const data = {
    name: order.name,
    customerId: order.customerId,
    email: order.email,
    currencyCode: order.currencyCode,
    totalPriceMinor: order.totalPriceMinor,
    financialStatus: order.financialStatus,
    fulfillmentStatus: order.fulfillmentStatus,
    discountCodes: order.discountCodes,
    cartAttributes: order.cartAttributes,
    cancelledAt: order.cancelledAt,
    processedAt: order.processedAt,
    shopifyUpdatedAt: order.shopifyUpdatedAt,
  };
  // Insert if new (a no-op if it exists), then apply only if this version is
  // newer. No unique-violation handling: on PostgreSQL a failed statement
  // aborts the surrounding transaction.
  await db.order.upsert({
    where: { shop_orderId: { shop, orderId: order.orderId } },
    create: { shop, orderId: order.orderId, ...data },
    update: {},
  });
  await db.order.updateMany({
    where: { shop, orderId: order.orderId, shopifyUpdatedAt: { lt: order.shopifyUpdatedAt } },
    data,
  });
  // A refunds/create may have come before its order.
  await retotalRefunds(db, shop, order.orderId);
}

/** Records a refund once, whichever webhook brings it first, and re-totals the order. */
export async function recordRefund(db: DatabaseClient, shop: string, refund: RefundFacts) {
  await db.orderRefund.upsert({
    where: { shop_refundId: { shop, refundId: refund.refundId } },
    create: {
      shop,
      refundId: refund.refundId,
      orderId: refund.orderId,
      amountMinor: refund.amountMinor,
      currencyCode: refund.currencyCode,
      createdAt: refund.createdAt,
    },
    update: {},
  });
  await retotalRefunds(db, shop, refund.orderId);
}

async function retotalRefunds(db: DatabaseClient, shop: string, orderId: string) {
  const { _sum } = await db.orderRefund.aggregate({
    where: { shop, orderId },
    _sum: { amountMinor: true },
  });
  await db.order.updateMany({ where: { shop, orderId }, data: { refundedMinor: _sum.amountMinor ?? 0n } });
}

export async function findOrder(db: DatabaseClient, shop: string, orderId: string) {
  return db.order.findUnique({ where: { shop_orderId: { shop, orderId } } });
}
