// The job queue: pg-boss on Concierge's own PostgreSQL (docs/decisions/010-job-queue.md).
// Every piece of work that may wait (a Shopify event, a VIP tier to update,
// a backfill, the store's history) is a job: written in the same transaction
// as whatever asked for it, run by a worker with a time limit and retries with
// backoff, picked up again when its worker dies, and recorded for the merchant
// when it fails past its last retry (FailedJob). Web processes only send jobs;
// workers (worker.server.ts) run them.
import { fromPrisma, PgBoss, type Queue, type SendOptions } from "pg-boss";
import type { DatabaseClient } from "../db.server";

/** What each queue's jobs carry. Every job names its shop. */
export interface JobData {
  /** A Shopify webhook event kept in WebhookEvent, to process once. */
  "webhook-event": { shop: string; eventRowId: string };
  /** Re-evaluate one customer's VIP tier and bring Shopify in line. */
  "vip-sync": { shop: string; trigger: string } & ({ customerId: string } | { orderId: string });
  /** Drive a VIP backfill (VipBackfill row) to its end. */
  "vip-backfill": { shop: string; backfillId: string };
  /** Read the store's history (StoreImport row). */
  "store-import": { shop: string; importId: string };
  /** Credit the orders Concierge holds that used a code (upper-case) to the agent it now belongs to. */
  "code-attribution": { shop: string; code: string };
  /** Credit again the orders a helpdesk touch may have led to (it came after them, or its agent was just mapped). */
  "touch-attribution": { shop: string; touchId: string };
  /** Scheduled, for every shop: start the nightly VIP re-evaluation where rules depend on time. */
  "nightly-vip": { shop?: string };
  /** Scheduled, for every shop: keep the sums of the months just over, so the first visit after reads them. */
  "close-months": { shop?: string };
  /** Scheduled, every minute: queue webhook events a crash kept from their job; pick up backfills and imports whose jobs are gone. */
  "resume-work": Record<string, never>;
  /** Scheduled: forget what is no longer needed (ledgers, snapshots, counters). */
  prune: Record<string, never>;
  /** What an install needs of Shopify (its currency and time zone, the /track link; on a reinstall, the VIP tiers), retried until done. */
  "shop-setup": { shop: string; reinstalled?: boolean };
  /** Send one OutreachMessage (an email to a shopper) once. */
  "outreach-send": { shop: string; messageId: string };
  /** Withdraw the email marketing consent of the customer who unsubscribed through this message's link. */
  "outreach-unsubscribe": { shop: string; messageId: string };
  /** Start the merchant's Flow workflows for one moment (OutreachMessage of kind flow:<handle>) once. */
  "flow-trigger": { shop: string; messageId: string; handle: string; payload: Record<string, string | number> };
  /** Scheduled, hourly: assess again the open shipments the clock may have put at risk (late, no scan for N days). */
  "shipment-watch": Record<string, never>;
  /** Ask Shopify again for the exchange offers' products (GIDs) kept for the tracking page; scheduled without ids or shop. */
  "catalog-refresh": { shop?: string; productIds?: string[] };
  /** Refund a VIP's return at once if it may be, now its parcel travels back (the reverse delivery, numeric id). */
  "instant-refund": { shop: string; reverseDeliveryId: string; returnId?: string };
  /** Scheduled, daily: start the "Reason spike" Flow workflows once per new spike, one job per shop. */
  "reason-spikes": { shop?: string };
  /** Store the reasons of a Shopify return (numeric id) in the shop's list, once per return line. */
  "return-reasons": { shop: string; returnId: string };
  /** A welcome campaign at its time: select its recipients, make its codes in Shopify, start its batches (decision 028). */
  "campaign-prepare": { shop: string; campaignId: string };
  /** The next batch of a welcome campaign's emails, then the one after. */
  "campaign-send": { shop: string; campaignId: string };
  /** Jobs that failed past their last retry, from every queue. */
  "dead-letter": { shop?: string };
}

export type JobName = keyof JobData;

export const DEAD_LETTER_QUEUE: JobName = "dead-letter";

/**
 * Retried with growing waits (from `retryDelay` seconds, doubling, up to
 * `retryDelayMax`: half an hour unless said), then kept with the dead letters.
 */
