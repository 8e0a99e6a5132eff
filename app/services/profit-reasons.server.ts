// Refunds and exchanges by reason on the Profit page (issue 16): the period's
// contacts that had money behind them, grouped by the reason they carried,
// with the refunds and exchanges summed per currency (never converted).
// Fewer refunds for one reason is what lowers support's share of refunds.
// See docs/decisions/030-contact-reasons.md.
import { listCustomReasons, reasonMoneySums } from "../data/contact-reasons.server";
import { moneyView } from "../domain/profit/views";
import type { ServiceContext } from "./context";
import { reasonLabeller } from "./reasons-report.server";

export async function loadRefundsByReason(ctx: Pick<ServiceContext, "db" | "shop">, period: { start: Date; end: Date }, locale: string) {
  const [sums, custom] = await Promise.all([reasonMoneySums(ctx.db, ctx.shop, period), listCustomReasons(ctx.db, ctx.shop)]);
  const label = reasonLabeller(custom, locale);
  const byReason = new Map<string, typeof sums>();
  for (const sum of sums) byReason.set(sum.reasonKey, [...(byReason.get(sum.reasonKey) ?? []), sum]);
  const total = (entries: typeof sums) => entries.reduce((count, entry) => count + entry.count, 0);
  return [...byReason.entries()]
    .map(([key, entries]) => ({
      ...label(key),
      contacts: total(entries),
      refunds: entries
        .filter((entry) => entry.refundMinor > 0n)
        .map((entry) => moneyView({ minor: entry.refundMinor, currencyCode: entry.currencyCode }, locale).text),
      exchanges: entries
        .filter((entry) => entry.exchangeMinor > 0n)
        .map((entry) => moneyView({ minor: entry.exchangeMinor, currencyCode: entry.currencyCode }, locale).text),
    }))
    .sort((a, b) => b.contacts - a.contacts || a.key.localeCompare(b.key));
}
