// Credits each order to exactly one source, by the rule the app states
// (app/domain/agents/attribution.ts: an agent's code, else a chat, else the
// last helpdesk conversation within the window, else the tracking page),
// from the order's facts and the helpdesk touches as Concierge holds them. It is
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
import type { Database, DatabaseClient } from "../db.server";
import { enqueue } from "../jobs/queue.server";
import { attributeOrder, attributedRevenue, commission } from "../domain/agents/attribution";
import { findOrders, lockOrders, orderIdsWithCode } from "../data/orders.server";
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
import {
  attributionWindowDays,
  conversationOwners,
  findTouch,
  lastTouchesBefore,
  orderIdsAfterTouch,
} from "../data/support-touches.server";
import { CHAT_CART_ATTRIBUTE, type ClickCredit } from "../domain/agents/attribution";
import { lastClicksBefore } from "../data/outreach-clicks.server";
import { dayInTimeZone } from "../domain/time/days";

/** The chat an order's cart came from, if any. */
function chatIdOf(order: Order): string | null {
  const chatId = storedDocument<Record<string, string>>(order.cartAttributes)[CHAT_CART_ATTRIBUTE];
  return typeof chatId === "string" && chatId.trim() !== "" ? chatId.trim() : null;
}

/** One order's credit before and after it was worked out again (null: not credited). */
export interface CreditChange {
  before: AttributionRow | null;
  after: AttributionRow | null;
}

/**
 * Credits each of these orders (as Concierge holds them) to its source, or
 * removes a credit that no longer applies, and returns each order's credit
 * before and after: the webhook path adds the difference to the monthly sums
 * (order-sums.server.ts); the batch paths re-sum the groups (creditOrders).
 */
export async function creditOrderChanges(
  db: DatabaseClient,
  shop: string,
  orders: Order[],
  options: { timeZone?: string } = {},
): Promise<CreditChange[]> {
  if (orders.length === 0) return [];
  const codes = [...new Set(orders.flatMap((order) => order.discountCodes))];
  const owners = await codeOwners(db, shop, codes);
  const existing = new Map(
    (
      await findAttributions(
        db,
        shop,
        orders.map((order) => order.orderId),
      )
    ).map((row) => [row.orderId, row]),
  );
  const timeZone = options.timeZone ?? (await findShopSettings(db, shop))?.ianaTimezone ?? "UTC";
  // Helpdesk touches matter only to orders no agent's code is on (a code wins).
  const withoutCode = orders.filter((order) => !order.discountCodes.some((code) => owners.has(code.toUpperCase())));
  const windowDays = withoutCode.length ? await attributionWindowDays(db, shop) : 0;
  const touches = withoutCode.length ? await lastTouchesBefore(db, shop, withoutCode, windowDays) : new Map();
  // Clicks on Concierge's emails matter only to orders no code, chat or helpdesk conversation claims.
  const unclaimed = withoutCode.filter((order) => !touches.has(order.orderId) && !chatIdOf(order));
  const clicks = unclaimed.length ? await lastClicksBefore(db, shop, unclaimed, windowDays) : new Map<string, ClickCredit>();
  const chatIds = [
    ...new Set(
      withoutCode.flatMap((order) => {
        const chatId = chatIdOf(order);
        return chatId ? [chatId] : [];
      }),
    ),
  ];
  const chatOwners = await conversationOwners(db, shop, chatIds);
  const rates = new Map<string, number>();
  const changes: CreditChange[] = [];

  for (const order of orders) {
    const orderTouches = touches.get(order.orderId);
    const attribution = attributeOrder({
      discountCodes: order.discountCodes,
      cartAttributes: storedDocument<Record<string, string>>(order.cartAttributes),
      codeOwners: owners,
      chatOwners,
      lastTouch: orderTouches?.lastTouch ?? null,
      lastChatTouch: orderTouches?.lastChatTouch ?? null,
      lastClick: clicks.get(order.orderId) ?? null,
    });
    const found = existing.get(order.orderId);
    const before: AttributionRow | null = found ? { ...found } : null;
    if (!attribution.source) {
      if (before) {
        await removeAttribution(db, shop, order.orderId);
        changes.push({ before, after: null });
      }
      continue;
    }
    // The credited agent's rate (by code, chat or helpdesk conversation),
    // as when the order was first credited to them: a later change of an
    // agent's rate is not retroactive.
    let commissionBps = 0;
    if (attribution.agentId) {
      if (before?.agentId === attribution.agentId) commissionBps = before.commissionBps;
      else {
        if (!rates.has(attribution.agentId)) rates.set(attribution.agentId, await agentCommissionBps(db, shop, attribution.agentId));
        commissionBps = rates.get(attribution.agentId)!;
      }
    }
    // The month an order counts in is fixed when it is first credited.
    const month = before?.month || dayInTimeZone(order.processedAt, timeZone).slice(0, 7);
    const after = creditRow(
      order,
      { source: attribution.source, agentId: attribution.agentId, code: attribution.code, messageId: attribution.messageId ?? null },
      commissionBps,
      month,
    );
    if (before && sameCredit(before, after)) continue;
    await saveAttribution(db, shop, after);
    changes.push({ before, after });
  }
  return changes;
}

