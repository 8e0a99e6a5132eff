import { describe, expect, it } from "vitest";
import { TRACKING_LOCALES, trackingMessages } from "./messages";
import type { DeliveryFlow, TimelineStepKey } from "./statuses";
import { buildTrackingView } from "./timeline";
import { FLOW_STEPS, projectStep } from "./timeline-reading";
import type {
  FulfillmentEventFact,
  FulfillmentFact,
  FulfillmentOrderFact,
  OrderTrackingFacts,
  PackageTimeline,
  TimelineStep,
  TrackingView,
} from "./timeline-facts";

const NOW = new Date("2025-06-20T12:00:00.000Z");
const ORDER_NAME = "#1001";
const UPS_URL = "https://www.ups.com/track?tracknum=1Z999AA10123456784";

// ---------------------------------------------------------------------------
// Facts shaped like the Admin API's answers.

function fulfillmentOrder(overrides: Partial<FulfillmentOrderFact> = {}): FulfillmentOrderFact {
  return {
    id: "gid://shopify/FulfillmentOrder/1",
    status: "CLOSED",
    deliveryMethod: { methodType: "SHIPPING" },
    lineItems: [{ title: "Linen shirt", variantTitle: "M / Sand", totalQuantity: 1, remainingQuantity: 0 }],
    ...overrides,
  };
}

function fulfillment(overrides: Partial<FulfillmentFact> = {}): FulfillmentFact {
  return {
    id: "gid://shopify/Fulfillment/1",
    status: "SUCCESS",
    displayStatus: "FULFILLED",
    createdAt: "2025-06-11T10:00:00Z",
    inTransitAt: null,
    deliveredAt: null,
    estimatedDeliveryAt: null,
    trackingInfo: [{ company: "UPS", number: "1Z999AA10123456784", url: UPS_URL }],
    events: [],
    fulfillmentLineItems: [{ title: "Linen shirt", quantity: 1 }],
    fulfillmentOrderIds: ["gid://shopify/FulfillmentOrder/1"],
    ...overrides,
  };
}

function event(
  status: FulfillmentEventFact["status"],
  happenedAt: string,
  extra: Partial<FulfillmentEventFact> = {},
): FulfillmentEventFact {
  return { status, happenedAt, message: null, ...extra };
}

function order(overrides: Partial<OrderTrackingFacts> = {}): OrderTrackingFacts {
  return {
    name: ORDER_NAME,
    createdAt: "2025-06-10T09:00:00Z",
    processedAt: "2025-06-10T09:00:00Z",
    cancelledAt: null,
    cancelReason: null,
    displayFinancialStatus: "PAID",
    displayFulfillmentStatus: "FULFILLED",
    confirmed: true,
    totalPrice: { amount: "80.00", currencyCode: "USD" },
    fulfillmentOrders: [fulfillmentOrder()],
    fulfillments: [],
    refunds: [],
    ...overrides,
  };
}

/** Shipped with UPS on the 11th, scanned on the 12th, due on the 22nd. */
const inTransitEvents = [
  event("CONFIRMED", "2025-06-11T10:00:00Z"),
  event("IN_TRANSIT", "2025-06-12T08:00:00Z", { message: "Departed facility", estimatedDeliveryAt: "2025-06-22T00:00:00Z" }),
];

function shipped(overrides: Partial<FulfillmentFact> = {}): OrderTrackingFacts {
  return order({ fulfillments: [fulfillment(overrides)] });
}

