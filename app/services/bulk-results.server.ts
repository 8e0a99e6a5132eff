// What the drivers of Bulk Operations (the VIP backfill, the history import)
// share: their dependencies, the lease that keeps one driver per job, and
// the JSONL, read the way every bulk reader here reads it: downloaded whole
// to a temporary file, then streamed line by line, so a reader that pauses
// (paced mutations, database batches) never holds Shopify's download open,
// and a file of millions of lines never sits in memory.
import { adminQuery, type AdminGraphqlClient } from "../admin-api.server";
import { BulkOperationStatusQuery } from "../graphql/bulk-operation-status";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import type { ServiceContext } from "./context";

export interface BulkDriverDeps extends Pick<ServiceContext, "db" | "admin" | "shop"> {
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** How often a running bulk operation is polled, at most. */
  pollIntervalMs?: number;
  /** JSONL lines applied per batch. */
  batchSize?: number;
  /** Downloads the bulk results (global fetch by default). */
  fetch?: typeof fetch;
}

/** A driver whose heartbeat is older than this is taken to be dead, and another may take over. */
export const DRIVER_LEASE_MS = 60_000;
const HEARTBEAT_MS = 15_000;

export const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Keeps a driver's lease with a beat of its own, every 15 seconds: one batch
 * may wait on Shopify (its rate limit, a bulk query slot) for longer than the
 * lease. Returns what stops it.
 */
export function keepLeaseAlive(beat: () => Promise<unknown>): () => void {
  const timer = setInterval(() => {
    beat().catch(() => {
      // The next beat (or the driver's own next update) tries again.
    });
  }, HEARTBEAT_MS);
  timer.unref();
  return () => clearInterval(timer);
}

export type BulkOperationOutcome =
  | { kind: "running" }
  | { kind: "completed"; rootObjectCount: number; /** null when the export is empty */ url: string | null }
  | { kind: "ended"; /** "ended failed (INTERNAL_SERVER_ERROR)", "ended canceled", … */ how: string }
  | { kind: "gone" };

/** Where a bulk operation is, as its driver needs to know it. */
export async function bulkOperationOutcome(admin: AdminGraphqlClient, id: string): Promise<BulkOperationOutcome> {
  const { bulkOperation } = await adminQuery(admin, BulkOperationStatusQuery, { id });
  if (!bulkOperation) return { kind: "gone" };
  switch (bulkOperation.status) {
    case "CREATED":
    case "RUNNING":
    case "CANCELING":
      return { kind: "running" };
    case "COMPLETED":
      return { kind: "completed", rootObjectCount: Number(bulkOperation.rootObjectCount), url: bulkOperation.url };
    default:
      return {
        kind: "ended",
        how: `ended ${bulkOperation.status.toLowerCase()}${bulkOperation.errorCode ? ` (${bulkOperation.errorCode})` : ""}`,
      };
  }
}

export interface DownloadedResults {
  file: string;
  /** Deletes the temporary file and its folder. */
  remove(): Promise<void>;
}

/**
 * Downloads the bulk operation's JSONL to a temporary file. Reading it
 * straight from the response while the reader works would hold the download
 * open for minutes, and servers close connections that stall.
 */
export async function downloadBulkResults(url: string, fetchImpl: typeof fetch, prefix: string): Promise<DownloadedResults> {
  const response = await fetchImpl(url);
  if (!response.ok || !response.body) throw new Error(`Downloading the bulk operation's results failed: HTTP ${response.status}`);
  const directory = await mkdtemp(path.join(os.tmpdir(), `concierge-${prefix}-`));
  const remove = () => rm(directory, { recursive: true, force: true });
  const file = path.join(directory, "results.jsonl");
  const output = createWriteStream(file);
  try {
    // Read by hand, not Readable.fromWeb: the body may come from a fetch
    // polyfill (Remix installs undici's) whose streams Node does not accept.
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!output.write(value)) await once(output, "drain");
    }
    output.end();
    await finished(output);
  } catch (error) {
    output.destroy();
    await remove();
    throw error;
  }
  return { file, remove };
}

/** The file's lines, blank ones left out. */
export async function* bulkResultLines(file: string): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim() !== "") yield line;
}