/**
 * Credits these orders and returns the month/source/agent groups whose sums
 * changed, for the caller to re-sum in the same transaction
 * (refreshMonthlySums): the history import and an agent's new code, which
 * credit many orders at once.
 */
export async function creditOrders(db: DatabaseClient, shop: string, orders: Order[]): Promise<MonthlyGroup[]> {
  const groups = new Map<string, MonthlyGroup>();
  for (const { before, after } of await creditOrderChanges(db, shop, orders)) {
    for (const row of [before, after]) if (row) groups.set(`${row.month}|${row.source}|${row.agentId ?? ""}`, row);
  }
  return [...groups.values()];
}

const CREDIT_FIELDS = [
  "source",
  "agentId",
  "code",
  "currencyCode",
  "grossMinor",
  "refundedMinor",
  "netMinor",
  "commissionBps",
  "commissionMinor",
  "cancelled",
  "month",
  "messageId",
] as const;

function sameCredit(before: AttributionRow, after: AttributionRow) {
  return CREDIT_FIELDS.every((field) => before[field] === after[field]) && before.processedAt.getTime() === after.processedAt.getTime();
}

/** Recomputes these monthly sums from their attribution rows, always in the same order (two writers never wait on each other crosswise). */
export async function refreshMonthlySums(db: DatabaseClient, shop: string, groups: MonthlyGroup[]) {
  const key = (group: MonthlyGroup) => `${group.month}|${group.source}|${group.agentId ?? ""}`;
  for (const group of [...groups].sort((a, b) => key(a).localeCompare(key(b)))) await refreshMonthlySum(db, shop, group);
}

function creditRow(
  order: Order,
  credit: Pick<AttributionRow, "source" | "agentId" | "code" | "messageId">,
  commissionBps: number,
  month: string,
): AttributionRow {
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

/**
 * Credits again the orders of a touch's customer placed within the window
 * after it (each locked as a webhook would lock it), in one transaction.
 * Returns how many orders were looked at.
 */
export async function creditOrdersAfterTouch(db: Database, shop: string, touchId: string): Promise<number> {
  const touch = await findTouch(db, shop, touchId);
  if (!touch || !touch.agentId) return 0;
  const windowDays = await attributionWindowDays(db, shop);
  const orderIds = await orderIdsAfterTouch(db, shop, touch, windowDays);
  if (orderIds.length === 0) return 0;
  await db.$transaction(async (tx) => {
    await lockOrders(tx, shop, orderIds);
    await refreshMonthlySums(tx, shop, await creditOrders(tx, shop, await findOrders(tx, shop, orderIds)));
  });
  return orderIds.length;
}