const scenarios = {
  labelPrinted: () =>
    shipped({
      displayStatus: "LABEL_PRINTED",
      events: [event("LABEL_PURCHASED", "2025-06-11T10:00:00Z"), event("LABEL_PRINTED", "2025-06-11T10:05:00Z")],
    }),
  inTransit: () =>
    shipped({
      displayStatus: "IN_TRANSIT",
      inTransitAt: "2025-06-12T08:00:00Z",
      estimatedDeliveryAt: "2025-06-22T00:00:00Z",
      events: inTransitEvents,
    }),
  outForDelivery: () =>
    shipped({
      displayStatus: "OUT_FOR_DELIVERY",
      inTransitAt: "2025-06-12T08:00:00Z",
      estimatedDeliveryAt: "2025-06-20T00:00:00Z",
      events: [...inTransitEvents, event("OUT_FOR_DELIVERY", "2025-06-20T07:30:00Z")],
    }),
  delivered: () =>
    shipped({
      displayStatus: "DELIVERED",
      inTransitAt: "2025-06-12T08:00:00Z",
      deliveredAt: "2025-06-19T15:00:00Z",
      estimatedDeliveryAt: "2025-06-17T00:00:00Z",
      events: [
        ...inTransitEvents,
        event("OUT_FOR_DELIVERY", "2025-06-18T07:00:00Z"),
        event("ATTEMPTED_DELIVERY", "2025-06-18T14:00:00Z"),
        event("OUT_FOR_DELIVERY", "2025-06-19T07:00:00Z"),
        event("DELIVERED", "2025-06-19T15:00:00Z"),
      ],
    }),
  delayed: () =>
    shipped({
      displayStatus: "DELAYED",
      inTransitAt: "2025-06-12T08:00:00Z",
      estimatedDeliveryAt: "2025-06-24T00:00:00Z",
      events: [...inTransitEvents, event("DELAYED", "2025-06-19T09:00:00Z", { estimatedDeliveryAt: "2025-06-24T00:00:00Z" })],
    }),
  attemptedDelivery: () =>
    shipped({
      displayStatus: "ATTEMPTED_DELIVERY",
      inTransitAt: "2025-06-12T08:00:00Z",
      events: [
        ...inTransitEvents,
        event("OUT_FOR_DELIVERY", "2025-06-20T07:00:00Z"),
        event("ATTEMPTED_DELIVERY", "2025-06-20T11:00:00Z", { message: "No one home" }),
      ],
    }),
  failure: () =>
    shipped({
      displayStatus: "FAILURE",
      inTransitAt: "2025-06-12T08:00:00Z",
      events: [...inTransitEvents, event("FAILURE", "2025-06-15T10:00:00Z")],
    }),
  splitShipment: () =>
    order({
      fulfillmentOrders: [
        fulfillmentOrder({
          lineItems: [
            { title: "Linen shirt", totalQuantity: 1, remainingQuantity: 0 },
            { title: "Canvas tote", totalQuantity: 1, remainingQuantity: 0 },
          ],
        }),
      ],
      fulfillments: [
        fulfillment({
          id: "gid://shopify/Fulfillment/2",
          createdAt: "2025-06-13T10:00:00Z",
          displayStatus: "IN_TRANSIT",
          trackingInfo: [{ company: "DHL Express", number: "JD0141", url: "https://www.dhl.com/track?id=JD0141" }],
          fulfillmentLineItems: [{ title: "Canvas tote", quantity: 1 }],
          inTransitAt: "2025-06-14T08:00:00Z",
          estimatedDeliveryAt: "2025-06-23T00:00:00Z",
          events: [event("IN_TRANSIT", "2025-06-14T08:00:00Z")],
        }),
        fulfillment({
          id: "gid://shopify/Fulfillment/1",
          displayStatus: "DELIVERED",
          deliveredAt: "2025-06-16T12:00:00Z",
          events: [...inTransitEvents, event("DELIVERED", "2025-06-16T12:00:00Z")],
        }),
      ],
    }),
  partlyShipped: () =>
    order({
      displayFulfillmentStatus: "PARTIALLY_FULFILLED",
      fulfillmentOrders: [
        fulfillmentOrder({
          status: "IN_PROGRESS",
          lineItems: [
            { title: "Linen shirt", totalQuantity: 1, remainingQuantity: 0 },
            { title: "Wool scarf", variantTitle: "Charcoal", totalQuantity: 2, remainingQuantity: 2 },
          ],
        }),
      ],
      fulfillments: [fulfillment({ displayStatus: "IN_TRANSIT", inTransitAt: "2025-06-12T08:00:00Z", events: inTransitEvents })],
    }),
  localPickupReady: () =>
    order({
      fulfillmentOrders: [
        fulfillmentOrder({ deliveryMethod: { methodType: "PICK_UP" }, assignedLocation: { name: "Downtown store" } }),
      ],
      fulfillments: [fulfillment({ displayStatus: "READY_FOR_PICKUP", trackingInfo: [], createdAt: "2025-06-11T16:00:00Z" })],
    }),
  localPickupCollected: () =>
    order({
      fulfillmentOrders: [fulfillmentOrder({ deliveryMethod: { methodType: "PICK_UP" } })],
      fulfillments: [
        fulfillment({ displayStatus: "PICKED_UP", trackingInfo: [], deliveredAt: "2025-06-12T17:00:00Z" }),
      ],
    }),
  cancelled: () =>
    order({
      cancelledAt: "2025-06-10T15:00:00Z",
      cancelReason: "CUSTOMER",
      displayFinancialStatus: "REFUNDED",
      displayFulfillmentStatus: "UNFULFILLED",
      fulfillmentOrders: [
        fulfillmentOrder({
          status: "CANCELLED",
          lineItems: [{ title: "Linen shirt", totalQuantity: 1, remainingQuantity: 1 }],
        }),
      ],
      refunds: [{ createdAt: "2025-06-10T15:00:00Z", totalRefunded: { amount: "80.00", currencyCode: "USD" } }],
    }),
  fullyRefunded: () =>
    order({
      displayFinancialStatus: "REFUNDED",
      fulfillments: [fulfillment({ displayStatus: "DELIVERED", deliveredAt: "2025-06-16T12:00:00Z" })],
      refunds: [{ createdAt: "2025-06-18T10:00:00Z", totalRefunded: { amount: "80.00", currencyCode: "USD" } }],
    }),
  partiallyRefunded: () =>
    order({
      displayFinancialStatus: "PARTIALLY_REFUNDED",
      fulfillments: [fulfillment({ displayStatus: "DELIVERED", deliveredAt: "2025-06-16T12:00:00Z" })],
      refunds: [
        { createdAt: "2025-06-17T10:00:00Z", totalRefunded: { amount: "10.25", currencyCode: "USD" } },
        { createdAt: "2025-06-18T10:00:00Z", totalRefunded: { amount: "5.25", currencyCode: "USD" } },
      ],
    }),
  newOrder: () =>
    order({
      displayFulfillmentStatus: "UNFULFILLED",
      fulfillmentOrders: [
        fulfillmentOrder({
          status: "OPEN",
          lineItems: [
            { title: "Linen shirt", variantTitle: "M / Sand", totalQuantity: 1, remainingQuantity: 1 },
            { title: "Canvas tote", variantTitle: null, totalQuantity: 2, remainingQuantity: 2 },
          ],
        }),
      ],
    }),
  pastEstimatedDelivery: () =>
    shipped({
      displayStatus: "IN_TRANSIT",
      inTransitAt: "2025-06-12T08:00:00Z",
      estimatedDeliveryAt: "2025-06-17T00:00:00Z",
      events: inTransitEvents,
    }),
  carrierPickupPoint: () =>
    shipped({
      displayStatus: "READY_FOR_PICKUP",
      inTransitAt: "2025-06-12T08:00:00Z",
      events: [...inTransitEvents, event("READY_FOR_PICKUP", "2025-06-19T09:00:00Z")],
    }),
  labelVoided: () =>
    order({
      displayFulfillmentStatus: "UNFULFILLED",
      fulfillmentOrders: [
        fulfillmentOrder({ status: "OPEN", lineItems: [{ title: "Linen shirt", totalQuantity: 1, remainingQuantity: 1 }] }),
      ],
      fulfillments: [fulfillment({ status: "CANCELLED", displayStatus: "LABEL_VOIDED" })],
    }),
  localDeliveryFailed: () =>
    order({
      fulfillmentOrders: [fulfillmentOrder({ deliveryMethod: { methodType: "LOCAL" } })],
      fulfillments: [fulfillment({ displayStatus: "NOT_DELIVERED", trackingInfo: [] })],
    }),
  onHold: () =>
    order({
      displayFulfillmentStatus: "ON_HOLD",
      fulfillmentOrders: [
        fulfillmentOrder({ status: "ON_HOLD", lineItems: [{ title: "Linen shirt", totalQuantity: 1, remainingQuantity: 1 }] }),
      ],
    }),
  scheduled: () =>
    order({
      displayFulfillmentStatus: "SCHEDULED",
      fulfillmentOrders: [
        fulfillmentOrder({
          status: "SCHEDULED",
          fulfillAt: "2025-07-01T09:00:00Z",
          lineItems: [{ title: "Coffee subscription", totalQuantity: 1, remainingQuantity: 1 }],
        }),
      ],
    }),
  futureApiValues: () =>
    order({
      displayFulfillmentStatus: "AWAITING_SOMETHING_NEW",
      fulfillments: [
        fulfillment({
          status: "RETURNED_TO_SENDER",
          displayStatus: "RETURNING_TO_SENDER",
          events: [...inTransitEvents, event("BUYER_ACTION_REQUIRED", "2025-06-19T09:00:00Z")],
        }),
      ],
    }),
} satisfies Record<string, () => OrderTrackingFacts>;

