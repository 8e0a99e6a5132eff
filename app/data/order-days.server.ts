// The store's orders per day and currency, summed from its Order rows.
import type { DatabaseClient } from "../db.server";
import type { DayDelta } from "../domain/profit/sum-deltas";

// ---------------------------------------------------------------------------
// The store's orders per day

/**
 * Recomputes the store's sums of one day and currency from its Order rows.
 * The sum's row is written first: on PostgreSQL that holds it until the
 * transaction ends, so two events of the same day are summed one after the
 * other and the later always sees both orders.
 */
export async function refreshOrderDay(db: DatabaseClient, shop: string, key: { day: string; currencyCode: string; start: Date; end: Date }) {
  const id = { shop_day_currencyCode: { shop, day: key.day, currencyCode: key.currencyCode } };
  // An update that changes nothing still writes, and so takes the row's lock.
  await db.orderDaily.upsert({ where: id, create: { shop, day: key.day, currencyCode: key.currencyCode }, update: { orders: { increment: 0 } } });
  const orders = { shop, currencyCode: key.currencyCode, processedAt: { gte: key.start, lt: key.end } };
  const live = await db.order.aggregate({
    where: { ...orders, cancelledAt: null },
    _count: { _all: true },
    _sum: { totalPriceMinor: true, refundedMinor: true },
  });
  const cancelled = await db.order.aggregate({ where: { ...orders, cancelledAt: { not: null } }, _count: { _all: true }, _sum: { refundedMinor: true } });
  await db.orderDaily.update({
    where: id,
    data: {
      orders: live._count._all,
      cancelledOrders: cancelled._count._all,
      grossMinor: live._sum.totalPriceMinor ?? 0n,
      refundedMinor: (live._sum.refundedMinor ?? 0n) + (cancelled._sum.refundedMinor ?? 0n),
    },
  });
}

/**
 * Adds these changes to the store's daily sums (the webhook path: one order
 * changed). Applied in key order, so two transactions touching the same days
 * never wait on each other crosswise.
 */
export async function addToOrderDays(db: DatabaseClient, shop: string, changes: DayDelta[]) {
  const sorted = [...changes].sort((a, b) => `${a.day}|${a.currencyCode}`.localeCompare(`${b.day}|${b.currencyCode}`));
  for (const { day, currencyCode, ...figures } of sorted) {
    await db.orderDaily.upsert({
      where: { shop_day_currencyCode: { shop, day, currencyCode } },
      create: { shop, day, currencyCode, ...figures },
      update: {
        orders: { increment: figures.orders },
        cancelledOrders: { increment: figures.cancelledOrders },
        grossMinor: { increment: figures.grossMinor },
        refundedMinor: { increment: figures.refundedMinor },
      },
    });
  }
}
