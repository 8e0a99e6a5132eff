// The worker: runs the queue's jobs (docs/decisions/010-job-queue.md).
// `npm start` runs one beside the web server; `npm run worker` runs workers
// alone, so a larger deployment scales the two apart on one PostgreSQL.
//
// Each attempt gets the job's dependencies (database, the shop's Admin API
// client, the clock) and an abort signal. An attempt that throws is retried
// with backoff by pg-boss; the last one that fails records the failure for
// the merchant (FailedJob) before pg-boss moves the job to the dead letter
// queue, and a PermanentJobError skips the retries no attempt could help.
import type { JobWithMetadata, PgBoss } from "pg-boss";
import type { AdminGraphqlClient } from "../admin-api.server";
import { budgetedClient } from "../admin-budget.server";
import type { Database } from "../db.server";
import { isInstalled } from "../data/shops.server";
import { NOT_SENT } from "../domain/outreach/not-sent";
import { recordFailedJob } from "../services/failed-jobs.server";
import { recordDeadLetter } from "./dead-letter.server";
import { describeFailure, PermanentJobError, type JobDefinition } from "./job";
import { JOB_NAMES, QUEUE_OPTIONS, startJobQueue, type JobData, type JobName } from "./queue.server";
import { closeMonthsJob, nightlyVipJob, pruneJob, reasonSpikesJob, resumeWorkJob, SCHEDULES, shipmentWatchJob } from "./scheduled.server";
import { codeAttributionJob } from "./code-attribution.server";
import { touchAttributionJob } from "./touch-attribution.server";
import { storeImportJob } from "./store-import.server";
import { vipBackfillJob } from "./vip-backfill.server";
import { vipSyncJob } from "./vip-sync.server";
import { webhookEventJob } from "./webhook-event.server";
import { outreachSendJob } from "./outreach-send.server";
import { outreachUnsubscribeJob } from "./outreach-unsubscribe.server";
import { flowTriggerJob } from "./flow-trigger.server";
import { campaignPrepareJob, campaignSendJob } from "./campaign.server";
import { catalogRefreshJob } from "./catalog-refresh.server";
import { instantRefundJob } from "./instant-refund.server";
import { returnReasonsJob } from "./return-reasons.server";
import { shopSetupJob } from "./shop-setup.server";

type Definitions = { [N in Exclude<JobName, "dead-letter">]: JobDefinition<N> };

export const JOBS: Definitions = {
  "webhook-event": webhookEventJob,
  "vip-sync": vipSyncJob,
  "vip-backfill": vipBackfillJob,
  "store-import": storeImportJob,
  "code-attribution": codeAttributionJob,
  "touch-attribution": touchAttributionJob,
  "nightly-vip": nightlyVipJob,
  "close-months": closeMonthsJob,
  "resume-work": resumeWorkJob,
  prune: pruneJob,
  "shipment-watch": shipmentWatchJob,
  "outreach-send": outreachSendJob,
  "outreach-unsubscribe": outreachUnsubscribeJob,
  "flow-trigger": flowTriggerJob,
  "campaign-prepare": campaignPrepareJob,
  "campaign-send": campaignSendJob,
  "catalog-refresh": catalogRefreshJob,
  "reason-spikes": reasonSpikesJob,
  "instant-refund": instantRefundJob,
  "return-reasons": returnReasonsJob,
  "shop-setup": shopSetupJob,
};

export interface WorkerDependencies {
  db: Database;
  adminFor(shop: string): Promise<AdminGraphqlClient>;
  now?: () => Date;
}

type AnyJob = JobWithMetadata<JobData[JobName]>;

/** The job's Admin clients, each spending the job's share of its shop's allowance (decision 023). */
function budgetedAdminFor(definition: JobDefinition<JobName>, deps: WorkerDependencies) {
  const purpose = definition.adminPurpose ?? "webhook";
  return async (shop: string) => budgetedClient(await deps.adminFor(shop), { db: deps.db, shop, purpose });
}