function withBackoff(
  options: Omit<Queue, "name"> & { retryLimit: number; retryDelay: number; expireInSeconds: number },
): Omit<Queue, "name"> {
  return { retryBackoff: true, retryDelayMax: 30 * 60, deadLetter: DEAD_LETTER_QUEUE, ...options };
}

/** Long work in batches over a Bulk Operation's results, resumed after the last batch by whichever worker picks it up. */
const BATCHED_BULK_WORK = withBackoff({
  policy: "stately",
  retryLimit: 10,
  retryDelay: 30,
  expireInSeconds: 6 * 60 * 60,
  heartbeatSeconds: 60,
});

/** Short work for one shopper that must happen even after a long outage: retried with backoff for about a day. */
const RETRIED_FOR_A_DAY = withBackoff({ retryLimit: 10, retryDelay: 30, retryDelayMax: 2 * 60 * 60, expireInSeconds: 120 });

/** A job of a few Admin API calls: retried for about a day when Shopify is unavailable. */
const A_FEW_SHOPIFY_CALLS = withBackoff({ retryLimit: 8, retryDelay: 10, expireInSeconds: 120 });

/**
 * Each queue's policy. `expireInSeconds` is how long an attempt may run
 * before it is taken to be lost (its worker died) and retried; long jobs
 * keep a heartbeat instead, so a dead worker is noticed within
 * `heartbeatSeconds`.
 */
export const QUEUE_OPTIONS: Record<JobName, Omit<Queue, "name">> = {
  "webhook-event": withBackoff({ retryLimit: 8, retryDelay: 5, expireInSeconds: 120 }),
  // "short": one job per customer waits at a time; a second event about the
  // same customer while one waits is already covered by it.
  "vip-sync": withBackoff({ policy: "short", retryLimit: 8, retryDelay: 10, expireInSeconds: 300 }),
  // "stately": per backfill, one job waiting and one running at most.
  "vip-backfill": BATCHED_BULK_WORK,
  // The same, per shop.
  "store-import": BATCHED_BULK_WORK,
  // "stately": per code, one job waiting and one running at most.
  "code-attribution": withBackoff({ policy: "stately", retryLimit: 8, retryDelay: 10, expireInSeconds: 30 * 60 }),
  "touch-attribution": withBackoff({ retryLimit: 8, retryDelay: 10, expireInSeconds: 300 }),
  "nightly-vip": { retryLimit: 3, retryDelay: 60, expireInSeconds: 600, deadLetter: DEAD_LETTER_QUEUE },
  "close-months": { retryLimit: 3, retryDelay: 60, expireInSeconds: 600, deadLetter: DEAD_LETTER_QUEUE },
  "resume-work": { policy: "singleton", retryLimit: 1, expireInSeconds: 600 },
  prune: { policy: "singleton", retryLimit: 2, retryDelay: 60, expireInSeconds: 1800 },
  // SMTP servers refuse for a while (rate limits, greylisting): retried for about a day.
  "outreach-send": RETRIED_FOR_A_DAY,
  // A shopper's wish not to hear from the shop again waits out any outage.
  "outreach-unsubscribe": RETRIED_FOR_A_DAY,
  "flow-trigger": A_FEW_SHOPIFY_CALLS,
  // An install whose setup failed leaves the shop without its figures: retried for about a day.
  "shop-setup": RETRIED_FOR_A_DAY,
  // "stately", keyed on the return: one attempt runs at a time, one more waits.
  "instant-refund": { ...A_FEW_SHOPIFY_CALLS, policy: "stately" },
  "return-reasons": A_FEW_SHOPIFY_CALLS,
  "reason-spikes": { retryLimit: 3, retryDelay: 60, expireInSeconds: 600, deadLetter: DEAD_LETTER_QUEUE },
  "shipment-watch": { policy: "singleton", retryLimit: 2, retryDelay: 60, expireInSeconds: 1800, deadLetter: DEAD_LETTER_QUEUE },
  // A product missed now is refreshed by the next webhook or the hourly run: a few retries are enough.
  "catalog-refresh": { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 600, deadLetter: DEAD_LETTER_QUEUE },
  // "stately", per campaign: one attempt runs, one waits; a code batch at a time, resumed after the last kept.
  "campaign-prepare": { ...A_FEW_SHOPIFY_CALLS, policy: "stately", expireInSeconds: 30 * 60 },
  // One chain per campaign (each batch queues the next); a batch is retried for about a day like an email.
  "campaign-send": { ...RETRIED_FOR_A_DAY, expireInSeconds: 300 },
  "dead-letter": { retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds: 60, retentionSeconds: 30 * 24 * 60 * 60 },
};

