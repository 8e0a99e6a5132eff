// The return an exchange outcome made in Shopify, found again from the order.
// Concierge writes the outcome's reference into the return line's note, so an
// acceptance cut short (Shopify's answer lost, the server gone) finds the
// return it made instead of making a second one. See decision 054.
import type { OrderFacts, OrderItem } from "./items";

/** What Concierge writes into the note of the return line it makes for an outcome. */
export function exchangeReference(outcomeId: string): string {
  return `[concierge:${outcomeId}]`;
}

export interface MadeReturn {
  id: string;
  name: string;
  lineItemId: string;
  fulfillmentLineItemId: string | null;
  quantity: number;
}

/** The order's return whose line names the outcome, or null when Shopify holds none. */
export function returnMadeFor(order: Pick<OrderFacts, "returns">, outcomeId: string): MadeReturn | null {
  const reference = exchangeReference(outcomeId);
  for (const made of order.returns.nodes) {
    const line = made.returnLineItems.nodes.find((candidate) => candidate.returnReasonNote?.includes(reference));
    if (line?.fulfillmentLineItem && made.id && made.name) {
      return {
        id: made.id,
        name: made.name,
        lineItemId: line.fulfillmentLineItem.lineItem.id,
        fulfillmentLineItemId: line.fulfillmentLineItem.id ?? null,
        quantity: line.quantity,
      };
    }
  }
  return null;
}

/**
 * The item as it was before the outcome's own return: finishing an exchange
 * prices it as when it was accepted, not as an item already sent back.
 */
export function itemBeforeReturn(item: OrderItem, made: MadeReturn): OrderItem {
  return {
    ...item,
    inReturnQuantity: Math.max(0, item.inReturnQuantity - made.quantity),
    returnableQuantity: item.returnableQuantity + made.quantity,
    fulfillmentLineItemId: item.fulfillmentLineItemId ?? made.fulfillmentLineItemId,
  };
}

/**
 * How long an acceptance may be at work before another agent may finish it:
 * far more than one takes (a few calls to Shopify, each given up after
 * seconds), so only one whose server is gone is taken over.
 */
export const FINISH_AFTER_MS = 2 * 60 * 1000;

/** Whether an outcome left "deciding" may be finished now: paused after a stop, or its worker gone. */
export function mayFinish(outcome: { status: string; decidedAt: Date | null }, now: Date): boolean {
  if (outcome.status !== "deciding") return false;
  return outcome.decidedAt === null || now.getTime() - outcome.decidedAt.getTime() >= FINISH_AFTER_MS;
}
