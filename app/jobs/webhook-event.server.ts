// Processes one Shopify event from the WebhookEvent ledger, exactly once.
// The event's work and the ledger's "processed" are one transaction: a worker
// that dies half-way leaves nothing behind, and its retry (or a zombie
// attempt racing it) finds the row claimed or processed. The claim is the
// UPDATE of the ledger row, which PostgreSQL holds locked until commit.
import { Prisma } from "@prisma/client";
import { ZodError } from "zod";
import { describeEvent, handleTopic, isWebhookTopic } from "../services/shopify-events.server";
import { PermanentJobError, type JobDefinition } from "./job";

/** Longest an event's transaction may take before PostgreSQL's side gives up. */
const EVENT_TRANSACTION_TIMEOUT_MS = 60_000;

export const webhookEventJob: JobDefinition<"webhook-event"> = {
  batchSize: 20,
  async run({ shop, eventRowId }, { db, now }) {
    await db.$transaction(
      async (tx) => {
        const claimed = await tx.webhookEvent.updateMany({
          where: { shop, id: eventRowId, status: { not: "processed" } },
          data: { attempts: { increment: 1 } },
        });
        // Processed already (a retry after a crash that followed the commit), or
        // gone with the shop's data (shop/redact).
        if (claimed.count === 0) return;
        const event = await tx.webhookEvent.findFirstOrThrow({ where: { shop, id: eventRowId } });
        if (!isWebhookTopic(event.topic)) throw new PermanentJobError(`Concierge does not process ${event.topic}`);
        try {
          await handleTopic({ db: tx, shop, topic: event.topic, receivedAt: event.receivedAt }, event.payload);
        } catch (error) {
          // Checked on arrival, so only a schema changed since can refuse it: no retry will mend that.
          if (error instanceof ZodError) throw new PermanentJobError(`The payload no longer reads: ${error.issues[0]?.message ?? ""}`);
          throw error;
        }
        await tx.webhookEvent.updateMany({
          where: { shop, id: eventRowId },
          // The payload (it may hold a customer's data) is not kept once the event is processed.
          data: { status: "processed", processedAt: now(), payload: Prisma.DbNull, lastError: null, failedAt: null },
        });
      },
      { timeout: EVENT_TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
    );
  },
  async describe({ shop, eventRowId }, { db }) {
    const event = await db.webhookEvent.findFirst({ where: { shop, id: eventRowId }, select: { topic: true, payload: true } });
    if (!event) return "A Shopify event since deleted";
    return isWebhookTopic(event.topic) ? describeEvent(event.topic, event.payload) : event.topic;
  },
  async onFailedForGood({ shop, eventRowId }, error, { db, now }) {
    await db.webhookEvent.updateMany({ where: { shop, id: eventRowId, status: "queued" }, data: { status: "failed", failedAt: now(), lastError: error } });
  },
};