/** The queues in the order they are created: a dead letter queue must exist before those that name it. */
export const JOB_NAMES: JobName[] = [
  DEAD_LETTER_QUEUE,
  ...(Object.keys(QUEUE_OPTIONS) as JobName[]).filter((name) => name !== DEAD_LETTER_QUEUE),
];

export interface JobQueueOptions {
  connectionString?: string;
  /** Workers supervise (expire lost jobs, run maintenance) and run schedules; web processes do neither. */
  role: "producer" | "worker";
  /** Seconds between supervision passes (lost jobs are noticed this often). */
  superviseIntervalSeconds?: number;
  /** Connections in pg-boss's own pool. */
  poolSize?: number;
}

/** A started pg-boss with every queue created. */
export async function startJobQueue(options: JobQueueOptions): Promise<PgBoss> {
  const connectionString = options.connectionString ?? process.env.DATABASE_URL;
  if (!connectionString) throw new Error("The job queue needs DATABASE_URL");
  const worker = options.role === "worker";
  const boss = new PgBoss({
    connectionString,
    max: options.poolSize ?? (worker ? 10 : 3),
    application_name: `concierge-${options.role}`,
    supervise: worker,
    schedule: worker,
    useListenNotify: worker,
    registerInstance: worker,
    ...(options.superviseIntervalSeconds
      ? { superviseIntervalSeconds: options.superviseIntervalSeconds, monitorIntervalSeconds: options.superviseIntervalSeconds }
      : {}),
  });
  // pg-boss reports trouble with its own connections here; it keeps going.
  boss.on("error", (error) => console.error(`job queue: ${error instanceof Error ? error.message : String(error)}`));
  await boss.start();
  for (const name of JOB_NAMES) {
    await boss.createQueue(name, { ...QUEUE_OPTIONS[name], notify: true });
    // A worker brings an existing queue's retry and time limits up to date (a policy is fixed at creation).
    if (worker) {
      const { policy: _fixed, ...options } = QUEUE_OPTIONS[name];
      await boss.updateQueue(name, { ...options, notify: true });
    }
  }
  return boss;
}

declare global {
  // One producer per process, kept across the dev server's module reloads.
  var conciergeJobQueue: Promise<PgBoss> | undefined;
}

/** This process's producer: sends jobs, runs none. */
export function jobQueue(): Promise<PgBoss> {
  globalThis.conciergeJobQueue ??= startJobQueue({ role: "producer" }).catch((error: unknown) => {
    globalThis.conciergeJobQueue = undefined;
    throw error;
  });
  return globalThis.conciergeJobQueue;
}

/** Stops this process's producer (tests, shutdown). */
export async function stopJobQueue() {
  const boss = globalThis.conciergeJobQueue;
  globalThis.conciergeJobQueue = undefined;
  if (boss) await (await boss).stop({ graceful: true, timeout: 5_000, close: true });
}

const isTransaction = (db: DatabaseClient) => !("$transaction" in db);

/**
 * Sends a job. Given an open transaction, the job is written in it, so it
 * exists exactly when what asked for it does. Returns the job's id, or null
 * when the queue's policy folded it into a job already waiting.
 */
export async function enqueue<N extends JobName>(
  db: DatabaseClient,
  name: N,
  data: JobData[N],
  options: SendOptions = {},
): Promise<string | null> {
  const boss = await jobQueue();
  if (isTransaction(db)) return boss.send(name, data, { ...options, db: fromPrisma(db) });
  return boss.send(name, data, options);
}

/**
 * Whether a job of `name` whose data holds `data` waits in the queue (created,
 * or failed and to be retried); a job running now is not counted, so a job
 * asking about its own kind leaves itself out.
 */
export async function isJobQueued<N extends JobName>(name: N, data: Partial<JobData[N]>): Promise<boolean> {
  const boss = await jobQueue();
  return (await boss.findJobs(name, { data, queued: true, limit: 1 })).length > 0;
}
