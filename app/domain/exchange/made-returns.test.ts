import { describe, expect, it } from "vitest";
import { itemEligibility } from "./eligibility";
import { exchangeReference, FINISH_AFTER_MS, itemBeforeReturn, mayFinish, returnMadeFor } from "./made-returns";
import { orderItem } from "./test-fixtures";

const returnLine = (note: string | null, quantity = 1) => ({
  quantity,
  returnReasonNote: note,
  fulfillmentLineItem: { id: "gid://shopify/FulfillmentLineItem/71", lineItem: { id: "gid://shopify/LineItem/7" } },
});

describe("the return an outcome made", () => {
  it("is found by the reference Concierge wrote into its line's note, among the order's other returns", () => {
    const order = {
      returns: {
        nodes: [
          { id: "gid://shopify/Return/1", name: "#1001-R1", status: "OPEN", returnLineItems: { nodes: [returnLine("Too small")] } },
          {
            id: "gid://shopify/Return/2",
            name: "#1001-R2",
            status: "OPEN",
            returnLineItems: {
              nodes: [returnLine(null), returnLine(`Exchange (Size swap) for Chino – 34. ${exchangeReference("outcome-b")}`)],
            },
          },
        ],
      },
    };
    expect(returnMadeFor(order, "outcome-b")).toEqual({
      id: "gid://shopify/Return/2",
      name: "#1001-R2",
      lineItemId: "gid://shopify/LineItem/7",
      fulfillmentLineItemId: "gid://shopify/FulfillmentLineItem/71",
      quantity: 1,
    });
    // Another outcome's reference, or none, is not this outcome's return.
    expect(returnMadeFor(order, "outcome-a")).toBeNull();
    expect(returnMadeFor({ returns: { nodes: [] } }, "outcome-b")).toBeNull();
  });

  it("gives the item back its unit, so finishing prices it as when it was accepted", () => {
    const returned = orderItem({ returnableQuantity: 0, inReturnQuantity: 1, fulfillmentLineItemId: null });
    expect(itemEligibility(returned, { requireDelivery: false })).toMatchObject({ eligible: false, reason: "already_returned" });
    const before = itemBeforeReturn(returned, {
      id: "gid://shopify/Return/2",
      name: "#1001-R2",
      lineItemId: returned.lineItemId,
      fulfillmentLineItemId: "gid://shopify/FulfillmentLineItem/71",
      quantity: 1,
    });
    expect(before).toMatchObject({
      returnableQuantity: 1,
      inReturnQuantity: 0,
      fulfillmentLineItemId: "gid://shopify/FulfillmentLineItem/71",
    });
    expect(itemEligibility(before, { requireDelivery: false })).toMatchObject({ eligible: true });
  });
});

describe("an acceptance that stopped half-way", () => {
  const now = new Date("2026-12-06T12:00:00Z");
  it("may be finished at once when it was paused, or once its worker has been gone long enough", () => {
    expect(mayFinish({ status: "deciding", decidedAt: null }, now)).toBe(true);
    expect(mayFinish({ status: "deciding", decidedAt: new Date(now.getTime() - FINISH_AFTER_MS) }, now)).toBe(true);
    expect(mayFinish({ status: "deciding", decidedAt: new Date(now.getTime() - 10_000) }, now)).toBe(false);
  });

  it("is never an outcome already decided or still open", () => {
    for (const status of ["accepted", "refused", "shown", "requested"]) expect(mayFinish({ status, decidedAt: null }, now)).toBe(false);
  });
});
