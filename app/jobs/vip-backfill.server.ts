// Drives a VIP backfill (re-evaluating every customer) to its end on a worker.
// Its progress is on the VipBackfill row, so a retry after a worker died picks
// up from the last batch; a driver still beating elsewhere makes this attempt
// wait for a retry rather than run beside it.
import { findBackfill, updateActiveBackfill } from "../data/vip.server";
import { driveVipBackfill } from "../services/vip-backfill.server";
import type { JobDefinition } from "./job";

export const vipBackfillJob: JobDefinition<"vip-backfill"> = {
  adminPurpose: "backfill",
  async run({ shop, backfillId }, { db, adminFor, now }) {
    const backfill = await findBackfill(db, shop, backfillId);
    if (!backfill || (backfill.status !== "running" && backfill.status !== "processing")) return;
    const driven = await driveVipBackfill({ db, admin: await adminFor(shop), shop, now }, backfillId);
    if (driven === null) throw new Error("Another worker is still driving this backfill");
  },
  async describe() {
    return "Re-evaluating every customer's VIP tier";
  },
  // Each failed attempt already ends the backfill (driveVipBackfill); this is for one that never ran (the shop uninstalled).
  async onFailedForGood({ shop, backfillId }, error, { db, now }) {
    await updateActiveBackfill(db, shop, backfillId, { status: "failed", error, finishedAt: now() });
  },
};
