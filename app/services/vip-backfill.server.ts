// Re-evaluates every customer of a shop after its VIP rules change: a Bulk
// Operation exports the customers (no rate limit), the JSONL is streamed in
// batches, and only customers whose tier or tags must change cost Admin API
// calls, paced to the shop's cost budget. Progress lives in VipBackfill, so
// the admin shows it; a worker runs it as a job (app/jobs/vip-backfill.server.ts),
// and a backfill whose worker died is resumed from its last batch.
// See docs/decisions/006-vip-tiers-in-shopify.md.
import type { Database, DatabaseClient } from "../db.server";
import { enqueue } from "../jobs/queue.server";
import { adminMutation, adminQuery, AdminUserErrors } from "../admin-api.server";
import { PURPOSE_BUDGETS } from "../domain/admin-budget";
import { pacedAdminClient } from "../admin-throttle.server";
import {
  claimBackfill,
  createBackfill,
  findBackfill,
  findCustomerTiers,
  listActiveBackfills,
  listStalledBackfills,
  supersedeBackfills,
  updateActiveBackfill,
  type VipBackfillRecord,
} from "../data/vip.server";
import { customerSnapshot, planMutatesShopify, planTierSync, type CustomerNode, type CustomerSnapshot } from "../domain/vip/sync";
import { numericId, shopifyGid } from "../domain/shopify-ids";
import { BulkOperationCancelMutation } from "../graphql/bulk-operation-cancel";
import { BulkOperationRunQueryMutation } from "../graphql/bulk-operation-run-query";
import { VIP_BACKFILL_CUSTOMERS_QUERY } from "../graphql/vip-backfill-customers";
import { VipCustomerFactsQuery } from "../graphql/vip-customer-facts";
import { VipCustomersTagsQuery } from "../graphql/vip-customers-tags";
import { applyTierPlans, loadVipRuleSet, TIER_METAFIELD_VARIABLES, type PlannedCustomer, type VipRuleSet } from "./vip-sync.server";
import { bulkOperationOutcome, bulkResultBatches, driverTools, settleBulkOperation, type BulkDriverDeps } from "./bulk-results.server";
import { leaseCutoff, leasedDrive } from "./driver-lease.server";
import { parseStorableJson } from "../domain/storable-text";

export type BackfillDeps = BulkDriverDeps;

export type BackfillTrigger = "rule_created" | "rule_updated" | "rule_deleted" | "rules_reordered" | "manual" | "schedule" | "reinstall";

const DEFAULT_BATCH_SIZE = 500;
/** Share of the cost bucket a backfill leaves to everything else: its budget's (decision 023), paced here so the budget never has to wait. */
const BUCKET_RESERVE = PURPOSE_BUDGETS.backfill.reserveShare;
/** Customers per `nodes(ids:)` check, one point each. */
const TAG_CHECK_CHUNK = 100;

/**
 * Starts re-evaluating every customer. A backfill still running is
 * superseded (and its bulk operation cancelled): the new one covers
 * everything it would have.
 */
export async function startVipBackfill(deps: BackfillDeps, trigger: BackfillTrigger): Promise<VipBackfillRecord> {
  const { db, admin, shop } = deps;
  const { now } = driverTools(deps);
  const active = await listActiveBackfills(db, shop);
  await supersedeBackfills(
    db,
    shop,
    active.map((backfill) => backfill.id),
    now(),
  );
  for (const backfill of active) {
    if (!backfill.bulkOperationId || backfill.status !== "running") continue;
    try {
      await adminMutation(admin, BulkOperationCancelMutation, { id: backfill.bulkOperationId }, "bulkOperationCancel");
    } catch (error) {
      // Already finished: nothing to cancel.
      if (!(error instanceof AdminUserErrors)) throw error;
    }
  }
  const started = await adminMutation(
    admin,
    BulkOperationRunQueryMutation,
    { query: VIP_BACKFILL_CUSTOMERS_QUERY },
    "bulkOperationRunQuery",
  );
  if (!started.bulkOperation) throw new Error("bulkOperationRunQuery returned no bulk operation");
  const bulkOperationId = started.bulkOperation.id;
  // The backfill and the job that drives it exist together.
  return db.$transaction(async (tx) => {
    const backfill = await createBackfill(tx, shop, { trigger, bulkOperationId, startedAt: now() });
    await enqueueBackfillDriver(tx, shop, backfill.id);
    return backfill;
  });
}

