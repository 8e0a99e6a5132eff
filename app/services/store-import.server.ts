// The store's history: on install (and when the merchant asks) Concierge
// reads the orders Shopify lets it read, with their refunds and customer,
// then every customer, through two Bulk Operations, and writes them exactly
// as the webhooks would have: the same facts (upsertOrderFacts, recordRefund,
// upsertCustomerIdentity, which never let older facts overwrite newer ones),
// then the same credits and sums (creditOrders, recordOrderDays). So the
// months before install read as if Concierge had been there, and a webhook
// arriving meanwhile is never undone.
//
// A worker drives it as a job (app/jobs/store-import.server.ts). The JSONL is
// applied in batches, each in one transaction with the progress it makes, so
// a worker that dies resumes after the last batch written and counts nothing
// twice; a lease (heartbeatAt) keeps two workers from driving one import.
// See docs/decisions/012-store-history-import.md.
import { adminMutation, adminQuery, AdminUserErrors } from "../admin-api.server";
import { inTransaction, type Database, type DatabaseClient } from "../db.server";
import {
  claimStoreImport,
  createStoreImport,
  findActiveStoreImport,
  findStoreImport,
  hasCompletedStoreImport,
  isActiveImport,
  latestStoreImport,
  listStalledStoreImports,
  lockShopImports,
  recordImportBatch,
  updateActiveStoreImport,
  type StoreImportRecord,
} from "../data/store-imports.server";
import { describeStoreImport, ordersWindow, READ_ALL_ORDERS_SCOPE } from "../domain/store-import";
import { BulkOperationRunQueryMutation } from "../graphql/bulk-operation-run-query";
import { GrantedScopesQuery, STORE_IMPORT_CUSTOMERS_QUERY, STORE_IMPORT_ORDERS_QUERY } from "../graphql/store-import";
import { enqueue } from "../jobs/queue.server";
import { bulkOperationOutcome, bulkResultBatches, driverTools, settleBulkOperation, type BulkDriverDeps } from "./bulk-results.server";
import { leaseCutoff, leasedDrive } from "./driver-lease.server";
import { applyCustomers, applyOrders } from "./store-import-lines.server";
import { shopSettings } from "./shop-settings.server";

/** Why an import ran: installing, installing again (no webhook came meanwhile), the merchant's button, or read_all_orders newly granted. */
export type StoreImportTrigger = "install" | "reinstall" | "merchant" | "scopes";

export interface StoreImportDeps extends BulkDriverDeps {
  /**
   * How long to wait for Shopify to accept a bulk query while the app's other
   * bulk queries (a VIP re-evaluation) fill its slots, before giving the
   * attempt back to the queue to retry later.
   */
  busyWaitMs?: number;
  /** Stops between batches when aborted (the job ran out of time). */
  signal?: AbortSignal;
  /** Told after each batch is written, with the import as it now stands. */
  onBatch?: (progress: StoreImportRecord) => void | Promise<void>;
}

const DEFAULT_BATCH_SIZE = 250;
const DEFAULT_BUSY_WAIT_MS = 5 * 60_000;
/** A batch of a few hundred orders takes a second or two; this is far beyond. */
const BATCH_TRANSACTION_TIMEOUT_MS = 120_000;

const QUERIES = { orders: STORE_IMPORT_ORDERS_QUERY, customers: STORE_IMPORT_CUSTOMERS_QUERY } as const;
/** Shopify's answers when the app's bulk query slots are all taken (one before 2026-01, five since). */
const BUSY_CODES = ["OPERATION_IN_PROGRESS", "LIMIT_REACHED"];

/** Another driver took the import over (this one's lease had gone stale): this one stops. */
class ImportTakenOverError extends Error {
  constructor() {
    super("The import moved on without this worker (another one is driving it)");
    this.name = "ImportTakenOverError";
  }
}

/** Shopify kept the app's bulk query slots busy past the wait: the queue retries later. */
export class BulkQueriesBusyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BulkQueriesBusyError";
  }
}

/**
 * Asks for the store's history to be imported. One import at a time per
 * shop: while one is active, that one is returned. The row and the job that
 * drives it are written together (in the caller's transaction, if any).
 */
export async function queueStoreImport(
  db: DatabaseClient,
  shop: string,
  trigger: StoreImportTrigger,
  now: Date,
): Promise<StoreImportRecord> {
  return inTransaction(db, async (tx) => {
    await lockShopImports(tx, shop);
    const active = await findActiveStoreImport(tx, shop);
    if (active) return active;
    const created = await createStoreImport(tx, shop, { trigger, startedAt: now });
    await enqueueImportDriver(tx, shop, created.id);
    return created;
  });
}

export type StoreImportView = NonNullable<Awaited<ReturnType<typeof loadStoreImportView>>>;

