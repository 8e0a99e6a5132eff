// Receiving a Shopify event: it is durable before Shopify hears "200". The
// event goes into the WebhookEvent ledger, committed, before the answer; every
// redelivery of the same event (Shopify keeps X-Shopify-Event-Id across
// retries and duplicates) finds the ledger row and adds nothing, even while
// the first delivery's job is still running.
//
// Deliveries that arrive together are written together (group commit): while
// one statement is in flight, the next deliveries wait for it and then go in
// one statement of their own, so a burst of hundreds costs a handful of
// commits instead of hundreds, and each delivery is answered as soon as its
// statement commits.
//
// The event's job is queued just after the answer, by the same process
// (relayToQueue, once none of its statements is in flight), with the event's
// own id as the job's id; if the process dies in between, the scheduled relay
// (relayStrandedEvents) queues it. The ledger is the outbox, the queue is fed
// from it: decision 027 says why the job is no longer written in the
// acknowledgement's transaction, decision 035 where the answer's milliseconds go.
// See docs/decisions/010-job-queue.md, 027-webhook-ledger-as-outbox.md and
// 035-webhook-acknowledgement-time.md.
import { v7 as timeOrderedUuid } from "uuid";
import { databasePool, type Database } from "../db.server";
import { jobQueue } from "../jobs/queue.server";
import { WEBHOOK_TOPICS, type WebhookTopic } from "./shopify-events.server";

export interface IncomingEvent {
  shop: string;
  topic: WebhookTopic;
  eventId: string;
  /** The payload's JSON text, stored as it is (a JSON object: the route has parsed it). */
  payloadJson: string;
  receivedAt: Date;
}

export type WebhookIntake =
  | { kind: "accepted"; eventRowId: string }
  | { kind: "duplicate" }
  /** A shop that never installed the app (or uninstalled it): nothing is stored. */
  | { kind: "not_installed" };

type AcceptedEvent = { shop: string; eventRowId: string };

interface Waiting {
  event: IncomingEvent;
  resolve(intake: WebhookIntake): void;
  reject(error: unknown): void;
}

/** Most deliveries one statement takes, and how many statements run at once. */
const MAX_BATCH = 200;
const MAX_IN_FLIGHT = 2;

/** Topics stored even after the shop uninstalled the app (its data is still held until redacted). */
const AFTER_UNINSTALL_TOPICS = Object.entries(WEBHOOK_TOPICS)
  .filter(([, definition]) => "afterUninstall" in definition)
  .map(([topic]) => topic);

/** Installed now, or a topic that comes after uninstalling (the shop's data is still held). */
function isStorable(event: IncomingEvent, installation: { uninstalled: boolean } | undefined) {
  if (!installation) return false;
  return !installation.uninstalled || AFTER_UNINSTALL_TOPICS.includes(event.topic);
}

/** PostgreSQL refused a value (SQLSTATE class 22, "data exception"), not the statement or the connection. */
function isDataException(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("22");
}

type BatchRow =
  | { kind: "shop"; shop: string; uninstalled: boolean; id: null; eventId: null }
  | { kind: "stored"; shop: string; uninstalled: null; id: string; eventId: string };

/**
 * The batch's one statement: the shops' installations are read and every
 * storable event inserted from a JSON array, ON CONFLICT DO NOTHING. A named
 * statement, so each connection parses and plans it once.
 */