function build(facts: OrderTrackingFacts): TrackingView {
  return buildTrackingView(facts, { now: NOW });
}

/** The single package of a view. */
function onlyPackage(view: TrackingView): PackageTimeline {
  expect(view.packages).toHaveLength(1);
  return view.packages[0];
}

/** A timeline as "key:state" strings, which read like the page. */
function stepStates(steps: PackageTimeline["steps"]): string[] {
  return steps.map((step) => `${step.key}:${step.state}`);
}

function stepOf(timeline: { steps: TimelineStep[] }, key: TimelineStepKey): TimelineStep {
  const step = timeline.steps.find((candidate) => candidate.key === key);
  if (!step) throw new Error(`no ${key} step`);
  return step;
}

const contactSupport = {
  kind: "contact_support",
  messageKey: "tracking.action.contact_support",
  params: { orderName: ORDER_NAME },
  url: null,
};

// ---------------------------------------------------------------------------

describe("buildTrackingView: shipping", () => {
  it("shows a printed label as packed and waiting for the carrier, with the tracking number already", () => {
    const view = build(scenarios.labelPrinted());
    const pkg = onlyPackage(view);
    expect(stepStates(pkg.steps)).toEqual([
      "ordered:done",
      "confirmed:done",
      "preparing:current",
      "shipped:upcoming",
      "in_transit:upcoming",
      "out_for_delivery:upcoming",
      "delivered:upcoming",
    ]);
    expect(stepOf(pkg, "preparing")).toMatchObject({
      messageKey: "tracking.step.preparing.label_created",
      at: new Date("2025-06-11T10:00:00Z"),
    });
    expect(pkg).toMatchObject({ carrier: "UPS", trackingNumber: "1Z999AA10123456784", trackingUrl: UPS_URL });
    expect(view.overall).toEqual({
      state: "preparing",
      messageKey: "tracking.overall.label_created",
      params: { orderName: ORDER_NAME },
    });
    expect(view.exceptions).toEqual([]);
    expect(view.atRisk).toBe(false);
  });

  it("lets the carrier's LABEL_PRINTED event outrank a generic CONFIRMED display status", () => {
    const facts = scenarios.labelPrinted();
    facts.fulfillments[0].displayStatus = "CONFIRMED";
    expect(onlyPackage(build(facts)).currentStep).toBe("preparing");
  });

  it("treats the carrier collecting the parcel as progress, not an exception", () => {
    // CARRIER_PICKED_UP is good news: an exception would send shoppers to support for nothing.
    const view = build(
      shipped({ displayStatus: "CARRIER_PICKED_UP", events: [event("CARRIER_PICKED_UP", "2025-06-11T17:00:00Z")] }),
    );
    const pkg = onlyPackage(view);
    expect(pkg.currentStep).toBe("shipped");
    expect(stepOf(pkg, "shipped")).toMatchObject({
      state: "current",
      messageKey: "tracking.step.shipped.carrier_picked_up",
      at: new Date("2025-06-11T17:00:00Z"),
    });
    expect(view.exceptions).toEqual([]);
    expect(view.overall.state).toBe("shipped");
  });

  it("shows a package in transit with its carrier, tracking link and estimated delivery date", () => {
    const view = build(scenarios.inTransit());
    const pkg = onlyPackage(view);
    expect(stepStates(pkg.steps)).toEqual([
      "ordered:done",
      "confirmed:done",
      "preparing:done",
      "shipped:done",
      "in_transit:current",
      "out_for_delivery:upcoming",
      "delivered:upcoming",
    ]);
    const eta = new Date("2025-06-22T00:00:00Z");
    expect(pkg.estimatedDeliveryAt).toEqual(eta);
    expect(stepOf(pkg, "ordered").at).toEqual(new Date("2025-06-10T09:00:00Z"));
    expect(stepOf(pkg, "shipped")).toMatchObject({
      messageKey: "tracking.step.shipped.carrier",
      params: { carrier: "UPS" },
      at: new Date("2025-06-11T10:00:00Z"),
    });
    expect(stepOf(pkg, "in_transit")).toMatchObject({
      messageKey: "tracking.step.in_transit.eta",
      params: { date: eta },
      at: new Date("2025-06-12T08:00:00Z"),
    });
    expect(stepOf(pkg, "delivered").at).toBeNull();
    expect(pkg.lastCarrierUpdate).toEqual({ at: new Date("2025-06-12T08:00:00Z"), message: "Departed facility" });
    expect(pkg.items).toEqual([{ title: "Linen shirt", variantTitle: null, quantity: 1 }]);
    expect(view.overall).toEqual({
      state: "in_transit",
      messageKey: "tracking.overall.in_transit.eta",
      params: { orderName: ORDER_NAME, date: eta },
    });
    expect(view.support).toEqual({ subjectKey: "tracking.support.subject", subjectParams: { orderName: ORDER_NAME } });
    expect(view.atRisk).toBe(false);
  });

  it("shows a package out for delivery", () => {
    const view = build(scenarios.outForDelivery());
    const pkg = onlyPackage(view);
    expect(pkg.currentStep).toBe("out_for_delivery");
    expect(stepOf(pkg, "out_for_delivery")).toMatchObject({ state: "current", at: new Date("2025-06-20T07:30:00Z") });
    expect(view.overall.state).toBe("out_for_delivery");
    expect(view.exceptions).toEqual([]);
    // Due today: not late yet.
    expect(view.atRisk).toBe(false);
  });

  it("shows a delivered package as complete, the earlier failed attempt and the passed estimate forgotten", () => {
    const view = build(scenarios.delivered());
    const pkg = onlyPackage(view);
    expect(pkg.steps.every((step) => step.state === "done")).toBe(true);
    expect(pkg.currentStep).toBe("delivered");
    expect(pkg.deliveredAt).toEqual(new Date("2025-06-19T15:00:00Z"));
    // The second delivery run is the one that counts.
    expect(stepOf(pkg, "out_for_delivery").at).toEqual(new Date("2025-06-19T07:00:00Z"));
    expect(pkg.exception).toBeNull();
    expect(view.overall).toEqual({
      state: "delivered",
      messageKey: "tracking.overall.delivered",
      params: { orderName: ORDER_NAME },
    });
    expect(view.atRisk).toBe(false);
  });
});