/** The latest import, as the admin shows it: where it is, what it brought, what it could not read. */
export async function loadStoreImportView(db: DatabaseClient, shop: string) {
  const record = await latestStoreImport(db, shop);
  if (!record) return null;
  const processingOrders = record.status === "processing" && record.phase === "orders";
  return {
    id: record.id,
    status: record.status,
    active: isActiveImport(record),
    trigger: record.trigger,
    line: describeStoreImport(record),
    /** 0–100 while orders are read, else null. */
    progress:
      processingOrders && record.ordersTotal > 0 ? Math.min(100, Math.round((record.ordersImported / record.ordersTotal) * 100)) : null,
    ordersImported: record.ordersImported,
    customersImported: record.customersImported,
    allOrders: record.allOrders,
    ordersSince: record.ordersSince?.toISOString() ?? null,
    error: record.error,
    startedAt: record.startedAt.toISOString(),
    finishedAt: record.finishedAt?.toISOString() ?? null,
  };
}

/**
 * app/scopes_update: a shop that now grants read_all_orders has orders older
 * than 60 days Concierge could not read before; they are imported now.
 */
export async function queueStoreImportOnScopes(
  db: DatabaseClient,
  shop: string,
  scopes: { previous: string[]; current: string[] },
  now: Date,
) {
  if (!scopes.current.includes(READ_ALL_ORDERS_SCOPE) || scopes.previous.includes(READ_ALL_ORDERS_SCOPE)) return null;
  return queueStoreImport(db, shop, "scopes", now);
}

/** On install: the history is read once (a reinstall queues its own import, for the days the app was away: onInstall). */
export async function queueStoreImportOnInstall(db: DatabaseClient, shop: string, now: Date) {
  if (await hasCompletedStoreImport(db, shop)) return null;
  return queueStoreImport(db, shop, "install", now);
}

export async function enqueueImportDriver(db: DatabaseClient, shop: string, importId: string) {
  await enqueue(db, "store-import", { shop, importId }, { singletonKey: importId });
}

/** Imports still active whose driver's heartbeat stopped: queued again, to resume from their last batch. */
export async function resumeStalledImports(db: Database, now: Date) {
  const stalled = await listStalledStoreImports(db, leaseCutoff(now));
  for (const row of stalled) await enqueueImportDriver(db, row.shop, row.id);
  return stalled.length;
}

/** Ends an import that will not be driven again (its job failed for good, or the app was uninstalled). */
export async function failStoreImport(db: DatabaseClient, shop: string, importId: string, error: string, at: Date) {
  await updateActiveStoreImport(db, shop, importId, { status: "failed", error: error.slice(0, 500), finishedAt: at, heartbeatAt: null });
}

/**
 * Drives an import to its end: each phase's bulk operation started, waited
 * for and applied batch by batch. Returns the import as it ended, or null
 * when another driver holds it. A failure is noted on the import (its error)
 * and thrown: the queue retries, and the retry resumes where it stopped.
 */
export async function driveStoreImport(deps: StoreImportDeps, importId: string): Promise<StoreImportRecord | null> {
  const { db, shop } = deps;
  const tools = driverTools(deps);
  const { now } = tools;
  const lease = {
    claim: (at: Date, staleBefore: Date) => claimStoreImport(db, shop, importId, at, staleBefore),
    beat: () => updateActiveStoreImport(db, shop, importId, { heartbeatAt: now() }),
    // Kept active for the retry. The lease is let go, so the retry need not
    // wait for it to go stale, unless another driver holds it now.
    fail: (error: unknown, message: string) =>
      updateActiveStoreImport(db, shop, importId, {
        error: message,
        ...(error instanceof ImportTakenOverError ? {} : { heartbeatAt: null }),
      }).catch(() => {}),
  };
  return leasedDrive(now, lease, async () => {
    for (;;) {
      deps.signal?.throwIfAborted();
      const record = await findStoreImport(db, shop, importId);
      if (!record || !isActiveImport(record)) return record;
      if (record.status === "processing") {
        await applyResults(deps, record);
        tools.resetPolling();
        continue;
      }
      if (!record.bulkOperationId) {
        await startPhase(deps, record);
        continue;
      }
      if (!(await checkBulkOperation(deps, record))) {
        await tools.waitToPoll();
        await updateActiveStoreImport(db, shop, importId, { heartbeatAt: now() });
      }
    }
  });
}

/** Starts an import and drives it to its end here, not on a worker (tests, the benchmark, scripts). */
export async function runStoreImport(deps: StoreImportDeps, trigger: StoreImportTrigger): Promise<StoreImportRecord> {
  const queued = await queueStoreImport(deps.db, deps.shop, trigger, driverTools(deps).now());
  return (await driveStoreImport(deps, queued.id)) ?? queued;
}

/**
 * Starts the phase's bulk query. The orders phase first asks Shopify which
 * scopes the shop granted: with read_all_orders every order is exported,
 * without it the last 60 days. While the app's bulk query slots are taken
 * (a VIP re-evaluation, or another import's phase on an older API version),
 * it waits, then gives the attempt back to the queue.
 */
