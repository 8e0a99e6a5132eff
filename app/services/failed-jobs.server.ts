// Work that failed past its last retry, as the merchant sees it under
// "Events that could not be processed": what it was, why it failed, and a
// Retry that sends it to the queue again.
import type { Prisma } from "@prisma/client";
import type { Database, DatabaseClient } from "../db.server";
import { enqueue, type JobData, type JobName } from "../jobs/queue.server";
import { readPage, type PageRequest } from "../domain/paging";

export interface FailureRecord {
  shop: string;
  queue: JobName;
  jobId: string;
  data: object;
  summary: string;
  error: string;
  attempts: number;
  failedAt: Date;
}

/** Records a failure once per job (the worker and the dead letter queue may both report it). */
export async function recordFailedJob(db: DatabaseClient, failure: FailureRecord) {
  await db.failedJob.createMany({
    data: [{ ...failure, data: failure.data as Prisma.InputJsonValue }],
    skipDuplicates: true,
  });
}

/** One page of the shop's failures not retried yet, latest first. */
export async function listFailedJobs(db: DatabaseClient, shop: string, page: PageRequest) {
  const where = { shop, retriedAt: null };
  return readPage(
    page,
    () => db.failedJob.count({ where }),
    (window) =>
      db.failedJob.findMany({
        where,
        orderBy: [{ failedAt: "desc" }, { id: "desc" }],
        ...window,
        select: { id: true, queue: true, summary: true, error: true, attempts: true, failedAt: true },
      }),
  );
}

export type RetryOutcome = { kind: "retried" } | { kind: "not_found" };

/** Sends the job again, in the same transaction as marking it retried. */
export async function retryFailedJob(db: Database, shop: string, id: string, now: Date): Promise<RetryOutcome> {
  return db.$transaction(async (tx) => {
    const failed = await tx.failedJob.findFirst({ where: { shop, id, retriedAt: null } });
    if (!failed) return { kind: "not_found" as const };
    await tx.failedJob.update({ where: { id }, data: { retriedAt: now } });
    const queue = failed.queue as JobName;
    if (queue === "webhook-event") {
      const { eventRowId } = failed.data as JobData["webhook-event"];
      await tx.webhookEvent.updateMany({ where: { shop, id: eventRowId, status: "failed" }, data: { status: "queued", failedAt: null } });
    }
    await enqueue(tx, queue, failed.data as JobData[typeof queue]);
    return { kind: "retried" as const };
  });
}
