// The reason spike alert as the merchant's Flow workflows hear it: the daily
// job finds last week's "damaged or defective" rising on one product and
// starts the "Reason spike" trigger once, however often it runs; a week like
// the weeks before starts nothing.
import { beforeEach, describe, expect, it } from "vitest";
import db from "../app/db.server";
import { enqueue } from "../app/jobs/queue.server";
import { mondayOf } from "../app/domain/reasons/report";
import { weeksBefore } from "../app/domain/reasons/spikes";
import { dayInTimeZone } from "../app/domain/time/days";
import { instantOfWallClock } from "../app/domain/time/zoned-time";
import { DEMO_SHOP } from "../local-shopify/demo-store";
import { withInstalledLocalShopify } from "./factories/local-shopify";
import { runQueuedJobs } from "./factories/jobs";

const local = withInstalledLocalShopify();
const ZONE = "Asia/Dubai";
/** Last week's Monday in Dubai: a whole week, whatever day the test runs. */
const WEEK = weeksBefore(mondayOf(dayInTimeZone(new Date(), ZONE)), 1)[0]!;

const at = (week: string, dayOffset: number, hour: number) => {
  const [year, month, day] = week.split("-").map(Number) as [number, number, number];
  return instantOfWallClock({ year, month, day: day + dayOffset, hour }, ZONE);
};

let n = 0;
async function contacts(week: string, reasonKey: string, productId: string, count: number) {
  for (let i = 0; i < count; i++) {
    n += 1;
    await db.contactReason.create({
      data: { shop: DEMO_SHOP, source: "shopify_return", sourceId: `return-${n}`, reasonKey, productId, occurredAt: at(week, i % 7, 12) },
    });
  }
}

const products = () => [...local().store.getShop(DEMO_SHOP).products.values()].map((product) => String(product.id));
// The local Shopify lives for the whole file: only the runs of this test count.
let runsBefore = 0;
const spikeRuns = () =>
  local()
    .store.getShop(DEMO_SHOP)
    .flowTriggerRuns.slice(runsBefore)
    .filter((run) => run.handle === "reason-spike");

async function runDailyJob() {
  await enqueue(db, "reason-spikes", {});
  await runQueuedJobs();
}

beforeEach(async () => {
  runsBefore = local().store.getShop(DEMO_SHOP).flowTriggerRuns.length;
  await db.shop.update({ where: { shop: DEMO_SHOP }, data: { ianaTimezone: ZONE } });
  const [jacket, dress] = products() as [string, string];
  // Eight usual weeks: one damaged jacket, three dresses too small.
  for (const week of weeksBefore(WEEK, 8)) {
    await contacts(week, "defective", jacket, 1);
    await contacts(week, "too-small", dress, 3);
  }
});

describe("the reason spike alert", () => {
  it("starts the Reason spike workflows once for a reason rising on one product, however often the job runs", async () => {
    const [jacket, dress] = products() as [string, string];
    await contacts(WEEK, "defective", jacket, 6);
    await contacts(WEEK, "too-small", dress, 4);

    await runDailyJob();
    await runDailyJob();

    expect(spikeRuns()).toEqual([
      expect.objectContaining({
        payload: {
          product_id: Number(jacket),
          Reason: "Damaged or defective",
          "Reason key": "defective",
          Week: WEEK,
          Count: 6,
          "Usual per week": 1,
        },
      }),
    ]);
    expect(await db.outreachMessage.findMany({ where: { shop: DEMO_SHOP, kind: "flow:reason-spike" }, select: { status: true } })).toEqual([
      { status: "sent" },
    ]);
  });

  it("starts nothing for a week like the weeks before", async () => {
    const [jacket, dress] = products() as [string, string];
    await contacts(WEEK, "defective", jacket, 2);
    await contacts(WEEK, "too-small", dress, 4);

    await runDailyJob();

    expect(spikeRuns()).toEqual([]);
    expect(await db.outreachMessage.count({ where: { shop: DEMO_SHOP, kind: "flow:reason-spike" } })).toBe(0);
  });
});
