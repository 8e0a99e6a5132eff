import { describe, expect, it } from "vitest";
import { orderItemsOf, type OrderFacts } from "./items";

const shopMoney = (amount: string) => ({ shopMoney: { amount, currencyCode: "USD" } });

const order: OrderFacts = {
  currencyCode: "USD",
  lineItems: {
    nodes: [
      {
        id: "gid://shopify/LineItem/1",
        title: "Classic Chino",
        variantTitle: "32 / Khaki",
        quantity: 2,
        currentQuantity: 2,
        isGiftCard: false,
        discountedUnitPriceAfterAllDiscountsSet: shopMoney("80.1"),
        variant: { id: "gid://shopify/ProductVariant/11", selectedOptions: [{ name: "Waist", value: "32" }] },
        product: {
          id: "gid://shopify/Product/1",
          title: "Classic Chino",
          tags: ["chino"],
          collections: { nodes: [{ id: "gid://shopify/Collection/7" }] },
        },
      },
      {
        id: "gid://shopify/LineItem/2",
        title: "Leather Belt",
        variantTitle: "M",
        quantity: 1,
        currentQuantity: 0,
        isGiftCard: false,
        discountedUnitPriceAfterAllDiscountsSet: shopMoney("45.0"),
        variant: null,
        product: null,
      },
    ],
  },
  fulfillments: [
    {
      status: "SUCCESS",
      createdAt: "2026-11-01T10:00:00Z",
      deliveredAt: "2026-11-04T10:00:00Z",
      fulfillmentLineItems: {
        nodes: [{ id: "gid://shopify/FulfillmentLineItem/9", quantity: 2, lineItem: { id: "gid://shopify/LineItem/1" } }],
      },
    },
    {
      status: "CANCELLED",
      createdAt: "2026-10-31T10:00:00Z",
      deliveredAt: null,
      fulfillmentLineItems: {
        nodes: [{ id: "gid://shopify/FulfillmentLineItem/8", quantity: 1, lineItem: { id: "gid://shopify/LineItem/2" } }],
      },
    },
  ],
  returns: {
    nodes: [
      {
        status: "OPEN",
        returnLineItems: { nodes: [{ quantity: 1, fulfillmentLineItem: { lineItem: { id: "gid://shopify/LineItem/1" } } }] },
      },
      {
        status: "CANCELED",
        returnLineItems: { nodes: [{ quantity: 1, fulfillmentLineItem: { lineItem: { id: "gid://shopify/LineItem/1" } } }] },
      },
    ],
  },
};

describe("an order's items", () => {
  it("reads what was paid, shipped, delivered, returned and still returnable", () => {
    const [chino, belt] = orderItemsOf(order, [
      { fulfillmentLineItemId: "gid://shopify/FulfillmentLineItem/9", lineItemId: "gid://shopify/LineItem/1", quantity: 1 },
    ]);
    expect(chino).toMatchObject({
      productId: "gid://shopify/Product/1",
      collectionIds: ["gid://shopify/Collection/7"],
      paidUnitMinor: 8010n,
      fulfilledQuantity: 2,
      inReturnQuantity: 1, // the cancelled return does not count
      returnableQuantity: 1,
      fulfillmentLineItemId: "gid://shopify/FulfillmentLineItem/9",
      deliveredAt: "2026-11-04T10:00:00Z",
      fulfilledAt: "2026-11-01T10:00:00Z",
    });
    // Refunded before it shipped (its fulfillment was cancelled).
    expect(belt).toMatchObject({
      removedQuantity: 1,
      fulfilledQuantity: 0,
      returnableQuantity: 0,
      fulfillmentLineItemId: null,
      fulfilledAt: null,
      productId: null,
    });
  });
});
