// The tracking page's stored state: the merchant's settings, the daily
// lookup counts, and short-lived snapshots of what Shopify said about an order.
import type { Prisma } from "@prisma/client";
import type { DatabaseClient } from "../db.server";
import { storedDocument, toJson } from "./json";
import type { TrackingBranding } from "../domain/tracking/page";

export async function findTrackingSettings(db: DatabaseClient, shop: string) {
  return db.trackingSettings.findUnique({ where: { shop } });
}

/** The page's branding and what a ticket costs the merchant. */
export type TrackingSettingsInput = TrackingBranding & { costPerTicketMinor: bigint };

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

export async function findSnapshot(db: DatabaseClient, shop: string, orderId: string, freshSince: Date) {
  return db.trackingSnapshot.findFirst({ where: { shop, orderId, fetchedAt: { gte: freshSince } } });
}

export async function saveSnapshot(
  db: DatabaseClient,
  shop: string,
  snapshot: { orderId: string; orderName: string; email: string | null; phone: string | null; customerId: string | null; data: Prisma.InputJsonValue; fetchedAt: Date },
) {
  const { orderId, ...data } = snapshot;
  await db.trackingSnapshot.upsert({ where: { shop_orderId: { shop, orderId } }, create: { shop, orderId, ...data }, update: data });
}

/** Snapshots of every shop older than `olderThan`: dropped by the nightly prune job. */
export async function pruneSnapshotsBefore(db: DatabaseClient, olderThan: Date) {
  await db.trackingSnapshot.deleteMany({ where: { fetchedAt: { lt: olderThan } } });
}

/** A fulfillment or the order changed in Shopify: the next visit asks again. */
export async function dropSnapshot(db: DatabaseClient, shop: string, orderId: string) {
  await db.trackingSnapshot.deleteMany({ where: { shop, orderId } });
}
