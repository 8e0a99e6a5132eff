import { describe, expect, it } from "vitest";
import { cardLanguage, orderStatusLines, tierBenefits } from "./card";

describe("the card's language", () => {
  it("is the one asked for, else the asking agent's first, else English", () => {
    expect(cardLanguage("ar-EG", ["fr"])).toBe("ar");
    expect(cardLanguage(undefined, ["fr", "en"])).toBe("fr");
    expect(cardLanguage("ja", ["de"])).toBe("en");
    expect(cardLanguage(undefined, null)).toBe("en");
  });
});

describe("an order's status on the card", () => {
  it("names payment and fulfilment by the desk's labels, from the codes Shopify's webhooks send", () => {
    expect(orderStatusLines({ financialStatus: "partially_refunded", fulfillmentStatus: "partial", cancelled: false })).toEqual([
      { key: "desk:customer.statuses.PARTIALLY_REFUNDED" },
      { key: "desk:customer.statuses.PARTIALLY_FULFILLED" },
    ]);
    expect(orderStatusLines({ financialStatus: "paid", fulfillmentStatus: null, cancelled: false })).toEqual([
      { key: "desk:customer.statuses.PAID" },
      { key: "desk:customer.statuses.UNFULFILLED" },
    ]);
  });

  it("says only that a cancelled order is cancelled, and shows a code it doesn't know as Shopify sent it", () => {
    expect(orderStatusLines({ financialStatus: "refunded", fulfillmentStatus: null, cancelled: true })).toEqual([
      { key: "desk:customer.cancelled" },
    ]);
    expect(orderStatusLines({ financialStatus: "on_layaway", fulfillmentStatus: "not_eligible", cancelled: false })).toEqual([
      { verbatim: "on_layaway" },
      { verbatim: "not_eligible" },
    ]);
    // A code that happens to name an object's own property is still a code it doesn't know.
    expect(orderStatusLines({ financialStatus: null, fulfillmentStatus: "constructor", cancelled: false })).toEqual([
      { verbatim: "constructor" },
    ]);
  });
});

describe("what a tier gives", () => {
  it("lists each perk the rule turns on, with the concierge's name", () => {
    expect(
      tierBenefits({
        skipBot: false,
        skipQueue: true,
        instantRefunds: true,
        concierge: { name: "Chloe", email: "chloe@amira.test", phone: null, whatsapp: null },
      }),
    ).toEqual([
      { key: "vip:rules.skipsQueue" },
      { key: "vip:rules.concierge", values: { name: "Chloe" } },
      { key: "vip:rules.instantRefunds" },
    ]);
    expect(tierBenefits(null)).toEqual([]);
  });
});