function definitionOf(name: JobName) {
  return JOBS[name as Exclude<JobName, "dead-letter">] as unknown as JobDefinition<JobName> | undefined;
}

async function describeJob(db: Database, name: JobName, data: object) {
  const definition = definitionOf(name);
  if (!definition) return name;
  try {
    return await definition.describe(data as JobData[JobName], { db });
  } catch {
    return name;
  }
}

/**
 * Runs one attempt of one job. Returns how it ended; a failure on the job's
 * last attempt (or a permanent one) is recorded for the merchant first.
 */
export async function runJob(name: JobName, job: AnyJob, deps: WorkerDependencies): Promise<"completed" | "failed" | "deadletter"> {
  const now = deps.now ?? (() => new Date());
  if (name === "dead-letter") {
    await recordDeadLetter(job as JobWithMetadata<{ shop?: string }>, { db: deps.db, now }, (queue, data) =>
      describeJob(deps.db, queue, data),
    );
    return "completed";
  }
  const definition = definitionOf(name);
  if (!definition) return "deadletter";
  if (await endedForUninstalledShop(definition, job, deps)) return "completed";
  try {
    await definition.run(job.data, { db: deps.db, adminFor: budgetedAdminFor(definition, deps), now, signal: job.signal });
    return "completed";
  } catch (error) {
    return settleFailure(name, job, error, deps);
  }
}

/**
 * Why a job for a shop that uninstalled Concierge ended unrun (JobDefinition.whenUninstalled).
 * The email log shows these words in the merchant's language (domain/outreach/not-sent.ts).
 */
export const UNINSTALLED_REASON = NOT_SENT.uninstalled;

/** True when the job is for a shop that uninstalled Concierge and ended unrun, as its last failure would have. */
async function endedForUninstalledShop(definition: JobDefinition<JobName>, job: AnyJob, deps: WorkerDependencies) {
  const shop = (job.data as { shop?: string }).shop;
  if (!shop || definition.whenUninstalled === "run" || (await isInstalled(deps.db, shop))) return false;
  await definition.onFailedForGood?.(job.data, UNINSTALLED_REASON, { db: deps.db, now: deps.now ?? (() => new Date()) });
  return true;
}

/** Runs a batch of one queue's jobs: together when the job knows how (runBatch), else side by side. */
export async function runJobs(name: JobName, jobs: AnyJob[], deps: WorkerDependencies): Promise<("completed" | "failed" | "deadletter")[]> {
  const definition = definitionOf(name);
  if (!definition?.runBatch || jobs.length < 2) return Promise.all(jobs.map((job) => runJob(name, job, deps)));
  const now = deps.now ?? (() => new Date());
  const ended = new Set<string>();
  for (const job of jobs) if (await endedForUninstalledShop(definition, job, deps)) ended.add(job.id);
  const batch = jobs.filter((job) => !ended.has(job.id));
  // The batch stops when the first of its jobs runs out of time (jobs fetched
  // by hand, as in runJobsUntilIdle, have no signal).
  const signals = batch.map((job) => job.signal).filter((signal): signal is AbortSignal => signal instanceof AbortSignal);
  const signal = signals.length ? AbortSignal.any(signals) : new AbortController().signal;
  const errors = batch.length
    ? await definition.runBatch(
        batch.map((job) => ({ id: job.id, data: job.data })),
        { db: deps.db, adminFor: budgetedAdminFor(definition, deps), now, signal },
      )
    : new Map<string, unknown>();
  return Promise.all(jobs.map((job) => (errors.get(job.id) ? settleFailure(name, job, errors.get(job.id), deps) : "completed")));
}