/** Queues the job that drives a backfill; a job already waiting for it stands for this one. */
export async function enqueueBackfillDriver(db: DatabaseClient, shop: string, backfillId: string) {
  await enqueue(db, "vip-backfill", { shop, backfillId }, { singletonKey: backfillId });
}

/**
 * Drives a backfill to its end: waits for the bulk operation, then applies
 * the results batch by batch. Returns null when another driver holds the
 * backfill. A failure is recorded on the backfill before it is thrown.
 */
export async function driveVipBackfill(deps: BackfillDeps, backfillId: string): Promise<VipBackfillRecord | null> {
  const { db, shop } = deps;
  const tools = driverTools(deps);
  const { now, sleep } = tools;
  // Half the bucket stays free for shoppers, webhooks and the admin while the backfill runs.
  const admin = pacedAdminClient(deps.admin, { sleep, reserve: BUCKET_RESERVE });
  const paced = { ...deps, admin, sleep };
  const lease = {
    claim: (at: Date, staleBefore: Date) => claimBackfill(db, shop, backfillId, at, staleBefore),
    beat: () => updateActiveBackfill(db, shop, backfillId, { heartbeatAt: now() }),
    fail: (_error: unknown, message: string) =>
      updateActiveBackfill(db, shop, backfillId, { status: "failed", error: message, finishedAt: now() }),
  };
  return leasedDrive(now, lease, async () => {
    for (;;) {
      const backfill = await findBackfill(db, shop, backfillId);
      if (!backfill || (backfill.status !== "running" && backfill.status !== "processing")) return backfill;
      if (backfill.status === "running") {
        const finished = await checkBulkOperation(paced, backfill);
        if (!finished) {
          await tools.waitToPoll();
          if (!(await updateActiveBackfill(db, shop, backfillId, { heartbeatAt: now() }))) return findBackfill(db, shop, backfillId);
        }
        continue;
      }
      await processResults(paced, backfill);
    }
  });
}

/** Starts a backfill and drives it to its end here, not on a worker (tests, the benchmark, scripts). */
export async function runVipBackfill(deps: BackfillDeps, trigger: BackfillTrigger): Promise<VipBackfillRecord> {
  const backfill = await startVipBackfill(deps, trigger);
  return (await driveVipBackfill(deps, backfill.id)) ?? backfill;
}

/** Backfills still running whose driver's heartbeat stopped: a worker died and its job is gone. */
export async function resumeStalledBackfills(db: Database, now: Date) {
  const stalled = await listStalledBackfills(db, leaseCutoff(now));
  for (const backfill of stalled) await enqueueBackfillDriver(db, backfill.shop, backfill.id);
  return stalled.length;
}

/** True once the bulk operation has finished (and the backfill moved on). */
async function checkBulkOperation(
  deps: BackfillDeps & { sleep: (ms: number) => Promise<void> },
  backfill: VipBackfillRecord,
): Promise<boolean> {
  const { db, admin, shop } = deps;
  const { now } = driverTools(deps);
  const fail = (error: string) => updateActiveBackfill(db, shop, backfill.id, { status: "failed", error, finishedAt: now() });
  if (!backfill.bulkOperationId) {
    await fail("No bulk operation");
    return true;
  }
  return settleBulkOperation(admin, backfill.bulkOperationId, {
    completed: (count) => updateActiveBackfill(db, shop, backfill.id, { status: "processing", customersTotal: count, heartbeatAt: now() }),
    failed: (how) => fail(how ? `The bulk operation ${how}` : "Shopify no longer knows the bulk operation"),
  });
}

