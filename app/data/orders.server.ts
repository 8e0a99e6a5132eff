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
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${orderLockKey(shop, orderId)}, 0))`;
}

/**
 * lockOrder for many orders in one statement (the history import's
 * batches), taken in one order so two batches never wait on each other
 * crosswise. A webhook about one of them waits for the batch, and the
 * batch for it.
 */
export async function lockOrders(db: Prisma.TransactionClient, shop: string, orderIds: string[]) {
  if (orderIds.length === 0) return;
  const keys = [...new Set(orderIds)].map((orderId) => orderLockKey(shop, orderId)).sort();
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(key, 0)) FROM unnest(${keys}::text[]) WITH ORDINALITY AS locks(key, position) ORDER BY position`;
}

function orderLockKey(shop: string, orderId: string) {
  return `${shop}:order:${orderId}`;
}

/**
 * orders/create, orders/paid, orders/updated: keep the order's facts. A
 * version older than the one held (out-of-order delivery) changes nothing.
 */
export async function upsertOrderFacts(db: DatabaseClient, shop: string, order: OrderFacts) {
  await upsertOrdersFacts(db, shop, [order]);
}

/**
 * upsertOrderFacts for many orders in one statement (the history import's
 * batches): a webhook's order and an imported one go through the very same
 * SQL. Each order is inserted if new, else updated only if this version is
 * newer than the one held (Shopify's updatedAt), in one INSERT … ON CONFLICT,
 * so a failed statement never aborts the caller's transaction half-way.
 */
export async function upsertOrdersFacts(db: DatabaseClient, shop: string, orders: OrderFacts[]) {
  const newest = newestOf(orders, (order) => order.orderId, (order) => order.shopifyUpdatedAt);
  if (newest.length === 0) return;
  const rows = JSON.stringify(
    newest.map((order) => ({
      ...order,
      totalPriceMinor: order.totalPriceMinor.toString(),
      cancelledAt: order.cancelledAt?.toISOString() ?? null,
      processedAt: order.processedAt.toISOString(),
      shopifyUpdatedAt: order.shopifyUpdatedAt.toISOString(),
    })),
  );
  await db.$executeRaw`
    INSERT INTO "Order" ("shop", "orderId", "name", "customerId", "email", "currencyCode", "totalPriceMinor", "financialStatus",
      "fulfillmentStatus", "discountCodes", "cartAttributes", "cancelledAt", "processedAt", "shopifyUpdatedAt", "updatedAt")
    SELECT ${shop}, r."orderId", r."name", r."customerId", r."email", r."currencyCode", r."totalPriceMinor", r."financialStatus",
      r."fulfillmentStatus", ARRAY(SELECT code FROM jsonb_array_elements_text(r."discountCodes") WITH ORDINALITY AS codes(code, position) ORDER BY position), r."cartAttributes", r."cancelledAt",
      r."processedAt", r."shopifyUpdatedAt", now()
    FROM jsonb_to_recordset(${rows}::jsonb) AS r("orderId" text, "name" text, "customerId" text, "email" text, "currencyCode" text,
      "totalPriceMinor" bigint, "financialStatus" text, "fulfillmentStatus" text, "discountCodes" jsonb, "cartAttributes" jsonb,
      "cancelledAt" timestamptz, "processedAt" timestamptz, "shopifyUpdatedAt" timestamptz)
    ON CONFLICT ("shop", "orderId") DO UPDATE SET
      "name" = EXCLUDED."name", "customerId" = EXCLUDED."customerId", "email" = EXCLUDED."email",
      "currencyCode" = EXCLUDED."currencyCode", "totalPriceMinor" = EXCLUDED."totalPriceMinor",
      "financialStatus" = EXCLUDED."financialStatus", "fulfillmentStatus" = EXCLUDED."fulfillmentStatus",
      "discountCodes" = EXCLUDED."discountCodes", "cartAttributes" = EXCLUDED."cartAttributes",
      "cancelledAt" = EXCLUDED."cancelledAt", "processedAt" = EXCLUDED."processedAt",
      "shopifyUpdatedAt" = EXCLUDED."shopifyUpdatedAt", "updatedAt" = EXCLUDED."updatedAt"
    WHERE "Order"."shopifyUpdatedAt" < EXCLUDED."shopifyUpdatedAt"`;
  // A refunds/create may have come before its order.
  await retotalRefunds(db, shop, newest.map((order) => order.orderId));
}