describe("buildTrackingView: exceptions", () => {
  it("explains a delay the carrier reported, with the new date, and flags the order at risk", () => {
    const view = build(scenarios.delayed());
    const pkg = onlyPackage(view);
    expect(pkg.currentStep).toBe("in_transit");
    expect(pkg.exception).toEqual({
      kind: "delayed",
      severity: "warning",
      fulfillmentId: "gid://shopify/Fulfillment/1",
      at: new Date("2025-06-19T09:00:00Z"),
      messageKey: "tracking.exception.delayed.new_eta",
      params: { date: new Date("2025-06-24T00:00:00Z") },
      actions: [
        {
          kind: "track_with_carrier",
          messageKey: "tracking.action.track_with_carrier",
          params: { carrier: "UPS" },
          url: UPS_URL,
        },
        { kind: "wait", messageKey: "tracking.action.wait", params: {}, url: null },
        contactSupport,
      ],
    });
    expect(view.exceptions).toEqual([pkg.exception]);
    expect(view.overall.state).toBe("delayed");
    expect(view.atRisk).toBe(true);
    expect(view.atRiskReasons).toEqual([
      { kind: "delayed", fulfillmentId: "gid://shopify/Fulfillment/1", since: new Date("2025-06-19T09:00:00Z") },
    ]);
  });

  it("forgets a reported delay once the carrier scans the package moving again", () => {
    const facts = scenarios.delayed();
    facts.fulfillments[0].displayStatus = null;
    facts.fulfillments[0].events.push(event("IN_TRANSIT", "2025-06-20T06:00:00Z"));
    const view = build(facts);
    expect(onlyPackage(view).exception).toBeNull();
    expect(view.atRisk).toBe(false);
  });

  it("explains an attempted delivery and points to the carrier and to support", () => {
    const view = build(scenarios.attemptedDelivery());
    const pkg = onlyPackage(view);
    expect(pkg.currentStep).toBe("out_for_delivery");
    expect(pkg.exception).toMatchObject({
      kind: "attempted_delivery",
      severity: "action_needed",
      at: new Date("2025-06-20T11:00:00Z"),
      messageKey: "tracking.exception.attempted_delivery",
    });
    expect(pkg.exception?.actions.map((action) => action.kind)).toEqual(["track_with_carrier", "contact_support"]);
    expect(pkg.exception?.actions.at(-1)).toEqual(contactSupport);
    expect(pkg.lastCarrierUpdate?.message).toBe("No one home");
    expect(view.overall.state).toBe("attempted_delivery");
    expect(view.atRiskReasons.map((reason) => reason.kind)).toEqual(["attempted_delivery"]);
  });

  it("explains a failed shipment and sends the shopper to support", () => {
    const view = build(scenarios.failure());
    const pkg = onlyPackage(view);
    expect(pkg.exception).toMatchObject({
      kind: "failure",
      severity: "problem",
      messageKey: "tracking.exception.failure",
      actions: [contactSupport],
    });
    expect(view.overall).toMatchObject({ state: "problem", messageKey: "tracking.overall.problem" });
    expect(view.atRiskReasons.map((reason) => reason.kind)).toEqual(["failure"]);
  });

  it("flags a package past its estimated delivery date that nobody reported late", () => {
    const view = build(scenarios.pastEstimatedDelivery());
    const pkg = onlyPackage(view);
    const eta = new Date("2025-06-17T00:00:00Z");
    expect(pkg.currentStep).toBe("in_transit");
    // The timeline stops promising a date that has passed.
    expect(stepOf(pkg, "in_transit").messageKey).toBe("tracking.step.in_transit");
    expect(pkg.exception).toMatchObject({
      kind: "delayed",
      messageKey: "tracking.exception.overdue",
      params: { date: eta },
    });
    expect(view.overall.state).toBe("delayed");
    expect(view.atRisk).toBe(true);
    expect(view.atRiskReasons).toEqual([
      { kind: "past_estimated_delivery", fulfillmentId: "gid://shopify/Fulfillment/1", since: eta },
    ]);
  });

  it("gives a package a day's grace after its estimated date before calling it late", () => {
    const facts = scenarios.pastEstimatedDelivery();
    facts.fulfillments[0].estimatedDeliveryAt = "2025-06-19T18:00:00Z";
    expect(build(facts).atRisk).toBe(false);
    expect(buildTrackingView(facts, { now: NOW, lateAfterMs: 0 }).atRisk).toBe(true);
  });

  it("explains a local delivery the driver could not complete", () => {
    const view = build(scenarios.localDeliveryFailed());
    const pkg = onlyPackage(view);
    expect(pkg.deliveryFlow).toBe("local_delivery");
    expect(stepStates(pkg.steps)).toEqual([
      "ordered:done",
      "confirmed:done",
      "preparing:done",
      "out_for_delivery:current",
      "delivered:upcoming",
    ]);
    expect(pkg.exception).toMatchObject({ kind: "not_delivered", severity: "problem", actions: [contactSupport] });
    expect(view.overall.state).toBe("problem");
    expect(view.atRiskReasons.map((reason) => reason.kind)).toEqual(["not_delivered"]);
  });

  it("shows a voided label as a shipment that will not come, its items back to being prepared", () => {
    const view = build(scenarios.labelVoided());
    const pkg = onlyPackage(view);
    expect(pkg.steps).toEqual([]);
    expect(pkg.currentStep).toBeNull();
    // The fulfillment's CANCELLED status and LABEL_VOIDED display agree the shipment is dead.
    expect(pkg.exception?.kind).toBe("shipment_cancelled");
    expect(view.unfulfilledItems.map((group) => group.items)).toEqual([
      [{ title: "Linen shirt", variantTitle: null, quantity: 1 }],
    ]);
    expect(view.overall.state).toBe("preparing");
    expect(view.atRisk).toBe(false);

    const voidedOnly = scenarios.labelVoided();
    voidedOnly.fulfillments[0].status = "SUCCESS";
    expect(onlyPackage(build(voidedOnly)).exception?.kind).toBe("label_voided");
  });
});

