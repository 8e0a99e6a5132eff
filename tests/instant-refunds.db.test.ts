// Instant refunds for VIPs against the local Shopify: a return's parcel gets
// its tracking (reverseDeliveryCreateWithShipping), Shopify sends
// reverse_deliveries/attach_deliverable, and Concierge refunds the return
// through returnProcess once, within the tier's limits, unless paused;
// what it may not refund waits for an agent, and Shopify's refusals are kept
// in its words, on the ledger the merchant reads.
import { beforeEach, describe, expect, it } from "vitest";
import db from "../app/db.server";
import { saveInstantRefundSettings } from "../app/data/instant-refunds.server";
import { messageText } from "../app/domain/form-message";
import { serverTranslate } from "../app/i18n/resources.server";
import { loader as ledgerLoader } from "../app/routes/app.instant-refunds";
import { unauthenticated } from "../app/shopify.server";
import { DEMO_SHOP } from "../local-shopify/demo-store";
import { reverseDeliveryPayload, findReverseDelivery } from "../local-shopify/reverse-deliveries";
import {
  createOrder,
  createReturn,
  fulfillOrder,
  refundOrder,
  shopifyTime,
  type OrderRecord,
  type ReturnRecord,
} from "../local-shopify/store";
import { adminRequest, signInStaff } from "./factories/admin-requests";
import { installApp, webhookDispatcher, withInstalledLocalShopify } from "./factories/local-shopify";
import { queuedJobs, runQueuedJobs } from "./factories/jobs";
import { adminClient, vipRule } from "./factories/vip";

const local = withInstalledLocalShopify();
const DAY = 24 * 60 * 60 * 1000;
let token: string;

beforeEach(async () => {
  token = await installApp(local());
});

const data = () => local().store.getShop(DEMO_SHOP);
const customerByEmail = (email: string) => data().customers.get(data().customerIdByEmail.get(email)!)!;
const CAMILLE = "camille.martin@exemple.fr";
const FATIMA = "fatima.almansouri@example.ae";

/** A delivered order of `units` of the demo's first variant priced as given, and an open return of all of it. */
function returnedOrder(email: string, units = 1, sku?: string): { order: OrderRecord; ret: ReturnRecord } {
  const variant = [...data().variants.values()].find((candidate) => candidate.priceCents > 0 && (!sku || candidate.sku === sku))!;
  const order = createOrder(local().store, data(), {
    customerId: customerByEmail(email).id,
    lines: [{ variantId: variant.id, quantity: units }],
    createdAt: shopifyTime(Date.now() - 6 * DAY),
  });
  const fulfillment = fulfillOrder(local().store, data(), order, { at: shopifyTime(Date.now() - 5 * DAY) });
  const ret = createReturn(local().store, data(), order, {
    at: shopifyTime(Date.now() - DAY),
    returnLineItems: fulfillment.lineItems.map((line) => ({ fulfillmentLineItemId: line.id, quantity: line.quantity })),
  });
  return { order, ret };
}

async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await adminClient(local(), token).graphql(query, { variables });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** The label provider attaches tracking to the parcel back; Shopify sends reverse_deliveries/attach_deliverable. */
async function shipBack(ret: ReturnRecord, options: { eventId?: string; runJobs?: boolean } = {}) {
  const rfo = ret.reverseFulfillmentOrders[0]!;
  const created = await gql<{ reverseDeliveryCreateWithShipping: { reverseDelivery: { id: string }; userErrors: unknown[] } }>(
    `mutation Ship($rfo: ID!, $lines: [ReverseDeliveryLineItemInput!]!, $tracking: ReverseDeliveryTrackingInput) {
      reverseDeliveryCreateWithShipping(reverseFulfillmentOrderId: $rfo, reverseDeliveryLineItems: $lines, trackingInput: $tracking) {
        reverseDelivery { id }
        userErrors { field message }
      }
    }`,
    {
      rfo: `gid://shopify/ReverseFulfillmentOrder/${rfo.id}`,
      lines: rfo.lineItems.map((line) => ({
        reverseFulfillmentOrderLineItemId: `gid://shopify/ReverseFulfillmentOrderLineItem/${line.id}`,
        quantity: line.totalQuantity,
      })),
      tracking: { number: `1Z${ret.id}`, url: `https://www.ups.com/track?tracknum=1Z${ret.id}` },
    },
  );
  expect(created.reverseDeliveryCreateWithShipping.userErrors).toEqual([]);
  const delivery = findReverseDelivery(data(), Number(created.reverseDeliveryCreateWithShipping.reverseDelivery.id.split("/").pop()))!;
  await deliverAttach(delivery.id, options);
  return delivery;
}

