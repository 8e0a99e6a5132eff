// The weekly reasons report as the merchant reads it: a week in the shop's
// time zone (from Monday), the contacts by reason and by product against
// their usual weekly rate, the exact refunds and exchanges behind them, a
// spike flagged, and the merchant's own reasons added and removed.
import { beforeEach, describe, expect, it } from "vitest";
import db from "../app/db.server";
import { action, loader } from "../app/routes/app.reasons";
import type { ReasonsReportView } from "../app/services/reasons-report.server";
import { mondayOf } from "../app/domain/reasons/report";
import { weeksBefore } from "../app/domain/reasons/spikes";
import { dayInTimeZone } from "../app/domain/time/days";
import { instantOfWallClock } from "../app/domain/time/zoned-time";
import { adminRequest, storeSessions } from "./factories/admin-requests";

const shop = "amira-boutique.myshopify.com";
const otherShop = "north-wind.myshopify.com";
const ZONE = "Asia/Dubai";

beforeEach(async () => {
  await storeSessions(shop);
  await db.shop.create({ data: { shop, ianaTimezone: ZONE, currencyCode: "USD" } });
});

/** Last week's Monday in Dubai: a whole week, whatever day the test runs. */
const WEEK = weeksBefore(mondayOf(dayInTimeZone(new Date(), ZONE)), 1)[0]!;
const at = (week: string, dayOffset: number, hour: number, zone = ZONE) => {
  const [year, month, day] = week.split("-").map(Number) as [number, number, number];
  return instantOfWallClock({ year, month, day: day + dayOffset, hour }, zone);
};

let n = 0;
async function contact(
  owner: string,
  occurredAt: Date,
  reasonKey: string,
  productId: string | null,
  money: { refund?: bigint; exchange?: bigint; currency?: string } = {},
) {
  n += 1;
  await db.contactReason.create({
    data: {
      shop: owner,
      source: productId ? "shopify_return" : "helpdesk",
      sourceId: `event-${n}`,
      reasonKey,
      productId,
      currencyCode: money.currency ?? (money.refund || money.exchange ? "USD" : null),
      refundMinor: money.refund ?? 0n,
      exchangeMinor: money.exchange ?? 0n,
      occurredAt,
    },
  });
}

async function report(week = WEEK): Promise<ReasonsReportView> {
  const response = await loader({ request: adminRequest(`/app/reasons?week=${week}`, { shop }), params: {}, context: {} });
  expect(response.status).toBe(200);
  return (await response.json()) as ReasonsReportView;
}