describe("buildTrackingView: split shipments and unshipped items", () => {
  it("gives each package its own timeline: one delivered, one in transit", () => {
    const view = build(scenarios.splitShipment());
    expect(view.packages.map((pkg) => [pkg.fulfillmentId, pkg.currentStep, pkg.carrier])).toEqual([
      ["gid://shopify/Fulfillment/1", "delivered", "UPS"],
      ["gid://shopify/Fulfillment/2", "in_transit", "DHL Express"],
    ]);
    const [delivered, moving] = view.packages;
    expect(delivered.steps.every((step) => step.state === "done")).toBe(true);
    expect(stepOf(moving, "in_transit").state).toBe("current");
    expect(moving.items).toEqual([{ title: "Canvas tote", variantTitle: null, quantity: 1 }]);
    expect(moving.trackingUrl).toBe("https://www.dhl.com/track?id=JD0141");
    expect(view.unfulfilledItems).toEqual([]);
    expect(view.overall.state).toBe("partially_delivered");
    expect(view.exceptions).toEqual([]);
    expect(view.atRisk).toBe(false);
  });

  it("lists items not shipped yet as being prepared, beside the package that left", () => {
    const view = build(scenarios.partlyShipped());
    expect(onlyPackage(view).currentStep).toBe("in_transit");
    expect(view.unfulfilledItems).toHaveLength(1);
    const [group] = view.unfulfilledItems;
    expect(group).toMatchObject({
      fulfillmentOrderId: "gid://shopify/FulfillmentOrder/1",
      deliveryFlow: "shipping",
      state: "preparing",
      messageKey: "tracking.pending.preparing",
      items: [{ title: "Wool scarf", variantTitle: "Charcoal", quantity: 2 }],
    });
    expect(stepStates(group.steps).slice(0, 4)).toEqual([
      "ordered:done",
      "confirmed:done",
      "preparing:current",
      "shipped:upcoming",
    ]);
    expect(view.overall.state).toBe("partially_shipped");
  });

  it("shows a new order as being prepared, with its items", () => {
    const view = build(scenarios.newOrder());
    expect(view.packages).toEqual([]);
    expect(view.unfulfilledItems).toHaveLength(1);
    expect(view.unfulfilledItems[0].items).toEqual([
      { title: "Linen shirt", variantTitle: "M / Sand", quantity: 1 },
      { title: "Canvas tote", variantTitle: null, quantity: 2 },
    ]);
    expect(stepStates(view.unfulfilledItems[0].steps)).toEqual([
      "ordered:done",
      "confirmed:done",
      "preparing:current",
      "shipped:upcoming",
      "in_transit:upcoming",
      "out_for_delivery:upcoming",
      "delivered:upcoming",
    ]);
    expect(view.overall).toEqual({
      state: "preparing",
      messageKey: "tracking.overall.preparing",
      params: { orderName: ORDER_NAME },
    });
    expect(view.exceptions).toEqual([]);
    expect(view.atRisk).toBe(false);
  });

  it("shows an order whose inventory is not reserved yet as received", () => {
    const view = build({ ...scenarios.newOrder(), confirmed: false });
    expect(view.overall.state).toBe("received");
    expect(stepStates(view.unfulfilledItems[0].steps).slice(0, 3)).toEqual([
      "ordered:current",
      "confirmed:upcoming",
      "preparing:upcoming",
    ]);
  });

  it("says when items are on hold or scheduled", () => {
    const onHold = build(scenarios.onHold());
    expect(onHold.overall.state).toBe("on_hold");
    expect(onHold.unfulfilledItems[0]).toMatchObject({ state: "on_hold", messageKey: "tracking.pending.on_hold" });
    expect(stepOf(onHold.unfulfilledItems[0], "preparing").messageKey).toBe(
      "tracking.step.preparing.on_hold",
    );

    const scheduled = build(scenarios.scheduled());
    const date = new Date("2025-07-01T09:00:00Z");
    expect(scheduled.overall).toEqual({
      state: "scheduled",
      messageKey: "tracking.overall.scheduled.date",
      params: { orderName: ORDER_NAME, date },
    });
    expect(scheduled.unfulfilledItems[0]).toMatchObject({
      scheduledFor: date,
      messageKey: "tracking.pending.scheduled.date",
      params: { date },
    });
  });
});