/** `runJobs: false`: the webhook's job waits for the test's own runQueuedJobs. */
async function deliverAttach(reverseDeliveryId: number, options: { eventId?: string; runJobs?: boolean } = {}) {
  const delivery = findReverseDelivery(data(), reverseDeliveryId)!;
  const deliveries = await webhookDispatcher(undefined, { runJobs: options.runJobs }).deliver(
    "reverse_deliveries/attach_deliverable",
    DEMO_SHOP,
    reverseDeliveryPayload(delivery),
    options,
  );
  expect(deliveries.map((d) => d.status)).toEqual([200]);
}

const returnRefunds = (order: OrderRecord, ret: ReturnRecord) => order.refunds.filter((refund) => refund.returnId === ret.id);

async function goldTier(limits: { perRefund?: string; perMonth?: string } = {}) {
  const rule = await vipRule({
    tierName: "Gold",
    conditions: [{ kind: "tag_contains", value: "vip" }],
    instantRefunds: true,
    instantRefundMaxPerRefund: limits.perRefund ?? "500.00",
    instantRefundMaxPerMonth: limits.perMonth ?? "1000.00",
  });
  return rule;
}

async function holdTier(email: string, rule: { id: string; tierName: string }) {
  await db.customerTier.create({
    data: {
      shop: DEMO_SHOP,
      customerId: String(customerByEmail(email).id),
      ruleId: rule.id,
      tierName: rule.tierName,
      factsUpdatedAt: new Date(),
      evaluatedAt: new Date(),
    },
  });
}

/** The ledger's row of a return, its reason as an English-reading staff member sees it (stored as a phrase). */
const ledgerRow = async (ret: ReturnRecord, locale: "en" | "ar" | "fr" = "en") => {
  const row = await db.instantRefund.findUnique({ where: { shop_returnId: { shop: DEMO_SHOP, returnId: String(ret.id) } } });
  return row && { ...row, reason: messageText(row.reason, serverTranslate(locale)) };
};

