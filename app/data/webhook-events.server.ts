// The webhook idempotency ledger. A delivery is claimed by inserting
// (shop, eventId); the unique index makes a second delivery of the same event,
// even one racing the first on another server, fail to claim it.
import { Prisma } from "@prisma/client";
import type { Database } from "../db.server";

export type WebhookClaim = { claimed: true; id: string } | { claimed: false };

export async function claimWebhookEvent(
  db: Database,
  event: { shop: string; eventId: string; topic: string },
): Promise<WebhookClaim> {
  try {
    const row = await db.webhookEvent.create({ data: event, select: { id: true } });
    return { claimed: true, id: row.id };
  } catch (error) {
    if (isUniqueViolation(error)) return { claimed: false };
    throw error;
  }
}

export async function markWebhookEventProcessed(db: Database, shop: string, id: string, at: Date) {
  // updateMany: shop/redact deletes the shop's ledger, this claim included.
  await db.webhookEvent.updateMany({ where: { shop, id }, data: { processedAt: at } });
}

/** Processing failed: give the claim back so Shopify's retry can do the work. */
export async function releaseWebhookEvent(db: Database, shop: string, id: string) {
  await db.webhookEvent.deleteMany({ where: { shop, id } });
}

/**
 * Shopify retries a failed delivery for 48 hours; a claim older than a week
 * can never be needed again.
 */
export async function pruneWebhookEvents(db: Database, shop: string, olderThan: Date) {
  const { count } = await db.webhookEvent.deleteMany({ where: { shop, receivedAt: { lt: olderThan } } });
  return count;
}

export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2002";
  // The PostgreSQL client is a second generated client with its own error
  // classes; recognise its unique violations by code as well.
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
