// Instant refunds: the merchant's settings and the ledger, filtered by shop.
import type { Prisma } from "@prisma/client";
import { createdUnlessTaken, type DatabaseClient } from "../db.server";
import { readPage, type Page, type PageRequest } from "../domain/paging";

export interface InstantRefundSettingsRecord {
  paused: boolean;
  excludedSkus: string[];
}

export async function findInstantRefundSettings(db: DatabaseClient, shop: string): Promise<InstantRefundSettingsRecord> {
  const row = await db.instantRefundSettings.findUnique({ where: { shop } });
  return { paused: row?.paused ?? false, excludedSkus: row?.excludedSkus ?? [] };
}

export async function saveInstantRefundSettings(db: DatabaseClient, shop: string, settings: InstantRefundSettingsRecord) {
  await db.instantRefundSettings.upsert({ where: { shop }, create: { shop, ...settings }, update: settings });
}

export type InstantRefundRow = Awaited<ReturnType<DatabaseClient["instantRefund"]["findFirstOrThrow"]>>;

export function findInstantRefund(db: DatabaseClient, shop: string, returnId: string): Promise<InstantRefundRow | null> {
  return db.instantRefund.findUnique({ where: { shop_returnId: { shop, returnId } } });
}

/** The shop's ledger, latest decision first. */
export function listInstantRefunds(db: DatabaseClient, shop: string, page: PageRequest): Promise<Page<InstantRefundRow>> {
  return readPage(
    page,
    () => db.instantRefund.count({ where: { shop } }),
    (window) => db.instantRefund.findMany({ where: { shop }, orderBy: [{ decidedAt: "desc" }, { id: "desc" }], ...window }),
  );
}

/** A customer's instant refunds made or under way since `since`, in one currency. */
export async function instantRefundedSince(db: DatabaseClient, shop: string, customerId: string, currencyCode: string, since: Date) {
  const sum = await db.instantRefund.aggregate({
    where: { shop, customerId, currencyCode, status: { in: ["refunding", "refunded"] }, decidedAt: { gte: since } },
    _sum: { amountMinor: true },
  });
  return sum._sum.amountMinor ?? 0n;
}

/** Serialises the instant refunds of one customer (their monthly limit) for the rest of the transaction. */
export async function lockCustomerRefunds(tx: Prisma.TransactionClient, shop: string, customerId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`instant-refund:${shop}:${customerId}`}))`;
}

export type InstantRefundFields = Omit<Prisma.InstantRefundUncheckedCreateInput, "id" | "shop" | "returnId" | "createdAt">;

/** Records a decision about a return; never over a refund made or under way. Returns false when one is. */
export async function recordInstantRefundDecision(db: DatabaseClient, shop: string, returnId: string, fields: InstantRefundFields) {
  const updated = await db.instantRefund.updateMany({
    where: { shop, returnId, status: { notIn: ["refunding", "refunded"] } },
    data: fields,
  });
  if (updated.count > 0) return true;
  return createdUnlessTaken(db.instantRefund.create({ data: { shop, returnId, ...fields } }));
}

/** The outcome of a refund under way: refunded, or refused by Shopify. */
export async function settleInstantRefund(
  db: DatabaseClient,
  shop: string,
  returnId: string,
  fields: Pick<InstantRefundFields, "status" | "refundId" | "shopifyError" | "amountMinor" | "decidedAt" | "reason">,
) {
  await db.instantRefund.updateMany({ where: { shop, returnId, status: "refunding" }, data: fields });
}
