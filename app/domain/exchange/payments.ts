// What an exchange's draft order carries, and when it counts. An accepted
// exchange whose shopper pays something goes on a draft order (decision 007);
// whatever that draft order carries is agreed, not earned, until the order
// made from it is paid: the upsell, the bonus given or discounted on it, and,
// when the exchange variant itself is on it, the refund the exchange avoided
// (a shopper who never pays has simply returned the item, and is refunded).
// The draft order names its outcome in a custom attribute, which Shopify
// copies onto the order (its `note_attributes` in the orders/* webhooks); the
// first event that shows that order paid marks the outcome paid.
import type { ExchangeFigures } from "./pricing";

/** The draft order's custom attribute naming its outcome; the order made from it carries it too. */
export const EXCHANGE_ATTRIBUTE = "_concierge_exchange";
/** The return the draft order belongs to, for the merchant reading the order. */
export const RETURN_ATTRIBUTE = "_concierge_return";

/** An accepted outcome's figures and what its draft order carries. */
export interface OutcomeFiguresOnDraft extends ExchangeFigures {
  /** A draft order was made for what the shopper pays (none when they pay nothing). */
  onDraftOrder: boolean;
  /** The exchange variant itself is on the draft order (it costs more than the returned item). */
  exchangeOnDraftOrder: boolean;
}

const NONE: ExchangeFigures = { keptMinor: 0n, upsellMinor: 0n, bonusCostMinor: 0n };

/**
 * An accepted outcome's figures split by when they count: at acceptance
 * (what the return made real at once), and on payment of the draft order
 * (everything on it). Their sum is the outcome's figures. Linear in them, so
 * it splits the sums of outcomes alike (./outcomes) as it splits one.
 */
export function figuresByMoment(outcome: OutcomeFiguresOnDraft): { atAcceptance: ExchangeFigures; onPayment: ExchangeFigures } {
  const { keptMinor, upsellMinor, bonusCostMinor } = outcome;
  if (!outcome.onDraftOrder) return { atAcceptance: { keptMinor, upsellMinor, bonusCostMinor }, onPayment: NONE };
  const keptWaits = outcome.exchangeOnDraftOrder;
  return {
    atAcceptance: { keptMinor: keptWaits ? 0n : keptMinor, upsellMinor: 0n, bonusCostMinor: 0n },
    onPayment: { keptMinor: keptWaits ? keptMinor : 0n, upsellMinor, bonusCostMinor },
  };
}

/** An order's facts as the order webhooks give them (app/domain/orders.ts). */
export interface OrderPaymentFacts {
  orderId: string;
  cartAttributes: Record<string, string>;
  financialStatus: string | null;
  cancelledAt: Date | null;
  /** Shopify's updated_at of the event: when the order became paid, for the event that says so. */
  shopifyUpdatedAt: Date;
}

export interface ExchangePayment {
  outcomeId: string;
  orderId: string;
  paidAt: Date;
}

/**
 * The exchange an order pays for, when it is an exchange's draft order made
 * into an order and the event shows it paid: orders/paid, or any order event
 * whose financial status is "paid" (events can arrive in any order). Null for
 * every other order or event.
 */
export function exchangePaymentOf(order: OrderPaymentFacts, event: { paid: boolean }): ExchangePayment | null {
  const outcomeId = order.cartAttributes[EXCHANGE_ATTRIBUTE]?.trim();
  if (!outcomeId || order.cancelledAt !== null) return null;
  if (!event.paid && order.financialStatus !== "paid") return null;
  return { outcomeId, orderId: order.orderId, paidAt: order.shopifyUpdatedAt };
}

/** "$50.00 awaiting payment on 1 draft order", from the amount already formatted. */
export function awaitingPaymentText(amount: string, draftOrders: number): string {
  return `${amount} awaiting payment on ${draftOrders} ${draftOrders === 1 ? "draft order" : "draft orders"}`;
}
