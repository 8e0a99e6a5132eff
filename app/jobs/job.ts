// What a job is, for the worker (worker.server.ts): a function of its data
// and its dependencies, passed in so a test can run it against the local
// Shopify or a fake.
import type { AdminGraphqlClient } from "../admin-api.server";
import type { Database } from "../db.server";
import type { JobData, JobName } from "./queue.server";

export interface JobContext {
  db: Database;
  /** The shop's Admin API client, with its offline token. */
  adminFor(shop: string): Promise<AdminGraphqlClient>;
  now(): Date;
  /** Aborted when the attempt has run out of time (pg-boss expires it). */
  signal: AbortSignal;
}

export interface JobDefinition<N extends JobName> {
  run(data: JobData[N], context: JobContext): Promise<void>;
  /** What the work was, in the merchant's words, for the list of work that failed. */
  describe(data: JobData[N], context: Pick<JobContext, "db">): Promise<string>;
  /** Called once, when the job has failed for good (after its last retry). */
  onFailedForGood?(data: JobData[N], error: string, context: Pick<JobContext, "db" | "now">): Promise<void>;
  /**
   * Whose share of the shop's Admin API allowance the job's calls spend
   * (decision 023): webhook work by default; a backfill or an import leaves
   * half the bucket to shoppers, webhook work and admin pages.
   */
  adminPurpose?: "webhook" | "backfill";
  /**
   * What becomes of the job when its shop has uninstalled Concierge. By
   * default it ends unrun, as its last failure would (onFailedForGood says
   * why), with no failed work listed: there is no token to ask Shopify with,
   * and a merchant who left wants nothing sent in their name. "run": the work
   * that must happen all the same (uninstalling itself, Shopify's compliance
   * requests, a shopper's unsubscribe, which waits for a reinstall).
   */
  whenUninstalled?: "end" | "run";
  /** Jobs fetched at once by one worker. */
  batchSize?: number;
  /**
   * Runs a batch together (one transaction, say) rather than one by one;
   * resolves each job's id to its error, or null when it succeeded.
   */
  runBatch?(jobs: { id: string; data: JobData[N] }[], context: JobContext): Promise<Map<string, unknown>>;
}

/** A failure no retry can mend (a payload that no longer reads): the job fails for good at once. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PermanentJobError";
  }
}

/** The error's kind and first line: enough to act on, never a payload or a customer's data. */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return "Unknown error";
  const lines = error.message
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return `${error.name}: ${(lines.at(-1) ?? "").slice(0, 300)}`;
}
