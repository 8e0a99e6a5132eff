// Whether Concierge may refund a VIP's return at once, while the parcel
// travels back (docs/decisions/025-instant-refunds.md). Pure: the service
// gathers the facts from Shopify and the database, this decides. Anything
// this refuses waits for an agent, as every return did before, with the
// reason in the merchant's words.
import { formatMinorMoney } from "../money";

export interface InstantRefundTier {
  tierName: string;
  instantRefunds: boolean;
  /** In the shop currency, minor units; null when the tier sets none. */
  maxPerRefundMinor: bigint | null;
  maxPerMonthMinor: bigint | null;
}

export interface InstantRefundFacts {
  paused: boolean;
  shopCurrency: string;
  /** The order's currency and the one its shopper paid in. */
  orderCurrency: string;
  presentmentCurrency: string;
  /** The customer's tier now (null: none, or no customer on the order). */
  tier: InstantRefundTier | null;
  hasCustomer: boolean;
  returnStatus: string;
  /** A tracking number on the return's shipment back. */
  hasTracking: boolean;
  hasExchange: boolean;
  /** Units of the return already processed (by an agent, or Shopify). */
  anyProcessed: boolean;
  /** Refunds Shopify already holds for the return. */
  alreadyRefunded: boolean;
  lines: { name: string; sku: string | null }[];
  /** Upper-cased SKUs the merchant keeps out of instant refunds. */
  excludedSkus: readonly string[];
  /** What the return's items are worth (what the shopper paid), in the shop currency. */
  amountMinor: bigint;
  /** This customer's instant refunds this month (made or under way), in the shop currency. */
  refundedThisMonthMinor: bigint;
}

export type InstantRefundDecision =
  | { kind: "refund"; amountMinor: bigint; reason: string }
  | { kind: "wait"; reason: string }
  /** Nothing to do: Shopify already refunded or closed the return. */
  | { kind: "skip"; reason: string };

export function decideInstantRefund(facts: InstantRefundFacts): InstantRefundDecision {
  const money = (minor: bigint) => formatMinorMoney(minor, facts.shopCurrency);
  if (facts.alreadyRefunded) return { kind: "skip", reason: "Shopify already holds a refund for this return" };
  if (facts.returnStatus !== "OPEN") return { kind: "skip", reason: `The return is ${facts.returnStatus.toLowerCase()} in Shopify` };
  if (facts.paused) return { kind: "wait", reason: "Instant refunds are paused" };
  if (!facts.hasCustomer) return { kind: "wait", reason: "The order has no customer" };
  const tier = facts.tier;
  if (!tier || !tier.instantRefunds) return { kind: "wait", reason: "The customer is not in a tier with instant refunds" };
  if (tier.maxPerRefundMinor === null || tier.maxPerMonthMinor === null)
    return { kind: "wait", reason: `The ${tier.tierName} tier sets no instant-refund limits` };
  if (!facts.hasTracking) return { kind: "wait", reason: "The parcel back has no tracking number yet" };
  if (facts.hasExchange) return { kind: "wait", reason: "The return includes an exchange" };
  if (facts.anyProcessed) return { kind: "wait", reason: "Part of the return was already processed" };
  if (facts.orderCurrency !== facts.shopCurrency || facts.presentmentCurrency !== facts.shopCurrency)
    return { kind: "wait", reason: `The order was paid in ${facts.presentmentCurrency}; the tier's limits are in ${facts.shopCurrency}` };
  const excluded = facts.lines.find((line) => line.sku !== null && facts.excludedSkus.includes(line.sku.toUpperCase()));
  if (excluded) return { kind: "wait", reason: `${excluded.name} (SKU ${excluded.sku}) is excluded from instant refunds` };
  if (facts.amountMinor <= 0n) return { kind: "wait", reason: "Nothing to refund" };
  if (facts.amountMinor > tier.maxPerRefundMinor)
    return {
      kind: "wait",
      reason: `${money(facts.amountMinor)} is over the ${tier.tierName} tier's ${money(tier.maxPerRefundMinor)} per refund`,
    };
  const monthTotal = facts.refundedThisMonthMinor + facts.amountMinor;
  if (monthTotal > tier.maxPerMonthMinor)
    return {
      kind: "wait",
      reason: `${money(facts.amountMinor)} would bring this month's instant refunds to ${money(monthTotal)}, over the ${tier.tierName} tier's ${money(tier.maxPerMonthMinor)}`,
    };
  return { kind: "refund", amountMinor: facts.amountMinor, reason: `${tier.tierName} tier: the return is on its way back` };
}