async function startPhase(deps: StoreImportDeps, record: StoreImportRecord) {
  const { db, admin, shop } = deps;
  const { now, sleep } = driverTools(deps);
  if (record.phase === "orders") {
    // The days and months the orders are summed in are the shop's: its time zone first (kept once known).
    await shopSettings(db, admin, shop);
    const { currentAppInstallation } = await adminQuery(admin, GrantedScopesQuery, {});
    const window = ordersWindow(
      currentAppInstallation.accessScopes.map((scope) => scope.handle),
      now(),
    );
    await updateActiveStoreImport(db, shop, record.id, { allOrders: window.allOrders, ordersSince: window.since });
  }
  const waitUntil = now().getTime() + (deps.busyWaitMs ?? DEFAULT_BUSY_WAIT_MS);
  for (;;) {
    deps.signal?.throwIfAborted();
    try {
      const started = await adminMutation(admin, BulkOperationRunQueryMutation, { query: QUERIES[record.phase] }, "bulkOperationRunQuery");
      if (!started.bulkOperation) throw new Error("bulkOperationRunQuery returned no bulk operation");
      await updateActiveStoreImport(db, shop, record.id, { bulkOperationId: started.bulkOperation.id, error: null, heartbeatAt: now() });
      return;
    } catch (error) {
      const busy = error instanceof AdminUserErrors && error.hasCode(...BUSY_CODES);
      if (!busy) throw error;
      if (now().getTime() >= waitUntil)
        throw new BulkQueriesBusyError(`Shopify is still running the app's other bulk queries: ${error.message}`);
      await sleep(Math.max(deps.pollIntervalMs ?? 2_000, 1_000));
      await updateActiveStoreImport(db, shop, record.id, { heartbeatAt: now() });
    }
  }
}

/** True once the phase's bulk operation has finished (and the import moved on). */
async function checkBulkOperation(deps: StoreImportDeps, record: StoreImportRecord): Promise<boolean> {
  const { db, admin, shop } = deps;
  const { now } = driverTools(deps);
  return settleBulkOperation(admin, record.bulkOperationId ?? "", {
    completed: (count) =>
      updateActiveStoreImport(db, shop, record.id, {
        status: "processing",
        linesRead: 0,
        ...(record.phase === "orders" ? { ordersTotal: count } : { customersTotal: count }),
        heartbeatAt: now(),
      }),
    failed: (how) =>
      failStoreImport(
        db,
        shop,
        record.id,
        how ? `Shopify's export of the ${record.phase} ${how}` : "Shopify no longer knows the bulk operation",
        now(),
      ),
  });
}

/**
 * Applies the phase's JSONL, from the first line not yet applied, a batch
 * per transaction; then moves to the customers, or ends.
 */
async function applyResults(deps: StoreImportDeps, record: StoreImportRecord) {
  const { db, admin, shop } = deps;
  const { now } = driverTools(deps);
  const batchSize = deps.batchSize ?? DEFAULT_BATCH_SIZE;
  const outcome = await bulkOperationOutcome(admin, record.bulkOperationId ?? "");
  if (outcome.kind !== "completed") {
    await failStoreImport(db, shop, record.id, "Shopify no longer has the export's results", now());
    return;
  }
  // Shopify gives no url when the export is empty (a shop without orders).
  if (outcome.url) {
    let current = record;
    const batches = bulkResultBatches(outcome.url, {
      fetch: deps.fetch ?? fetch,
      prefix: "store-import",
      skip: record.linesRead,
      batchSize,
    });
    for await (const batch of batches) {
      deps.signal?.throwIfAborted();
      current = await applyBatch(deps, current, batch);
      await deps.onBatch?.(current);
    }
  }
  const next =
    record.phase === "orders"
      ? { phase: "customers" as const, status: "running" as const, bulkOperationId: null, linesRead: 0 }
      : { status: "completed" as const, finishedAt: now(), error: null, heartbeatAt: null };
  await updateActiveStoreImport(db, shop, record.id, next);
}

/** One batch of the phase's lines, in one transaction with the progress it makes. */
async function applyBatch(deps: StoreImportDeps, record: StoreImportRecord, lines: string[]): Promise<StoreImportRecord> {
  const { db, shop } = deps;
  const { now } = driverTools(deps);
  return db.$transaction(
    async (tx) => {
      const made = record.phase === "orders" ? await applyOrders(tx, shop, lines) : await applyCustomers(tx, shop, lines);
      const oldest = made.oldestOrder;
      const progress = {
        linesRead: record.linesRead + lines.length,
        objectsRead: record.objectsRead + lines.length,
        ordersImported: record.ordersImported + made.orders,
        refundsImported: record.refundsImported + made.refunds,
        customersImported: record.customersImported + made.customers,
        // With every order readable, "since" is the oldest order there is.
        ...(record.allOrders && oldest && (!record.ordersSince || oldest < record.ordersSince) ? { ordersSince: oldest } : {}),
        heartbeatAt: now(),
      };
      if (!(await recordImportBatch(tx, shop, record.id, { phase: record.phase, linesRead: record.linesRead }, progress))) {
        throw new ImportTakenOverError();
      }
      return { ...record, ...progress };
    },
    { timeout: BATCH_TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  );
}
