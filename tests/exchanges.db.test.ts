// Exchange offers against the local Shopify: the agent's answer made for
// real (a return with its exchange line items released, a draft order when
// the shopper pays more), a refusal that creates nothing, items that can't go
// back, out-of-stock offers, the shoppers' own requests through the app
// proxy, and the figures they add up to, counted when the shopper pays.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import db from "../app/db.server";
import { outcomeGroups, recordOutcome } from "../app/data/exchanges.server";
import { action as offerAction, loader as offerLoader } from "../app/routes/app.exchange-offers.$id";
import { action as offersAction, loader as offersLoader } from "../app/routes/app.exchange-offers._index";
import { action as deskAction, loader as deskLoader } from "../app/routes/app.exchanges.$orderId";
import { loader as profitLoader } from "../app/routes/app.profit";
import { loader as profitExportLoader } from "../app/routes/app.profit.export";
import { action as requestAction } from "../app/routes/proxy.exchange-request";
import { loader as trackLoader } from "../app/routes/proxy.track";
import { exchangeOffersForOrder } from "../app/services/exchange-requests.server";
import type { ProfitDashboard } from "../app/services/profit-dashboard.server";
import { unauthenticated } from "../app/shopify.server";
import { DEMO_SHOP } from "../local-shopify/demo-store";
import { signedAppProxyUrl } from "../local-shopify/app-proxy";
import type { LocalShopify } from "../local-shopify/server";
import {
  addDiscount,
  addFulfillmentEvent,
  createOrder,
  createReturn,
  fulfillOrder,
  shopifyTime,
  type OrderRecord,
  type ShopData,
  type VariantRecord,
} from "../local-shopify/store";
import { orderPayload } from "../local-shopify/webhooks";
import { adminRequest, signInStaff } from "./factories/admin-requests";
import { answeredFieldErrors } from "./factories/forms";
import { startLocalShopifyForApp, webhookDispatcher } from "./factories/local-shopify";
import { TEST_APP } from "./setup/test-environment";
import { routeAnswer } from "./factories/routes";
import { runQueuedJobs } from "./factories/jobs";
import { RETURN_REASON_DEFINITIONS } from "../local-shopify/store";
import { appProxyRequest } from "./factories/app-proxy";

const CHLOE = "chloe@concierge-demo.example";
const YOUSSEF = "youssef@concierge-demo.example";
const DAY = 24 * 60 * 60 * 1000;

let local: LocalShopify;
let data: ShopData;
beforeAll(async () => {
  local = await startLocalShopifyForApp();
  data = local.store.getShop(DEMO_SHOP);
});
afterAll(async () => {
  await local.close();
});

let staffId: number;
let chloe: { id: string };
beforeEach(async () => {
  // Each test is a shopper and an agent minutes apart from the last: the file's
  // back-to-back Admin calls would otherwise leave the next test a drained
  // bucket, which Concierge's budget (decision 023) rightly refuses to spend.
  local.emulator.refillBuckets();
  staffId = await signInStaff(local, DEMO_SHOP, CHLOE);
  chloe = await agent("Chloé Martin", CHLOE);
});

function agent(name: string, email: string) {
  return db.agent.create({
    data: {
      shop: DEMO_SHOP,
      name,
      email,
      timeZone: "America/New_York",
      workingHours: "{}",
      commissionBps: 750,
      monthlyBudgetMinor: 0n,
      currencyCode: "USD",
    },
  });
}

// ---------------------------------------------------------------------------
// The demo store's catalogue and fresh orders

const product = (title: string) => [...data.products.values()].find((candidate) => candidate.title === title)!;
const gidOf = (type: string, id: number) => `gid://shopify/${type}/${id}`;
function variant(title: string, ...values: string[]): VariantRecord {
  return product(title)
    .variantIds.map((id) => data.variants.get(id)!)
    .find((candidate) => values.every((value, index) => candidate.selectedOptions[index]?.value === value))!;
}

/** A customer's order of these variants (`quantity` of each), shipped and delivered `deliveredDaysAgo` days ago. */
function deliveredOrder(lines: VariantRecord[], deliveredDaysAgo = 5, quantity = 1): OrderRecord {
  const customer = [...data.customers.values()].find((candidate) => candidate.email === "camille.martin@exemple.fr")!;
  const now = Date.now();
  const order = createOrder(local.store, data, {
    customerId: customer.id,
    lines: lines.map((line) => ({ variantId: line.id, quantity })),
    createdAt: shopifyTime(now - (deliveredDaysAgo + 4) * DAY),
  });
  const fulfillment = fulfillOrder(local.store, data, order, { at: shopifyTime(now - (deliveredDaysAgo + 3) * DAY) });
  addFulfillmentEvent(local.store, data, order, fulfillment, { status: "DELIVERED", at: shopifyTime(now - deliveredDaysAgo * DAY) });
  return order;
}

const lineOf = (order: OrderRecord, v: VariantRecord) => String(order.lineItems.find((line) => line.variantId === v.id)!.id);

// ---------------------------------------------------------------------------
// Offers

interface OfferFields {
  name: string;
  exchange: Record<string, string>;
  bonus: Record<string, string>;
  reasons?: string[];
  returnWindowDays?: string;
}

async function saveOffer(fields: OfferFields, id = "new") {
  const form = new URLSearchParams({
    name: fields.name,
    enabled: "true",
    "match.tags": "chino",
    "texts.en.headline": "Not the right fit? Exchange for {exchange_item} and get {bonus_item}",
    "texts.en.script": "We just released {exchange_item}: exchange today and I'll add {bonus_item} ({price_difference}).",
    "texts.ar.headline": "ليس المقاس المناسب؟ استبدله بـ {exchange_item} واحصل على {bonus_item}",
    "texts.ar.script": "استبدله اليوم وسأضيف {bonus_item}.",
    "texts.fr.headline": "Pas la bonne coupe ? Échangez contre {exchange_item} et recevez {bonus_item}",
    "texts.fr.script": "Échangez aujourd'hui, je vous offre {bonus_item}.",
    returnWindowDays: fields.returnWindowDays ?? "30",
  });
  for (const [name, value] of Object.entries(fields.exchange)) form.set(`exchange.${name}`, value);
  for (const [name, value] of Object.entries(fields.bonus)) form.set(`bonus.${name}`, value);
  for (const reason of fields.reasons ?? []) form.append("reasons", reason);
  const response = await call(offerAction, `/app/exchange-offers/${id}`, { id }, form);
  expect(response.status, await response.clone().text()).toBe(302);
  const offerId = id === "new" ? response.headers.get("Location")!.split("/").pop()! : id;
  return offerId.split("?")[0];
}

const belt = () => variant("Leather Belt", "M");
const newCutOffer = () =>
  saveOffer({
    name: "New cut + free belt",
    exchange: { kind: "product", productId: gidOf("Product", product("Relaxed Chino").id) },
    bonus: { kind: "free_gift", variantId: gidOf("ProductVariant", belt().id) },
  });
const sizeSwapOffer = () =>
  saveOffer({
    name: "Size swap + free belt",
    exchange: { kind: "same_product" },
    bonus: { kind: "free_gift", variantId: gidOf("ProductVariant", belt().id) },
    reasons: ["SIZE_TOO_SMALL", "SIZE_TOO_LARGE"],
  });

// ---------------------------------------------------------------------------
// Calling the routes