describe("buildTrackingView: pickup", () => {
  it("gives a local pickup a pickup timeline, and tells the shopper where to collect it", () => {
    const view = build(scenarios.localPickupReady());
    const pkg = onlyPackage(view);
    expect(pkg.deliveryFlow).toBe("local_pickup");
    expect(stepStates(pkg.steps)).toEqual([
      "ordered:done",
      "confirmed:done",
      "preparing:done",
      "ready_for_pickup:current",
      "picked_up:upcoming",
    ]);
    expect(stepOf(pkg, "ready_for_pickup").at).toEqual(new Date("2025-06-11T16:00:00Z"));
    expect(pkg.exception).toMatchObject({
      kind: "ready_for_pickup",
      severity: "action_needed",
      messageKey: "tracking.exception.ready_for_pickup.location",
      params: { location: "Downtown store" },
      actions: [{ kind: "pick_up", messageKey: "tracking.action.pick_up", params: {}, url: null }, contactSupport],
    });
    expect(view.overall.state).toBe("ready_for_pickup");
    expect(view.atRisk).toBe(false);
  });

  it("completes the pickup timeline once the order is collected", () => {
    const view = build(scenarios.localPickupCollected());
    const pkg = onlyPackage(view);
    expect(pkg.steps.every((step) => step.state === "done")).toBe(true);
    expect(stepOf(pkg, "picked_up").at).toEqual(new Date("2025-06-12T17:00:00Z"));
    expect(pkg.exception).toBeNull();
    expect(view.overall.state).toBe("picked_up");
  });

  it("never tells a shopper a pickup was collected when Shopify only says 'fulfilled'", () => {
    const facts = scenarios.localPickupReady();
    facts.fulfillments[0].displayStatus = "FULFILLED";
    expect(onlyPackage(build(facts)).currentStep).toBe("ready_for_pickup");
  });

  it("turns a parcel held at a carrier's pickup point into a pickup timeline", () => {
    const view = build(scenarios.carrierPickupPoint());
    const pkg = onlyPackage(view);
    expect(pkg.deliveryFlow).toBe("pickup_point");
    expect(stepStates(pkg.steps).slice(-3)).toEqual(["in_transit:done", "ready_for_pickup:current", "picked_up:upcoming"]);
    expect(pkg.exception).toMatchObject({
      kind: "ready_for_pickup",
      messageKey: "tracking.exception.ready_for_pickup.carrier",
    });
    expect(pkg.exception?.actions.map((action) => action.kind)).toEqual(["track_with_carrier", "contact_support"]);
  });

  it("follows each fulfillment order's delivery method in an order that mixes shipping and pickup", () => {
    const view = build(
      order({
        fulfillmentOrders: [
          fulfillmentOrder({ id: "gid://shopify/FulfillmentOrder/1" }),
          fulfillmentOrder({ id: "gid://shopify/FulfillmentOrder/2", deliveryMethod: { methodType: "PICK_UP" } }),
        ],
        fulfillments: [
          fulfillment({ id: "gid://shopify/Fulfillment/1", displayStatus: "IN_TRANSIT" }),
          fulfillment({
            id: "gid://shopify/Fulfillment/2",
            displayStatus: "READY_FOR_PICKUP",
            trackingInfo: [],
            fulfillmentOrderIds: ["gid://shopify/FulfillmentOrder/2"],
          }),
        ],
      }),
    );
    expect(view.packages.map((pkg) => [pkg.deliveryFlow, pkg.currentStep])).toEqual([
      ["shipping", "in_transit"],
      ["local_pickup", "ready_for_pickup"],
    ]);
    expect(view.overall.state).toBe("ready_for_pickup");
  });
});

