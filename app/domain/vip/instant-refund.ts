// Whether Concierge may refund a VIP's return at once, while the parcel
// travels back (docs/decisions/025-instant-refunds.md). Pure: the service
// gathers the facts from Shopify and the database, this decides. Anything
// this refuses waits for an agent, as every return did before, with the
// reason as a phrase (vip.json's instantRefunds.reasons), stored with the
// decision and read in the staff member's language.
import { moneyValue, phrase, verbatim, type Phrase, type PhraseValue } from "../phrase";

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
  /** An unverified return line names no item (null). */
  lines: { name: string | null; sku: string | null }[];
  /** Upper-cased SKUs the merchant keeps out of instant refunds. */
  excludedSkus: readonly string[];
  /** What the return's items are worth (what the shopper paid), in the shop currency. */
  amountMinor: bigint;
  /** This customer's instant refunds this month (made or under way), in the shop currency. */
  refundedThisMonthMinor: bigint;
}

export type InstantRefundDecision =
  | { kind: "refund"; amountMinor: bigint; reason: Phrase }
  | { kind: "wait"; reason: Phrase }
  /** Nothing to do: Shopify already refunded or closed the return. */
  | { kind: "skip"; reason: Phrase };

/** Shopify's return statuses other than OPEN, as the reasons name them. */
const RETURN_STATUSES = new Set(["canceled", "closed", "declined", "requested"]);

const why = (name: string, values?: Readonly<Record<string, PhraseValue>>) => phrase(`vip:instantRefunds.reasons.${name}`, values);

export function decideInstantRefund(facts: InstantRefundFacts): InstantRefundDecision {
  const money = (minor: bigint) => moneyValue({ minor, currencyCode: facts.shopCurrency });
  if (facts.alreadyRefunded) return { kind: "skip", reason: why("alreadyRefunded") };
  if (facts.returnStatus !== "OPEN") {
    const status = facts.returnStatus.toLowerCase();
    return { kind: "skip", reason: RETURN_STATUSES.has(status) ? why(`return_${status}`) : why("returnNotOpen") };
  }
  if (facts.paused) return { kind: "wait", reason: why("paused") };
  if (!facts.hasCustomer) return { kind: "wait", reason: why("noCustomer") };
  const tier = facts.tier;
  if (!tier || !tier.instantRefunds) return { kind: "wait", reason: why("noInstantRefundTier") };
  const tierName = verbatim(tier.tierName);
  if (tier.maxPerRefundMinor === null || tier.maxPerMonthMinor === null)
    return { kind: "wait", reason: why("noLimits", { tier: tierName }) };
  if (!facts.hasTracking) return { kind: "wait", reason: why("noTracking") };
  if (facts.hasExchange) return { kind: "wait", reason: why("hasExchange") };
  if (facts.anyProcessed) return { kind: "wait", reason: why("partlyProcessed") };
  if (facts.orderCurrency !== facts.shopCurrency || facts.presentmentCurrency !== facts.shopCurrency)
    return { kind: "wait", reason: why("otherCurrency", { paid: facts.presentmentCurrency, limits: facts.shopCurrency }) };
  const excluded = facts.lines.find((line) => line.sku !== null && facts.excludedSkus.includes(line.sku.toUpperCase()));
  if (excluded)
    return {
      kind: "wait",
      reason: why("excludedSku", { item: excluded.name === null ? why("anItem") : verbatim(excluded.name), sku: excluded.sku ?? "" }),
    };
  if (facts.amountMinor <= 0n) return { kind: "wait", reason: why("nothingToRefund") };
  if (facts.amountMinor > tier.maxPerRefundMinor)
    return {
      kind: "wait",
      reason: why("overPerRefund", { amount: money(facts.amountMinor), tier: tierName, limit: money(tier.maxPerRefundMinor) }),
    };
  const monthTotal = facts.refundedThisMonthMinor + facts.amountMinor;
  if (monthTotal > tier.maxPerMonthMinor)
    return {
      kind: "wait",
      reason: why("overPerMonth", {
        amount: money(facts.amountMinor),
        total: money(monthTotal),
        tier: tierName,
        limit: money(tier.maxPerMonthMinor),
      }),
    };
  return { kind: "refund", amountMinor: facts.amountMinor, reason: why("onItsWay", { tier: tierName }) };
}
