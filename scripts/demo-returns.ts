// The demo's returns with their reasons, as shoppers and the merchant would
// open them in Shopify, each announced to Concierge with returns/approve: a
// steady trickle over the past eight weeks, then "damaged or defective"
// rising on one product this week, so the Reasons page shows a spike.
import { returnPayload } from "../local-shopify/mutations";
import type { LocalShopify } from "../local-shopify/server";
import { createReturn, RETURN_REASON_DEFINITIONS, returnableQuantity, shopifyTime, type OrderRecord } from "../local-shopify/store";

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const KEPT_SHOPPERS = new Set(["fatima.almansouri@example.ae", "camille.martin@exemple.fr"]);

/** Returns one unit of each (order, line) at `at` with the reason's handle, and tells the app. Returns how many it opened. */
export async function seedDemoReturns(shopify: LocalShopify, shop: string, now: Date): Promise<number> {
  const data = shopify.store.getShop(shop);
  const reasonId = (handle: string) => RETURN_REASON_DEFINITIONS.find((definition) => definition.handle === handle)!.id;
  // Every fulfilled line that can still go back, by product.
  const lines = new Map<number, { order: OrderRecord; fulfillmentLineItemId: number }[]>();
  for (const order of data.orders.values()) {
    // The shoppers and the order the other journeys and the README use keep their orders as they were.
    if (order.cancelledAt || order.name === "#1001" || (order.email && KEPT_SHOPPERS.has(order.email))) continue;
    for (const fulfillment of order.fulfillments)
      for (const fli of fulfillment.lineItems) {
        const productId = order.lineItems.find((line) => line.id === fli.lineItemId)?.productId;
        if (!productId || returnableQuantity(order, fli) < 1) continue;
        lines.set(productId, [...(lines.get(productId) ?? []), { order, fulfillmentLineItemId: fli.id }]);
      }
  }
  const [spiking, steady] = [...lines.values()].sort((a, b) => b.length - a.length);
  if (!spiking || !steady || spiking.length < 14 || steady.length < 16) return 0;
  const plan: { line: (typeof spiking)[number]; handle: string; at: Date }[] = [];
  for (let week = 1; week <= 8; week++) {
    const at = new Date(now.getTime() - week * WEEK_MS);
    plan.push({ line: spiking.pop()!, handle: "defective", at });
    plan.push({ line: steady.pop()!, handle: "too-small", at }, { line: steady.pop()!, handle: "too-small", at });
  }
  // This week, minutes ago: six broken on the same product, and the usual two too small.
  for (let i = 0; i < 6; i++) plan.push({ line: spiking.pop()!, handle: "defective", at: new Date(now.getTime() - (i + 1) * 60_000) });
  for (let i = 0; i < 2; i++) plan.push({ line: steady.pop()!, handle: "too-small", at: new Date(now.getTime() - (i + 1) * 60_000) });
  // One return per order at most: a second line of an order already returning is skipped.
  const returning = new Set<number>();
  let opened = 0;
  for (const { line, handle, at } of plan) {
    if (returning.has(line.order.id)) continue;
    returning.add(line.order.id);
    const ret = createReturn(shopify.store, data, line.order, {
      at: shopifyTime(at),
      returnLineItems: [{ fulfillmentLineItemId: line.fulfillmentLineItemId, quantity: 1, returnReasonDefinitionId: reasonId(handle) }],
    });
    await shopify.deliverWebhook("returns/approve", shop, returnPayload(ret));
    opened += 1;
  }
  return opened;
}
