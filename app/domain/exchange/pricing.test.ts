import { describe, expect, it } from "vitest";
import { discountAmountMinor, exchangePlan, netMinor, type PricedVariant } from "./pricing";

const variant = (id: string, priceMinor: bigint, unitCostMinor: bigint | null = null): PricedVariant => ({ id, priceMinor, unitCostMinor });
const belt = variant("belt", 4500n, 1410n);

describe("the exchange plan", () => {
  it("an even swap with a free gift: one return, nothing to pay, the gift costed at its unit cost", () => {
    const plan = exchangePlan({
      returnedUnitMinor: 8900n,
      exchange: variant("classic-34", 8900n),
      bonus: { kind: "free_gift", variant: belt },
      currencyCode: "USD",
    });
    expect(plan).toEqual({
      mode: "return",
      priceDifferenceMinor: 0n,
      shopperPaysMinor: 0n,
      refundMinor: 0n,
      returnExchangeLines: [
        { variantId: "classic-34", quantity: 1, free: false },
        { variantId: "belt", quantity: 1, free: true },
      ],
      draftLines: [],
      figures: { keptMinor: 8900n, upsellMinor: 0n, bonusCostMinor: 1410n },
    });
    expect(netMinor(plan.figures)).toBe(7490n);
  });

  it("a pricier new cut: the shopper pays the difference on a draft order holding the gift too", () => {
    const plan = exchangePlan({
      returnedUnitMinor: 8900n,
      exchange: variant("relaxed-32", 9800n),
      bonus: { kind: "free_gift", variant: belt },
      currencyCode: "USD",
    });
    expect(plan.mode).toBe("draft");
    expect(plan.priceDifferenceMinor).toBe(900n);
    expect(plan.shopperPaysMinor).toBe(900n);
    expect(plan.returnExchangeLines).toEqual([]);
    expect(plan.draftLines).toEqual([
      { variantId: "relaxed-32", quantity: 1, priceMinor: 9800n, discount: { kind: "credit", amountMinor: 8900n } },
      { variantId: "belt", quantity: 1, priceMinor: 4500n, discount: { kind: "gift", amountMinor: 4500n } },
    ]);
    expect(plan.figures).toEqual({ keptMinor: 8900n, upsellMinor: 900n, bonusCostMinor: 1410n });
  });

  it("a cheaper exchange: the difference is refunded when the item comes back, and only the exchange is kept", () => {
    const plan = exchangePlan({ returnedUnitMinor: 10000n, exchange: variant("tee", 2800n), bonus: { kind: "none" }, currencyCode: "USD" });
    expect(plan).toMatchObject({ mode: "return", priceDifferenceMinor: -7200n, refundMinor: 7200n, shopperPaysMinor: 0n });
    expect(plan.figures).toEqual({ keptMinor: 2800n, upsellMinor: 0n, bonusCostMinor: 0n });
  });

  it("an upsell at a discount: the swap on the return, the upsell on a draft order at its discounted price", () => {
    const plan = exchangePlan({
      returnedUnitMinor: 8900n,
      exchange: variant("classic-34", 8900n),
      bonus: { kind: "upsell_discount", variant: belt, discount: { kind: "percentage", basisPoints: 2000 } },
      currencyCode: "USD",
    });
    expect(plan.mode).toBe("return_and_draft");
    expect(plan.draftLines).toEqual([
      { variantId: "belt", quantity: 1, priceMinor: 4500n, discount: { kind: "upsell", amountMinor: 900n } },
    ]);
    expect(plan.shopperPaysMinor).toBe(3600n);
    // The upsell counts at its price, the discount as its cost: net = what is kept + what is paid.
    expect(plan.figures).toEqual({ keptMinor: 8900n, upsellMinor: 4500n, bonusCostMinor: 900n });
    expect(netMinor(plan.figures)).toBe(8900n + 3600n);
  });

  it("the issue's example: keep $100, sell $50 more", () => {
    const plan = exchangePlan({
      returnedUnitMinor: 10000n,
      exchange: variant("new-cut", 15000n),
      bonus: { kind: "free_gift", variant: variant("belt", 4500n) },
      currencyCode: "USD",
    });
    expect(plan.figures.keptMinor + plan.figures.upsellMinor).toBe(15000n);
    // Without a unit cost in Shopify the belt is costed at its price.
    expect(plan.figures.bonusCostMinor).toBe(4500n);
  });
});

describe("discount amounts", () => {
  it("rounds a percentage half up, exactly, and never takes more than the price", () => {
    expect(discountAmountMinor(4500n, { kind: "percentage", basisPoints: 1250 }, "USD")).toBe(563n); // 562.5
    expect(discountAmountMinor(999n, { kind: "percentage", basisPoints: 3333 }, "USD")).toBe(333n); // 332.9667
    expect(discountAmountMinor(4500n, { kind: "fixed_amount", amount: "60.00" }, "USD")).toBe(4500n);
    expect(discountAmountMinor(1500n, { kind: "fixed_amount", amount: "5" }, "JPY")).toBe(5n);
  });
});
