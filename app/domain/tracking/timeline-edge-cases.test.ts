// The timeline for pickups, cancellations and refunds, Shopify values it does
// not know, and the message keys it returns.
import { describe, expect, it } from "vitest";
import { TRACKING_LOCALES, trackingMessages } from "./messages";
import type { DeliveryFlow, TimelineStepKey } from "./statuses";
import { FLOW_STEPS, projectStep } from "./timeline-reading";
import {
  fulfillmentOrder,
  fulfillment,
  event,
  order,
  shipped,
  scenarios,
  build,
  onlyPackage,
  stepStates,
  stepOf,
  contactSupport,
} from "./timeline.fixture";

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
    const pkg = onlyPackage(build(shipped({ trackingInfo: [{ company: "UPS", number: "1Z", url: "javascript:alert(1)" }] })));
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
    expect(pkg.additionalTracking).toEqual([{ company: "UPS", number: "1Z2", url: "https://www.ups.com/track?tracknum=1Z2" }]);
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
