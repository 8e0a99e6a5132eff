// The instant-refund ledger in the embedded admin: a shopper's return gets
// its tracking on the local Shopify (reverseDeliveryCreateWithShipping),
// Shopify tells the app (reverse_deliveries/attach_deliverable), and the
// merchant reads on the ledger what Concierge did about it and why; then
// pauses instant refunds from the same page.
import { describe, expect, inject, it } from "vitest";
import { openPage, withBrowser } from "./browser";
import { localAdmin as admin, localAdminToken } from "./local-admin";

const demo = inject("demo");
const browser = withBrowser();

/** A delivered order of the demo store, returned by its shopper, the parcel back given tracking. Returns the order's name. */
async function returnShippedBack(token: string): Promise<string> {
  const { orders } = await admin<{ orders: { nodes: { id: string; name: string; returnStatus: string }[] } }>(
    `query Delivered { orders(first: 50, query: "fulfillment_status:shipped", sortKey: PROCESSED_AT, reverse: true) { nodes { id name returnStatus } } }`,
    {},
    token,
  );
  for (const order of orders.nodes.filter((candidate) => candidate.returnStatus === "NO_RETURN")) {
    const { returnableFulfillments } = await admin<{
      returnableFulfillments: { nodes: { returnableFulfillmentLineItems: { nodes: { fulfillmentLineItem: { id: string } }[] } }[] };
    }>(
      `query Returnable($id: ID!) { returnableFulfillments(orderId: $id, first: 5) { nodes { returnableFulfillmentLineItems(first: 5) { nodes { fulfillmentLineItem { id } } } } } }`,
      { id: order.id },
      token,
    );
    const line = returnableFulfillments.nodes[0]?.returnableFulfillmentLineItems.nodes[0];
    if (!line) continue;
    const { returnCreate } = await admin<{
      returnCreate: { return: { reverseFulfillmentOrders: { nodes: { id: string; lineItems: { nodes: { id: string }[] } }[] } } };
    }>(
      `mutation Return($input: ReturnInput!) { returnCreate(returnInput: $input) { return { reverseFulfillmentOrders(first: 1) { nodes { id lineItems(first: 1) { nodes { id } } } } } userErrors { message } } }`,
      { input: { orderId: order.id, returnLineItems: [{ fulfillmentLineItemId: line.fulfillmentLineItem.id, quantity: 1 }] } },
      token,
    );
    const rfo = returnCreate.return.reverseFulfillmentOrders.nodes[0]!;
    await admin(
      `mutation Ship($rfo: ID!, $lines: [ReverseDeliveryLineItemInput!]!, $tracking: ReverseDeliveryTrackingInput) {
        reverseDeliveryCreateWithShipping(reverseFulfillmentOrderId: $rfo, reverseDeliveryLineItems: $lines, trackingInput: $tracking) { userErrors { message } }
      }`,
      {
        rfo: rfo.id,
        lines: [{ reverseFulfillmentOrderLineItemId: rfo.lineItems.nodes[0]!.id, quantity: 1 }],
        tracking: { number: "1ZE2E0001", url: "https://www.ups.com/track?tracknum=1ZE2E0001" },
      },
      token,
    ).then((data) => {
      const errors = (data as { reverseDeliveryCreateWithShipping: { userErrors: unknown[] } }).reverseDeliveryCreateWithShipping
        .userErrors;
      if (errors.length > 0) throw new Error(JSON.stringify(errors));
    });
    return order.name;
  }
  throw new Error("the demo store has no delivered order left to return");
}

describe("the instant-refund ledger", () => {
  it("lists a return on its way back with what Concierge did and why, and pauses instant refunds", async () => {
    const orderName = await returnShippedBack(await localAdminToken());

    const { page, errors } = await openPage(browser());
    await page.goto(demo.adminUrl);
    const nav = page.getByRole("navigation", { name: "App" });
    const openLedger = async () => {
      await nav.getByRole("link", { name: "VIP rules" }).click();
      await page.getByRole("heading", { name: "VIP rules" }).first().waitFor();
      await nav.getByRole("link", { name: "Instant refunds" }).click();
      await page.getByRole("heading", { name: "Instant refunds" }).waitFor();
    };
    // The webhook is processed by the app's worker: the row shows once it has been.
    await expect
      .poll(
        async () => {
          await openLedger();
          return page.getByRole("row").filter({ hasText: orderName }).count();
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe(1);
    const row = page.getByRole("row").filter({ hasText: orderName });
    await row.getByText("Waits for an agent").waitFor();
    await row.getByText(/not in a tier with instant refunds|sets no instant-refund limits/).waitFor();

    await page.getByLabel("Pause instant refunds").check();
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Instant refunds saved").waitFor();
    await openLedger();
    await expect(page.getByLabel("Pause instant refunds").isChecked()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });
});
