// The reason spike alert (issue 16): once a day, each shop's spikes of this
// week and the week before (the report's own reading, loadReasonsReport, and
// spikes.ts) start the merchant's "Reason spike" Flow workflows, once per
// reason, product and week: the run is an OutreachMessage with a unique key,
// so a second pass, or a spike still there the next day, adds nothing.
// The week before is read too, so a spike reached on a Sunday after the
// day's pass is still told on Monday. See docs/decisions/030-contact-reasons.md.
import { queueFlowTrigger } from "./flow-triggers.server";
import { loadReasonsReport } from "./reasons-report.server";
import type { ServiceContext } from "./context";

/** Queues one "Reason spike" Flow run per new spike; returns how many were new. */
export async function alertReasonSpikes(ctx: Pick<ServiceContext, "db" | "shop" | "now">): Promise<number> {
  const context = { db: ctx.db, shop: ctx.shop, now: ctx.now, locale: "en" };
  const thisWeek = await loadReasonsReport(context, null);
  const weekBefore = await loadReasonsReport(context, thisWeek.previousWeek);
  let queued = 0;
  for (const report of [weekBefore, thisWeek]) {
    for (const spike of report.spikes) {
      const dedupeKey = `reason-spike:${report.week}:${spike.key}:${spike.productId}`;
      const before = await ctx.db.outreachMessage.count({ where: { shop: ctx.shop, dedupeKey } });
      if (before > 0) continue;
      await ctx.db.$transaction((tx) =>
        queueFlowTrigger(tx, ctx.shop, {
          handle: "reason-spike",
          dedupeKey,
          payload: {
            product_id: Number(spike.productId),
            Reason: spike.label,
            "Reason key": spike.key,
            Week: report.week,
            Count: spike.count,
            "Usual per week": spike.usual,
          },
        }),
      );
      queued += 1;
    }
  }
  return queued;
}
