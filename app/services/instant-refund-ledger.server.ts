// The instant-refund ledger as the merchant reads it: who, which order, how
// much, when and why, refunds Shopify refused with its reason, and returns
// left for an agent; and the page's settings (pause, excluded SKUs).
import { findInstantRefundSettings, listInstantRefunds, saveInstantRefundSettings } from "../data/instant-refunds.server";
import { formatMinorMoney } from "../domain/money";
import { resolveLocale } from "../domain/profit/views";
import type { PageRequest } from "../domain/paging";
import type { ServiceContext } from "./context";

export type InstantRefundStatus = "refunding" | "refunded" | "refused" | "waiting" | "skipped";

export interface InstantRefundEntry {
  id: string;
  decidedAt: string;
  customerName: string | null;
  orderName: string;
  returnName: string;
  tierName: string | null;
  amount: string;
  status: InstantRefundStatus;
  reason: string;
  shopifyError: string | null;
  trackingNumber: string | null;
}

/** One page of the ledger, latest decision first, and the page's settings. */
export async function instantRefundLedger({ db, shop, locale }: Pick<ServiceContext, "db" | "shop" | "locale">, request: PageRequest) {
  const [{ rows, page }, settings] = await Promise.all([listInstantRefunds(db, shop, request), findInstantRefundSettings(db, shop)]);
  const entries = rows.map((row): InstantRefundEntry => ({
    id: row.id,
    decidedAt: row.decidedAt.toISOString(),
    customerName: row.customerName,
    orderName: row.orderName,
    returnName: row.returnName,
    tierName: row.tierName,
    amount: formatMinorMoney(row.amountMinor, row.currencyCode, resolveLocale(locale)),
    status: row.status as InstantRefundStatus,
    reason: row.reason,
    shopifyError: row.shopifyError,
    trackingNumber: row.trackingNumber,
  }));
  return { entries, page, settings };
}

export async function updateInstantRefundSettings(
  { db, shop }: Pick<ServiceContext, "db" | "shop">,
  settings: { paused: boolean; excludedSkus: string[] },
) {
  await saveInstantRefundSettings(db, shop, settings);
}