async function settleFailure(name: JobName, job: AnyJob, error: unknown, deps: WorkerDependencies): Promise<"failed" | "deadletter"> {
  const now = deps.now ?? (() => new Date());
  const definition = definitionOf(name);
  const permanent = error instanceof PermanentJobError;
  const lastAttempt = permanent || job.retryCount >= (job.retryLimit ?? QUEUE_OPTIONS[name].retryLimit ?? 0);
  const reason = describeFailure(error);
  if (lastAttempt) {
    const shop = (job.data as { shop?: string }).shop;
    if (shop) {
      await recordFailedJob(deps.db, {
        shop,
        queue: name,
        jobId: job.id,
        data: job.data,
        summary: await describeJob(deps.db, name, job.data),
        error: reason,
        attempts: job.retryCount + 1,
        failedAt: now(),
      });
    }
    await definition?.onFailedForGood?.(job.data, reason, { db: deps.db, now });
  }
  // The topic and shop only: never a payload, which may hold a customer's data.
  console.warn(`job ${name} for ${(job.data as { shop?: string }).shop ?? "every shop"} failed (attempt ${job.retryCount + 1}): ${reason}`);
  return permanent ? "deadletter" : "failed";
}

export interface RunningWorker {
  boss: PgBoss;
  stop(): Promise<void>;
}

export interface WorkerOptions {
  connectionString?: string;
  /** Jobs of one queue run side by side (per batch). */
  concurrency?: number;
  superviseIntervalSeconds?: number;
  pollingIntervalSeconds?: number;
}

/** Starts a worker on every queue and registers the schedules. */
export async function startWorker(deps: WorkerDependencies, options: WorkerOptions = {}): Promise<RunningWorker> {
  const boss = await startJobQueue({
    role: "worker",
    connectionString: options.connectionString,
    superviseIntervalSeconds: options.superviseIntervalSeconds,
  });
  for (const name of JOB_NAMES) {
    const definition = definitionOf(name);
    const batchSize = definition?.batchSize ?? 1;
    await boss.work(
      name,
      {
        batchSize,
        localConcurrency: options.concurrency ?? 2,
        includeMetadata: true,
        perJobResults: true,
        pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
        // NOTIFY wakes the worker the moment a job is sent; polling stays the
        // backstop at the same pace, for jobs sent before the worker started
        // listening (pg-boss would otherwise wait 30 s between polls).
        notifyPollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
        burstWhenBatchFull: true,
      },
      async (jobs: AnyJob[]) => {
        const outcomes = await runJobs(name, jobs, deps);
        return jobs.map((job, index) => ({ id: job.id, status: outcomes[index] }));
      },
    );
  }
  for (const schedule of SCHEDULES) await boss.schedule(schedule.name, schedule.cron, {}, { tz: "UTC" });
  return {
    boss,
    async stop() {
      // Finishes the jobs in hand (up to 30 s); what is left is retried by another worker.
      await boss.stop({ graceful: true, timeout: 30_000, close: true });
    },
  };
}

/**
 * Runs every job that is due, on this process, until none is left: the
 * worker's own code path without its polling (tests, scripts, benchmarks).
 * Jobs retried later (after a failure's backoff) are not waited for.
 */
export async function runJobsUntilIdle(boss: PgBoss, deps: WorkerDependencies, options: { maxRounds?: number } = {}): Promise<number> {
  let ran = 0;
  for (let round = 0; round < (options.maxRounds ?? 1_000); round++) {
    let found = 0;
    for (const name of JOB_NAMES) {
      const jobs = (await boss.fetch(name, { batchSize: 50, includeMetadata: true })) as AnyJob[];
      // A failed job goes back to the queue for a later retry (its backoff), past this run.
      const outcomes = jobs.length ? await runJobs(name, jobs, deps) : [];
      for (const [index, job] of jobs.entries()) {
        if (outcomes[index] === "completed") await boss.complete(name, job.id);
        else await boss.fail(name, job.id, { outcome: outcomes[index] });
      }
      found += jobs.length;
    }
    ran += found;
    if (found === 0) return ran;
  }
  return ran;
}
