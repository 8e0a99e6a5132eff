import { describe, expect, it } from "vitest";
import { ineligibleMessage, itemEligibility, returnWindowEnd } from "./eligibility";
import { orderItem } from "./test-fixtures";

describe("whether an item can go back", () => {
  it("takes a delivered item, its window starting at delivery", () => {
    expect(itemEligibility(orderItem(), { requireDelivery: true })).toEqual({
      eligible: true,
      returnableQuantity: 1,
      windowStart: new Date("2026-11-10T12:00:00Z"),
    });
  });

  it("refuses gift cards, unshipped, already returned and refunded items with their reason", () => {
    expect(itemEligibility(orderItem({ isGiftCard: true }), { requireDelivery: false })).toEqual({ eligible: false, reason: "gift_card" });
    expect(
      itemEligibility(
        orderItem({ fulfilledQuantity: 0, fulfilledAt: null, deliveredAt: null, returnableQuantity: 0, fulfillmentLineItemId: null }),
        { requireDelivery: false },
      ),
    ).toEqual({
      eligible: false,
      reason: "not_fulfilled",
    });
    expect(
      itemEligibility(orderItem({ returnableQuantity: 0, inReturnQuantity: 1, fulfillmentLineItemId: null }), { requireDelivery: false }),
    ).toEqual({ eligible: false, reason: "already_returned" });
    expect(
      itemEligibility(orderItem({ returnableQuantity: 0, removedQuantity: 1, fulfillmentLineItemId: null }), { requireDelivery: false }),
    ).toEqual({ eligible: false, reason: "refunded" });
  });

  it("needs a delivery on the storefront, and counts from shipment for an agent when the carrier never said", () => {
    const shipped = orderItem({ deliveredAt: null });
    expect(itemEligibility(shipped, { requireDelivery: true })).toEqual({ eligible: false, reason: "not_delivered" });
    expect(itemEligibility(shipped, { requireDelivery: false })).toMatchObject({
      eligible: true,
      windowStart: new Date("2026-11-07T12:00:00Z"),
    });
  });

  it("says when the window closed, in each language", () => {
    const closesAt = returnWindowEnd(new Date("2026-10-01T12:00:00Z"), 30);
    expect(ineligibleMessage("outside_window", "en", { days: 30, closesAt, timeZone: "America/New_York" })).toBe(
      "The 30-day return window closed on October 31, 2026.",
    );
    expect(ineligibleMessage("outside_window", "fr", { days: 30, closesAt })).toBe(
      "Le délai de retour de 30 jours a pris fin le 31 octobre 2026.",
    );
    expect(ineligibleMessage("gift_card", "ar")).toBe("لا يمكن إرجاع بطاقات الهدايا أو استبدالها.");
  });
});
