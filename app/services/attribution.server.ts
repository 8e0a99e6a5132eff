// Credits each order to exactly one source, by the rule the app states
// (app/domain/agents/attribution.ts: an agent's code, else a chat, else the
// tracking page), from the order's facts as Concierge holds them. It is
// recomputed from those facts on every order and refund event, so a
// duplicated or late webhook changes nothing, a refund reduces the credited
// revenue and the commission exactly, and a cancellation voids both.
import { inTransaction, type DatabaseClient } from "../db.server";
import { attributeOrder, attributedRevenue, commission } from "../domain/agents/attribution";
import { findOrder } from "../data/orders.server";
import { storedDocument } from "../data/json";
import {
  agentCommissionBps,
  codeOwners,
  findAttribution,
  refreshMonthlySum,
  removeAttribution,
  saveAttribution,
} from "../data/attributions.server";
import { findShopSettings } from "../data/shops.server";
import { shopDay } from "../domain/tracking/settings";

/** The order's credit and the monthly sums it belongs to change together. */
export async function recordAttribution(db: DatabaseClient, shop: string, orderId: string) {
  return inTransaction(db, (tx) => attributeWithin(tx, shop, orderId));
}

async function attributeWithin(db: DatabaseClient, shop: string, orderId: string) {
  const order = await findOrder(db, shop, orderId);
  if (!order) return null; // a refund ahead of its order: the order's own event will attribute it
  const discountCodes = order.discountCodes;
  const attribution = attributeOrder({
    discountCodes,
    cartAttributes: storedDocument<Record<string, string>>(order.cartAttributes),
    codeOwners: await codeOwners(db, shop, discountCodes),
  });
  const existing = await findAttribution(db, shop, orderId);
  if (!attribution.source) {
    if (existing) {
      await removeAttribution(db, shop, orderId);
      await refreshMonthlySum(db, shop, existing);
    }
    return null;
  }
  // The rate when the order was first credited: a later change of an
  // agent's rate is not retroactive.
  const commissionBps =
    attribution.source !== "agent_code" || !attribution.agentId
      ? 0
      : existing?.agentId === attribution.agentId
        ? existing.commissionBps
        : await agentCommissionBps(db, shop, attribution.agentId);
  const currencyCode = order.currencyCode;
  const net = attributedRevenue({
    totalPrice: { minor: order.totalPriceMinor, currencyCode },
    refunds: [{ minor: order.refundedMinor, currencyCode }],
    cancelled: order.cancelledAt !== null,
  });
  const row = {
    orderId,
    source: attribution.source,
    agentId: attribution.agentId,
    code: attribution.code,
    currencyCode,
    grossMinor: order.totalPriceMinor,
    refundedMinor: order.refundedMinor,
    netMinor: net.minor,
    commissionBps,
    commissionMinor: commission(net, commissionBps).minor,
    cancelled: order.cancelledAt !== null,
    processedAt: order.processedAt,
    // The month an order counts in is fixed when it is first credited.
    month: existing?.month || (await monthOf(db, shop, order.processedAt)),
  };
  await saveAttribution(db, shop, row);
  if (existing && (existing.source !== row.source || existing.agentId !== row.agentId || existing.month !== row.month)) {
    await refreshMonthlySum(db, shop, existing);
  }
  await refreshMonthlySum(db, shop, row);
  return { ...row, explanation: attribution.explanation };
}

/** YYYY-MM of an instant in the shop's time zone (UTC until Concierge knows it). */
async function monthOf(db: DatabaseClient, shop: string, instant: Date) {
  const settings = await findShopSettings(db, shop);
  return shopDay(instant, settings?.ianaTimezone ?? "UTC").slice(0, 7);
}