type Route = (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => Promise<unknown>;

async function call(
  route: Route,
  path: string,
  params: Record<string, string>,
  form?: URLSearchParams | Record<string, string>,
  userId = staffId,
) {
  const body = form instanceof URLSearchParams ? form : form ? new URLSearchParams(form) : undefined;
  const request = adminRequest(path, { shop: DEMO_SHOP, userId, ...(body ? { method: "POST", body } : {}) });
  return routeAnswer(route, request, params);
}

interface Desk {
  order: { customer: string | null; customerLanguage: string | null };
  agent: { id: string } | null;
  items: {
    lineItemId: string;
    title: string;
    refusal: string | null;
    proposals: {
      offerId: string;
      offerName: string;
      exchange: { id: string; label: string };
      priceDifference: string;
      shopperPays: string;
      net: string;
      mode: string;
      texts: Record<string, { headline: string; script: string }>;
    }[];
    skipped: { offerName: string; reason: string }[];
  }[];
  outcomes: { id: string; status: string; agent: unknown }[];
}

async function desk(order: OrderRecord, reason?: string) {
  const response = await call(deskLoader, `/app/exchanges/${order.id}${reason ? `?reason=${reason}` : ""}`, { orderId: String(order.id) });
  expect(response.status).toBe(200);
  return (await response.json()) as Desk;
}

async function answer(order: OrderRecord, form: Record<string, string>, userId = staffId) {
  const response = await call(deskAction, `/app/exchanges/${order.id}`, { orderId: String(order.id) }, form, userId);
  const reply = (await response.json()) as {
    ok: boolean;
    status?: string;
    created?: { returnName: string; draftOrderName: string | null } | null;
  };
  if (reply.ok) return { status: response.status, body: reply as typeof reply & { fieldErrors?: Record<string, string> } };
  // Errors about the whole answer (Conform keys them "") read as "form".
  const { "": whole = undefined, ...fields } = answeredFieldErrors(reply);
  return {
    status: response.status,
    body: { ok: false, fieldErrors: whole === undefined ? fields : { form: whole, ...fields } } as typeof reply & {
      fieldErrors?: Record<string, string>;
    },
  };
}

/** The staff member accepts, for a line of the order and a reason, the proposal the desk showed. */
function acceptProposal(order: OrderRecord, line: VariantRecord, offerId: string, reason: string, proposal: { exchange: { id: string } }) {
  return answer(order, { intent: "accept", lineItemId: lineOf(order, line), offerId, reason, exchangeVariantId: proposal.exchange.id });
}

const storeCounts = () => ({
  returns: [...data.orders.values()].reduce((sum, order) => sum + order.returns.length, 0),
  drafts: data.draftOrders.size,
});

// ---------------------------------------------------------------------------

describe("accepting an offer makes the exchange in Shopify", () => {
  it("an even size swap: a return whose exchange items (the new size and the free belt) are released at once", async () => {
    const offerId = await sizeSwapOffer();
    const chino = variant("Classic Chino", "32", "Khaki");
    const order = deliveredOrder([chino]);
    const view = await desk(order, "SIZE_TOO_SMALL");
    const [proposal] = view.items[0].proposals;
    expect(proposal).toMatchObject({
      offerName: "Size swap + free belt",
      exchange: { label: "Classic Chino – 34 / Khaki" },
      priceDifference: "$0.00",
      shopperPays: "$0.00",
      mode: "return",
    });
    expect(proposal.texts.ar.headline).toBe("ليس المقاس المناسب؟ استبدله بـ Classic Chino – 34 / Khaki واحصل على Leather Belt – M");
    // Camille's Shopify locale is French: the agent's words open in French.
    expect(view.order.customerLanguage).toBe("fr");
    const beltStock = belt().inventoryQuantity;
    const draftsBefore = data.draftOrders.size;

    const result = await acceptProposal(order, chino, offerId, "SIZE_TOO_SMALL", proposal);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ ok: true, status: "accepted", created: { returnName: `${order.name}-R1`, draftOrderName: null } });
    await runQueuedJobs();
    expect(data.flowTriggerRuns.filter((run) => run.handle === "exchange-accepted")).toEqual([
      expect.objectContaining({
        payload: {
          order_id: order.id,
          Offer: "Size swap + free belt",
          "Price difference": "$0.00",
          "Price difference amount": 0,
          Currency: "USD",
        },
      }),
    ]);

    // What Shopify now holds.
    expect(order.returns).toHaveLength(1);
    const [ret] = order.returns;
    expect(ret.status).toBe("OPEN"); // the trousers are still on their way back
    expect(ret.returnLineItems).toMatchObject([{ lineItemId: Number(lineOf(order, chino)), quantity: 1, processedQuantity: 0 }]);
    // The reason as 2026-10 asks for it: the library's definition, not the deprecated enum.
    expect(ret.returnLineItems[0]!.returnReasonDefinitionId).toBe(
      RETURN_REASON_DEFINITIONS.find((reason) => reason.handle === "too-small")!.id,
    );
    const swap = variant("Classic Chino", "34", "Khaki");
    expect(
      ret.exchangeLineItems.map(({ variantId, quantity, processedQuantity, discountCents, unitPriceCents }) => ({
        variantId,
        quantity,
        processedQuantity,
        free: discountCents === unitPriceCents,
      })),
    ).toEqual([
      { variantId: swap.id, quantity: 1, processedQuantity: 1, free: false },
      { variantId: belt().id, quantity: 1, processedQuantity: 1, free: true },
    ]);
    // Released: both ship from a new fulfillment order, stock taken, nothing owed.
    expect(order.fulfillmentOrders.filter((fo) => fo.presentedName === "Exchange shipment" && fo.status === "OPEN")).toHaveLength(2);
    expect(belt().inventoryQuantity).toBe(beltStock - 1);
    expect(order.financialStatus).toBe("PAID");
    expect(data.draftOrders.size).toBe(draftsBefore);

    const [outcome] = await db.exchangeOutcome.findMany({ where: { shop: DEMO_SHOP } });
    expect(outcome).toMatchObject({
      offerId,
      orderId: String(order.id),
      lineItemId: lineOf(order, chino),
      agentId: chloe.id,
      channel: "agent",
      status: "accepted",
      returnReason: "SIZE_TOO_SMALL",
      exchangeVariantId: gidOf("ProductVariant", swap.id),
      returnId: String(ret.id),
      draftOrderId: null,
      currencyCode: "USD",
      keptMinor: 8900n,
      upsellMinor: 0n,
      bonusCostMinor: 1410n, // the belt's unit cost in Shopify
    });
    // The contact's reason, on the product, with the refund the exchange avoided behind it (issue 16).
    expect(await db.contactReason.findMany({ where: { shop: DEMO_SHOP } })).toEqual([
      expect.objectContaining({
        source: "agent_desk",
        sourceId: outcome.id,
        reasonKey: "too-small",
        reasonText: null,
        productId: String(chino.productId),
        variantId: String(chino.id),
        orderId: String(order.id),
        currencyCode: "USD",
        refundMinor: 0n,
        exchangeMinor: 8900n,
      }),
    ]);
  });

  it("a pricier new cut: a return for the trousers and a draft order for the difference, with the belt", async () => {
    const offerId = await newCutOffer();
    const chino = variant("Classic Chino", "32", "Khaki");
    const order = deliveredOrder([chino]);
    const [proposal] = (await desk(order, "STYLE")).items[0].proposals;
    expect(proposal).toMatchObject({
      exchange: { label: "Relaxed Chino – 32 / Khaki" },
      priceDifference: "+$9.00",
      shopperPays: "$9.00",
      mode: "draft",
      net: "$83.90",
    });

    const result = await acceptProposal(order, chino, offerId, "STYLE", proposal);
    expect(result.body).toMatchObject({
      ok: true,
      status: "accepted",
      created: { returnName: `${order.name}-R1`, draftOrderName: expect.stringMatching(/^#D\d+$/) },
    });
    const [ret] = order.returns;
    expect(ret).toMatchObject({ status: "OPEN", exchangeLineItems: [] });
    expect(ret.returnLineItems[0].returnReasonNote).toMatch(/credited on a Concierge draft order, do not refund/);
    const [outcome] = await db.exchangeOutcome.findMany({ where: { shop: DEMO_SHOP } });
    const draft = data.draftOrders.get(Number(outcome.draftOrderId))!;
    expect(draft.name).toBe(result.body.created!.draftOrderName);
    const relaxed = variant("Relaxed Chino", "32", "Khaki");
    expect(draft.lineItems.map(({ variantId, unitPriceCents, discountCents }) => ({ variantId, unitPriceCents, discountCents }))).toEqual([
      { variantId: relaxed.id, unitPriceCents: 9800, discountCents: 8900 },
      { variantId: belt().id, unitPriceCents: 4500, discountCents: 4500 },
    ]);
    expect(draft.lineItems.reduce((sum, line) => sum + line.unitPriceCents * line.quantity - line.discountCents, 0)).toBe(900);
    expect(draft.customerId).toBe(order.customerId);
    expect(outcome).toMatchObject({
      offerId,
      status: "accepted",
      draftOrderId: String(draft.id),
      keptMinor: 8900n,
      upsellMinor: 900n,
      bonusCostMinor: 1410n,
    });
  });
  it("an upsell at a discount: the swap released on the return, the belt at 20% off on a draft order", async () => {
    const offerId = await saveOffer({
      name: "Size swap + belt at 20% off",
      exchange: { kind: "same_product" },
      bonus: {
        kind: "upsell_discount",
        variantId: gidOf("ProductVariant", belt().id),
        "discount.kind": "percentage",
        "discount.value": "20",
      },
    });
    const chino = variant("Classic Chino", "32", "Khaki");
    const order = deliveredOrder([chino]);
    const [proposal] = (await desk(order, "SIZE_TOO_LARGE")).items[0].proposals;
    expect(proposal).toMatchObject({
      exchange: { label: "Classic Chino – 30 / Khaki" },
      priceDifference: "$0.00",
      shopperPays: "$36.00",
      mode: "return_and_draft",
      net: "$125.00",
    });
    const result = await acceptProposal(order, chino, offerId, "SIZE_TOO_LARGE", proposal);
    expect(result.body).toMatchObject({ ok: true, status: "accepted" });
    const [ret] = order.returns;
    expect(ret.exchangeLineItems).toMatchObject([
      { variantId: variant("Classic Chino", "30", "Khaki").id, processedQuantity: 1, discountCents: 0 },
    ]);
    const [outcome] = await db.exchangeOutcome.findMany({ where: { shop: DEMO_SHOP } });
    const draft = data.draftOrders.get(Number(outcome.draftOrderId))!;
    expect(draft.lineItems).toMatchObject([{ variantId: belt().id, unitPriceCents: 4500, discountCents: 900 }]);
    expect(outcome).toMatchObject({ keptMinor: 8900n, upsellMinor: 4500n, bonusCostMinor: 900n });
  });
});

describe("two answers at once", () => {
  it("two agents accepting the same item at the same moment make one exchange in Shopify, even on a line of two", async () => {
    const offerId = await sizeSwapOffer();
    const chino = variant("Classic Chino", "32", "Khaki");
    // Two pairs on one line: Shopify would take a second return, so only Concierge can stop the second exchange.
    const order = deliveredOrder([chino], 5, 2);
    const [proposal] = (await desk(order, "SIZE_TOO_SMALL")).items[0].proposals;
    const youssefId = await signInStaff(local, DEMO_SHOP, YOUSSEF);
    await agent("Youssef Haddad", YOUSSEF);
    const accept = (userId: number) =>
      answer(
        order,
        { intent: "accept", lineItemId: lineOf(order, chino), offerId, reason: "SIZE_TOO_SMALL", exchangeVariantId: proposal.exchange.id },
        userId,
      );

    const answerers = [staffId, youssefId, staffId];
    const answers = await Promise.all(answerers.map(accept));

    expect(answers.map((reply) => reply.status).sort()).toEqual([200, 409, 409]);
    // The others are told why, each in their own language (Youssef's admin is in Arabic).
    const taken = { [staffId]: "Someone else answered this offer already", [youssefId]: "ردّ شخص آخر على هذا العرض بالفعل" };
    answers.forEach((reply, index) => {
      if (reply.status === 409) expect(reply.body.fieldErrors).toEqual({ form: taken[answerers[index]!] });
    });
    expect(order.returns).toHaveLength(1);
    expect(order.returns[0]!.returnLineItems).toMatchObject([{ quantity: 1 }]);
    expect(await db.exchangeOutcome.findMany({ where: { shop: DEMO_SHOP }, select: { status: true } })).toEqual([{ status: "accepted" }]);
    expect(await db.contactReason.count({ where: { shop: DEMO_SHOP } })).toBe(1);
    // The item stays exchanged for the next answer too.
    expect((await accept(staffId)).body.fieldErrors).toEqual({ form: "This item was already exchanged" });
    expect(order.returns).toHaveLength(1);
  });
});

describe("an acceptance cut short", () => {
  /** The agent accepts while Shopify does `operation` and its answer never reaches Concierge. */
  async function acceptWithAnswerLost(operation: string, ...accepted: Parameters<typeof acceptProposal>) {
    const answerLost = local.loseAdminAnswers(operation);
    try {
      return await acceptProposal(...accepted);
    } finally {
      answerLost();
    }
  }
  const unanswered = (form: string) => ({ status: 503, body: { ok: false, fieldErrors: { form } } });

  it("finishes, when Shopify's answer to the return was lost, with the return Shopify made: nothing made twice", async () => {
    const offerId = await sizeSwapOffer();
    const chino = variant("Classic Chino", "32", "Khaki");
    const order = deliveredOrder([chino]);
    const [proposal] = (await desk(order, "SIZE_TOO_SMALL")).items[0].proposals;

    // Shopify makes the return; its answer never reaches Concierge.
    expect(await acceptWithAnswerLost("ExchangeReturnCreate", order, chino, offerId, "SIZE_TOO_SMALL", proposal)).toEqual(
      unanswered(
        "Shopify did not answer in time. Press Finish the exchange in a moment: Concierge first looks for what Shopify already made, so nothing is made twice.",
      ),
    );
    expect(order.returns).toHaveLength(1);
    expect(order.returns[0]!.exchangeLineItems.every((line) => line.processedQuantity === 0)).toBe(true);
    const [waiting] = (await desk(order)).outcomes;
    expect(waiting).toMatchObject({ status: "deciding", finishable: true });

    // Another agent's acceptance at work on it (a moment ago) is not taken over; one whose server is gone is.
    await db.exchangeOutcome.update({ where: { id: waiting.id }, data: { decidedAt: new Date() } });
    expect((await answer(order, { intent: "accept_outcome", outcomeId: waiting.id })).body.fieldErrors).toEqual({
      form: "This offer is already being answered",
    });
    await db.exchangeOutcome.update({ where: { id: waiting.id }, data: { decidedAt: new Date(Date.now() - 3 * 60 * 1000) } });

    const finished = await answer(order, { intent: "accept_outcome", outcomeId: waiting.id });
    expect(finished.body).toMatchObject({
      ok: true,
      status: "accepted",
      created: { returnName: `${order.name}-R1`, draftOrderName: null },
    });
    // The one return, its exchange items now released; the outcome counts once.
    expect(order.returns).toHaveLength(1);
    expect(order.returns[0]!.exchangeLineItems.every((line) => line.processedQuantity === line.quantity)).toBe(true);
    expect(await db.exchangeOutcome.findMany({ where: { shop: DEMO_SHOP } })).toEqual([
      expect.objectContaining({ id: waiting.id, status: "accepted", returnId: String(order.returns[0]!.id), keptMinor: 8900n }),
    ]);
    expect((await answer(order, { intent: "accept_outcome", outcomeId: waiting.id })).status).toBe(409);
    expect(order.returns).toHaveLength(1);
  });

  it("finishes, when the draft order's answer was lost, with the draft order Shopify made", async () => {
    const offerId = await newCutOffer();
    const chino = variant("Classic Chino", "32", "Khaki");
    const order = deliveredOrder([chino]);
    const [proposal] = (await desk(order, "STYLE")).items[0].proposals;
    const draftsBefore = data.draftOrders.size;

    expect(await acceptWithAnswerLost("ExchangeDraftOrderCreate", order, chino, offerId, "STYLE", proposal)).toEqual(
      unanswered(
        `Return ${order.name}-R1 is made, but Shopify did not answer in time about the draft order for the difference. Press Finish the exchange in two minutes, once Shopify lists what it made: nothing already made is made again.`,
      ),
    );
    expect(data.draftOrders.size).toBe(draftsBefore + 1);
    const [made] = [...data.draftOrders.values()].slice(-1);
    const [waiting] = await db.exchangeOutcome.findMany({ where: { shop: DEMO_SHOP } });
    // The return is recorded on the outcome before anything else was asked of Shopify.
    expect(waiting).toMatchObject({ status: "deciding", returnId: String(order.returns[0]!.id) });
    // A draft order is found by a search Shopify may not have indexed yet: not finishable at once.
    expect((await desk(order)).outcomes).toEqual([expect.objectContaining({ id: waiting!.id, finishable: false })]);
    await db.exchangeOutcome.update({ where: { id: waiting!.id }, data: { decidedAt: new Date(Date.now() - 2 * 60 * 1000) } });
    expect((await desk(order)).outcomes).toEqual([expect.objectContaining({ id: waiting!.id, finishable: true })]);

    const finished = await answer(order, { intent: "accept_outcome", outcomeId: waiting!.id });
    expect(finished.body).toMatchObject({
      ok: true,
      status: "accepted",
      created: { returnName: `${order.name}-R1`, draftOrderName: made!.name },
    });
    expect(data.draftOrders.size).toBe(draftsBefore + 1);
    expect(order.returns).toHaveLength(1);
    expect(await db.exchangeOutcome.findUniqueOrThrow({ where: { id: waiting!.id } })).toMatchObject({
      status: "accepted",
      draftOrderId: String(made!.id),
      upsellMinor: 900n,
    });
  });

  it("tells the agent Shopify asked to slow down when its allowance is spent, and makes the exchange on Finish", async () => {
    const offerId = await newCutOffer();
    const chino = variant("Classic Chino", "32", "Khaki");
    const order = deliveredOrder([chino]);
    const [proposal] = (await desk(order, "STYLE")).items[0].proposals;
    const draftsBefore = data.draftOrders.size;

    // The return, then (another time) the draft order, refused unrun: THROTTLED.
    const slowDown = local.emulator.throttleOperations("ExchangeReturnCreate");
    try {
      expect(await acceptProposal(order, chino, offerId, "STYLE", proposal)).toEqual(
        unanswered(
          "Shopify asked Concierge to slow down (the store's Admin API allowance is spent for a moment), so nothing was made. Press Finish the exchange in a moment.",
        ),
      );
    } finally {
      slowDown();
    }
    expect(order.returns).toEqual([]);
    // Shopify's bucket is low now: the agent's page says "try again" until it has refilled, some seconds later.
    const deskOnceRefilled = () => vi.waitFor(() => desk(order), { timeout: 30_000, interval: 1_000 });
    const [waiting] = (await deskOnceRefilled()).outcomes;
    expect(waiting).toMatchObject({ status: "deciding", finishable: true });

    const draftSlowDown = local.emulator.throttleOperations("ExchangeDraftOrderCreate");
    try {
      expect(await answer(order, { intent: "accept_outcome", outcomeId: waiting.id })).toEqual(
        unanswered(
          `Return ${order.name}-R1 is made, but the draft order for the difference is not created yet (Shopify asked Concierge to slow down for a moment). Press Finish the exchange to complete it: nothing already made is made again.`,
        ),
      );
    } finally {
      draftSlowDown();
    }
    // Nothing to wait for: Shopify made no draft order, so Finish is there at once.
    expect(data.draftOrders.size).toBe(draftsBefore);
    expect((await deskOnceRefilled()).outcomes).toEqual([expect.objectContaining({ id: waiting.id, finishable: true })]);

    expect((await answer(order, { intent: "accept_outcome", outcomeId: waiting.id })).body).toMatchObject({ ok: true, status: "accepted" });
    expect(order.returns).toHaveLength(1);
    expect(data.draftOrders.size).toBe(draftsBefore + 1);
    // The merchant's workflows start once, with what the shopper pays as words and as a number to compare.
    await runQueuedJobs();
    expect(data.flowTriggerRuns.filter((run) => run.handle === "exchange-accepted" && run.payload.order_id === order.id)).toEqual([
      expect.objectContaining({
        payload: expect.objectContaining({ "Price difference": "+$9.00", "Price difference amount": 9, Currency: "USD" }),
      }),
    ]);
  }, 90_000);
});

describe("refusing an offer", () => {
  it("records the refusal and creates nothing in Shopify", async () => {
    const offerId = await newCutOffer();
    const chino = variant("Classic Chino", "34", "Navy");
    const order = deliveredOrder([chino]);
    const before = storeCounts();
    // Without the shopper's reason the answer is refused next to the reason, and nothing is recorded.
    expect(await answer(order, { intent: "refuse", lineItemId: lineOf(order, chino), offerId })).toEqual({
      status: 400,
      body: { ok: false, fieldErrors: { reason: "Choose the return reason" } },
    });
    expect(await db.exchangeOutcome.count()).toBe(0);
    const result = await answer(order, { intent: "refuse", lineItemId: lineOf(order, chino), offerId, reason: "UNWANTED" });
    expect(result.body).toMatchObject({ ok: true, status: "refused", created: null });
    expect(storeCounts()).toEqual(before);
    expect(order.returns).toEqual([]);
    const outcomes = await db.exchangeOutcome.findMany({ where: { shop: DEMO_SHOP } });
    expect(outcomes).toMatchObject([
      { status: "refused", agentId: chloe.id, keptMinor: 0n, upsellMinor: 0n, bonusCostMinor: 0n, returnId: null, draftOrderId: null },
    ]);
  });

  it("an offer made then refused: one outcome, shown then refused", async () => {
    const offerId = await newCutOffer();
    const chino = variant("Classic Chino", "30", "Khaki");
    const order = deliveredOrder([chino]);
    expect((await answer(order, { intent: "offer", lineItemId: lineOf(order, chino), offerId, reason: "STYLE" })).body).toMatchObject({
      ok: true,
      status: "shown",
    });
    const [shown] = (await desk(order)).outcomes;
    expect(shown.status).toBe("shown");
    const before = storeCounts();
    expect((await answer(order, { intent: "refuse_outcome", outcomeId: shown.id })).body).toMatchObject({ ok: true, status: "refused" });
    expect(storeCounts()).toEqual(before);
    expect(await db.exchangeOutcome.findMany({ where: { shop: DEMO_SHOP }, select: { status: true } })).toEqual([{ status: "refused" }]);
    // One contact, one reason: offered then refused is not counted twice, and nothing was exchanged.
    expect(
      await db.contactReason.findMany({ where: { shop: DEMO_SHOP }, select: { source: true, reasonKey: true, exchangeMinor: true } }),
    ).toEqual([{ source: "agent_desk", reasonKey: "style", exchangeMinor: 0n }]);
  });
});

describe("items that can't go back", () => {
  it("says why: a gift card, an item already returned, an item past its window", async () => {
    const offerId = await newCutOffer();
    const chino = variant("Classic Chino", "32", "Navy");
    const giftCard = product("Gift Card").variantIds.map((id) => data.variants.get(id)!)[0];
    const order = deliveredOrder([chino, giftCard]);
    const returned = deliveredOrder([variant("Classic Chino", "30", "Navy")]);
    createReturn(local.store, data, returned, {
      at: shopifyTime(Date.now()),
      returnLineItems: [{ fulfillmentLineItemId: returned.fulfillments[0].lineItems[0].id, quantity: 1 }],
    });
    const late = deliveredOrder([chino], 31);

    const view = await desk(order);
    expect(view.items.map((item) => [item.title, item.refusal, item.proposals.length])).toEqual([
      ["Classic Chino", null, 1],
      ["Gift Card", "Gift cards can't be returned or exchanged.", 0],
    ]);
    expect((await desk(returned)).items[0]).toMatchObject({ refusal: "This item is already being returned.", proposals: [] });
    expect((await desk(late)).items[0].refusal).toMatch(/^The 30-day return window closed on /);

    // Accepting anyway is refused with the same reason, and nothing is made in Shopify.
    const before = storeCounts();
    const gift = await answer(order, { intent: "accept", lineItemId: lineOf(order, giftCard), offerId, reason: "UNWANTED" });
    expect(gift).toEqual({ status: 409, body: { ok: false, fieldErrors: { form: "Gift cards can't be returned or exchanged." } } });
    const lateAnswer = await answer(late, { intent: "accept", lineItemId: lineOf(late, chino), offerId, reason: "STYLE" });
    expect(lateAnswer.status).toBe(409);
    expect(lateAnswer.body.fieldErrors!.form).toMatch(/^The 30-day return window closed on /);
    expect(storeCounts()).toEqual(before);
    expect(await db.exchangeOutcome.count()).toBe(0);
  });

  it("are checked again with Shopify when the agent answers", async () => {
    const offerId = await newCutOffer();
    const chino = variant("Classic Chino", "32", "Khaki");
    const order = deliveredOrder([chino]);
    const view = await desk(order);
    // The item is returned elsewhere (in Shopify's admin) between the page and the click.
    createReturn(local.store, data, order, {
      at: shopifyTime(Date.now()),
      returnLineItems: [{ fulfillmentLineItemId: order.fulfillments[0].lineItems[0].id, quantity: 1 }],
    });
    const result = await answer(order, {
      intent: "accept",
      lineItemId: lineOf(order, chino),
      offerId,
      reason: "STYLE",
      exchangeVariantId: view.items[0].proposals[0].exchange.id,
    });
    expect(result).toEqual({ status: 409, body: { ok: false, fieldErrors: { form: "This item is already being returned." } } });
    expect(order.returns).toHaveLength(1);
  });
});

describe("stock", () => {
  it("does not propose an offer whose exchange variant is out of stock", async () => {
    const olive = variant("Relaxed Chino", "32", "Olive"); // out of stock in the demo store
    expect(olive.inventoryQuantity).toBeLessThanOrEqual(0);
    await saveOffer({
      name: "Olive new cut",
      exchange: { kind: "variant", variantId: gidOf("ProductVariant", olive.id) },
      bonus: { kind: "none" },
    });
    await newCutOffer();
    const chino = variant("Classic Chino", "32", "Khaki");
    const order = deliveredOrder([chino]);
    const [item] = (await desk(order)).items;
    expect(item.proposals.map((proposal) => proposal.offerName)).toEqual(["New cut + free belt"]);
    expect(item.skipped).toEqual([{ offerName: "Olive new cut", reason: "out_of_stock" }]);

    const offers = await exchangeOffersForOrder({
      db,
      admin: (await unauthenticated.admin(DEMO_SHOP)).admin,
      shop: DEMO_SHOP,
      orderId: String(order.id),
      now: new Date(),
    });
    expect(offers![0].offer).toMatchObject({ exchange: { label: "Relaxed Chino – 32 / Khaki" } });

    // The belt runs out: the offer giving it is not proposed either.
    const stock = belt().inventoryQuantity;
    belt().inventoryQuantity = 0;
    try {
      expect((await desk(order)).items[0].proposals).toEqual([]);
    } finally {
      belt().inventoryQuantity = stock;
    }
  });
});

describe("the offer on the tracking page", () => {
  async function trackingPage(query: Record<string, string>, loggedInCustomerId: string | null) {
    const response = await trackLoader({
      request: appProxyRequest("track", query, { customerId: loggedInCustomerId, forwardedFor: "203.0.113.10" }),
      params: {},
      context: {},
    });
    return response.text();
  }

  it("offers the exchange for a delivered order, with a request form the request route accepts", async () => {
    const offerId = await newCutOffer();
    const chino = variant("Classic Chino", "32", "Khaki");
    const order = deliveredOrder([chino]);
    const page = await trackingPage({ order: order.name, contact: order.email! }, null);
    expect(page).toContain(`data-offer="${offerId}"`);
    expect(page).toContain("Not the right fit? Exchange for Relaxed Chino – 32 / Khaki and get Leather Belt – M");
    expect(page).toContain(`name="line_item_id" value="${lineOf(order, chino)}"`);
    // Not logged in: the lookup travels with the request so the route can check it.
    expect(page).toContain(`name="contact" value="${order.email}"`);

    const field = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(page)![1];
    const form = {
      order_id: field("order_id"),
      line_item_id: field("line_item_id"),
      offer_id: field("offer_id"),
      order: field("order"),
      contact: field("contact"),
      reason: "SIZE_TOO_SMALL",
    };
    const url = signedAppProxyUrl(
      TEST_APP.appUrl,
      "exchange-request",
      new URLSearchParams(),
      { shop: DEMO_SHOP, loggedInCustomerId: null },
      TEST_APP.apiSecret,
    );
    const response = await requestAction({
      request: new Request(url, { method: "POST", body: new URLSearchParams(form) }),
      params: {},
      context: {},
    });
    expect(response.status).toBe(200);
    expect(await db.exchangeOutcome.count({ where: { shop: DEMO_SHOP, status: "requested" } })).toBe(1);
  });

  it("offers nothing before the order is delivered", async () => {
    await newCutOffer();
    const chino = variant("Classic Chino", "32", "Khaki");
    const customer = [...data.customers.values()].find((candidate) => candidate.email === "camille.martin@exemple.fr")!;
    const order = createOrder(local.store, data, {
      customerId: customer.id,
      lines: [{ variantId: chino.id, quantity: 1 }],
      createdAt: shopifyTime(Date.now() - DAY),
    });
    const page = await trackingPage({ order_id: String(order.id) }, String(customer.id));
    expect(page).toContain(`<h2 id="concierge-order">${order.name}</h2>`);
    expect(page).not.toContain("data-offer=");
  });

  it("thanks the shopper after a request", async () => {
    const chino = variant("Classic Chino", "32", "Khaki");
    const order = deliveredOrder([chino]);
    const page = await trackingPage({ order_id: String(order.id), exchange_request: "sent" }, String(order.customerId));
    expect(page).toContain('data-exchange-request="sent"');
  });
});

describe("shoppers' requests from the tracking page", () => {
  function proxyPost(form: Record<string, string>, loggedInCustomerId: string | null) {
    const url = signedAppProxyUrl(
      TEST_APP.appUrl,
      "exchange-request",
      new URLSearchParams(),
      { shop: DEMO_SHOP, loggedInCustomerId },
      TEST_APP.apiSecret,
    );
    return requestAction({
      request: new Request(url, { method: "POST", body: new URLSearchParams(form), headers: { "X-Forwarded-For": "203.0.113.9" } }),
      params: {},
      context: {},
    });
  }

  it("records a logged-in shopper's request without touching Shopify, and an agent confirms it from the queue", async () => {
    const offerId = await newCutOffer();
    const chino = variant("Classic Chino", "32", "Khaki");
    const order = deliveredOrder([chino]);
    const admin = (await unauthenticated.admin(DEMO_SHOP)).admin;
    const [item] = (await exchangeOffersForOrder({ db, admin, shop: DEMO_SHOP, orderId: String(order.id), now: new Date() }))!;
    expect(item.offer).toMatchObject({ offerId, priceDifferenceMinor: 900n, priceDifferenceTexts: { en: "$9.00 more" } });
    expect(item.offer!.texts.en.headline).toBe("Not the right fit? Exchange for Relaxed Chino – 32 / Khaki and get Leather Belt – M");

    const before = storeCounts();
    const response = await proxyPost(
      { order_id: String(order.id), line_item_id: item.lineItemId, offer_id: offerId, reason: "STYLE" },
      String(order.customerId),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe(`/apps/concierge/track?order_id=${order.id}&exchange_request=sent`);
    expect(storeCounts()).toEqual(before);
    const [requested] = await db.exchangeOutcome.findMany({ where: { shop: DEMO_SHOP } });
    expect(requested).toMatchObject({
      status: "requested",
      channel: "self_service",
      agentId: null,
      customerId: String(order.customerId),
      returnReason: "STYLE",
    });

    // Asking twice does not make two requests.
    expect(
      (
        await proxyPost(
          { order_id: String(order.id), line_item_id: item.lineItemId, offer_id: offerId, reason: "STYLE" },
          String(order.customerId),
        )
      ).headers.get("Location"),
    ).toMatch(/exchange_request=already/);
    expect(await db.exchangeOutcome.count()).toBe(1);
    // The shopper's reason is stored once, on the product; nothing exchanged yet.
    expect(await db.contactReason.findMany({ where: { shop: DEMO_SHOP } })).toEqual([
      expect.objectContaining({
        source: "tracking_page",
        sourceId: requested.id,
        reasonKey: "style",
        productId: String(chino.productId),
        exchangeMinor: 0n,
      }),
    ]);
    // The merchant's Flow workflows hear of the request once (decision 026).
    await runQueuedJobs();
    expect(data.flowTriggerRuns.filter((run) => run.handle === "exchange-requested")).toEqual([
      expect.objectContaining({ payload: { order_id: order.id, Offer: expect.any(String), "Return reason": "STYLE" } }),
    ]);

    const queue = (await (await call(offersLoader, "/app/exchange-offers", {})).json()) as {
      requests: { id: string; offerName: string; exchange: string; orderName: string | null; customerName: string | null }[];
    };
    const shopper = local.store.getShop(DEMO_SHOP).customers.get(order.customerId!)!;
    expect(queue.requests).toMatchObject([
      {
        id: requested.id,
        offerName: "New cut + free belt",
        exchange: "Relaxed Chino – 32 / Khaki",
        // Names, never internal ids.
        orderName: order.name,
        customerName: `${shopper.firstName} ${shopper.lastName}`,
      },
    ]);
    const confirmed = await call(offersAction, "/app/exchange-offers", {}, { intent: "accept_outcome", outcomeId: requested.id });
    expect(await confirmed.json()).toEqual({
      ok: true,
      message: expect.stringMatching(
        new RegExp(`^Exchange accepted\\. Return ${order.name}-R1 and draft order #D\\d+ created in Shopify\\.$`),
      ),
    });
    expect(await db.exchangeOutcome.findUniqueOrThrow({ where: { id: requested.id } })).toMatchObject({
      status: "accepted",
      agentId: chloe.id,
      keptMinor: 8900n,
      upsellMinor: 900n,
    });
    expect(order.returns).toHaveLength(1);
    // Confirmed by the agent: still the shopper's one contact, now with the refund the exchange avoided.
    expect(
      await db.contactReason.findMany({ where: { shop: DEMO_SHOP }, select: { source: true, exchangeMinor: true, currencyCode: true } }),
    ).toEqual([{ source: "tracking_page", exchangeMinor: 8900n, currencyCode: "USD" }]);
  });

  it("makes one request of two taps at once: one request in the queue, one contact reason, one Flow run", async () => {
    const offerId = await newCutOffer();
    const chino = variant("Classic Chino", "32", "Khaki");
    const order = deliveredOrder([chino]);
    const admin = (await unauthenticated.admin(DEMO_SHOP)).admin;
    const [item] = (await exchangeOffersForOrder({ db, admin, shop: DEMO_SHOP, orderId: String(order.id), now: new Date() }))!;
    const form = { order_id: String(order.id), line_item_id: item.lineItemId, offer_id: offerId, reason: "STYLE" };

    const answers = await Promise.all([1, 2, 3].map(() => proxyPost(form, String(order.customerId))));

    // Every tap lands on the tracking page: one thanks the shopper, the others say it is already asked.
    expect(answers.map((response) => response.status)).toEqual([303, 303, 303]);
    expect(
      answers
        .map((response) => new URL(response.headers.get("Location")!, "https://x.example").searchParams.get("exchange_request"))
        .sort(),
    ).toEqual(["already", "already", "sent"]);
    expect(await db.exchangeOutcome.findMany({ where: { shop: DEMO_SHOP }, select: { status: true } })).toEqual([{ status: "requested" }]);
    expect(await db.contactReason.count({ where: { shop: DEMO_SHOP } })).toBe(1);
    await runQueuedJobs();
    expect(data.flowTriggerRuns.filter((run) => run.handle === "exchange-requested" && run.payload.order_id === order.id)).toHaveLength(1);
  });

  it("exchanges an item once when an agent's offer and the shopper's own request are both open on it", async () => {
    const offerId = await newCutOffer();
    const chino = variant("Classic Chino", "32", "Khaki");
    // Two pairs on one line: Shopify would take a second return.
    const order = deliveredOrder([chino], 5, 2);
    const lineItemId = lineOf(order, chino);
    expect((await answer(order, { intent: "offer", lineItemId, offerId, reason: "STYLE" })).body).toMatchObject({ status: "shown" });
    // The agent's offer still open, the shopper asks from the tracking page.
    const form = { order_id: String(order.id), line_item_id: lineItemId, offer_id: offerId, reason: "STYLE" };
    expect((await proxyPost(form, String(order.customerId))).headers.get("Location")).toMatch(/exchange_request=sent/);
    const outcomes = (await desk(order)).outcomes;
    const shown = outcomes.find((outcome) => outcome.status === "shown")!;
    const requested = outcomes.find((outcome) => outcome.status === "requested")!;

    // The agent's offer can't be accepted while the shopper's request is open: the request is the one to answer.
    expect(await answer(order, { intent: "accept_outcome", outcomeId: shown.id })).toEqual({
      status: 409,
      body: {
        ok: false,
        fieldErrors: {
          form: "Another answer on this item is open (the shopper's own request, or an answer being made): answer that one",
        },
      },
    });
    expect((await answer(order, { intent: "accept_outcome", outcomeId: requested.id })).body).toMatchObject({
      ok: true,
      status: "accepted",
    });
    // Exchanged through the request, the item is not exchanged again through the offer.
    expect(await answer(order, { intent: "accept_outcome", outcomeId: shown.id })).toEqual({
      status: 409,
      body: { ok: false, fieldErrors: { form: "This item was already exchanged" } },
    });
    expect(order.returns).toHaveLength(1);
    // The offer can still be closed as refused.
    expect((await answer(order, { intent: "refuse_outcome", outcomeId: shown.id })).body).toMatchObject({ ok: true, status: "refused" });
    expect(
      await db.exchangeOutcome.findMany({
        where: { shop: DEMO_SHOP },
        select: { status: true, keptMinor: true },
        orderBy: { status: "asc" },
      }),
    ).toEqual([
      { status: "accepted", keptMinor: 8900n },
      { status: "refused", keptMinor: 0n },
    ]);
  });

  it("keeps a request whose acceptance Shopify stopped answering in the queue, to be finished from there", async () => {
    const offerId = await newCutOffer();
    const chino = variant("Classic Chino", "32", "Khaki");
    const order = deliveredOrder([chino]);
    const lineItemId = lineOf(order, chino);
    await proxyPost({ order_id: String(order.id), line_item_id: lineItemId, offer_id: offerId, reason: "STYLE" }, String(order.customerId));
    const [requested] = await db.exchangeOutcome.findMany({ where: { shop: DEMO_SHOP } });
    type Queue = { requests: { id: string; finishable: boolean }[] };
    const queue = async () => ((await (await call(offersLoader, "/app/exchange-offers", {})).json()) as Queue).requests;

    const answerLost = local.loseAdminAnswers("ExchangeReturnCreate");
    const cut = await call(offersAction, "/app/exchange-offers", {}, { intent: "accept_outcome", outcomeId: requested!.id });
    answerLost();
    expect(cut.status).toBe(503);
    expect(await cut.json()).toEqual({
      ok: false,
      message:
        "Shopify did not answer in time. Press Finish the exchange in a moment: Concierge first looks for what Shopify already made, so nothing is made twice.",
    });
    // Still in the queue, now to be finished rather than answered.
    expect(await queue()).toEqual([expect.objectContaining({ id: requested!.id, finishable: true })]);

    const finished = await call(offersAction, "/app/exchange-offers", {}, { intent: "accept_outcome", outcomeId: requested!.id });
    expect(await finished.json()).toEqual({
      ok: true,
      message: expect.stringMatching(
        new RegExp(`^Exchange accepted\\. Return ${order.name}-R1 and draft order #D\\d+ created in Shopify\\.$`),
      ),
    });
    expect(order.returns).toHaveLength(1);
    expect(await queue()).toEqual([]);
  });

  it("keeps the request open when the variant the shopper asked for ran out, for an agent to pick another", async () => {
    const offerId = await newCutOffer();
    const chino = variant("Classic Chino", "34", "Khaki");
    const order = deliveredOrder([chino]);
    const fields = { order_id: String(order.id), line_item_id: lineOf(order, chino), offer_id: offerId, reason: "STYLE" };
    expect((await proxyPost(fields, String(order.customerId))).status).toBe(303);
    const [requested] = await db.exchangeOutcome.findMany({ where: { shop: DEMO_SHOP } });
    const asked = variant("Relaxed Chino", "34", "Khaki");
    expect(requested.exchangeVariantId).toBe(gidOf("ProductVariant", asked.id));
    const stock = asked.inventoryQuantity;
    asked.inventoryQuantity = 0;
    try {
      const refused = await call(offersAction, "/app/exchange-offers", {}, { intent: "accept_outcome", outcomeId: requested.id });
      expect(refused.status).toBe(409);
      expect(((await refused.json()) as { message: string }).message).toMatch(/That variant can't be exchanged to any more/);
      expect(order.returns).toEqual([]);
      expect((await db.exchangeOutcome.findUniqueOrThrow({ where: { id: requested.id } })).status).toBe("requested");
      // On the order's page the agent picks another variant: that answer decides the shopper's request.
      const olive = variant("Relaxed Chino", "34", "Olive");
      const accepted = await answer(order, {
        intent: "accept",
        lineItemId: lineOf(order, chino),
        offerId,
        reason: "STYLE",
        exchangeVariantId: gidOf("ProductVariant", olive.id),
      });
      expect(accepted.body).toMatchObject({ ok: true, status: "accepted" });
      expect(
        await db.exchangeOutcome.findMany({
          where: { shop: DEMO_SHOP },
          select: { id: true, status: true, channel: true, exchangeVariantId: true },
        }),
      ).toEqual([{ id: requested.id, status: "accepted", channel: "self_service", exchangeVariantId: gidOf("ProductVariant", olive.id) }]);
    } finally {
      asked.inventoryQuantity = stock;
    }
  });

  it("asks the shopper to try again, with 503 and Retry-After and nothing recorded, when Shopify does not answer in time", async () => {
    const offerId = await newCutOffer();
    const chino = variant("Classic Chino", "32", "Khaki");
    const order = deliveredOrder([chino]);
    const release = local.hangAdminApi();
    let response: Response;
    try {
      response = await proxyPost(
        { order_id: String(order.id), line_item_id: lineOf(order, chino), offer_id: offerId, reason: "STYLE" },
        String(order.customerId),
      );
    } finally {
      release();
    }
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await response.text()).toContain('data-exchange-request="unavailable_service"');
    expect(await db.exchangeOutcome.count({ where: { shop: DEMO_SHOP } })).toBe(0);
  });

  it("lets an anonymous shopper ask with the order number and email they looked it up with, and no one else", async () => {
    const offerId = await newCutOffer();
    const chino = variant("Classic Chino", "32", "Khaki");
    const order = deliveredOrder([chino]);
    const fields = {
      order_id: String(order.id),
      line_item_id: lineOf(order, chino),
      offer_id: offerId,
      reason: "STYLE",
      order: order.name.slice(1),
    };

    const stranger = await proxyPost({ ...fields, contact: "someone@example.com" }, null);
    expect(stranger.status).toBe(404);
    const otherCustomer = await proxyPost(fields, "424242");
    expect(otherCustomer.status).toBe(404);
    expect(await db.exchangeOutcome.count()).toBe(0);

    const shopper = await proxyPost({ ...fields, contact: order.email!.toUpperCase() }, null);
    expect(shopper.status).toBe(200);
    expect(shopper.headers.get("Content-Type")).toMatch(/liquid/);
    const page = await shopper.text();
    expect(page).toMatch(/data-exchange-request="requested"/);
    expect(page).toContain("{% when 'ar' %}شكرًا لك!");
    expect(await db.exchangeOutcome.count()).toBe(1);

    const unknownOffer = await proxyPost({ ...fields, contact: order.email!, offer_id: "nope" }, null);
    expect(unknownOffer.status).toBe(422);
    const malformed = await proxyPost({ ...fields, contact: order.email!, reason: "BECAUSE" }, null);
    expect(malformed.status).toBe(400);
  });
});

describe("outcomes", () => {
  it("add up exactly per offer and per agent, over the period chosen", async () => {
    const newCut = await newCutOffer();
    const sizeSwap = await sizeSwapOffer();
    const youssef = await agent("Youssef Haddad", YOUSSEF);
    const now = Date.now();
    const rows: [string, string | null, string, bigint, bigint, bigint, number][] = [
      [newCut, chloe.id, "accepted", 8900n, 900n, 1410n, 2],
      [newCut, chloe.id, "accepted", 10000n, 5000n, 4500n, 10],
      [newCut, youssef.id, "refused", 0n, 0n, 0n, 3],
      [newCut, null, "requested", 8900n, 900n, 1410n, 1],
      [sizeSwap, youssef.id, "accepted", 8900n, 0n, 1410n, 4],
      [sizeSwap, youssef.id, "accepted", 2800n, 0n, 0n, 60], // only in the 90-day view
    ];
    for (const [offerId, agentId, status, kept, upsell, bonus, daysAgo] of rows) {
      await recordOutcome(db, DEMO_SHOP, {
        offerId,
        orderId: "1",
        lineItemId: "1",
        customerId: null,
        agentId,
        channel: agentId ? "agent" : "self_service",
        status: status as "accepted",
        returnReason: null,
        exchangeVariantId: null,
        currencyCode: "USD",
        figures: { keptMinor: kept, upsellMinor: upsell, bonusCostMinor: bonus },
        createdAt: new Date(now - daysAgo * DAY),
        decidedAt: new Date(now - daysAgo * DAY),
      });
    }
    type Table = { outcomes: { byOffer: Record<string, unknown>[]; byAgent: Record<string, unknown>[]; totals: Record<string, unknown> } };
    const last30 = (await (await call(offersLoader, "/app/exchange-offers", {})).json()) as Table;
    const pick = (row: Record<string, unknown>) => [
      row.label,
      row.shown,
      row.accepted,
      row.refused,
      row.pending,
      row.kept,
      row.upsell,
      row.bonusCost,
      row.net,
    ];
    expect(last30.outcomes.byOffer.map(pick)).toEqual([
      ["New cut + free belt", 4, 2, 1, 1, "$189.00", "$59.00", "$59.10", "$188.90"],
      ["Size swap + free belt", 1, 1, 0, 0, "$89.00", "$0.00", "$14.10", "$74.90"],
    ]);
    expect(last30.outcomes.byAgent.map(pick)).toEqual([
      ["Chloé Martin", 2, 2, 0, 0, "$189.00", "$59.00", "$59.10", "$188.90"],
      ["Youssef Haddad", 2, 1, 1, 0, "$89.00", "$0.00", "$14.10", "$74.90"],
      ["No agent yet (self-service)", 1, 0, 0, 1, "$0.00", "$0.00", "$0.00", "$0.00"],
    ]);
    expect(pick(last30.outcomes.totals)).toEqual(["Total", 5, 3, 1, 1, "$278.00", "$59.00", "$73.20", "$263.80"]);
    const last90 = (await (await call(offersLoader, "/app/exchange-offers?period=90", {})).json()) as Table;
    expect(last90.outcomes.totals.net).toBe("$291.80");
  });

  it("are summed in the database: thousands of outcomes are read as a few rows, to the cent", async () => {
    const sizeSwap = await sizeSwapOffer();
    const now = Date.now();
    // 3,000 outcomes of one offer and agent: a third accepted ($12.34 kept each), a third refused, a third shown.
    const statuses = ["accepted", "refused", "shown"] as const;
    await db.exchangeOutcome.createMany({
      data: Array.from({ length: 3_000 }, (_, index) => ({
        shop: DEMO_SHOP,
        offerId: sizeSwap,
        orderId: String(10_000 + index),
        lineItemId: "1",
        agentId: chloe.id,
        channel: "agent" as const,
        status: statuses[index % 3]!,
        currencyCode: "USD",
        keptMinor: statuses[index % 3] === "accepted" ? 1234n : 0n,
        createdAt: new Date(now - (1 + (index % 20)) * DAY),
      })),
    });
    const groups = await outcomeGroups(db, DEMO_SHOP, new Date(now - 30 * DAY));
    expect(groups.length).toBeLessThanOrEqual(3);
    expect(groups.reduce((total, group) => total + group.outcomes, 0)).toBe(3_000);

    type Table = { outcomes: { totals: Record<string, unknown> } };
    const { totals } = ((await (await call(offersLoader, "/app/exchange-offers", {})).json()) as Table).outcomes;
    expect(totals).toMatchObject({ shown: 3_000, accepted: 1_000, refused: 1_000, pending: 1_000, kept: "$12,340.00", net: "$12,340.00" });
  });
});

describe("the offers admin", () => {
  it("refuses an invalid offer with an error next to each field, and saves nothing", async () => {
    const response = await call(
      offerAction,
      "/app/exchange-offers/new",
      { id: "new" },
      { name: "", "exchange.kind": "variant", "bonus.kind": "free_gift", "texts.en.headline": "Hi {who}" },
    );
    expect(response.status).toBe(400);
    expect(answeredFieldErrors(await response.json())).toMatchObject({
      name: "Enter a name",
      "exchange.variantId": "Choose the variant to exchange to",
      "bonus.variantId": "Choose the free gift",
      "texts.en.headline": "Unknown placeholder {who}: use {returned_item}, {exchange_item}, {bonus_item}, {price_difference}",
      "texts.en.script": "Enter the agent's script",
    });
    expect(await db.exchangeOffer.count()).toBe(0);
  });

  it("lists offers in precedence order, moves and deletes them, and keeps other shops' offers out", async () => {
    const first = await newCutOffer();
    const second = await sizeSwapOffer();
    const names = async () =>
      ((await (await call(offersLoader, "/app/exchange-offers", {})).json()) as { offers: { name: string }[] }).offers.map(
        (offer) => offer.name,
      );
    expect(await names()).toEqual(["New cut + free belt", "Size swap + free belt"]);
    expect((await call(offersAction, "/app/exchange-offers", {}, { intent: "up", offerId: second })).status).toBe(200);
    expect(await names()).toEqual(["Size swap + free belt", "New cut + free belt"]);
    const pastTheEnd = await call(offersAction, "/app/exchange-offers", {}, { intent: "down", offerId: first });
    expect(pastTheEnd.status).toBe(409);
    expect(await pastTheEnd.json()).toEqual({ ok: false, message: "That offer can't move further" });

    const form = (await (await call(offerLoader, `/app/exchange-offers/${first}`, { id: first })).json()) as { values: unknown };
    expect(form.values).toMatchObject({
      name: "New cut + free belt",
      exchange: { kind: "product" },
      bonus: { kind: "free_gift" },
      match: { tags: "chino" },
    });

    const elsewhere = await db.exchangeOffer.create({
      data: { shop: "other-shop.myshopify.com", name: "Theirs", precedence: 1, definition: "{}" },
    });
    expect((await call(offerLoader, `/app/exchange-offers/${elsewhere.id}`, { id: elsewhere.id })).status).toBe(404);
    const foreignDelete = await call(offersAction, "/app/exchange-offers", {}, { intent: "delete", offerId: elsewhere.id });
    expect(foreignDelete.status).toBe(404);
    expect(await foreignDelete.json()).toEqual({ ok: false, message: "This offer is no longer in the list" });
    const foreignMove = await call(offersAction, "/app/exchange-offers", {}, { intent: "down", offerId: elsewhere.id });
    expect(foreignMove.status).toBe(404);
    expect(await foreignMove.json()).toEqual({ ok: false, message: "This offer is no longer in the list" });
    expect(await db.exchangeOffer.count({ where: { id: elsewhere.id } })).toBe(1);
    expect(await names()).toEqual(["Size swap + free belt", "New cut + free belt"]);

    expect((await call(offersAction, "/app/exchange-offers", {}, { intent: "delete", offerId: second })).status).toBe(200);
    expect(await names()).toEqual(["New cut + free belt"]);
    expect((await db.exchangeOffer.findFirstOrThrow({ where: { id: first } })).precedence).toBe(1);
  });

  it("answers a malformed offer id or an unknown button with 400 and its message, and changes nothing", async () => {
    const first = await newCutOffer();
    const second = await sizeSwapOffer();
    const offers = () => db.exchangeOffer.findMany({ where: { shop: DEMO_SHOP }, orderBy: { precedence: "asc" } });
    const before = await offers();
    const press = async (form: Record<string, string>) => {
      const response = await call(offersAction, "/app/exchange-offers", {}, form);
      return { status: response.status, body: (await response.json()) as unknown };
    };
    const notInList = { status: 400, body: { ok: false, message: "This offer is not in the list" } };
    expect(await press({ intent: "up", offerId: `${second}' OR '1'='1` })).toEqual(notInList);
    expect(await press({ intent: "delete", offerId: "" })).toEqual(notInList);
    expect(await press({ intent: "delete" })).toEqual(notInList);
    const unknown = { status: 400, body: { ok: false, message: "Unknown action" } };
    expect(await press({ intent: "publish", offerId: first })).toEqual(unknown);
    expect(await press({ offerId: first })).toEqual(unknown);
    expect(await press({ intent: "accept_outcome", outcomeId: "../1" })).toEqual({
      status: 400,
      body: { ok: false, message: "This request is not in the list" },
    });
    expect(await offers()).toEqual(before);
  });

  it("answers 404 with its message a request that is another shop's or unknown, and makes no exchange", async () => {
    const offerId = await newCutOffer();
    const chino = variant("Classic Chino", "32", "Khaki");
    const order = deliveredOrder([chino]);
    const theirs = await recordOutcome(db, "other-shop.myshopify.com", {
      offerId,
      orderId: String(order.id),
      lineItemId: lineOf(order, chino),
      customerId: null,
      agentId: null,
      channel: "self_service",
      status: "requested",
      returnReason: "STYLE",
      exchangeVariantId: null,
      currencyCode: "USD",
      figures: { keptMinor: 0n, upsellMinor: 0n, bonusCostMinor: 0n },
      createdAt: new Date(),
      decidedAt: null,
    });
    for (const outcomeId of [theirs.id, "clx0k8v2f000108l4a1b2c3d4"]) {
      for (const intent of ["accept_outcome", "refuse_outcome"]) {
        const response = await call(offersAction, "/app/exchange-offers", {}, { intent, outcomeId });
        expect(response.status).toBe(404);
        expect(await response.json()).toEqual({ ok: false, message: "This request is no longer in the list" });
      }
    }
    expect(await db.exchangeOutcome.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ status: "requested", agentId: null });
    expect(await db.exchangeOutcome.count({ where: { shop: DEMO_SHOP } })).toBe(0);
    expect(order.returns).toEqual([]);
  });

  it("lets only agents record answers", async () => {
    const offerId = await newCutOffer();
    const chino = variant("Classic Chino", "32", "Khaki");
    const order = deliveredOrder([chino]);
    const youssefId = await signInStaff(local, DEMO_SHOP, YOUSSEF);
    const result = await answer(order, { intent: "accept", lineItemId: lineOf(order, chino), offerId, reason: "STYLE" }, youssefId);
    expect(result.status).toBe(403);
    expect(order.returns).toEqual([]);
  });
});

describe("an exchange's draft order counts when the shopper pays it", () => {
  // Accepted in one month on the shop's clock (New York), paid in the next. The
  // clock only moves forward from the real one: the local Shopify's cost
  // buckets, shared by the whole file, refill on it.
  const real = new Date();
  const monthAhead = (months: number, day: number) => new Date(Date.UTC(real.getUTCFullYear(), real.getUTCMonth() + months, day, 15));
  const ACCEPTED_AT = monthAhead(2, 20);
  const PAID_AT = monthAhead(3, 3);
  const LATER = monthAhead(3, 10);
  const ACCEPTED_MONTH = ACCEPTED_AT.toISOString().slice(0, 7);
  const PAID_MONTH = PAID_AT.toISOString().slice(0, 7);
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(ACCEPTED_AT);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  async function profit() {
    const response = await call(profitLoader, "/app/profit", {});
    expect(response.status).toBe(200);
    return (await response.json()) as ProfitDashboard;
  }
  const monthOf = (dashboard: ProfitDashboard, month: string) => dashboard.months.find((candidate) => candidate.month === month)!;
  const figure = (month: ProfitDashboard["months"][number], key: string) => month.figures.find((line) => line.key === key)!;
  const parts = (month: ProfitDashboard["months"][number], key: string) => figure(month, key).parts.map((part) => [part.label, part.value]);
  const exchangeLines = (month: ProfitDashboard["months"][number]) =>
    Object.fromEntries(
      ["revenue.exchangeKept", "revenue.exchangeUpsell", "costs.exchangeBonuses", "totalRevenue"].map((key) => [
        key,
        figure(month, key).amount,
      ]),
    );
  async function offersTotals() {
    const response = await call(offersLoader, "/app/exchange-offers", {});
    return ((await response.json()) as { outcomes: { totals: Record<string, unknown> } }).outcomes.totals;
  }

  /** The shopper pays the draft order's invoice: the local Shopify makes it an order, created paid. */
  async function payDraftOrder(draftOrderId: string, body: Record<string, unknown> = {}) {
    const response = await fetch(`${local.url}/_local/draft_orders/${draftOrderId}/complete`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    const { order } = (await response.json()) as { order: { id: number } };
    return data.orders.get(order.id)!;
  }

  it("adds nothing while the draft order is unpaid, shown as awaiting payment; once paid, counts once, in the month it was paid", async () => {
    const offerId = await newCutOffer();
    const chino = variant("Classic Chino", "32", "Khaki");
    const order = deliveredOrder([chino]);
    const [proposal] = (await desk(order, "STYLE")).items[0].proposals;
    expect(proposal).toMatchObject({ mode: "draft", shopperPays: "$9.00" });
    const accepted = await acceptProposal(order, chino, offerId, "STYLE", proposal);
    expect(accepted.body).toMatchObject({ ok: true, status: "accepted" });
    const [outcome] = await db.exchangeOutcome.findMany({ where: { shop: DEMO_SHOP } });
    // The new cut is on the draft order: the refund avoided waits for the payment too.
    expect(outcome).toMatchObject({
      keptMinor: 8900n,
      upsellMinor: 900n,
      bonusCostMinor: 1410n,
      exchangeOnDraftOrder: true,
      upsellOrderId: null,
      upsellPaidAt: null,
    });
    expect(data.draftOrders.get(Number(outcome.draftOrderId))!.customAttributes).toContainEqual({
      key: "_concierge_exchange",
      value: outcome.id,
    });

    // Unpaid: no revenue, no bonus cost, and what awaits the payment said apart.
    const unpaid = await profit();
    const accepting = monthOf(unpaid, ACCEPTED_MONTH);
    expect(exchangeLines(accepting)).toEqual({
      "revenue.exchangeKept": "0.00",
      "revenue.exchangeUpsell": "0.00",
      "costs.exchangeBonuses": "0.00",
      totalRevenue: "0.00",
    });
    expect(parts(accepting, "revenue.exchangeUpsell")).toEqual([
      ["Draft orders paid", "0"],
      ["What shoppers paid on top, on draft orders paid this month", "0.00"],
      ["Of which on orders already credited to an agent's code, a chat or the tracking page", "0.00"],
      ["Draft orders awaiting payment", "1"],
      ["Awaiting payment, not counted until paid", "9.00"],
    ]);
    expect(parts(accepting, "revenue.exchangeKept").slice(-1)).toEqual([["Awaiting payment, not counted until paid", "89.00"]]);
    expect(unpaid.funnels.exchange.awaitingPayment).toMatchObject({
      draftOrders: 1,
      revenue: { amount: "98.00" },
      text: "$98.00 awaiting payment on 1 draft order",
    });
    const unpaidCsv = (await (await call(profitExportLoader, "/app/profit/export", {})).text()).split("\r\n");
    expect(unpaidCsv).toContain(`${ACCEPTED_MONTH},Revenue,Exchange upsells,"Awaiting payment, not counted until paid",9.00,,USD`);
    expect(unpaidCsv).toContain(
      `${ACCEPTED_MONTH},Revenue,Exchange upsells,,0.00,"What shoppers paid on top, on draft orders paid this month - Of which on orders already credited to an agent's code, a chat or the tracking page",USD`,
    );
    expect(await offersTotals()).toMatchObject({
      accepted: 1,
      kept: "$0.00",
      upsell: "$0.00",
      bonusCost: "$0.00",
      net: "$0.00",
      awaiting: "$98.00",
      awaitingText: "$98.00 awaiting payment on 1 draft order",
    });
    const [deskOutcome] = (await (await call(deskLoader, `/app/exchanges/${order.id}`, { orderId: String(order.id) })).json()).outcomes as {
      draftOrderPaid: boolean;
    }[];
    expect(deskOutcome.draftOrderPaid).toBe(false);

    // The next month: the shopper pays; Shopify sends orders/create and orders/paid, orders/paid twice over, and once more as a new event.
    vi.setSystemTime(PAID_AT);
    const upsellOrder = await payDraftOrder(outcome.draftOrderId!);
    expect(upsellOrder).toMatchObject({
      financialStatus: "PAID",
      customAttributes: [
        { key: "_concierge_exchange", value: outcome.id },
        { key: "_concierge_return", value: `${order.name}-R1` },
      ],
    });
    const payload = orderPayload(data, upsellOrder);
    const shopify = webhookDispatcher();
    const deliveries = [
      await shopify.deliver("orders/create", DEMO_SHOP, payload),
      await shopify.deliver("orders/paid", DEMO_SHOP, payload, { eventId: "paid-event" }),
      await shopify.deliver("orders/paid", DEMO_SHOP, payload, { eventId: "paid-event" }),
      await shopify.deliver("orders/paid", DEMO_SHOP, payload),
    ];
    expect(deliveries.flat().map((delivery) => delivery.status)).toEqual([200, 200, 200, 200]);
    expect(await db.exchangeOutcome.findUniqueOrThrow({ where: { id: outcome.id } })).toMatchObject({
      upsellOrderId: String(upsellOrder.id),
      upsellPaidAt: PAID_AT,
    });

    vi.setSystemTime(LATER);
    const paid = await profit();
    expect(exchangeLines(monthOf(paid, ACCEPTED_MONTH))).toEqual({
      "revenue.exchangeKept": "0.00",
      "revenue.exchangeUpsell": "0.00",
      "costs.exchangeBonuses": "0.00",
      totalRevenue: "0.00",
    });
    expect(parts(monthOf(paid, ACCEPTED_MONTH), "revenue.exchangeUpsell").map(([label]) => label)).not.toContain(
      "Draft orders awaiting payment",
    );
    const paying = monthOf(paid, PAID_MONTH);
    expect(paying.partial).toBe(true);
    expect(exchangeLines(paying)).toEqual({
      "revenue.exchangeKept": "89.00",
      "revenue.exchangeUpsell": "9.00",
      "costs.exchangeBonuses": "14.10",
      totalRevenue: "98.00",
    });
    expect(parts(paying, "revenue.exchangeUpsell")).toEqual([
      ["Draft orders paid", "1"],
      ["What shoppers paid on top, on draft orders paid this month", "9.00"],
      ["Of which on orders already credited to an agent's code, a chat or the tracking page", "0.00"],
    ]);
    // Once over the period, however often the payment was announced.
    expect(paid.total.figures.find((line) => line.key === "revenue.exchangeUpsell")!.amount).toBe("9.00");
    expect(paid.funnels.exchange.awaitingPayment).toBeNull();
    expect(await offersTotals()).toMatchObject({
      accepted: 1,
      kept: "$89.00",
      upsell: "$9.00",
      bonusCost: "$14.10",
      net: "$83.90",
      awaiting: "—",
      awaitingText: null,
    });
  });

  it("counts an upsell whose order carries an agent's code once, in that order's revenue, not again as an upsell", async () => {
    const offerId = await saveOffer({
      name: "Size swap + belt at 20% off",
      exchange: { kind: "same_product" },
      bonus: {
        kind: "upsell_discount",
        variantId: gidOf("ProductVariant", belt().id),
        "discount.kind": "percentage",
        "discount.value": "20",
      },
    });
    addDiscount(local.store, data, {
      title: "Chloé's code",
      code: "CHLOE-X10",
      valueType: "PERCENTAGE",
      value: 10,
      appliesOnEachItem: false,
      minimumSubtotalCents: null,
      minimumQuantity: null,
      usageLimit: null,
      appliesOncePerCustomer: false,
      customerIds: null,
      startsAt: "2025-01-01T00:00:00Z",
      endsAt: null,
      combinesWith: { orderDiscounts: false, productDiscounts: true, shippingDiscounts: true },
      tags: [],
      createdAt: "2025-01-01T00:00:00Z",
      createdByAppKey: null,
    });
    await db.agentCode.create({
      data: {
        shop: DEMO_SHOP,
        agentId: chloe.id,
        code: "CHLOE-X10",
        codeKey: "CHLOE-X10",
        kind: "personal",
        valueKind: "percentage",
        valueBasisPoints: 1000,
        currencyCode: "USD",
      },
    });
    const chino = variant("Classic Chino", "32", "Khaki");
    const order = deliveredOrder([chino]);
    const [proposal] = (await desk(order, "SIZE_TOO_LARGE")).items[0].proposals;
    expect(proposal).toMatchObject({ mode: "return_and_draft", shopperPays: "$36.00" });
    await acceptProposal(order, chino, offerId, "SIZE_TOO_LARGE", proposal);
    const [outcome] = await db.exchangeOutcome.findMany({ where: { shop: DEMO_SHOP } });
    expect(outcome).toMatchObject({ keptMinor: 8900n, upsellMinor: 4500n, bonusCostMinor: 900n, exchangeOnDraftOrder: false });

    // The swap was released on the return: its refund avoided counts now; the belt waits for its payment.
    const accepting = monthOf(await profit(), ACCEPTED_MONTH);
    expect(exchangeLines(accepting)).toEqual({
      "revenue.exchangeKept": "89.00",
      "revenue.exchangeUpsell": "0.00",
      "costs.exchangeBonuses": "0.00",
      totalRevenue: "89.00",
    });

    // The shopper enters Chloé's code at the invoice's checkout: 36.00 less 10%.
    vi.setSystemTime(PAID_AT);
    const upsellOrder = await payDraftOrder(outcome.draftOrderId!, { discountCode: "chloe-x10" });
    const payload = orderPayload(data, upsellOrder);
    expect(payload).toMatchObject({ total_price: "32.40", discount_codes: [{ code: "CHLOE-X10" }] });
    const shopify = webhookDispatcher();
    await shopify.deliver("orders/create", DEMO_SHOP, payload);
    await shopify.deliver("orders/paid", DEMO_SHOP, payload);
    expect(
      await db.attribution.findUniqueOrThrow({ where: { shop_orderId: { shop: DEMO_SHOP, orderId: String(upsellOrder.id) } } }),
    ).toMatchObject({ source: "agent_code", agentId: chloe.id, netMinor: 3240n });

    vi.setSystemTime(LATER);
    const paying = monthOf(await profit(), PAID_MONTH);
    expect(figure(paying, "revenue.agentCode").amount).toBe("32.40");
    expect(exchangeLines(paying)).toEqual({
      "revenue.exchangeKept": "0.00",
      "revenue.exchangeUpsell": "0.00",
      "costs.exchangeBonuses": "9.00",
      totalRevenue: "32.40",
    });
    expect(parts(paying, "revenue.exchangeUpsell")).toEqual([
      ["Draft orders paid", "1"],
      ["What shoppers paid on top, on draft orders paid this month", "45.00"],
      ["Of which on orders already credited to an agent's code, a chat or the tracking page", "45.00"],
    ]);
  });
});
