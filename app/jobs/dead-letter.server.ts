// Every queue sends a job that failed for good here. The worker usually
// recorded the failure already, with its reason; a job whose last attempt
// never finished (its worker died, or it ran out of time) arrives here
// unrecorded, and is recorded now so that nothing is dropped unseen.
import type { JobWithMetadata } from "pg-boss";
import { recordFailedJob } from "../services/failed-jobs.server";
import type { JobContext } from "./job";
import { QUEUE_OPTIONS, type JobName } from "./queue.server";

export async function recordDeadLetter(
  job: JobWithMetadata<{ shop?: string }>,
  context: Pick<JobContext, "db" | "now">,
  describe: (queue: JobName, data: object) => Promise<string>,
) {
  const queue = (job.sourceName ?? "unknown") as JobName;
  const shop = job.data.shop;
  if (!shop) return; // scheduled work for every shop: its next run starts afresh
  await recordFailedJob(context.db, {
    shop,
    queue,
    jobId: job.sourceId ?? job.id,
    data: job.data,
    summary: await describe(queue, job.data),
    error: "It stopped before it finished (the worker was stopped, or it ran out of time)",
    attempts: (QUEUE_OPTIONS[queue]?.retryLimit ?? 0) + 1,
    failedAt: context.now(),
  });
}
