// The chat trigger's daily event counts, and the order counts its funnel
// reads. Every query is by shop.
import type { DatabaseClient } from "../db.server";
import type { ChatEvent } from "../domain/chat/events";
import { CHAT_ATTRIBUTION_SOURCE } from "../domain/chat/funnel";

/** One more `event` on `day` (YYYY-MM-DD in the shop's time zone); concurrent beacons never lose a count. */
export async function incrementChatEvent(db: DatabaseClient, shop: string, day: string, event: ChatEvent) {
  await db.chatEventDaily.upsert({
    where: { shop_day_event: { shop, day, event } },
    create: { shop, day, event, count: 1 },
    update: { count: { increment: 1 } },
  });
}

/** Each event's total over the days firstDay…lastDay, both included. */
export async function chatEventTotals(db: DatabaseClient, shop: string, period: { firstDay: string; lastDay: string }) {
  const groups = await db.chatEventDaily.groupBy({
    by: ["event"],
    where: { shop, day: { gte: period.firstDay, lte: period.lastDay } },
    _sum: { count: true },
  });
  const totals: Partial<Record<ChatEvent, number>> = {};
  for (const group of groups) totals[group.event as ChatEvent] = group._sum.count ?? 0;
  return totals;
}

/** Orders credited to chat (one Attribution row per order), processed since `start`; cancelled ones don't count. */
export async function countChatAssistedOrders(db: DatabaseClient, shop: string, start: Date) {
  return db.attribution.count({ where: { shop, source: CHAT_ATTRIBUTION_SOURCE, cancelled: false, processedAt: { gte: start } } });
}

/**
 * Every order the shop took over these days of its calendar, cancelled ones
 * aside, in every currency: read from the daily sums each order event keeps
 * (at most 90 rows per currency), not by counting the orders themselves.
 */
export async function countOrders(db: DatabaseClient, shop: string, period: { firstDay: string; lastDay: string }) {
  const sums = await db.orderDaily.aggregate({ where: { shop, day: { gte: period.firstDay, lte: period.lastDay } }, _sum: { orders: true } });
  return sums._sum.orders ?? 0;
}