const INTAKE_STATEMENT = {
  name: "concierge-webhook-intake",
  text: `
    WITH incoming AS (
      SELECT * FROM jsonb_to_recordset($1::jsonb)
        AS e("id" text, "shop" text, "eventId" text, "topic" text, "payload" jsonb, "receivedAt" timestamptz)
    ), installed AS (
      SELECT s."shop", s."uninstalledAt" IS NOT NULL AS "uninstalled" FROM "Shop" s WHERE s."shop" IN (SELECT "shop" FROM incoming)
    ), stored AS (
      INSERT INTO "WebhookEvent" ("id", "shop", "eventId", "topic", "payload", "receivedAt")
      SELECT e."id", e."shop", e."eventId", e."topic", e."payload", e."receivedAt"
        FROM incoming e JOIN installed s ON s."shop" = e."shop"
       WHERE NOT s."uninstalled" OR e."topic" = ANY($2::text[])
      ON CONFLICT ("shop", "eventId") DO NOTHING
      RETURNING "id", "shop", "eventId"
    )
    SELECT 'shop' AS "kind", "shop", "uninstalled", NULL AS "id", NULL AS "eventId" FROM installed
    UNION ALL
    SELECT 'stored', "shop", NULL, "id", "eventId" FROM stored`,
};

/**
 * The batch as one JSON array, each payload's text placed in it as it came (parsed already, never written out again).
 * Row ids (and so the jobs' ids) are UUIDv7, time-ordered: each batch's rows go at the end of the
 * ledger's and the queue's primary-key indexes instead of into a random leaf page each, so the first
 * batch after a checkpoint writes far fewer full-page images to the WAL it waits for (decision 043).
 */
function batchJson(batch: Waiting[]) {
  let json = "[";
  for (const [index, { event }] of batch.entries()) {
    json +=
      `${index === 0 ? "" : ","}{"id":"${timeOrderedUuid()}","shop":${JSON.stringify(event.shop)},"eventId":${JSON.stringify(event.eventId)},` +
      `"topic":"${event.topic}","receivedAt":"${event.receivedAt.toISOString()}","payload":${event.payloadJson}}`;
  }
  return `${json}]`;
}

/**
 * Writes one batch of deliveries in one statement (one round trip, one
 * commit), through node-postgres on the pool Prisma's adapter uses: Prisma's
 * raw queries spend milliseconds of CPU per batch in its query compiler, and
 * this is the path Shopify times, on every delivery.
 */
async function writeBatch(db: Database, batch: Waiting[]) {
  const { rows } = await databasePool(db).query<BatchRow>({ ...INTAKE_STATEMENT, values: [batchJson(batch), AFTER_UNINSTALL_TOPICS] });

  const installations = new Map<string, { uninstalled: boolean }>();
  const created = new Map<string, string>();
  for (const row of rows) {
    if (row.kind === "shop") installations.set(row.shop, { uninstalled: row.uninstalled });
    else created.set(`${row.shop}\n${row.eventId}`, row.id);
  }
  const accepted: AcceptedEvent[] = [];
  for (const waiting of batch) {
    const { event } = waiting;
    if (!isStorable(event, installations.get(event.shop))) {
      waiting.resolve({ kind: "not_installed" });
      continue;
    }
    const key = `${event.shop}\n${event.eventId}`;
    const eventRowId = created.get(key);
    // The first delivery of an event in the batch is the one that stored it.
    if (eventRowId) {
      created.delete(key);
      accepted.push({ shop: event.shop, eventRowId });
      waiting.resolve({ kind: "accepted", eventRowId });
    } else waiting.resolve({ kind: "duplicate" });
  }
  return accepted;
}

/**
 * Queues the stored events' jobs, each with its event's id as the job's id
 * (pg-boss inserts ON CONFLICT DO NOTHING): sent again by the scheduled
 * relay, a job that exists is not added twice.
 */
export async function queueEventJobs(events: AcceptedEvent[]) {
  if (events.length === 0) return;
  const boss = await jobQueue();
  await boss.insert(
    "webhook-event",
    events.map(({ shop, eventRowId }) => ({ id: eventRowId, data: { shop, eventRowId } })),
  );
}

/** Gathers deliveries into batches, one queue per database client. */
class IntakeBatcher {
  private waiting: Waiting[] = [];
  private inFlight = 0;
  private scheduled = false;
  /** Events answered whose jobs wait for this process's statements in flight. */
  private unqueued: AcceptedEvent[] = [];
  /** Statements in flight and jobs being queued: what settleEventRelays waits for. */
  readonly pending = new Set<Promise<void>>();