async function processResults(deps: BackfillDeps & { sleep: (ms: number) => Promise<void> }, backfill: VipBackfillRecord) {
  const { db, admin, shop } = deps;
  const { now } = driverTools(deps);
  const batchSize = deps.batchSize ?? DEFAULT_BATCH_SIZE;
  const outcome = await bulkOperationOutcome(admin, backfill.bulkOperationId ?? "");
  const url = outcome.kind === "completed" ? outcome.url : null;
  if (!url) {
    // Shopify gives no url when the shop has no customers at all.
    await updateActiveBackfill(db, shop, backfill.id, { status: "completed", finishedAt: now() });
    return;
  }
  const vip = await loadVipRuleSet(db, admin, shop);
  const trigger = backfill.trigger.startsWith("rule") ? "rule_change" : "backfill";
  let progress = {
    customersProcessed: backfill.customersProcessed,
    customersChanged: backfill.customersChanged,
    mutations: backfill.mutations,
  };
  const flush = async (batch: string[]) => {
    // Every customer of the batch is checked before anything is written for one of them: the count shown never trails
    // the tiers the page already counts (nor those Concierge's own tag changes, back as customers/update, record first).
    const checked = { customersChecked: progress.customersProcessed + batch.length, heartbeatAt: now() };
    if (!(await updateActiveBackfill(db, shop, backfill.id, checked))) return false;
    const applied = await applyBatch(deps, vip, batch, trigger);
    progress = {
      customersProcessed: progress.customersProcessed + batch.length,
      customersChanged: progress.customersChanged + applied.changed,
      mutations: progress.mutations + applied.mutations,
    };
    return updateActiveBackfill(db, shop, backfill.id, { ...progress, heartbeatAt: now() });
  };
  const batches = bulkResultBatches(url, {
    fetch: deps.fetch ?? fetch,
    prefix: "vip-backfill",
    skip: backfill.customersProcessed,
    batchSize,
  });
  for await (const batch of batches) if (!(await flush(batch))) return; // superseded
  await updateActiveBackfill(db, shop, backfill.id, { status: "completed", finishedAt: now() });
}

/**
 * One batch: evaluate everyone from the snapshot; for the few whose tier or
 * tags must change, check that the tags they have are still the snapshot's
 * (a tag the merchant added since must stay theirs), then apply.
 */
async function applyBatch(deps: BackfillDeps, vip: VipRuleSet, lines: string[], trigger: string) {
  const { db, admin, shop } = deps;
  const now = driverTools(deps).now();
  const snapshots = new Map<string, CustomerSnapshot>();
  for (const text of lines) {
    const node = parseStorableJson(text) as CustomerNode & { __parentId?: string };
    if (node.__parentId !== undefined) continue;
    snapshots.set(numericId(node.id), customerSnapshot(node));
  }
  const stored = await findCustomerTiers(db, shop, [...snapshots.keys()]);
  const plan = (customerId: string, snapshot: CustomerSnapshot): PlannedCustomer => {
    const record = stored.get(customerId) ?? null;
    return {
      customerId,
      stored: record,
      plan: planTierSync({ ruleSet: vip.ruleSet, tierTags: vip.tierTags, snapshot, stored: record, now }),
      factsUpdatedAt: snapshot.updatedAt,
    };
  };
  const planned = [...snapshots].map(([customerId, snapshot]) => plan(customerId, snapshot));
  const acting = planned.filter((item) => !item.plan.stale && (planMutatesShopify(item.plan) || item.plan.recordChanged));

  const adding = acting.filter((item) => item.plan.tagsAdd.length > 0);
  const moved = new Set<string>();
  for (let start = 0; start < adding.length; start += TAG_CHECK_CHUNK) {
    const chunk = adding.slice(start, start + TAG_CHECK_CHUNK);
    const { nodes } = await adminQuery(admin, VipCustomersTagsQuery, { ids: chunk.map((item) => shopifyGid("Customer", item.customerId)) });
    const current = new Map(nodes.flatMap((node) => (node && "id" in node ? [[numericId(node.id), node] as const] : [])));
    for (const item of chunk) {
      const customer = current.get(item.customerId);
      if (!customer || new Date(customer.updatedAt).getTime() !== item.factsUpdatedAt.getTime()) moved.add(item.customerId);
    }
  }
  const final: PlannedCustomer[] = [];
  for (const item of acting) {
    if (!moved.has(item.customerId)) {
      final.push(item);
      continue;
    }
    // Changed since the snapshot: decide from the customer as they are now.
    const { customer } = await adminQuery(admin, VipCustomerFactsQuery, {
      id: shopifyGid("Customer", item.customerId),
      ...TIER_METAFIELD_VARIABLES,
    });
    if (!customer) continue;
    const fresh = plan(item.customerId, customerSnapshot(customer));
    if (!fresh.plan.stale && (planMutatesShopify(fresh.plan) || fresh.plan.recordChanged)) final.push(fresh);
  }
  if (final.length === 0) return { changed: 0, mutations: 0 };
  return applyTierPlans({ db, admin, shop, now, trigger }, final);
}
