// The tracking page's stored state: the merchant's settings, the daily
// lookup counts, and short-lived snapshots of what Shopify said about an order.
import { Prisma } from "@prisma/client";
import type { DatabaseClient } from "../db.server";
import { storedDocument, toJson } from "./json";
import type { TrackingBranding } from "../domain/tracking/page";

export async function findTrackingSettings(db: DatabaseClient, shop: string) {
  return db.trackingSettings.findUnique({ where: { shop } });
}

/** The page's branding and what a ticket costs the merchant. */
export type TrackingSettingsInput = TrackingBranding & { costPerTicketMinor: bigint; stalledAfterDays: number };

/** The merchant's FAQ links as saved (validated by the settings form). */
export function faqLinksOf(stored: { faqLinks: Prisma.JsonValue }) {
  return storedDocument<TrackingSettingsInput["faqLinks"]>(stored.faqLinks);
}

export async function saveTrackingSettings(db: DatabaseClient, shop: string, input: TrackingSettingsInput) {
  const data = { ...input, faqLinks: toJson(input.faqLinks) };
  await db.trackingSettings.upsert({ where: { shop }, create: { shop, ...data }, update: data });
}

export async function countLookup(db: DatabaseClient, shop: string, day: string, found: boolean) {
  const increment = found ? { lookups: { increment: 1 } } : { misses: { increment: 1 } };
  await db.trackingLookupDaily.upsert({
    where: { shop_day: { shop, day } },
    create: { shop, day, lookups: found ? 1 : 0, misses: found ? 0 : 1 },
    update: increment,
  });
}

export async function lookupsBetween(db: DatabaseClient, shop: string, fromDay: string, toDay: string) {
  return db.trackingLookupDaily.findMany({ where: { shop, day: { gte: fromDay, lte: toDay } }, orderBy: { day: "asc" } });
}

/** An order as kept (TrackingSnapshot); read by the tracking page's one read (tracking-view.server.ts). */
export type StoredSnapshot = Prisma.TrackingSnapshotGetPayload<object>;

/** Keeps what Shopify just said of an order; what was kept for its exchange offers is asked for again. */
export async function saveSnapshot(
  db: DatabaseClient,
  shop: string,
  snapshot: {
    orderId: string;
    orderName: string;
    email: string | null;
    phone: string | null;
    customerId: string | null;
    contactKeys: string[];
    data: Prisma.InputJsonValue;
    fetchedAt: Date;
  },
) {
  const { orderId, ...kept } = snapshot;
  const data = { ...kept, exchangeData: Prisma.DbNull, invalidatedAt: null };
  await db.trackingSnapshot.upsert({ where: { shop_orderId: { shop, orderId } }, create: { shop, orderId, ...data }, update: data });
}

/** Keeps the order's exchange facts (the ExchangeOrder query's answer, without contact) beside its tracking. */
export async function saveSnapshotExchange(db: DatabaseClient, shop: string, orderId: string, exchangeData: Prisma.InputJsonValue) {
  await db.trackingSnapshot.updateMany({ where: { shop, orderId }, data: { exchangeData } });
}

/** Snapshots of every shop older than `olderThan`: dropped by the nightly prune job. */
export async function pruneSnapshotsBefore(db: DatabaseClient, olderThan: Date) {
  await db.trackingSnapshot.deleteMany({ where: { fetchedAt: { lt: olderThan } } });
}

/**
 * A fulfillment or the order changed in Shopify: the next visit asks again.
 * What was kept stays, marked, for a visit when Shopify can't be asked.
 */
export async function dropSnapshots(db: DatabaseClient, shop: string, orderIds: readonly string[], at: Date) {
  if (orderIds.length === 0) return;
  await db.trackingSnapshot.updateMany({ where: { shop, orderId: { in: [...orderIds] }, invalidatedAt: null }, data: { invalidatedAt: at } });
}
