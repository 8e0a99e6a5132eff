// StoreImport rows: the store's history being read, its progress and its
// driver's lease. Every query names the shop, but the one that looks for
// stalled imports across shops for the scheduler.
import type { Prisma, StoreImport } from "@prisma/client";
import type { DatabaseClient } from "../db.server";

export type StoreImportRecord = StoreImport;

const ACTIVE: StoreImport["status"][] = ["running", "processing"];

export function isActiveImport(record: Pick<StoreImport, "status">) {
  return ACTIVE.includes(record.status);
}

/**
 * Holds the shop's imports until the transaction ends, so two requests
 * asking for an import at once start one.
 */
export async function lockShopImports(db: Prisma.TransactionClient, shop: string) {
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`${shop}:store-import`}, 0))`;
}

export async function createStoreImport(db: DatabaseClient, shop: string, input: { trigger: string; startedAt: Date }) {
  return db.storeImport.create({ data: { shop, status: "running", trigger: input.trigger, startedAt: input.startedAt } });
}

export async function findStoreImport(db: DatabaseClient, shop: string, id: string) {
  return db.storeImport.findFirst({ where: { shop, id } });
}

export async function findActiveStoreImport(db: DatabaseClient, shop: string) {
  return db.storeImport.findFirst({ where: { shop, status: { in: ACTIVE } }, orderBy: { startedAt: "desc" } });
}

export async function latestStoreImport(db: DatabaseClient, shop: string) {
  return db.storeImport.findFirst({ where: { shop }, orderBy: [{ startedAt: "desc" }, { id: "desc" }] });
}

export async function hasCompletedStoreImport(db: DatabaseClient, shop: string) {
  return (await db.storeImport.count({ where: { shop, status: "completed" } })) > 0;
}

/**
 * Takes the lease on an active import: whoever holds a fresh heartbeat drives
 * it; a heartbeat older than `staleBefore` is a driver that died, and the
 * lease passes on. False when someone else holds it or the import is over.
 */
export async function claimStoreImport(db: DatabaseClient, shop: string, id: string, at: Date, staleBefore: Date): Promise<boolean> {
  const claimed = await db.storeImport.updateMany({
    where: { shop, id, status: { in: ACTIVE }, OR: [{ heartbeatAt: null }, { heartbeatAt: { lt: staleBefore } }] },
    data: { heartbeatAt: at },
  });
  return claimed.count === 1;
}

export type StoreImportUpdate = Prisma.StoreImportUpdateManyMutationInput;

/** Updates an active import; false when it is over (completed or failed meanwhile). */
export async function updateActiveStoreImport(db: DatabaseClient, shop: string, id: string, update: StoreImportUpdate): Promise<boolean> {
  const updated = await db.storeImport.updateMany({ where: { shop, id, status: { in: ACTIVE } }, data: update });
  return updated.count === 1;
}

/**
 * Records a batch, in the batch's own transaction: only if the import is
 * still where the batch started (same phase, same line), so a batch written
 * twice (two drivers) is refused and rolled back.
 */
export async function recordImportBatch(
  db: DatabaseClient,
  shop: string,
  id: string,
  at: { phase: StoreImport["phase"]; linesRead: number },
  update: StoreImportUpdate,
): Promise<boolean> {
  const updated = await db.storeImport.updateMany({
    where: { shop, id, status: "processing", phase: at.phase, linesRead: at.linesRead },
    data: update,
  });
  return updated.count === 1;
}

/** Imports still active whose driver's heartbeat stopped, in every shop: a worker died and its job is gone. */
export async function listStalledStoreImports(db: DatabaseClient, staleBefore: Date) {
  return db.storeImport.findMany({
    where: { status: { in: ACTIVE }, OR: [{ heartbeatAt: null, startedAt: { lt: staleBefore } }, { heartbeatAt: { lt: staleBefore } }] },
    select: { id: true, shop: true },
    take: 1_000,
  });
}