describe("buildTrackingView: cancellations and refunds", () => {
  it("explains a cancelled order and its refund, and has nothing left to prepare", () => {
    const view = build(scenarios.cancelled());
    expect(view.overall.state).toBe("cancelled");
    expect(view.unfulfilledItems).toEqual([]);
    expect(view.exceptions).toEqual([
      {
        kind: "cancelled",
        severity: "info",
        fulfillmentId: null,
        at: new Date("2025-06-10T15:00:00Z"),
        messageKey: "tracking.exception.cancelled.customer",
        params: {},
        actions: [contactSupport],
      },
      {
        kind: "refunded",
        severity: "info",
        fulfillmentId: null,
        at: new Date("2025-06-10T15:00:00Z"),
        messageKey: "tracking.exception.refunded.amount",
        params: { amount: { amount: "80.00", currencyCode: "USD" } },
        actions: [contactSupport],
      },
    ]);
    expect(view.atRisk).toBe(false);
  });

  it("never tells a shopper their order was cancelled for fraud", () => {
    const view = build({ ...scenarios.cancelled(), cancelReason: "FRAUD" });
    expect(view.exceptions[0].messageKey).toBe("tracking.exception.cancelled");
  });

  it("headlines a fully refunded order as refunded, with the amount", () => {
    const view = build(scenarios.fullyRefunded());
    expect(view.overall.state).toBe("refunded");
    expect(view.exceptions).toEqual([
      expect.objectContaining({
        kind: "refunded",
        messageKey: "tracking.exception.refunded.amount",
        params: { amount: { amount: "80.00", currencyCode: "USD" } },
      }),
    ]);
  });

  it("adds a partial refund to a delivered order, summing the refunds exactly", () => {
    const view = build(scenarios.partiallyRefunded());
    expect(view.overall.state).toBe("delivered");
    expect(view.exceptions).toEqual([
      expect.objectContaining({
        kind: "partially_refunded",
        at: new Date("2025-06-18T10:00:00Z"),
        messageKey: "tracking.exception.partially_refunded.amount",
        params: { amount: { amount: "15.50", currencyCode: "USD" } },
      }),
    ]);
  });

  it("works the refund out from the amounts when the financial status is missing", () => {
    const partial = build({ ...scenarios.partiallyRefunded(), displayFinancialStatus: null });
    expect(partial.exceptions.map((exception) => exception.kind)).toEqual(["partially_refunded"]);
    const full = build({ ...scenarios.fullyRefunded(), displayFinancialStatus: null });
    expect(full.overall.state).toBe("refunded");
  });

  it("does not chase a delayed package of an order that was refunded in full", () => {
    const view = build({ ...scenarios.delayed(), displayFinancialStatus: "REFUNDED" });
    expect(view.overall.state).toBe("refunded");
    expect(view.atRisk).toBe(false);
  });
});

