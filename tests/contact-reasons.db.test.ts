// Shopify's returns join the shop's one list of reasons: returns/approve (or
// returns/request) is delivered signed into the app, a job reads the return's
// lines over the Admin API and stores one reason per line, on the product,
// with what the returned units are worth; redelivered events add nothing.
import { beforeEach, describe, expect, it } from "vitest";
import db from "../app/db.server";
import { DEMO_SHOP } from "../local-shopify/demo-store";
import { returnPayload } from "../local-shopify/mutations";
import { createOrder, createReturn, fulfillOrder, RETURN_REASON_DEFINITIONS, shopifyTime, type ReturnRecord } from "../local-shopify/store";
import { installApp, webhookDispatcher, withInstalledLocalShopify } from "./factories/local-shopify";

const local = withInstalledLocalShopify();
const DAY = 24 * 60 * 60 * 1000;

beforeEach(async () => {
  await installApp(local());
});

const data = () => local().store.getShop(DEMO_SHOP);
const definition = (handle: string) => RETURN_REASON_DEFINITIONS.find((candidate) => candidate.handle === handle)!.id;

/** A delivered order of two priced variants, and a return of both with the reasons given (Shopify handles). */
function returned(reasons: [string, string]): ReturnRecord {
  const variants = [...data().variants.values()].filter((candidate) => candidate.priceCents > 0).slice(0, 2);
  const customer = [...data().customers.values()][0]!;
  const order = createOrder(local().store, data(), {
    customerId: customer.id,
    lines: variants.map((variant) => ({ variantId: variant.id, quantity: 1 })),
    createdAt: shopifyTime(Date.now() - 6 * DAY),
  });
  const fulfillment = fulfillOrder(local().store, data(), order, { at: shopifyTime(Date.now() - 5 * DAY) });
  return createReturn(local().store, data(), order, {
    at: shopifyTime(Date.now() - DAY),
    returnLineItems: fulfillment.lineItems.map((line, i) => ({
      fulfillmentLineItemId: line.id,
      quantity: 1,
      returnReasonDefinitionId: definition(reasons[i]!),
    })),
  });
}

async function deliver(topic: "returns/approve" | "returns/request", ret: ReturnRecord, eventId?: string) {
  const deliveries = await webhookDispatcher().deliver(topic, DEMO_SHOP, returnPayload(ret), eventId ? { eventId } : {});
  expect(deliveries.map((delivery) => delivery.status)).toEqual([200]);
}

describe("a Shopify return's reasons", () => {
  it("are stored once per line, on the product, with the returned units' value, however often the return is announced", async () => {
    const ret = returned(["too-small", "defective"]);
    await deliver("returns/request", ret, "event-1");
    await deliver("returns/request", ret, "event-1"); // the same event redelivered
    await deliver("returns/approve", ret, "event-2"); // the same return, approved
    const rows = await db.contactReason.findMany({ where: { shop: DEMO_SHOP }, orderBy: { reasonKey: "asc" } });
    const order = data().orders.get(ret.orderId)!;
    const expected = ret.returnLineItems.map((line) => {
      const item = order.lineItems.find((candidate) => candidate.id === line.lineItemId)!;
      return { line, item, variant: data().variants.get(item.variantId!)! };
    });
    expect(rows).toEqual(
      [
        { key: "defective", ...expected[1]! },
        { key: "too-small", ...expected[0]! },
      ].map(({ key, line, variant }) =>
        expect.objectContaining({
          source: "shopify_return",
          sourceId: `${ret.id}:${line.id}`,
          reasonKey: key,
          reasonText: null,
          productId: String(variant.productId),
          productTitle: data().products.get(variant.productId)!.title,
          variantId: String(variant.id),
          orderId: String(ret.orderId),
          currencyCode: order.currencyCode,
          refundMinor: BigInt(variant.priceCents),
          exchangeMinor: 0n,
          occurredAt: new Date(ret.createdAt),
        }),
      ),
    );
  });

  it("land on the shop's list: Shopify's narrower handles on the broader reason, and nothing in another shop", async () => {
    const ret = returned(["color-too-bright", "comfort"]);
    await deliver("returns/approve", ret);
    const rows = await db.contactReason.findMany({ where: { shop: DEMO_SHOP }, select: { reasonKey: true, reasonText: true } });
    expect(rows).toEqual(
      expect.arrayContaining([
        { reasonKey: "color", reasonText: null },
        { reasonKey: "style", reasonText: null },
      ]),
    );
    expect(rows).toHaveLength(2);
    expect(await db.contactReason.count({ where: { shop: { not: DEMO_SHOP } } })).toBe(0);
  });

  it("are not counted again for a return Concierge made for an exchange (its contact is the exchange's)", async () => {
    const ret = returned(["too-small", "too-small"]);
    await db.exchangeOutcome.create({
      data: {
        shop: DEMO_SHOP,
        offerId: "offer",
        orderId: String(ret.orderId),
        lineItemId: String(ret.returnLineItems[0]!.lineItemId),
        channel: "agent",
        status: "accepted",
        returnReason: "SIZE_TOO_SMALL",
        returnId: String(ret.id),
        currencyCode: "USD",
      },
    });
    await deliver("returns/approve", ret);
    expect(await db.contactReason.count()).toBe(0);
  });
});
