// The money of an exchange, exactly, in the shop currency's minor units:
// the price difference, what Shopify is asked to create, and the figures an
// accepted offer is credited with. See docs/decisions/007-exchange-offers.md.
//
//   R = what the shopper paid for the returned unit (after every discount)
//   E = the price of the exchange variant
//   kept   = the refund avoided            = min(R, E)
//   upsell = what the shopper pays on top  = max(0, E − R) + an upsell's full price
//   bonus  = what the bonus costs          = a gift's unit cost (its price when Shopify has no cost)
//                                          | an upsell's discount
//   net    = kept + upsell − bonus
import type { BonusDiscount } from "./offers";
import { parseDecimalToMinor } from "../money";

/** A variant as the pricing needs it. */
export interface PricedVariant {
  id: string;
  priceMinor: bigint;
  /** Shopify's unit cost (InventoryItem.unitCost), when the merchant entered one. */
  unitCostMinor: bigint | null;
}

export type ResolvedBonus =
  | { kind: "none" }
  | { kind: "free_gift"; variant: PricedVariant }
  | { kind: "upsell_discount"; variant: PricedVariant; discount: BonusDiscount };

export interface ExchangeFigures {
  keptMinor: bigint;
  upsellMinor: bigint;
  bonusCostMinor: bigint;
}

/**
 * How the exchange is made in Shopify:
 * - "return": the shopper pays nothing: one return whose exchange line items
 *   are the new variant and the free gift (100% off), released at once;
 * - "return_and_draft": the same return, plus a draft order for the upsell
 *   the shopper buys at a discount;
 * - "draft": the new variant costs more than the returned item: the return
 *   brings the item back, and a draft order holds the new variant with the
 *   returned item's value credited (and the bonus), for the shopper to pay.
 */
export type ExchangeMode = "return" | "return_and_draft" | "draft";

export interface ReturnExchangeLine {
  variantId: string;
  quantity: 1;
  /** The free gift: 100% off. */
  free: boolean;
}

export interface DraftLine {
  variantId: string;
  quantity: 1;
  priceMinor: bigint;
  /** What is taken off the line, and why. */
  discount: { kind: "credit" | "gift" | "upsell"; amountMinor: bigint } | null;
}

export interface ExchangePlan {
  mode: ExchangeMode;
  /** E − R: positive when the new variant costs more, negative when less. */
  priceDifferenceMinor: bigint;
  /** What the shopper pays (a draft order's total). */
  shopperPaysMinor: bigint;
  /** What is refunded when the returned item arrives (a cheaper exchange). */
  refundMinor: bigint;
  returnExchangeLines: ReturnExchangeLine[];
  draftLines: DraftLine[];
  figures: ExchangeFigures;
}

function max(a: bigint, b: bigint) {
  return a > b ? a : b;
}

function min(a: bigint, b: bigint) {
  return a < b ? a : b;
}

/** a × b / c rounded half up, exactly (all non-negative). */
function mulDivRoundHalfUp(a: bigint, b: bigint, c: bigint): bigint {
  return (a * b * 2n + c) / (2n * c);
}

/** What an upsell discount takes off a price: never more than the price. */
export function discountAmountMinor(priceMinor: bigint, discount: BonusDiscount, currencyCode: string): bigint {
  const amount =
    discount.kind === "percentage"
      ? mulDivRoundHalfUp(priceMinor, BigInt(discount.basisPoints), 10_000n)
      : parseDecimalToMinor(discount.amount, currencyCode);
  return min(priceMinor, amount);
}

/** What a bonus costs the merchant (see the header). */
export function bonusCostMinor(bonus: ResolvedBonus, currencyCode: string): bigint {
  if (bonus.kind === "free_gift") return bonus.variant.unitCostMinor ?? bonus.variant.priceMinor;
  if (bonus.kind === "upsell_discount") return discountAmountMinor(bonus.variant.priceMinor, bonus.discount, currencyCode);
  return 0n;
}

/** The exchange of one returned unit for `exchange`, plus `bonus`. */
export function exchangePlan(input: {
  returnedUnitMinor: bigint;
  exchange: PricedVariant;
  bonus: ResolvedBonus;
  currencyCode: string;
}): ExchangePlan {
  const R = input.returnedUnitMinor;
  const E = input.exchange.priceMinor;
  const { bonus, currencyCode } = input;
  const difference = E - R;
  const bonusCost = bonusCostMinor(bonus, currencyCode);
  const figures: ExchangeFigures = {
    keptMinor: min(R, E),
    upsellMinor: max(0n, difference) + (bonus.kind === "upsell_discount" ? bonus.variant.priceMinor : 0n),
    bonusCostMinor: bonusCost,
  };
  const bonusDraftLine = (): DraftLine | null => {
    if (bonus.kind === "free_gift") {
      return {
        variantId: bonus.variant.id,
        quantity: 1,
        priceMinor: bonus.variant.priceMinor,
        discount: { kind: "gift", amountMinor: bonus.variant.priceMinor },
      };
    }
    if (bonus.kind === "upsell_discount") {
      return {
        variantId: bonus.variant.id,
        quantity: 1,
        priceMinor: bonus.variant.priceMinor,
        discount: { kind: "upsell", amountMinor: bonusCost },
      };
    }
    return null;
  };
  const draftTotal = (lines: DraftLine[]) => lines.reduce((sum, line) => sum + line.priceMinor - (line.discount?.amountMinor ?? 0n), 0n);

  if (difference > 0n) {
    // The shopper pays the difference: everything they receive waits on the draft order.
    const lines: DraftLine[] = [
      { variantId: input.exchange.id, quantity: 1, priceMinor: E, discount: R > 0n ? { kind: "credit", amountMinor: R } : null },
    ];
    const extra = bonusDraftLine();
    if (extra) lines.push(extra);
    return {
      mode: "draft",
      priceDifferenceMinor: difference,
      shopperPaysMinor: draftTotal(lines),
      refundMinor: 0n,
      returnExchangeLines: [],
      draftLines: lines,
      figures,
    };
  }

  const returnLines: ReturnExchangeLine[] = [{ variantId: input.exchange.id, quantity: 1, free: false }];
  if (bonus.kind === "free_gift") returnLines.push({ variantId: bonus.variant.id, quantity: 1, free: true });
  const upsell = bonus.kind === "upsell_discount" ? bonusDraftLine() : null;
  return {
    mode: upsell ? "return_and_draft" : "return",
    priceDifferenceMinor: difference,
    shopperPaysMinor: upsell ? draftTotal([upsell]) : 0n,
    refundMinor: -difference,
    returnExchangeLines: returnLines,
    draftLines: upsell ? [upsell] : [],
    figures,
  };
}

/** kept + upsell − bonus cost. */
export function netMinor(figures: ExchangeFigures): bigint {
  return figures.keptMinor + figures.upsellMinor - figures.bonusCostMinor;
}