describe("buildTrackingView: robustness", () => {
  it("treats values from a newer API version as the nearest safe state and reports them", () => {
    const view = build(scenarios.futureApiValues());
    const pkg = onlyPackage(view);
    // The carrier's known events still place the package; nothing unknown is claimed.
    expect(pkg.currentStep).toBe("in_transit");
    expect(pkg.exception).toBeNull();
    expect(view.overall.state).toBe("in_transit");
    expect(view.unrecognizedValues).toEqual([
      "FulfillmentDisplayStatus.RETURNING_TO_SENDER",
      "FulfillmentEventStatus.BUYER_ACTION_REQUIRED",
      "FulfillmentStatus.RETURNED_TO_SENDER",
    ]);
  });

  it("falls back to 'being prepared' when nothing about a fulfillment is recognised", () => {
    const view = build(
      order({
        displayFulfillmentStatus: "SOMETHING_NEW",
        fulfillmentOrders: [fulfillmentOrder({ status: "NEW_STATUS", deliveryMethod: { methodType: "DRONE" } })],
        fulfillments: [fulfillment({ status: "NEW", displayStatus: "NEW", events: [event("NEW", "2025-06-12T00:00:00Z")] })],
      }),
    );
    expect(onlyPackage(view)).toMatchObject({ deliveryFlow: "shipping", currentStep: "preparing", exception: null });
    expect(view.unrecognizedValues).toContain("DeliveryMethodType.DRONE");
  });

  it("refuses tracking links that are not http(s), since the page renders them as links", () => {
    const pkg = onlyPackage(
      build(shipped({ trackingInfo: [{ company: "UPS", number: "1Z", url: "javascript:alert(1)" }] })),
    );
    expect(pkg.trackingUrl).toBeNull();
    expect(pkg.trackingNumber).toBe("1Z");
  });

  it("keeps every tracking number of a package that went out under several", () => {
    const pkg = onlyPackage(
      build(
        shipped({
          trackingInfo: [
            { company: "UPS", number: "1Z1", url: null },
            { company: "UPS", number: "1Z2", url: "https://www.ups.com/track?tracknum=1Z2" },
          ],
        }),
      ),
    );
    expect(pkg.trackingNumber).toBe("1Z1");
    expect(pkg.additionalTracking).toEqual([
      { company: "UPS", number: "1Z2", url: "https://www.ups.com/track?tracknum=1Z2" },
    ]);
  });

  it("ignores events with unreadable dates instead of failing", () => {
    const view = build(shipped({ events: [event("IN_TRANSIT", "not a date")] }));
    expect(onlyPackage(view).currentStep).toBe("shipped");
  });

  it("places every status in every delivery flow", () => {
    const keys: TimelineStepKey[] = [
      "ordered",
      "confirmed",
      "preparing",
      "shipped",
      "in_transit",
      "out_for_delivery",
      "delivered",
      "ready_for_pickup",
      "picked_up",
    ];
    for (const flow of Object.keys(FLOW_STEPS) as DeliveryFlow[]) {
      for (const key of keys) expect(FLOW_STEPS[flow], `${key} in ${flow}`).toContain(projectStep(flow, key));
    }
  });
});

describe("message keys", () => {
  it("every key a view uses exists in English, Arabic and French", () => {
    const used = new Set<string>();
    for (const scenario of Object.values(scenarios)) {
      const view = build(scenario());
      used.add(view.overall.messageKey);
      used.add(view.support.subjectKey);
      for (const steps of [...view.packages, ...view.unfulfilledItems].map((timeline) => timeline.steps)) {
        for (const step of steps) used.add(step.messageKey);
      }
      for (const group of view.unfulfilledItems) used.add(group.messageKey);
      for (const exception of view.exceptions) {
        used.add(exception.messageKey);
        for (const action of exception.actions) used.add(action.messageKey);
      }
    }
    expect(used.size).toBeGreaterThan(40);
    for (const key of used) {
      expect(Object.hasOwn(trackingMessages, key), key).toBe(true);
      const texts = trackingMessages[key as keyof typeof trackingMessages];
      for (const locale of TRACKING_LOCALES) expect(texts[locale], `${key} ${locale}`).toBeTruthy();
    }
  });
});