describe("instant refunds for VIPs", () => {
  it("refunds an eligible VIP's return once when its parcel back is tracked, however often Shopify says so", async () => {
    await holdTier(CAMILLE, await goldTier());
    const { order, ret } = returnedOrder(CAMILLE);
    const due = order.lineItems[0]!.unitPriceCents;

    const delivery = await shipBack(ret, { eventId: "attach-1" });
    await deliverAttach(delivery.id, { eventId: "attach-1" }); // the same event delivered again
    await deliverAttach(delivery.id, { eventId: "attach-2" }); // another event about the same parcel

    const refunds = returnRefunds(order, ret);
    expect(refunds).toHaveLength(1);
    expect(refunds[0]!.totalCents).toBe(due);
    expect(ret.status).toBe("CLOSED");
    expect(await ledgerRow(ret)).toMatchObject({
      status: "refunded",
      orderName: order.name,
      customerName: expect.stringContaining("Camille"),
      tierName: "Gold",
      amountMinor: BigInt(due),
      currencyCode: "USD",
      refundId: String(refunds[0]!.id),
      trackingNumber: `1Z${ret.id}`,
    });
  });

  it("keeps to the tier's monthly limit: the return that would pass it waits for an agent", async () => {
    const { order: first, ret: firstReturn } = returnedOrder(CAMILLE);
    const price = first.lineItems[0]!.unitPriceCents;
    // Room for one refund of this price a month, not two.
    const limit = ((price * 3) / 2 / 100).toFixed(2);
    await holdTier(CAMILLE, await goldTier({ perRefund: limit, perMonth: limit }));
    const { order: second, ret: secondReturn } = returnedOrder(CAMILLE);

    await shipBack(firstReturn);
    await shipBack(secondReturn);

    expect(returnRefunds(first, firstReturn)).toHaveLength(1);
    expect(returnRefunds(second, secondReturn)).toHaveLength(0);
    expect(secondReturn.status).toBe("OPEN");
    expect(await ledgerRow(secondReturn)).toMatchObject({
      status: "waiting",
      reason: expect.stringMatching(/this month's instant refunds/),
    });
  });

  it("leaves a return alone when the shopper is not in an instant-refund tier, or the refund is over the per-refund limit", async () => {
    await goldTier();
    const { order, ret } = returnedOrder(FATIMA);
    await shipBack(ret);
    expect(returnRefunds(order, ret)).toHaveLength(0);
    expect(ret.status).toBe("OPEN");
    expect(await ledgerRow(ret)).toMatchObject({ status: "waiting", reason: "The customer is not in a tier with instant refunds" });
    // Stored as a phrase: an Arabic or French reader gets it in their language.
    expect(await ledgerRow(ret, "ar")).toMatchObject({ reason: "العميل ليس في فئة تتيح الاسترداد الفوري" });
    expect(await ledgerRow(ret, "fr")).toMatchObject({ reason: "Le client n'est pas dans un niveau avec remboursements instantanés" });
  });

  it("honours the pause switch, and refunds once it is lifted and the parcel is heard of again", async () => {
    await holdTier(CAMILLE, await goldTier());
    await saveInstantRefundSettings(db, DEMO_SHOP, { paused: true, excludedSkus: [] });
    const { order, ret } = returnedOrder(CAMILLE);
    const delivery = await shipBack(ret);
    expect(returnRefunds(order, ret)).toHaveLength(0);
    expect(await ledgerRow(ret)).toMatchObject({ status: "waiting", reason: "Instant refunds are paused" });

    await saveInstantRefundSettings(db, DEMO_SHOP, { paused: false, excludedSkus: [] });
    await deliverAttach(delivery.id, { eventId: "after-pause" });
    expect(returnRefunds(order, ret)).toHaveLength(1);
    expect(await ledgerRow(ret)).toMatchObject({ status: "refunded" });
  });

  it("keeps items the merchant excluded for an agent", async () => {
    await holdTier(CAMILLE, await goldTier());
    const { order, ret } = returnedOrder(CAMILLE);
    const sku = order.lineItems[0]!.sku!;
    await saveInstantRefundSettings(db, DEMO_SHOP, { paused: false, excludedSkus: [sku.toUpperCase()] });
    await shipBack(ret);
    expect(returnRefunds(order, ret)).toHaveLength(0);
    expect(await ledgerRow(ret)).toMatchObject({ status: "waiting", reason: expect.stringContaining(`SKU ${sku}`) });
  });

  it("sends a refund once when Shopify's answer is lost, and records it as refunded when the job runs again", async () => {
    await holdTier(CAMILLE, await goldTier());
    const { order, ret } = returnedOrder(CAMILLE);
    const due = order.lineItems[0]!.unitPriceCents;
    // Shopify refunds; its answer never reaches Concierge, whose calls from jobs give up after a second here.
    // A second call would be answered: Shopify would refuse it, the return being closed by the first.
    const answerLost = local().loseAdminAnswers("ReturnProcess", { calls: 1 });
    const quickToGiveUp = {
      adminFor: async (shop: string) => ({ ...(await unauthenticated.admin(shop)).admin, retryPolicy: { timeoutMs: 1_000 } }),
    };
    await shipBack(ret, { runJobs: false });
    await runQueuedJobs(quickToGiveUp);
    answerLost();

    // One refund in Shopify, not sent again by the call that got no answer; the ledger says it is under way, not refused.
    expect(returnRefunds(order, ret)).toHaveLength(1);
    expect(await ledgerRow(ret)).toMatchObject({ status: "refunding", shopifyError: null, refundId: null });
    const [retry] = await queuedJobs("instant-refund");
    expect(retry).toMatchObject({ state: "retry" });

    // The job's next attempt asks Shopify, finds the refund, and records it: once, at its amount.
    await db.$executeRaw`UPDATE pgboss.job SET start_after = now() WHERE name = 'instant-refund' AND state = 'retry'`;
    await runQueuedJobs(quickToGiveUp);
    expect(returnRefunds(order, ret)).toHaveLength(1);
    expect(await ledgerRow(ret)).toMatchObject({
      status: "refunded",
      amountMinor: BigInt(due),
      refundId: String(returnRefunds(order, ret)[0]!.id),
      shopifyError: null,
    });
  });

  it("records Shopify's refusal in its own words, and lists it on the ledger", async () => {
    await holdTier(CAMILLE, await goldTier());
    const { order, ret } = returnedOrder(CAMILLE);
    // The merchant already refunded the whole order by hand, outside the return.
    refundOrder(local().store, data(), order, { full: true, at: shopifyTime(Date.now()) });
    await shipBack(ret);
    expect(returnRefunds(order, ret)).toHaveLength(0);
    expect(await ledgerRow(ret)).toMatchObject({
      status: "refused",
      shopifyError: "Refund amount exceeds the amount that can be refunded for the return.",
    });

    const userId = await signInStaff(local(), DEMO_SHOP, "chloe@concierge-demo.example");
    const response = await ledgerLoader({
      request: adminRequest("/app/instant-refunds", { shop: DEMO_SHOP, userId }),
      params: {},
      context: {},
    });
    const ledger = (await response.json()) as {
      entries: { orderName: string; status: string; shopifyError: string | null; amount: string }[];
    };
    expect(ledger.entries).toContainEqual(
      expect.objectContaining({ orderName: order.name, status: "refused", shopifyError: expect.stringContaining("exceeds") }),
    );
  });
});
