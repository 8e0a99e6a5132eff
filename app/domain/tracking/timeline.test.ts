import { describe, expect, it } from "vitest";
import { buildTrackingView } from "./timeline";
import {
  NOW,
  ORDER_NAME,
  UPS_URL,
  event,
  shipped,
  scenarios,
  build,
  onlyPackage,
  stepStates,
  stepOf,
  contactSupport,
  expectCalm,
  shippingStatesAt,
} from "./timeline.fixture";

describe("buildTrackingView: shipping", () => {
  it("shows a printed label as packed and waiting for the carrier, with the tracking number already", () => {
    const view = build(scenarios.labelPrinted());
    const pkg = onlyPackage(view);
    expect(stepStates(pkg.steps)).toEqual(shippingStatesAt("preparing"));
    expect(stepOf(pkg, "preparing")).toMatchObject({
      messageKey: "tracking.step.preparing.label_created",
      at: new Date("2025-06-11T10:00:00Z"),
    });
    expect(pkg).toMatchObject({ carrier: "UPS", trackingNumber: "1Z999AA10123456784", trackingUrl: UPS_URL });
    expectCalm(view, "preparing", "tracking.overall.label_created");
  });

  it("lets the carrier's LABEL_PRINTED event outrank a generic CONFIRMED display status", () => {
    const facts = scenarios.labelPrinted();
    facts.fulfillments[0].displayStatus = "CONFIRMED";
    expect(onlyPackage(build(facts)).currentStep).toBe("preparing");
  });

  it("treats the carrier collecting the parcel as progress, not an exception", () => {
    // CARRIER_PICKED_UP is good news: an exception would send shoppers to support for nothing.
    const view = build(shipped({ displayStatus: "CARRIER_PICKED_UP", events: [event("CARRIER_PICKED_UP", "2025-06-11T17:00:00Z")] }));
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
    expect(stepStates(pkg.steps)).toEqual(shippingStatesAt("in_transit"));
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
    expect(view.atRiskReasons).toEqual([{ kind: "past_estimated_delivery", fulfillmentId: "gid://shopify/Fulfillment/1", since: eta }]);
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
    expect(view.unfulfilledItems.map((group) => group.items)).toEqual([[{ title: "Linen shirt", variantTitle: null, quantity: 1 }]]);
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
    expect(stepStates(group.steps).slice(0, 4)).toEqual(["ordered:done", "confirmed:done", "preparing:current", "shipped:upcoming"]);
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
    expectCalm(view, "preparing", "tracking.overall.preparing");
  });

  it("shows an order whose inventory is not reserved yet as received", () => {
    const view = build({ ...scenarios.newOrder(), confirmed: false });
    expect(view.overall.state).toBe("received");
    expect(stepStates(view.unfulfilledItems[0].steps).slice(0, 3)).toEqual(["ordered:current", "confirmed:upcoming", "preparing:upcoming"]);
  });

  it("says when items are on hold or scheduled", () => {
    const onHold = build(scenarios.onHold());
    expect(onHold.overall.state).toBe("on_hold");
    expect(onHold.unfulfilledItems[0]).toMatchObject({ state: "on_hold", messageKey: "tracking.pending.on_hold" });
    expect(stepOf(onHold.unfulfilledItems[0], "preparing").messageKey).toBe("tracking.step.preparing.on_hold");

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
