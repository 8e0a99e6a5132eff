// The orders the timeline tests read: a shipped order by default, and named
// scenarios for every state Shopify can report.
import { expect } from "vitest";
import type { TimelineStepKey } from "./statuses";
import { buildTrackingView } from "./timeline";
import type {
  FulfillmentEventFact,
  FulfillmentFact,
  FulfillmentOrderFact,
  OrderTrackingFacts,
  PackageTimeline,
  TimelineStep,
  TrackingView,
} from "./timeline-facts";

export const NOW = new Date("2025-06-20T12:00:00.000Z");
export const ORDER_NAME = "#1001";
export const UPS_URL = "https://www.ups.com/track?tracknum=1Z999AA10123456784";

// ---------------------------------------------------------------------------
// Facts shaped like the Admin API's answers.

export function fulfillmentOrder(overrides: Partial<FulfillmentOrderFact> = {}): FulfillmentOrderFact {
  return {
    id: "gid://shopify/FulfillmentOrder/1",
    status: "CLOSED",
    deliveryMethod: { methodType: "SHIPPING" },
    lineItems: [{ title: "Linen shirt", variantTitle: "M / Sand", totalQuantity: 1, remainingQuantity: 0 }],
    ...overrides,
  };
}

export function fulfillment(overrides: Partial<FulfillmentFact> = {}): FulfillmentFact {
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

export function event(
  status: FulfillmentEventFact["status"],
  happenedAt: string,
  extra: Partial<FulfillmentEventFact> = {},
): FulfillmentEventFact {
  return { status, happenedAt, message: null, ...extra };
}

export function order(overrides: Partial<OrderTrackingFacts> = {}): OrderTrackingFacts {
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
export const inTransitEvents = [
  event("CONFIRMED", "2025-06-11T10:00:00Z"),
  event("IN_TRANSIT", "2025-06-12T08:00:00Z", { message: "Departed facility", estimatedDeliveryAt: "2025-06-22T00:00:00Z" }),
];

export function shipped(overrides: Partial<FulfillmentFact> = {}): OrderTrackingFacts {
  return order({ fulfillments: [fulfillment(overrides)] });
}

export const scenarios = {
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
      fulfillmentOrders: [fulfillmentOrder({ deliveryMethod: { methodType: "PICK_UP" }, assignedLocation: { name: "Downtown store" } })],
      fulfillments: [fulfillment({ displayStatus: "READY_FOR_PICKUP", trackingInfo: [], createdAt: "2025-06-11T16:00:00Z" })],
    }),
  localPickupCollected: () =>
    order({
      fulfillmentOrders: [fulfillmentOrder({ deliveryMethod: { methodType: "PICK_UP" } })],
      fulfillments: [fulfillment({ displayStatus: "PICKED_UP", trackingInfo: [], deliveredAt: "2025-06-12T17:00:00Z" })],
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

export function build(facts: OrderTrackingFacts): TrackingView {
  return buildTrackingView(facts, { now: NOW });
}

/** The single package of a view. */
export function onlyPackage(view: TrackingView): PackageTimeline {
  expect(view.packages).toHaveLength(1);
  return view.packages[0];
}

/** A timeline as "key:state" strings, which read like the page. */
export function stepStates(steps: PackageTimeline["steps"]): string[] {
  return steps.map((step) => `${step.key}:${step.state}`);
}

export function stepOf(timeline: { steps: TimelineStep[] }, key: TimelineStepKey): TimelineStep {
  const step = timeline.steps.find((candidate) => candidate.key === key);
  if (!step) throw new Error(`no ${key} step`);
  return step;
}

export const contactSupport = {
  kind: "contact_support",
  messageKey: "tracking.action.contact_support",
  params: { orderName: ORDER_NAME },
  url: null,
};

// ---------------------------------------------------------------------------

/** The order's headline, with nothing wrong and nothing for the merchant to chase. */
export function expectCalm(view: TrackingView, state: TrackingView["overall"]["state"], messageKey: string) {
  expect(view.overall).toEqual({ state, messageKey, params: { orderName: ORDER_NAME } });
  expect(view.exceptions).toEqual([]);
  expect(view.atRisk).toBe(false);
}

/** The shipping flow's steps, as the shopper reads them. */
const SHIPPING_STEPS = ["ordered", "confirmed", "preparing", "shipped", "in_transit", "out_for_delivery", "delivered"];

/** stepStates() of a shipped package at `current`: the steps before it done, those after it upcoming. */
export function shippingStatesAt(current: string): string[] {
  const index = SHIPPING_STEPS.indexOf(current);
  if (index < 0) throw new Error(`${current} is not a shipping step`);
  return SHIPPING_STEPS.map((step, position) => `${step}:${position < index ? "done" : position === index ? "current" : "upcoming"}`);
}