describe("the weekly reasons report", () => {
  beforeEach(async () => {
    // Eight usual weeks: one broken zipper on product 7, three "too small" on product 8.
    for (const week of weeksBefore(WEEK, 8)) {
      await contact(shop, at(week, 2, 10), "defective", "7");
      for (let i = 0; i < 3; i++) await contact(shop, at(week, 3, 10 + i), "too-small", "8");
    }
  });

  it("flags a reason rising on one product, with the exact refunds and exchanges behind each reason", async () => {
    for (let i = 0; i < 6; i++) await contact(shop, at(WEEK, i, 12), "defective", "7", { refund: 8_995n });
    await contact(shop, at(WEEK, 1, 9), "too-small", "8", { exchange: 8_900n });
    await contact(shop, at(WEEK, 1, 10), "too-small", "8", { refund: 8_900n, currency: "EUR" });
    await contact(shop, at(WEEK, 4, 10), "arrived-late", null);
    // Sunday 23:30 in Dubai is this week; Monday 00:30 in Dubai (Sunday evening in UTC) is the next.
    await contact(shop, at(WEEK, 6, 23), "unwanted", null);
    await contact(shop, at(WEEK, 7, 0), "unwanted", null);
    await contact(otherShop, at(WEEK, 1, 10), "defective", "7");

    const view = await report(WEEK);
    expect(view).toMatchObject({ week: WEEK, timeZone: ZONE, baselineWeeks: 8, total: 10 });
    expect(view.spikes).toEqual([{ key: "defective", label: "Damaged or defective", productId: "7", title: null, count: 6, usual: 1 }]);
    expect(view.byReason).toEqual([
      {
        key: "defective",
        label: "Damaged or defective",
        count: 6,
        usual: 1,
        change: 5,
        spike: true,
        money: [{ currencyCode: "USD", refunds: "$539.70", exchanges: "$0.00" }],
      },
      {
        key: "too-small",
        label: "Too small",
        count: 2,
        usual: 3,
        change: -1,
        spike: false,
        money: [
          { currencyCode: "EUR", refunds: "€89.00", exchanges: "€0.00" },
          { currencyCode: "USD", refunds: "$0.00", exchanges: "$89.00" },
        ],
      },
      { key: "arrived-late", label: "Arrived late", count: 1, usual: 0, change: 1, spike: false, money: [] },
      { key: "unwanted", label: "Changed their mind", count: 1, usual: 0, change: 1, spike: false, money: [] },
    ]);
    expect(view.byProduct.map(({ productId, count, spike, reasons }) => ({ productId, count, spike, reasons }))).toEqual([
      { productId: "7", count: 6, spike: true, reasons: [{ key: "defective", label: "Damaged or defective", count: 6, spike: true }] },
      { productId: "8", count: 2, spike: false, reasons: [{ key: "too-small", label: "Too small", count: 2, spike: false }] },
    ]);
  });

  it("flags nothing on a steady week, and names a week by any of its days", async () => {
    await contact(shop, at(WEEK, 2, 10), "defective", "7");
    for (let i = 0; i < 3; i++) await contact(shop, at(WEEK, 3, 10 + i), "too-small", "8");
    const [year, month, day] = WEEK.split("-").map(Number) as [number, number, number];
    const thursday = new Date(Date.UTC(year, month - 1, day + 3)).toISOString().slice(0, 10);
    const view = await report(thursday);
    expect(view.week).toBe(WEEK);
    expect(view.spikes).toEqual([]);
    expect(view.byReason.map(({ key, count, change, spike }) => ({ key, count, change, spike }))).toEqual([
      { key: "too-small", count: 3, change: 0, spike: false },
      { key: "defective", count: 1, change: 0, spike: false },
    ]);
  });

  it("names a product outside the catalog cache by the latest title a contact about it was stored with", async () => {
    await db.contactReason.updateMany({ where: { shop, productId: "8" }, data: { productTitle: "Linen dress" } });
    n += 1;
    await db.contactReason.create({
      data: {
        shop,
        source: "shopify_return",
        sourceId: `event-${n}`,
        reasonKey: "too-small",
        productId: "8",
        productTitle: "Linen summer dress",
        occurredAt: at(WEEK, 1, 9),
      },
    });
    // Another shop's title for the same id names nothing here.
    await db.contactReason.create({
      data: {
        shop: otherShop,
        source: "shopify_return",
        sourceId: "other-1",
        reasonKey: "defective",
        productId: "7",
        productTitle: "Not yours",
        occurredAt: at(WEEK, 1, 9),
      },
    });
    await contact(shop, at(WEEK, 2, 10), "defective", "7");
    const view = await report(WEEK);
    expect(view.byProduct.map(({ productId, title }) => ({ productId, title }))).toEqual([
      { productId: "7", title: null },
      { productId: "8", title: "Linen summer dress" },
    ]);
  });
});

describe("the merchant's own reasons", () => {
  const post = (fields: Record<string, string>) =>
    action({ request: adminRequest("/app/reasons", { shop, method: "POST", body: new URLSearchParams(fields) }), params: {}, context: {} });

  it("are added with their names in three languages, named in the report, refused when malformed, and removed", async () => {
    const bad = await post({ key: "Zipper Broke!", labelEn: "" });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { result: { error: Record<string, string[]> } }).result.error).toMatchObject({
      key: [expect.stringContaining("hyphens")],
      labelEn: [expect.any(String)],
    });
    const saved = await post({
      key: "zipper-broke",
      labelEn: "Zipper broke",
      labelAr: "انكسر السحاب",
      labelFr: "Fermeture cassée",
      aliases: "zip, zipper",
    });
    expect(saved.status).toBe(200);
    await contact(shop, at(WEEK, 1, 10), "zipper-broke", "7");
    const view = await report();
    expect(view.customReasons).toEqual([
      { key: "zipper-broke", labelEn: "Zipper broke", labelAr: "انكسر السحاب", labelFr: "Fermeture cassée", aliases: "zip, zipper" },
    ]);
    expect(view.byReason).toEqual([expect.objectContaining({ key: "zipper-broke", label: "Zipper broke", count: 1 })]);
    expect((await post({ intent: "delete", key: "zipper-broke" })).status).toBe(200);
    expect((await report()).customReasons).toEqual([]);
    expect(await db.customReason.count()).toBe(0);
  });

  it("are saved and removed without a NUL a crafted form puts in, which PostgreSQL cannot store", async () => {
    const fields = { key: "zipper-broke\u0000", labelEn: "Zipper\u0000 broke", labelAr: "", labelFr: "", aliases: "" };
    expect((await post(fields)).status).toBe(200);
    expect((await report()).customReasons).toEqual([expect.objectContaining({ key: "zipper-broke", labelEn: "Zipper broke" })]);
    expect((await post({ intent: "delete", key: "zipper-broke\u0000" })).status).toBe(200);
    expect(await db.customReason.count()).toBe(0);
  });
});
