// What the drivers of Bulk Operations (the VIP backfill, the history import)
// share (besides their lease, driver-lease.server.ts): their dependencies,
// clock and polling pace, how a bulk operation ended, and the JSONL, read
// the way every bulk reader here reads it: downloaded whole to a temporary
// file, then streamed line by line, so a reader that pauses (paced
// mutations, database batches) never holds Shopify's download open, and a
// file of millions of lines never sits in memory.
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

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A driver's clock and sleep (its deps', else the real ones), and its pace
 * while a bulk operation runs: polled after 250 ms, then twice as long each
 * time up to pollIntervalMs (2 s by default), as exports of big stores take minutes.
 */
export function driverTools(deps: Pick<BulkDriverDeps, "now" | "sleep" | "pollIntervalMs">) {
  const now = deps.now ?? (() => new Date());
  const sleep = deps.sleep ?? defaultSleep;
  const slowest = deps.pollIntervalMs ?? 2_000;
  let pollMs = Math.min(250, slowest);
  return {
    now,
    sleep,
    /** Waits before the next poll, longer than the last time. */
    async waitToPoll() {
      await sleep(pollMs);
      pollMs = Math.min(slowest, pollMs * 2);
    },
    /** The next poll comes quickly again (the driver moved on to another bulk operation). */
    resetPolling() {
      pollMs = Math.min(250, slowest);
    },
  };
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

/**
 * Polls a driver's bulk operation once: false while it runs; once it has
 * ended, true, after handing on how: `completed` with its count of root
 * objects, or `failed` with how it ended (null: Shopify no longer knows it).
 */
export async function settleBulkOperation(
  admin: AdminGraphqlClient,
  id: string,
  settle: { completed(rootObjectCount: number): Promise<unknown>; failed(how: string | null): Promise<unknown> },
): Promise<boolean> {
  const outcome = await bulkOperationOutcome(admin, id);
  if (outcome.kind === "running") return false;
  if (outcome.kind === "completed") await settle.completed(outcome.rootObjectCount);
  else await settle.failed(outcome.kind === "ended" ? outcome.how : null);
  return true;
}

interface DownloadedResults {
  file: string;
  /** Deletes the temporary file and its folder. */
  remove(): Promise<void>;
}

/**
 * Downloads the bulk operation's JSONL to a temporary file. Reading it
 * straight from the response while the reader works would hold the download
 * open for minutes, and servers close connections that stall.
 */
async function downloadBulkResults(url: string, fetchImpl: typeof fetch, prefix: string): Promise<DownloadedResults> {
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
async function* bulkResultLines(file: string): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim() !== "") yield line;
}

/**
 * The bulk operation's JSONL in batches of `batchSize` lines, after the first
 * `skip` (a driver that resumes applied those already). The downloaded file
 * is removed once the reader is done or stops reading.
 */
export async function* bulkResultBatches(
  url: string,
  options: { fetch: typeof fetch; prefix: string; skip: number; batchSize: number },
): AsyncGenerator<string[]> {
  const results = await downloadBulkResults(url, options.fetch, options.prefix);
  try {
    let line = 0;
    let batch: string[] = [];
    for await (const text of bulkResultLines(results.file)) {
      if (line++ < options.skip) continue;
      batch.push(text);
      if (batch.length >= options.batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  } finally {
    await results.remove();
  }
}
