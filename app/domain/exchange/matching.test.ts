import { describe, expect, it } from "vitest";
import { exchangeCandidates, inStock, matchOffers, type MatchContext } from "./matching";
import { demoCatalog, definition, offer, orderItem } from "./test-fixtures";

const now = new Date("2026-11-16T15:00:00Z");
const context = (overrides: Partial<MatchContext> = {}): MatchContext => ({
  now,
  today: "2026-11-16",
  reason: null,
  windowStart: new Date("2026-11-10T12:00:00Z"),
  currencyCode: "USD",
  ...overrides,
});

describe("stock", () => {
  it("is out of stock only with nothing on hand and not for sale", () => {
    expect(inStock({ inventoryQuantity: 0, availableForSale: false })).toBe(false);
    expect(inStock({ inventoryQuantity: -2, availableForSale: false })).toBe(false);
    expect(inStock({ inventoryQuantity: 0, availableForSale: true })).toBe(true); // sells on when out of stock
    expect(inStock({ inventoryQuantity: 3, availableForSale: false })).toBe(true);
    expect(inStock({ inventoryQuantity: null, availableForSale: true })).toBe(true);
  });
});

describe("matching offers to a returned item", () => {
  it("proposes covering offers in precedence order, whatever order they are stored in", () => {
    const { catalog } = demoCatalog();
    const offers = [
      offer("c", 3),
      offer("a", 1, { match: { productIds: [], collectionIds: ["gid://shopify/Collection/7"], tags: [] } }),
      offer("b", 2, { match: { productIds: [], collectionIds: [], tags: ["CHINO"] } }),
    ];
    const result = matchOffers(offers, orderItem(), catalog, context());
    expect(result.proposals.map((proposal) => proposal.offer.id)).toEqual(["a", "b", "c"]);
  });

  it("leaves out offers for other products, collections and tags", () => {
    const { catalog } = demoCatalog();
    const result = matchOffers(
      [
        offer("x", 1, {
          match: { productIds: ["gid://shopify/Product/9"], collectionIds: ["gid://shopify/Collection/8"], tags: ["linen"] },
        }),
      ],
      orderItem(),
      catalog,
      context(),
    );
    expect(result).toEqual({ proposals: [], skipped: [] });
  });

  it("does not propose an offer whose exchange variant is out of stock", () => {
    const { catalog } = demoCatalog();
    // Relaxed Chino 32 / Olive has none on hand and is not for sale.
    const outOfStock = offer("olive", 1, { exchange: { kind: "variant", variantId: "gid://shopify/ProductVariant/203" } });
    const inStockOffer = offer("khaki", 2, { exchange: { kind: "variant", variantId: "gid://shopify/ProductVariant/202" } });
    const result = matchOffers([outOfStock, inStockOffer], orderItem(), catalog, context());
    expect(result.proposals.map((proposal) => proposal.offer.id)).toEqual(["khaki"]);
    expect(result.skipped).toEqual([{ offer: outOfStock, reason: "out_of_stock" }]);
  });

  it("does not propose an offer whose gift is out of stock", () => {
    const { catalog } = demoCatalog();
    const gift = offer("gift", 1, { bonus: { kind: "free_gift", variantId: "gid://shopify/ProductVariant/400" } });
    expect(matchOffers([gift], orderItem(), catalog, context()).skipped).toEqual([{ offer: gift, reason: "bonus_out_of_stock" }]);
  });

  it("skips offers that are off, not started, ended, for other reasons or past their return window", () => {
    const { catalog } = demoCatalog();
    const offers = [
      offer("off", 1, {}, { enabled: false }),
      offer("later", 2, { startsOn: "2026-11-17" }),
      offer("over", 3, { endsOn: "2026-11-15" }),
      offer("fit", 4, { reasons: ["SIZE_TOO_SMALL", "SIZE_TOO_LARGE"] }),
      offer("short", 5, { returnWindowDays: 5 }),
      offer("today", 6, { startsOn: "2026-11-16", endsOn: "2026-11-16" }),
    ];
    const result = matchOffers(offers, orderItem(), catalog, context({ reason: "COLOR" }));
    expect(result.skipped.map((skip) => [skip.offer.id, skip.reason])).toEqual([
      ["off", "disabled"],
      ["later", "not_started"],
      ["over", "ended"],
      ["fit", "reason"],
      ["short", "outside_window"],
    ]);
    expect(result.skipped[4].windowClosesAt).toEqual(new Date("2026-11-15T12:00:00Z"));
    expect(result.proposals.map((proposal) => proposal.offer.id)).toEqual(["today"]);
  });

  it("counts the window to its last instant", () => {
    const { catalog } = demoCatalog();
    const closing = new Date("2026-12-10T12:00:00Z");
    expect(matchOffers([offer("a", 1)], orderItem(), catalog, context({ now: closing })).proposals).toHaveLength(1);
    expect(matchOffers([offer("a", 1)], orderItem(), catalog, context({ now: new Date(closing.getTime() + 1) })).proposals).toHaveLength(0);
  });
});

