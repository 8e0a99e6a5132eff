// The Profit page's refunds and exchanges by reason: the period's contacts
// with money behind them, by the reason they carried, summed per currency;
// contacts without an amount, outside the period or of another shop left out.
import { beforeEach, describe, expect, it } from "vitest";
import db from "../app/db.server";
import { loader } from "../app/routes/app.profit";
import { rememberShopSettings } from "../app/data/shops.server";
import type { ProfitDashboard } from "../app/services/profit-dashboard.server";
import { adminRequest, storeSessions } from "./factories/admin-requests";

const shop = "amira-boutique.myshopify.com";
const otherShop = "north-wind.myshopify.com";
const DAY = 24 * 60 * 60 * 1000;

beforeEach(async () => {
  await storeSessions(shop);
  await rememberShopSettings(db, shop, { currencyCode: "USD", ianaTimezone: "Asia/Dubai" });
  await db.profitSettings.create({ data: { shop, fallbackMarginBps: 6000 } });
});

let n = 0;
async function contact(
  owner: string,
  reasonKey: string,
  occurredAt: Date,
  money: { refund?: bigint; exchange?: bigint; currency?: string | null } = {},
) {
  n += 1;
  await db.contactReason.create({
    data: {
      shop: owner,
      source: "shopify_return",
      sourceId: `return-${n}`,
      reasonKey,
      productId: "7",
      currencyCode: money.currency === undefined ? "USD" : money.currency,
      refundMinor: money.refund ?? 0n,
      exchangeMinor: money.exchange ?? 0n,
      occurredAt,
    },
  });
}

async function dashboard(query: string): Promise<ProfitDashboard> {
  const response = await loader({ request: adminRequest(`/app/profit?${query}`, { shop }), params: {}, context: {} });
  const result = response instanceof Response ? response : Response.json(response);
  expect(result.status).toBe(200);
  return (await result.json()) as ProfitDashboard;
}

describe("refunds and exchanges by reason on the Profit page", () => {
  it("sums the period's refunds and exchanges per reason and currency, leaving out contacts without an amount, other periods and other shops", async () => {
    await db.customReason.create({
      data: { shop, key: "zipper-broke", labelEn: "Zipper broke", labelFr: "Fermeture cassée", helpdeskAliases: [] },
    });
    const recent = new Date(Date.now() - 3 * DAY);
    await contact(shop, "defective", recent, { refund: 8_995n });
    await contact(shop, "defective", recent, { refund: 4_500n });
    await contact(shop, "defective", recent, { refund: 7_000n, currency: "EUR" });
    await contact(shop, "zipper-broke", recent, { exchange: 12_000n });
    await contact(shop, "too-small", recent, { refund: 3_000n, exchange: 3_000n });
    await contact(shop, "arrived-late", recent, { currency: null }); // a helpdesk touch: no amount
    await contact(shop, "defective", new Date(Date.now() - 500 * DAY), { refund: 99_900n }); // before the period
    await contact(otherShop, "defective", recent, { refund: 50_000n });

    const data = await dashboard("period=last_12_months");
    expect(data.refundsByReason).toEqual([
      { key: "defective", label: "Damaged or defective", contacts: 3, refunds: ["€70.00", "$134.95"], exchanges: [] },
      { key: "too-small", label: "Too small", contacts: 1, refunds: ["$30.00"], exchanges: ["$30.00"] },
      { key: "zipper-broke", label: "Zipper broke", contacts: 1, refunds: [], exchanges: ["$120.00"] },
    ]);
  });

  it("names the merchant's own reasons in the staff member's language", async () => {
    await db.customReason.create({
      data: { shop, key: "zipper-broke", labelEn: "Zipper broke", labelFr: "Fermeture cassée", helpdeskAliases: [] },
    });
    await contact(shop, "zipper-broke", new Date(Date.now() - DAY), { refund: 1_000n });
    const data = await dashboard("period=last_12_months&locale=fr");
    expect(data.refundsByReason).toEqual([expect.objectContaining({ key: "zipper-broke", label: "Fermeture cassée", contacts: 1 })]);
  });
});
