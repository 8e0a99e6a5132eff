// Processes one Shopify event from the WebhookEvent ledger, exactly once.
// The event's work and the ledger's "processed" are one transaction: a worker
// that dies half-way leaves nothing behind, and its retry (or a zombie
// attempt racing it) finds the row claimed or processed. The claim is the
// UPDATE of the ledger row, which PostgreSQL holds locked until commit.
import { Prisma } from "@prisma/client";
import { ZodError } from "zod";
import type { Database } from "../db.server";
import { describeEvent, handleEvents, isWebhookTopic, type WebhookTopic } from "../services/shopify-events.server";
import { PermanentJobError, type JobDefinition } from "./job";

/** Longest an event's transaction may take before PostgreSQL's side gives up. */
const EVENT_TRANSACTION_TIMEOUT_MS = 60_000;

/**
 * Processes these events of one shop in one transaction: claimed, handled
 * (order events together, in one pass over their orders), marked processed.
 */
async function processEvents(db: Database, shop: string, eventRowIds: string[], now: () => Date) {
  await db.$transaction(
    async (tx) => {
      const events = await tx.webhookEvent.updateManyAndReturn({
        where: { shop, id: { in: eventRowIds }, status: { not: "processed" } },
        data: { attempts: { increment: 1 } },
        select: { id: true, topic: true, payload: true, receivedAt: true },
      });
      // The others are processed already (a retry after a crash that followed
      // the commit), or gone with the shop's data (shop/redact).
      if (events.length === 0) return;
      events.sort((a, b) => eventRowIds.indexOf(a.id) - eventRowIds.indexOf(b.id));
      const unknown = events.find((event) => !isWebhookTopic(event.topic));
      if (unknown) throw new PermanentJobError(`Concierge does not process ${unknown.topic}`);
      try {
        await handleEvents(
          { db: tx, shop, receivedAt: events[0].receivedAt },
          events.map((event) => ({ topic: event.topic as WebhookTopic, payload: event.payload })),
        );
      } catch (error) {
        // Checked on arrival, so only a schema changed since can refuse it: no retry will mend that.
        if (error instanceof ZodError) throw new PermanentJobError(`The payload no longer reads: ${error.issues[0]?.message ?? ""}`);
        throw error;
      }
      await tx.webhookEvent.updateMany({
        where: { shop, id: { in: events.map((event) => event.id) } },
        // The payload (it may hold a customer's data) is not kept once the event is processed.
        data: { status: "processed", processedAt: now(), payload: Prisma.DbNull, lastError: null, failedAt: null },
      });
    },
    { timeout: EVENT_TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  );
}

export const webhookEventJob: JobDefinition<"webhook-event"> = {
  // Uninstalling itself and Shopify's compliance requests come after the app is gone (processEvents decides per topic).
  whenUninstalled: "run",
  batchSize: 50,
  async run({ shop, eventRowId }, { db, now }) {
    await processEvents(db, shop, [eventRowId], now);
  },
  // A batch's events of one shop go through together; if that fails, each is
  // tried alone, so one bad event never holds the others back.
  async runBatch(jobs, { db, now }) {
    const outcomes = new Map<string, unknown>();
    const byShop = new Map<string, typeof jobs>();
    for (const job of jobs) byShop.set(job.data.shop, [...(byShop.get(job.data.shop) ?? []), job]);
    for (const [shop, group] of byShop) {
      try {
        await processEvents(
          db,
          shop,
          group.map((job) => job.data.eventRowId),
          now,
        );
        for (const job of group) outcomes.set(job.id, null);
      } catch {
        for (const job of group) {
          try {
            await processEvents(db, shop, [job.data.eventRowId], now);
            outcomes.set(job.id, null);
          } catch (error) {
            outcomes.set(job.id, error);
          }
        }
      }
    }
    return outcomes;
  },
  async describe({ shop, eventRowId }, { db }) {
    const event = await db.webhookEvent.findFirst({ where: { shop, id: eventRowId }, select: { topic: true, payload: true } });
    if (!event) return "A Shopify event since deleted";
    return isWebhookTopic(event.topic) ? describeEvent(event.topic, event.payload) : event.topic;
  },
  async onFailedForGood({ shop, eventRowId }, error, { db, now }) {
    await db.webhookEvent.updateMany({
      where: { shop, id: eventRowId, status: "queued" },
      data: { status: "failed", failedAt: now(), lastError: error },
    });
  },
};
