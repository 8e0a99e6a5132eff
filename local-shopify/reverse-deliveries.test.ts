// Reverse deliveries: a return's parcel back gets its label and tracking,
// Shopify says so with reverse_deliveries/attach_deliverable, and a return's
// refund goes back through the order's payment, never over what is left.
import { describe, expect, it } from "vitest";
import { gid, createReturn, fulfillOrder, createOrder, shopifyTime } from "./store";
import { dataOf, demoEmulator } from "./testing";

function openReturn() {
  const emulator = demoEmulator();
  const data = emulator.store.getShop(emulator.shop);
  const variant = [...data.variants.values()].find((candidate) => candidate.priceCents > 0)!;
  const customer = [...data.customers.values()][0]!;
  const now = emulator.clock.now().getTime();
  const order = createOrder(emulator.store, data, {
    customerId: customer.id,
    lines: [{ variantId: variant.id, quantity: 1 }],
    createdAt: shopifyTime(now - 5e8),
  });
  const fulfillment = fulfillOrder(emulator.store, data, order, { at: shopifyTime(now - 4e8) });
  const ret = createReturn(emulator.store, data, order, {
    at: shopifyTime(now - 1e8),
    returnLineItems: [{ fulfillmentLineItemId: fulfillment.lineItems[0]!.id, quantity: 1 }],
  });
  return { ...emulator, order, ret, price: variant.priceCents };
}

const SHIP = `mutation($rfo: ID!, $lines: [ReverseDeliveryLineItemInput!]!, $tracking: ReverseDeliveryTrackingInput) {
  reverseDeliveryCreateWithShipping(reverseFulfillmentOrderId: $rfo, reverseDeliveryLineItems: $lines, trackingInput: $tracking) {
    reverseDelivery { id deliverable { ... on ReverseDeliveryShippingDeliverable { tracking { number carrierName url } } }
      reverseFulfillmentOrder { id status order { id } } }
    userErrors { field message code }
  } }`;

describe("reverse deliveries", () => {
  it("makes a reverse fulfillment order with each open return, and a tracked reverse delivery that emits attach_deliverable", async () => {
    const { gql, ret, emulator } = openReturn();
    const events: { topic: string; payload: unknown }[] = [];
    emulator.onWebhook((event) => events.push(event));
    const rfo = ret.reverseFulfillmentOrders[0]!;
    const listed = dataOf(
      await gql(
        `query($id: ID!) { return(id: $id) { reverseFulfillmentOrders(first: 5) { nodes { id status lineItems(first: 5) { nodes { id totalQuantity } } } } } }`,
        { id: gid("Return", ret.id) },
      ),
    );
    expect(listed.return.reverseFulfillmentOrders.nodes).toEqual([
      {
        id: gid("ReverseFulfillmentOrder", rfo.id),
        status: "OPEN",
        lineItems: { nodes: [{ id: gid("ReverseFulfillmentOrderLineItem", rfo.lineItems[0]!.id), totalQuantity: 1 }] },
      },
    ]);
    const shipped = dataOf(
      await gql(SHIP, {
        rfo: gid("ReverseFulfillmentOrder", rfo.id),
        lines: [{ reverseFulfillmentOrderLineItemId: gid("ReverseFulfillmentOrderLineItem", rfo.lineItems[0]!.id), quantity: 1 }],
        tracking: { number: "1Z999", url: "https://www.ups.com/track?tracknum=1Z999" },
      }),
    ).reverseDeliveryCreateWithShipping;
    expect(shipped.userErrors).toEqual([]);
    expect(shipped.reverseDelivery.deliverable).toEqual({
      tracking: { number: "1Z999", carrierName: "UPS", url: "https://www.ups.com/track?tracknum=1Z999" },
    });
    const deliveryId = Number(shipped.reverseDelivery.id.split("/").pop());
    expect(events.filter((event) => event.topic === "reverse_deliveries/attach_deliverable")).toEqual([
      {
        topic: "reverse_deliveries/attach_deliverable",
        shop: expect.any(String),
        payload: expect.objectContaining({
          id: deliveryId,
          admin_graphql_api_id: gid("ReverseDelivery", deliveryId),
          return: { id: ret.id, admin_graphql_api_id: gid("Return", ret.id) },
        }),
      },
    ]);
  });

  it("refuses a delivery for an unknown reverse fulfillment order or line", async () => {
    const { gql, ret } = openReturn();
    const rfo = ret.reverseFulfillmentOrders[0]!;
    const unknown = dataOf(await gql(SHIP, { rfo: gid("ReverseFulfillmentOrder", 1), lines: [] })).reverseDeliveryCreateWithShipping;
    expect(unknown.userErrors).toEqual([
      { field: ["reverseFulfillmentOrderId"], message: "Reverse fulfillment order does not exist.", code: "NOT_FOUND" },
    ]);
    const tooMany = dataOf(
      await gql(SHIP, {
        rfo: gid("ReverseFulfillmentOrder", rfo.id),
        lines: [{ reverseFulfillmentOrderLineItemId: gid("ReverseFulfillmentOrderLineItem", rfo.lineItems[0]!.id), quantity: 2 }],
      }),
    ).reverseDeliveryCreateWithShipping;
    expect(tooMany.userErrors[0].code).toBe("INVALID");
  });

  it("refunds a return through the order's SALE transaction, and refuses more than is left to refund", async () => {
    const { gql, ret, order, price } = openReturn();
    const PROCESS = `mutation($input: ReturnProcessInput!) { returnProcess(input: $input) { return { status refunds(first: 5) { nodes { totalRefundedSet { shopMoney { amount } } } } } userErrors { field message code } } }`;
    const transactions = dataOf(
      await gql(`query($id: ID!) { order(id: $id) { transactions(first: 5) { id kind status } } }`, { id: gid("Order", order.id) }),
    ).order.transactions;
    expect(transactions).toEqual([{ id: gid("OrderTransaction", order.id), kind: "SALE", status: "SUCCESS" }]);
    const input = (amount: string, parentId = transactions[0].id) => ({
      input: {
        returnId: gid("Return", ret.id),
        returnLineItems: [{ id: gid("ReturnLineItem", ret.returnLineItems[0]!.id), quantity: 1 }],
        financialTransfer: {
          issueRefund: { orderTransactions: [{ parentId, transactionAmount: { amount, currencyCode: order.currencyCode } }] },
        },
      },
    });
    const over = dataOf(await gql(PROCESS, input(((price + 1) / 100).toFixed(2)))).returnProcess;
    expect(over.userErrors).toEqual([
      {
        field: ["input", "financialTransfer", "issueRefund", "orderTransactions"],
        message: "Refund amount exceeds the amount that can be refunded for the return.",
        code: "INVALID",
      },
    ]);
    const stranger = dataOf(await gql(PROCESS, input("1.00", gid("OrderTransaction", 1)))).returnProcess;
    expect(stranger.userErrors[0].code).toBe("NOT_FOUND");
    const refunded = dataOf(await gql(PROCESS, input((price / 100).toFixed(2)))).returnProcess;
    expect(refunded.userErrors).toEqual([]);
    expect(refunded.return.status).toBe("CLOSED");
    expect(refunded.return.refunds.nodes).toHaveLength(1);
  });
});
