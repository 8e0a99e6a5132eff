// The store's orders per day, on the shop's clock, kept on every order and
// refund event: what the dashboard divides support's revenue by.
import { inTransaction, type DatabaseClient } from "../db.server";
import { refreshOrderDay } from "../data/order-days.server";
import { findShopSettings } from "../data/shops.server";
import { findOrder } from "../data/orders.server";
import { instantOfWallClock, wallClockAt } from "../domain/time/zoned-time";

/** Re-sums the day (on the shop's clock) the order was placed, from the Order rows of that day. */
export async function recordOrderDay(db: DatabaseClient, shop: string, orderId: string) {
  await inTransaction(db, async (tx) => {
    const order = await findOrder(tx, shop, orderId);
    if (order) await recordOrderDays(tx, shop, [order]);
  });
}

/**
 * Re-sums each day (and currency) these orders were placed on, once, from
 * the Order rows of that day: the history import's batches, summed exactly
 * as one order at a time would be. Days go in order, so two writers never
 * wait on each other crosswise.
 */
export async function recordOrderDays(db: DatabaseClient, shop: string, orders: { processedAt: Date; currencyCode: string }[]) {
  if (orders.length === 0) return;
  const timeZone = (await findShopSettings(db, shop))?.ianaTimezone ?? "UTC";
  const days = new Map<string, { day: string; currencyCode: string; start: Date; end: Date }>();
  for (const order of orders) {
    const { year, month, day } = wallClockAt(order.processedAt, timeZone);
    const key = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    days.set(`${key}|${order.currencyCode}`, {
      day: key,
      currencyCode: order.currencyCode,
      start: instantOfWallClock({ year, month, day }, timeZone),
      end: instantOfWallClock({ year, month, day: day + 1 }, timeZone),
    });
  }
  for (const [, key] of [...days].sort(([a], [b]) => a.localeCompare(b))) await refreshOrderDay(db, shop, key);
}
