// Every step that has happened says when (issue 17): "Order confirmed" and
// "Being prepared" too, from the best time Shopify records for them.
import { describe, expect, it } from "vitest";
import { build, fulfillmentOrder, onlyPackage, order, shipped, stepOf } from "./timeline.fixture";

const PLACED = new Date("2025-06-10T09:00:00Z");

describe("the times of the steps before a package", () => {
  it("dates an unshipped order's placed, confirmed and being prepared steps; what is to come has no time", () => {
    const facts = order({
      displayFulfillmentStatus: "UNFULFILLED",
      fulfillmentOrders: [
        fulfillmentOrder({
          status: "IN_PROGRESS",
          createdAt: "2025-06-10T09:00:02Z",
          lineItems: [{ title: "Linen shirt", variantTitle: "M / Sand", totalQuantity: 1, remainingQuantity: 1 }],
        }),
      ],
    });
    const [group] = build(facts).unfulfilledItems;
    expect(group!.steps.map((step) => [step.key, step.state, step.at])).toEqual([
      ["ordered", "done", PLACED],
      ["confirmed", "done", PLACED],
      ["preparing", "current", new Date("2025-06-10T09:00:02Z")],
      ["shipped", "upcoming", null],
      ["in_transit", "upcoming", null],
      ["out_for_delivery", "upcoming", null],
      ["delivered", "upcoming", null],
    ]);
  });

  it("leaves confirmed without a time while Shopify has not confirmed the order", () => {
    const facts = order({
      confirmed: false,
      displayFulfillmentStatus: "UNFULFILLED",
      fulfillmentOrders: [
        fulfillmentOrder({ status: "OPEN", lineItems: [{ title: "Belt", variantTitle: null, totalQuantity: 1, remainingQuantity: 1 }] }),
      ],
    });
    const [group] = build(facts).unfulfilledItems;
    expect(stepOf(group!, "ordered")).toMatchObject({ state: "current", at: PLACED });
    expect(stepOf(group!, "confirmed")).toMatchObject({ state: "upcoming", at: null });
  });

  it("dates a shipped package's confirmed step by the order, and being prepared by when its fulfillment order opened", () => {
    const facts = shipped();
    facts.fulfillmentOrders = [fulfillmentOrder({ createdAt: "2025-06-10T15:30:00Z" })];
    const pkg = onlyPackage(build(facts));
    expect(stepOf(pkg, "confirmed").at).toEqual(PLACED);
    expect(stepOf(pkg, "preparing").at).toEqual(new Date("2025-06-10T15:30:00Z"));
  });

  it("falls back on the order's time for being prepared when Shopify names no fulfillment order time", () => {
    const pkg = onlyPackage(build(shipped()));
    expect(["ordered", "confirmed", "preparing"].map((key) => stepOf(pkg, key as "ordered").at)).toEqual([PLACED, PLACED, PLACED]);
  });
});
