// Credits each order to exactly one source, by the rule the app states
// (app/domain/agents/attribution.ts: an agent's code, else a chat, else the
// tracking page), from the order's facts as Concierge holds them. It is
// recomputed from those facts on every order and refund event, so a
// duplicated or late webhook changes nothing, a refund reduces the credited
// revenue and the commission exactly, and a cancellation voids both.
// A webhook credits its one order; the history import and an agent's new
// code credit many at once (creditOrders) and refresh each monthly sum they
// touched once, with the very same rows and sums as one at a time.
// An agent's code may have been used before the agent was added (orders from
// before install, a code deleted in Shopify and made again for the agent):
// those orders are credited by a job once the code is theirs.
import type { Order } from "@prisma/client";
import { inTransaction, type Database, type DatabaseClient } from "../db.server";
import { enqueue } from "../jobs/queue.server";
import { attributeOrder, attributedRevenue, commission } from "../domain/agents/attribution";
import { findOrder, findOrders, lockOrders, orderIdsWithCode } from "../data/orders.server";
import { storedDocument } from "../data/json";
import {
  agentCommissionBps,
  codeOwners,
  findAttributions,
  refreshMonthlySum,
  removeAttribution,
  saveAttribution,
  type AttributionRow,
  type MonthlyGroup,
} from "../data/attributions.server";
import { findShopSettings } from "../data/shops.server";
import { shopDay } from "../domain/tracking/settings";

/** The order's credit and the monthly sums it belongs to change together. */
export async function recordAttribution(db: DatabaseClient, shop: string, orderId: string) {
  return inTransaction(db, async (tx) => {
    const order = await findOrder(tx, shop, orderId);
    if (!order) return; // a refund ahead of its order: the order's own event will attribute it
    await refreshMonthlySums(tx, shop, await creditOrders(tx, shop, [order]));
  });
}

/**
 * Credits each of these orders (as Concierge holds them) to its source, or
 * removes a credit that no longer applies. The monthly sums are left to the
 * caller, in the same transaction (refreshMonthlySums): returned are the
 * month/source/agent groups whose sums changed.
 */
export async function creditOrders(db: DatabaseClient, shop: string, orders: Order[]): Promise<MonthlyGroup[]> {
  if (orders.length === 0) return [];
  const owners = await codeOwners(db, shop, [...new Set(orders.flatMap((order) => order.discountCodes))]);
  const existing = new Map((await findAttributions(db, shop, orders.map((order) => order.orderId))).map((row) => [row.orderId, row]));
  const timeZone = (await findShopSettings(db, shop))?.ianaTimezone ?? "UTC";
  const rates = new Map<string, number>();
  const groups = new Map<string, MonthlyGroup>();
  const touch = (group: MonthlyGroup) => groups.set(`${group.month}|${group.source}|${group.agentId ?? ""}`, group);

  for (const order of orders) {
    const attribution = attributeOrder({
      discountCodes: order.discountCodes,
      cartAttributes: storedDocument<Record<string, string>>(order.cartAttributes),
      codeOwners: owners,
    });
    const before = existing.get(order.orderId);
    if (!attribution.source) {
      if (before) {
        await removeAttribution(db, shop, order.orderId);
        touch(before);
      }
      continue;
    }
    // The rate when the order was first credited: a later change of an
    // agent's rate is not retroactive.
    let commissionBps = 0;
    if (attribution.source === "agent_code" && attribution.agentId) {
      if (before?.agentId === attribution.agentId) commissionBps = before.commissionBps;
      else {
        if (!rates.has(attribution.agentId)) rates.set(attribution.agentId, await agentCommissionBps(db, shop, attribution.agentId));
        commissionBps = rates.get(attribution.agentId)!;
      }
    }
    // The month an order counts in is fixed when it is first credited.
    const month = before?.month || shopDay(order.processedAt, timeZone).slice(0, 7);
    const row = creditRow(order, { source: attribution.source, agentId: attribution.agentId, code: attribution.code }, commissionBps, month);
    await saveAttribution(db, shop, row);
    if (before && (before.source !== row.source || before.agentId !== row.agentId || before.month !== row.month)) touch(before);
    touch(row);
  }
  return [...groups.values()];
}

/** Recomputes these monthly sums from their attribution rows, always in the same order (two writers never wait on each other crosswise). */
export async function refreshMonthlySums(db: DatabaseClient, shop: string, groups: MonthlyGroup[]) {
  const key = (group: MonthlyGroup) => `${group.month}|${group.source}|${group.agentId ?? ""}`;
  for (const group of [...groups].sort((a, b) => key(a).localeCompare(key(b)))) await refreshMonthlySum(db, shop, group);
}

function creditRow(order: Order, credit: Pick<AttributionRow, "source" | "agentId" | "code">, commissionBps: number, month: string): AttributionRow {
  const currencyCode = order.currencyCode;
  const net = attributedRevenue({
    totalPrice: { minor: order.totalPriceMinor, currencyCode },
    refunds: [{ minor: order.refundedMinor, currencyCode }],
    cancelled: order.cancelledAt !== null,
  });
  return {
    orderId: order.orderId,
    ...credit,
    currencyCode,
    grossMinor: order.totalPriceMinor,
    refundedMinor: order.refundedMinor,
    netMinor: net.minor,
    commissionBps,
    commissionMinor: commission(net, commissionBps).minor,
    cancelled: order.cancelledAt !== null,
    processedAt: order.processedAt,
    month,
  };
}

/** Orders credited per transaction when a code's earlier orders are credited. */
const CODE_ORDERS_PAGE = 200;

/** Queues the crediting of the orders Concierge already holds that used this code. */
export async function queueCodeAttribution(db: DatabaseClient, shop: string, code: string) {
  const key = code.trim().toUpperCase();
  await enqueue(db, "code-attribution", { shop, code: key }, { singletonKey: `${shop}:${key}` });
}

/**
 * Credits again every order Concierge holds that used this code, a page per
 * transaction (each order locked as a webhook would lock it), so the agent
 * who now owns the code gets them, as if the code had been theirs when the
 * orders came in. Returns how many orders were looked at.
 */
export async function creditOrdersWithCode(db: Database, shop: string, code: string): Promise<number> {
  let after: string | null = null;
  let seen = 0;
  for (;;) {
    const orderIds = await orderIdsWithCode(db, shop, code, after, CODE_ORDERS_PAGE);
    if (orderIds.length === 0) return seen;
    await db.$transaction(async (tx) => {
      await lockOrders(tx, shop, orderIds);
      await refreshMonthlySums(tx, shop, await creditOrders(tx, shop, await findOrders(tx, shop, orderIds)));
    });
    seen += orderIds.length;
    after = orderIds.at(-1)!;
  }
}
