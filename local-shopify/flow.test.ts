import { describe, expect, it } from "vitest";
import { flowPayloadProblems, readFlowTriggers } from "./flow";

describe("Flow triggers", () => {
  const triggers = readFlowTriggers();
  const atRisk = triggers.find((trigger) => trigger.handle === "shipment-at-risk")!;

  it("are read from the app's flow_trigger extensions, theme extensions left out", () => {
    expect(triggers.map((trigger) => trigger.handle).sort()).toEqual([
      "exchange-accepted",
      "exchange-requested",
      "reason-spike",
      "shipment-at-risk",
      "shipment-delivered",
      "shipment-stage",
      "vip-contacted",
      "vip-tier-changed",
      "welcome-due",
    ]);
    expect(atRisk.fields.map((field) => field.key ?? field.type)).toEqual([
      "order_reference",
      "Risk",
      "Carrier",
      "Tracking number",
      "Tracking page",
    ]);
  });

  it("accept a payload with every field of its type, and nothing else", () => {
    const payload = {
      order_id: 1001,
      Risk: "delayed",
      Carrier: "UPS",
      "Tracking number": "1Z",
      "Tracking page": "https://shop.example/track",
    };
    expect(flowPayloadProblems(atRisk, payload)).toEqual([]);
    expect(flowPayloadProblems(atRisk, { ...payload, order_id: "1001", "Tracking page": "not a url", Extra: 1 })).toEqual([
      "order_id must be the numeric id of the order",
      "Tracking page is not a valid url",
      "Extra is not a field of the trigger shipment-at-risk",
    ]);
    const { Risk: _risk, ...missing } = payload;
    expect(flowPayloadProblems(atRisk, missing)).toEqual(["Risk is missing"]);
    expect(flowPayloadProblems(atRisk, { ...payload, Carrier: "x".repeat(60_000) })).toContain("The payload is larger than 50000 bytes");
  });
});