/** Records a refund once, whichever webhook brings it first, and re-totals the order. */
export async function recordRefund(db: DatabaseClient, shop: string, refund: RefundFacts) {
  await recordRefunds(db, shop, [refund]);
}

/** recordRefund for many refunds in one statement (the history import's batches). */
export async function recordRefunds(db: DatabaseClient, shop: string, refunds: RefundFacts[]) {
  if (refunds.length === 0) return;
  const rows = JSON.stringify(
    refunds.map((refund) => ({ ...refund, amountMinor: refund.amountMinor.toString(), createdAt: refund.createdAt.toISOString() })),
  );
  await db.$executeRaw`
    INSERT INTO "OrderRefund" ("shop", "refundId", "orderId", "amountMinor", "currencyCode", "createdAt")
    SELECT ${shop}, r."refundId", r."orderId", r."amountMinor", r."currencyCode", r."createdAt"
    FROM jsonb_to_recordset(${rows}::jsonb) AS r("refundId" text, "orderId" text, "amountMinor" bigint, "currencyCode" text, "createdAt" timestamptz)
    ON CONFLICT ("shop", "refundId") DO NOTHING`;
  await retotalRefunds(db, shop, [...new Set(refunds.map((refund) => refund.orderId))]);
}

/** Each order's refunded total, summed again from its refunds. */
async function retotalRefunds(db: DatabaseClient, shop: string, orderIds: string[]) {
  await db.$executeRaw`
    UPDATE "Order" AS o SET "refundedMinor" = t."total", "updatedAt" = now()
    FROM (
      SELECT ids."orderId", COALESCE((SELECT SUM(f."amountMinor") FROM "OrderRefund" f WHERE f."shop" = ${shop} AND f."orderId" = ids."orderId"), 0) AS "total"
      FROM unnest(${orderIds}::text[]) AS ids("orderId")
    ) AS t
    WHERE o."shop" = ${shop} AND o."orderId" = t."orderId" AND o."refundedMinor" IS DISTINCT FROM t."total"`;
}

/** One item per key: the one with the latest version (two versions of a row can't be upserted by one statement). */
export function newestOf<T>(items: T[], keyOf: (item: T) => string, versionOf: (item: T) => Date): T[] {
  const newest = new Map<string, T>();
  for (const item of items) {
    const seen = newest.get(keyOf(item));
    if (!seen || versionOf(seen) < versionOf(item)) newest.set(keyOf(item), item);
  }
  return [...newest.values()];
}

export async function findOrder(db: DatabaseClient, shop: string, orderId: string) {
  return db.order.findUnique({ where: { shop_orderId: { shop, orderId } } });
}

/** The order of this name ("#1001") as its webhooks or the history import stored it. */
export async function findOrderByName(db: DatabaseClient, shop: string, name: string) {
  return db.order.findFirst({ where: { shop, name }, orderBy: { processedAt: "desc" } });
}

export async function findOrders(db: DatabaseClient, shop: string, orderIds: string[]) {
  if (orderIds.length === 0) return [];
  return db.order.findMany({ where: { shop, orderId: { in: orderIds } } });
}

/** The ids of the shop's orders that used this code (upper-case), after `afterOrderId`, in id order: a page at a time. */
export async function orderIdsWithCode(db: DatabaseClient, shop: string, code: string, afterOrderId: string | null, take: number) {
  const rows = await db.order.findMany({
    where: { shop, discountCodes: { has: code }, ...(afterOrderId === null ? {} : { orderId: { gt: afterOrderId } }) },
    orderBy: { orderId: "asc" },
    select: { orderId: true },
    take,
  });
  return rows.map((row) => row.orderId);
}