describe("the variant proposed", () => {
  it("goes one size up when it was too small, keeping the color", () => {
    const { catalog } = demoCatalog();
    const candidates = exchangeCandidates(definition({ exchange: { kind: "same_product" } }), orderItem(), catalog, "SIZE_TOO_SMALL")!;
    expect(candidates.map((variant) => variant.title)).toEqual(["34 / Khaki", "34 / Navy", "36 / Khaki", "36 / Navy"]);
  });

  it("goes one size down when it was too large", () => {
    const { catalog } = demoCatalog();
    const candidates = exchangeCandidates(definition({ exchange: { kind: "same_product" } }), orderItem(), catalog, "SIZE_TOO_LARGE")!;
    expect(candidates.map((variant) => variant.title)).toEqual(["30 / Khaki", "30 / Navy"]);
  });

  it("keeps the shopper's size and color in the new cut when no size was wrong", () => {
    const { catalog } = demoCatalog();
    const result = matchOffers([offer("new-cut", 1)], orderItem(), catalog, context({ reason: "STYLE" }));
    expect(result.proposals[0].exchange.title).toBe("32 / Khaki");
    expect(result.proposals[0].alternatives.map((variant) => variant.title)).not.toContain("32 / Olive"); // out of stock
  });

  it("skips the out-of-stock size and proposes the next one", () => {
    const { catalog } = demoCatalog();
    // Too large in 32 Khaki: 30 Khaki of the new cut is out of stock, 30 Olive is not.
    const result = matchOffers([offer("new-cut", 1)], orderItem(), catalog, context({ reason: "SIZE_TOO_LARGE" }));
    expect(result.proposals[0].exchange.title).toBe("30 / Olive");
  });

  it("has nothing to propose when there is no bigger size", () => {
    const { catalog } = demoCatalog();
    const item = orderItem({
      variantTitle: "36 / Khaki",
      variantId: "gid://shopify/ProductVariant/106",
      selectedOptions: [
        { name: "Waist", value: "36" },
        { name: "Color", value: "Khaki" },
      ],
    });
    const sizeUp = offer("size-up", 1, { exchange: { kind: "same_product" } });
    expect(matchOffers([sizeUp], item, catalog, context({ reason: "SIZE_TOO_SMALL" })).skipped).toEqual([
      { offer: sizeUp, reason: "no_suitable_variant" },
    ]);
  });

  it("takes the variant the agent picked when it is in stock", () => {
    const { catalog } = demoCatalog();
    const picked = matchOffers([offer("a", 1)], orderItem(), catalog, context({ chosenVariantId: "gid://shopify/ProductVariant/205" }));
    expect(picked.proposals[0].exchange.title).toBe("34 / Olive");
    const outOfStock = matchOffers([offer("a", 1)], orderItem(), catalog, context({ chosenVariantId: "gid://shopify/ProductVariant/203" }));
    expect(outOfStock.proposals[0].exchange.title).toBe("32 / Khaki");
  });
});
