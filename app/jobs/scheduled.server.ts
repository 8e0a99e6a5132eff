// Work on the queue's own scheduler (cron, in UTC), run by whichever worker
// gets it first:
//   nightly-vip   03:00  re-evaluate the shops whose rules depend on time
//                        ("last order within N days" changes with the calendar)
//   close-months  hourly  keep the sums of the months just over, on each shop's
//                        clock (a month ends at a different hour in every zone)
//   resume-work   * * *  queue the webhook events a crash kept from their
//                        job; drive again the backfills and imports whose
//                        worker died
//   prune         04:30  forget what is no longer needed
//   shipment-watch :17   assess again the open shipments the clock may have put
//                        at risk (past the estimated delivery, no scan for N days)
//   catalog-refresh :41  ask Shopify again for exchange products no webhook
//                        refreshed for six hours (catalog-refresh.server.ts)
//   reason-spikes 05:10  tell the merchant's Flow workflows of the week's new
//                        reason spikes, once each (reason-spike-alerts.server.ts)
import { pruneRateLimitsBefore } from "../data/rate-limits.server";
import { pruneSnapshotsBefore } from "../data/tracking.server";
import { listVipRules } from "../data/vip.server";
import { closeMonths } from "../services/profit-months.server";
import { resumeStalledImports } from "../services/store-import.server";
import { watchOpenShipments } from "../services/shipment-risks.server";
import { alertReasonSpikes } from "../services/reason-spike-alerts.server";
import { resumeStalledBackfills, startVipBackfill } from "../services/vip-backfill.server";
import { relayStrandedEvents } from "../services/webhook-intake.server";
import type { Database } from "../db.server";
import type { JobDefinition } from "./job";
import { enqueue, type JobName } from "./queue.server";

export const SCHEDULES: { name: JobName; cron: string }[] = [
  { name: "nightly-vip", cron: "0 3 * * *" },
  { name: "close-months", cron: "15 * * * *" },
  { name: "resume-work", cron: "* * * * *" },
  { name: "prune", cron: "30 4 * * *" },
  { name: "shipment-watch", cron: "17 * * * *" },
  { name: "catalog-refresh", cron: "41 * * * *" },
  { name: "reason-spikes", cron: "10 5 * * *" },
];

const DAY_MS = 24 * 60 * 60 * 1000;
/** Processed events are kept a week: Shopify retries for 48 hours, so a redelivery still finds them. */
export const PROCESSED_EVENT_RETENTION_MS = 7 * DAY_MS;
/** Failed work the merchant retried, kept a month for the record. */
const RETRIED_FAILURE_RETENTION_MS = 30 * DAY_MS;
/** Tracking snapshots are fresh for minutes; older ones hold a customer's data for nothing. */
const SNAPSHOT_RETENTION_MS = DAY_MS;

export const nightlyVipJob: JobDefinition<"nightly-vip"> = {
  adminPurpose: "backfill",
  async run({ shop }, { db, adminFor, now }) {
    if (!shop) {
      // Fan out: one job per shop, so one shop's trouble is retried on its own.
      const shops = await db.vipRule.findMany({
        where: { enabled: true, definition: { path: ["conditions"], array_contains: [{ kind: "last_order_within_days" }] } },
        distinct: ["shop"],
        select: { shop: true },
      });
      for (const row of shops) await enqueue(db, "nightly-vip", { shop: row.shop }, { singletonKey: row.shop });
      return;
    }
    const rules = await listVipRules(db, shop);
    if (!rules.some((rule) => rule.enabled && rule.conditions.some((condition) => condition.kind === "last_order_within_days"))) return;
    await startVipBackfill({ db, admin: await adminFor(shop), shop, now }, "schedule");
  },
  async describe({ shop }) {
    return shop ? "The nightly re-evaluation of time-based VIP tiers" : "Finding the shops whose VIP tiers depend on time";
  },
};

/** A scheduled run without a shop queues one job per installed shop, so one shop's trouble is retried on its own. */
async function fanOutToInstalledShops(db: Database, name: "close-months" | "reason-spikes") {
  const shops = await db.shop.findMany({ where: { uninstalledAt: null }, select: { shop: true } });
  for (const row of shops) await enqueue(db, name, { shop: row.shop }, { singletonKey: row.shop });
}

export const closeMonthsJob: JobDefinition<"close-months"> = {
  async run({ shop }, { db, now }) {
    // A month is over a day after its end, so each shop's work is a no-op but once a month.
    if (!shop) return fanOutToInstalledShops(db, "close-months");
    await closeMonths(db, shop, now());
  },
  async describe({ shop }) {
    return shop ? "Keeping the sums of the months just over" : "Finding the shops whose months to close";
  },
};

export const resumeWorkJob: JobDefinition<"resume-work"> = {
  async run(_data, { db, now }) {
    await relayStrandedEvents(db, now());
    await resumeStalledBackfills(db, now());
    await resumeStalledImports(db, now());
  },
  async describe() {
    return "Resuming interrupted work";
  },
};

export const pruneJob: JobDefinition<"prune"> = {
  async run(_data, { db, now }) {
    const at = now().getTime();
    await db.webhookEvent.deleteMany({ where: { status: "processed", receivedAt: { lt: new Date(at - PROCESSED_EVENT_RETENTION_MS) } } });
    await db.failedJob.deleteMany({ where: { retriedAt: { lt: new Date(at - RETRIED_FAILURE_RETENTION_MS) } } });
    await pruneSnapshotsBefore(db, new Date(at - SNAPSHOT_RETENTION_MS));
    await pruneRateLimitsBefore(db, new Date(at - DAY_MS));
  },
  async describe() {
    return "Removing old records";
  },
};

export const shipmentWatchJob: JobDefinition<"shipment-watch"> = {
  async run(_data, { db, now }) {
    await watchOpenShipments(db, now());
  },
  async describe() {
    return "Checking open shipments for lateness and missing carrier scans";
  },
};

export const reasonSpikesJob: JobDefinition<"reason-spikes"> = {
  async run({ shop }, { db, now }) {
    if (!shop) return fanOutToInstalledShops(db, "reason-spikes");
    await alertReasonSpikes({ db, shop, now: now() });
  },
  async describe({ shop }) {
    return shop ? "Telling your Flow workflows of this week's reason spikes" : "Finding the shops whose reason spikes to tell";
  },
};
