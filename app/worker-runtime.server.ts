// The worker as the app's build starts it (scripts/start.mjs calls
// `build.entry.module.startBackgroundWorker`, re-exported by entry.server.tsx),
// with each shop's Admin API client from its stored offline session.
import db from "./db.server";
import { startWorker, type WorkerOptions } from "./jobs/worker.server";
import { unauthenticated } from "./shopify.server";

export function startBackgroundWorker(options: WorkerOptions = {}) {
  return startWorker(
    {
      db,
      adminFor: async (shop) => (await unauthenticated.admin(shop)).admin,
    },
    options,
  );
}

declare global {
  var conciergeDevWorker: Promise<unknown> | undefined;
}

/**
 * `npm run dev` serves the app from Vite's dev server: the worker runs in the
 * same process, started once however often the modules reload.
 */
export function startDevWorkerOnce() {
  globalThis.conciergeDevWorker ??= startBackgroundWorker({ pollingIntervalSeconds: 1 }).catch((error: unknown) => {
    console.error(`worker: ${error instanceof Error ? error.message : String(error)}`);
  });
}
