import { describe, expect, it } from "vitest";
import { assessShipment, withEvent, type ShipmentFacts, type StoredShipmentEvent } from "./shipment-risk";

const NOW = new Date("2026-06-20T12:00:00.000Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

function event(id: string, status: string, at: Date, estimatedDeliveryAt: Date | null = null): StoredShipmentEvent {
  return { id, status, happenedAt: at.toISOString(), message: null, estimatedDeliveryAt: estimatedDeliveryAt?.toISOString() ?? null };
}

function shipment(overrides: Partial<ShipmentFacts> = {}): ShipmentFacts {
  return {
    fulfillmentId: "1",
    status: "SUCCESS",
    shipmentStatus: null,
    statusChangedAt: null,
    shippedAt: daysAgo(3),
    estimatedDeliveryAt: null,
    tracking: { company: "UPS", number: "1Z1", url: "https://ups.example/1Z1" },
    events: [],
    ...overrides,
  };
}

describe("assessShipment", () => {
  it("finds a package on its way with recent scans safe", () => {
    const assessed = assessShipment(shipment({ events: [event("1", "IN_TRANSIT", daysAgo(1))] }), { now: NOW });
    expect(assessed).toMatchObject({ open: true, deliveredAt: null, risks: [] });
  });

  it("dates a delay from the carrier's event", () => {
    const delayed = daysAgo(1);
    const assessed = assessShipment(shipment({ events: [event("1", "IN_TRANSIT", daysAgo(2)), event("2", "DELAYED", delayed)] }), {
      now: NOW,
    });
    expect(assessed.risks).toEqual([{ kind: "delayed", since: delayed }]);
  });

  it("reads a failed attempt, and a failure, as the carrier reports them", () => {
    expect(assessShipment(shipment({ events: [event("1", "ATTEMPTED_DELIVERY", daysAgo(1))] }), { now: NOW }).risks[0]?.kind).toBe(
      "attempted_delivery",
    );
    expect(assessShipment(shipment({ events: [event("1", "FAILURE", daysAgo(1))] }), { now: NOW }).risks[0]?.kind).toBe("failure");
  });

  it("marks a package past its estimated delivery, after a day's grace", () => {
    const eta = daysAgo(2);
    const assessed = assessShipment(shipment({ events: [event("1", "IN_TRANSIT", daysAgo(1), eta)] }), { now: NOW });
    expect(assessed.risks).toEqual([{ kind: "past_estimated_delivery", since: eta }]);
    expect(
      assessShipment(shipment({ events: [event("1", "IN_TRANSIT", daysAgo(1), new Date(NOW.getTime() - 3_600_000))] }), { now: NOW }).risks,
    ).toEqual([]);
  });

  it("calls a package with no carrier scan for N days stuck", () => {
    const last = daysAgo(6);
    const facts = shipment({ shippedAt: daysAgo(8), events: [event("1", "IN_TRANSIT", last)] });
    expect(assessShipment(facts, { now: NOW }).risks).toEqual([{ kind: "no_movement", since: last }]);
    expect(assessShipment(facts, { now: NOW, stalledAfterDays: 7 }).risks).toEqual([]);
  });

  it("closes a delivered package: nothing to watch, no risk, even after a delay", () => {
    const assessed = assessShipment(
      shipment({ events: [event("1", "DELAYED", daysAgo(3)), event("2", "DELIVERED", daysAgo(1))], estimatedDeliveryAt: daysAgo(4) }),
      { now: NOW },
    );
    expect(assessed).toMatchObject({ open: false, deliveredAt: daysAgo(1), risks: [] });
  });

  it("reads the shipment status alone when no carrier event came (fulfillments/update only)", () => {
    const changed = daysAgo(1);
    const assessed = assessShipment(shipment({ shipmentStatus: "DELAYED", statusChangedAt: changed }), { now: NOW });
    expect(assessed.risks).toEqual([{ kind: "delayed", since: changed }]);
  });

  it("keeps a cancelled fulfillment out of the watch", () => {
    expect(assessShipment(shipment({ status: "CANCELLED", shippedAt: daysAgo(20) }), { now: NOW })).toMatchObject({ open: false });
  });
});

describe("withEvent", () => {
  it("adds an event once, in the order events happened", () => {
    const later = event("2", "DELAYED", daysAgo(1));
    const earlier = event("1", "IN_TRANSIT", daysAgo(2));
    const events = withEvent(withEvent([later], earlier), later);
    expect(events.map((e) => e.id)).toEqual(["1", "2"]);
  });
});

describe("assessShipment with both webhooks", () => {
  it("lets a carrier event newer than the shipment status speak for the package", () => {
    const delayed = daysAgo(0.5);
    const facts = shipment({
      shipmentStatus: "IN_TRANSIT",
      statusChangedAt: daysAgo(1),
      events: [event("1", "IN_TRANSIT", daysAgo(1)), event("2", "DELAYED", delayed)],
    });
    expect(assessShipment(facts, { now: NOW }).risks).toEqual([{ kind: "delayed", since: delayed }]);
  });
});
