import { describe, expect, it } from "vitest";
import { offersForDeliveredItems } from "./storefront";
import { demoCatalog, offer, orderItem } from "./test-fixtures";

const base = { now: new Date("2026-11-16T15:00:00Z"), today: "2026-11-16", currencyCode: "USD", timeZone: "UTC" };

describe("offers for a delivered order", () => {
  it("gives each item its best offer with its words in every language and the exact difference", () => {
    const { catalog } = demoCatalog();
    const [item] = offersForDeliveredItems({
      ...base,
      items: [orderItem()],
      offers: [offer("new-cut", 1, { reasons: ["SIZE_TOO_SMALL"] }), offer("other", 2)],
      catalog,
    });
    expect(item.lineItemId).toBe("501");
    expect(item.ineligible).toBeNull();
    expect(item.offer).toMatchObject({
      offerId: "new-cut",
      reasons: [{ value: "SIZE_TOO_SMALL", labels: { en: "Size was too small", ar: "المقاس صغير جدًا", fr: "Taille trop petite" } }],
      exchange: { variantId: "202", label: "Relaxed Chino – 32 / Khaki" },
      bonus: { kind: "free_gift", variantId: "301", label: "Leather Belt – M" },
      priceDifferenceMinor: 900n,
      priceDifferenceTexts: { en: "$9.00 more", fr: "9,00\u00a0$US de plus" },
      shopperPaysMinor: 900n,
      mode: "draft",
      windowClosesAt: new Date("2026-12-10T12:00:00Z"),
    });
    expect(item.offer!.texts.en.headline).toBe("Not the right fit? Exchange for Relaxed Chino – 32 / Khaki and get Leather Belt – M");
    expect(item.offer!.texts.fr.headline).toBe(
      "Pas la bonne coupe ? Échangez contre Relaxed Chino – 32 / Khaki et recevez Leather Belt – M",
    );
    // Arabic was left blank: English, with English values.
    expect(item.offer!.texts.ar.headline).toBe(item.offer!.texts.en.headline);
  });

  it("explains a gift card, an undelivered item and a closed window; says nothing when no offer covers an item", () => {
    const { catalog } = demoCatalog();
    const items = offersForDeliveredItems({
      ...base,
      items: [
        orderItem({ lineItemId: "gid://shopify/LineItem/1", isGiftCard: true }),
        orderItem({ lineItemId: "gid://shopify/LineItem/2", deliveredAt: null }),
        orderItem({ lineItemId: "gid://shopify/LineItem/3", deliveredAt: "2026-10-01T12:00:00Z" }),
        orderItem({ lineItemId: "gid://shopify/LineItem/4", productId: "gid://shopify/Product/3", collectionIds: [], productTags: [] }),
      ],
      offers: [offer("new-cut", 1)],
      catalog,
    });
    expect(items.map((item) => [item.lineItemId, item.ineligible?.reason ?? null, item.offer])).toEqual([
      ["1", "gift_card", null],
      ["2", "not_delivered", null],
      ["3", "outside_window", null],
      ["4", null, null],
    ]);
    expect(items[2].ineligible!.messages.en).toBe("The 30-day return window closed on October 31, 2026.");
  });

  it("proposes nothing when the exchange variant is out of stock", () => {
    const { catalog } = demoCatalog();
    const [item] = offersForDeliveredItems({
      ...base,
      items: [orderItem()],
      offers: [offer("olive", 1, { exchange: { kind: "variant", variantId: "gid://shopify/ProductVariant/203" } })],
      catalog,
    });
    expect(item.offer).toBeNull();
  });

  it("offers only the reasons an exchange can follow: no 'too large' for the smallest size, no 'too small' for the largest", () => {
    const { catalog } = demoCatalog();
    const khaki = (waist: string) =>
      [...catalog.variants.values()].find(
        (variant) =>
          variant.productId === "gid://shopify/Product/1" &&
          variant.selectedOptions.some((option) => option.name === "Waist" && option.value === waist) &&
          variant.selectedOptions.some((option) => option.value === "Khaki"),
      )!;
    const reasonsFor = (waist: string) => {
      const variant = khaki(waist);
      const [item] = offersForDeliveredItems({
        ...base,
        items: [orderItem({ variantId: variant.id, variantTitle: variant.title, selectedOptions: variant.selectedOptions })],
        offers: [offer("swap", 1, { exchange: { kind: "same_product" }, reasons: ["SIZE_TOO_SMALL", "SIZE_TOO_LARGE"] })],
        catalog,
      });
      return item.offer?.reasons.map((reason) => reason.value) ?? [];
    };
    expect(reasonsFor("30")).toEqual(["SIZE_TOO_SMALL"]);
    expect(reasonsFor("32")).toEqual(["SIZE_TOO_SMALL", "SIZE_TOO_LARGE"]);
    expect(reasonsFor("36")).toEqual(["SIZE_TOO_LARGE"]);
  });
});