  constructor(private readonly db: Database) {}

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
      const write: Promise<void> = writeBatch(this.db, batch)
        .then((accepted) => {
          this.unqueued.push(...accepted);
        })
        .catch((error: unknown) => {
          if (batch.length > 1 && isDataException(error)) return this.writeOneByOne(batch);
          for (const waiting of batch) waiting.reject(error);
        })
        .finally(() => {
          this.inFlight--;
          this.pending.delete(write);
          this.pump();
          // The jobs go once no answer waits for a statement of this process
          // (in a steady stream, every batch's worth), so that queueing them
          // never competes with an answer for the database.
          if (this.inFlight === 0 || this.unqueued.length >= MAX_BATCH) this.relayToQueue(this.unqueued.splice(0));
        });
      this.pending.add(write);
    }
  }

  /**
   * A batch PostgreSQL refused for a value in it, written again one delivery
   * at a time: the body it refuses (a number past what jsonb holds, say) fails
   * its own delivery, which Shopify retries, and not the other shops' events
   * that arrived with it (decision 052). Any other failure (the database gone)
   * would fail each of them too, so it fails the batch at once.
   */
  private async writeOneByOne(batch: Waiting[]) {
    for (const waiting of batch) {
      try {
        this.unqueued.push(...(await writeBatch(this.db, [waiting])));
      } catch (error) {
        waiting.reject(error);
      }
    }
  }

  /**
   * Queues the jobs of events already answered. A failure here loses
   * nothing: the events wait in the ledger, and the scheduled relay queues
   * them.
   */
  private relayToQueue(accepted: AcceptedEvent[]) {
    if (accepted.length === 0) return;
    const relay: Promise<void> = queueEventJobs(accepted)
      .catch((error: unknown) => {
        console.error(
          `webhook intake: ${accepted.length} event(s) left for the scheduled relay: ${error instanceof Error ? error.message : String(error)}`,
        );
      })
      .finally(() => this.pending.delete(relay));
    this.pending.add(relay);
  }
}

const batchers = new WeakMap<Database, IntakeBatcher>();

function batcherFor(db: Database) {
  let batcher = batchers.get(db);
  if (!batcher) {
    batcher = new IntakeBatcher(db);
    batchers.set(db, batcher);
  }
  return batcher;
}

export function acceptWebhookEvent(db: Database, event: IncomingEvent): Promise<WebhookIntake> {
  return batcherFor(db).accept(event);
}

/** Resolves once the jobs of every event answered so far are queued (tests, shutdown). */
export async function settleEventRelays(db: Database) {
  const batcher = batchers.get(db);
  while (batcher && batcher.pending.size > 0) await Promise.all([...batcher.pending]);
}

/** An answered event whose job is not queued this long after is taken to be stranded by a crash. */
export const STRANDED_AFTER_MS = 60_000;
const RELAY_BATCH = 1_000;

/**
 * Queues the jobs of events answered but never queued (the process died
 * between its answer and relayToQueue): events still waiting a minute
 * after they arrived with no job of their own id. Run by the scheduled
 * resume-work job; returns how many it queued.
 */
export async function relayStrandedEvents(db: Database, now: Date): Promise<number> {
  let relayed = 0;
  for (;;) {
    const stranded = await db.$queryRaw<{ id: string; shop: string }[]>`
      SELECT e."id", e."shop" FROM "WebhookEvent" e
       WHERE e."status" = 'queued' AND e."receivedAt" < ${new Date(now.getTime() - STRANDED_AFTER_MS)}
         AND NOT EXISTS (
           SELECT 1 FROM pgboss.job j
            WHERE j."name" = 'webhook-event'
              AND j."id" = CASE WHEN e."id" ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN e."id"::uuid END)
       ORDER BY e."receivedAt"
       LIMIT ${RELAY_BATCH}`;
    await queueEventJobs(stranded.map((event) => ({ shop: event.shop, eventRowId: event.id })));
    relayed += stranded.length;
    if (stranded.length < RELAY_BATCH) return relayed;
  }
}
