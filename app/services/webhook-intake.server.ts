// Receiving a Shopify event: it is durable before Shopify hears "200". The
// event goes into the WebhookEvent ledger and its job into the queue in one
// transaction; every redelivery of the same event (Shopify keeps
// X-Shopify-Event-Id across retries and duplicates) finds the ledger row and
// adds nothing, even while the first delivery's job is still running.
//
// Deliveries that arrive together are written together (group commit): while
// one transaction is in flight, the next deliveries wait for it and then go
// in one transaction of their own, so a burst of hundreds costs a handful of
// transactions instead of hundreds, and each delivery is answered as soon as
// its transaction commits. See docs/decisions/010-job-queue.md.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@prisma/client";
import { fromPrisma } from "pg-boss";
import type { Database } from "../db.server";
import { jobQueue } from "../jobs/queue.server";
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

interface Waiting {
  event: IncomingEvent;
  resolve(intake: WebhookIntake): void;
  reject(error: unknown): void;
}

/** Most deliveries one transaction takes, and how many transactions run at once. */
const MAX_BATCH = 200;
const MAX_IN_FLIGHT = 2;

/**
 * Writes one batch of deliveries; resolves each with what became of it. Two
 * statements whatever the batch's size: the shops' installations, and one
 * INSERT … ON CONFLICT DO NOTHING of every storable event from a JSON array.
 * Written as SQL rather than Prisma's createManyAndReturn, which spends about
 * a millisecond of CPU per event serialising payloads through its query
 * compiler: this is the path Shopify times, on every delivery.
 */
async function writeBatch(db: Database, batch: Waiting[]) {
  const results = await db.$transaction(
    async (tx) => {
      const shops = [...new Set(batch.map((waiting) => waiting.event.shop))];
      const installations = new Map(
        (await tx.shop.findMany({ where: { shop: { in: shops } }, select: { shop: true, uninstalledAt: true } })).map((row) => [
          row.shop,
          row,
        ]),
      );
      const storable = batch.filter(({ event }) => isStorable(event, installations.get(event.shop)));
      const rows = storable.length
        ? await tx.$queryRaw<{ id: string; shop: string; eventId: string }[]>`
          INSERT INTO "WebhookEvent" ("id", "shop", "eventId", "topic", "payload", "receivedAt")
          SELECT e."id", e."shop", e."eventId", e."topic", e."payload", e."receivedAt"
            FROM jsonb_to_recordset(${JSON.stringify(
              storable.map(({ event }) => ({
                id: randomUUID(),
                shop: event.shop,
                eventId: event.eventId,
                topic: event.topic,
                payload: event.payload,
                receivedAt: event.receivedAt.toISOString(),
              })),
            )}::jsonb) AS e("id" text, "shop" text, "eventId" text, "topic" text, "payload" jsonb, "receivedAt" timestamptz)
          ON CONFLICT ("shop", "eventId") DO NOTHING
          RETURNING "id", "shop", "eventId"`
        : [];
      if (rows.length) {
        const boss = await jobQueue();
        await boss.insert(
          "webhook-event",
          rows.map((row) => ({ data: { shop: row.shop, eventRowId: row.id } })),
          { db: fromPrisma(tx) },
        );
      }
      return { installations, created: new Map(rows.map((row) => [`${row.shop}\n${row.eventId}`, row.id])) };
      // A busy database makes a batch wait for a connection: better a slower 200 than a 500.
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
  for (const waiting of batch) {
    const { event } = waiting;
    if (!isStorable(event, results.installations.get(event.shop))) {
      waiting.resolve({ kind: "not_installed" });
      continue;
    }
    const key = `${event.shop}\n${event.eventId}`;
    const eventRowId = results.created.get(key);
    // The first delivery of an event in the batch is the one that stored it.
    if (eventRowId) {
      results.created.delete(key);
      waiting.resolve({ kind: "accepted", eventRowId });
    } else waiting.resolve({ kind: "duplicate" });
  }
}

/** Installed now, or a topic that comes after uninstalling (the shop's data is still held). */
function isStorable(event: IncomingEvent, installation: { uninstalledAt: Date | null } | undefined) {
  if (!installation) return false;
  return installation.uninstalledAt === null || "afterUninstall" in WEBHOOK_TOPICS[event.topic];
}

/** Gathers deliveries into batches, one queue per database client. */
class IntakeBatcher {
  private waiting: Waiting[] = [];
  private inFlight = 0;

  constructor(private readonly db: Database) {}

  private scheduled = false;

  accept(event: IncomingEvent): Promise<WebhookIntake> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ event, resolve, reject });
      // Deliveries read in the same turn of the event loop go in one batch.
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.pump();
        });
      }
    });
  }

  private pump() {
    while (this.inFlight < MAX_IN_FLIGHT && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, MAX_BATCH);
      this.inFlight++;
      writeBatch(this.db, batch)
        .catch((error: unknown) => {
          for (const waiting of batch) waiting.reject(error);
        })
        .finally(() => {
          this.inFlight--;
          this.pump();
        });
    }
  }
}

const batchers = new WeakMap<Database, IntakeBatcher>();

export function acceptWebhookEvent(db: Database, event: IncomingEvent): Promise<WebhookIntake> {
  let batcher = batchers.get(db);
  if (!batcher) {
    batcher = new IntakeBatcher(db);
    batchers.set(db, batcher);
  }
  return batcher.accept(event);
}
