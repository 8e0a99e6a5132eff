// Receiving a Shopify event: it is durable before Shopify hears "200". The
// event goes into the WebhookEvent ledger and its job into the queue in one
// transaction; every redelivery of the same event (Shopify keeps
// X-Shopify-Event-Id across retries and duplicates) finds the ledger row and
// adds nothing, even while the first delivery's job is still running.
// See docs/decisions/010-job-queue.md.
import type { Prisma } from "@prisma/client";
import type { Database } from "../db.server";
import { enqueue } from "../jobs/queue.server";
import { WEBHOOK_TOPICS, type WebhookTopic } from "./shopify-events.server";

export interface IncomingEvent {
  shop: string;
  topic: WebhookTopic;
  eventId: string;
  payload: Prisma.InputJsonValue;
  receivedAt: Date;
}

export type WebhookIntake =
  | { kind: "accepted"; eventRowId: string }
  | { kind: "duplicate" }
  /** A shop that never installed the app (or uninstalled it): nothing is stored. */
  | { kind: "not_installed" };

export async function acceptWebhookEvent(db: Database, event: IncomingEvent): Promise<WebhookIntake> {
  const installation = await db.shop.findUnique({ where: { shop: event.shop }, select: { uninstalledAt: true } });
  if (!installation) return { kind: "not_installed" };
  if (installation.uninstalledAt && !("afterUninstall" in WEBHOOK_TOPICS[event.topic])) return { kind: "not_installed" };
  return db.$transaction(async (tx) => {
    const [row] = await tx.webhookEvent.createManyAndReturn({
      data: [{ shop: event.shop, eventId: event.eventId, topic: event.topic, payload: event.payload, receivedAt: event.receivedAt }],
      skipDuplicates: true,
      select: { id: true },
    });
    if (!row) return { kind: "duplicate" as const };
    await enqueue(tx, "webhook-event", { shop: event.shop, eventRowId: row.id });
    return { kind: "accepted" as const, eventRowId: row.id };
  });
}
