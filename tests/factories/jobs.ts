// Runs the jobs the code under test queued, on the test's own process and
// database, through the worker's own code (runJobsUntilIdle), with the shop's
// Admin API client from its stored offline session, as a worker would.
import db from "../../app/db.server";
import { jobQueue } from "../../app/jobs/queue.server";
import { runJobsUntilIdle, type WorkerDependencies } from "../../app/jobs/worker.server";
import { settleEventRelays } from "../../app/services/webhook-intake.server";

export async function runQueuedJobs(overrides: Partial<WorkerDependencies> = {}) {
  const { unauthenticated } = await import("../../app/shopify.server");
  // Webhooks answered just before queue their jobs right after their answer.
  await settleEventRelays(db);
  const boss = await jobQueue();
  return runJobsUntilIdle(boss, {
    db,
    adminFor: async (shop) => (await unauthenticated.admin(shop)).admin,
    ...overrides,
  });
}

/** The jobs waiting in a queue (state created or retry), for assertions. */
export async function queuedJobs(name: string) {
  await settleEventRelays(db);
  const rows = await db.$queryRaw<
    { data: unknown; state: string }[]
  >`SELECT data, state::text FROM pgboss.job WHERE name = ${name} AND state IN ('created', 'retry') ORDER BY created_on`;
  return rows;
}
