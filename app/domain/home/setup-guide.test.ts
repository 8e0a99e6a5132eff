import { describe, expect, it } from "vitest";
import { setupProgress, type SetupFacts } from "./setup-guide";

const nothing: SetupFacts = {
  chatBeaconSeen: false,
  trackingLookupSeen: false,
  marginEntered: false,
  teamCostsEntered: false,
  vipRules: 0,
  agents: 0,
};

describe("the setup guide's progress", () => {
  it("starts at 0 of 5 and opens on switching the chat trigger on", () => {
    expect(setupProgress(nothing)).toMatchObject({ completed: 0, total: 5, next: "chatTrigger" });
  });

  it("ticks each step from what Concierge has seen, and opens on the first one left", () => {
    const progress = setupProgress({ ...nothing, chatBeaconSeen: true, vipRules: 1 });
    expect(progress.completed).toBe(2);
    expect(progress.next).toBe("trackingPage");
    expect(progress.steps.filter((step) => step.done).map((step) => step.key)).toEqual(["chatTrigger", "vipRule"]);
  });

  it("asks for both the margin and the team's costs before ticking the profit step", () => {
    expect(setupProgress({ ...nothing, marginEntered: true }).steps[2]).toEqual({ key: "profitSettings", done: false });
    expect(setupProgress({ ...nothing, marginEntered: true, teamCostsEntered: true }).steps[2]).toEqual({
      key: "profitSettings",
      done: true,
    });
  });

  it("has nothing next once every step is done", () => {
    const all = { chatBeaconSeen: true, trackingLookupSeen: true, marginEntered: true, teamCostsEntered: true, vipRules: 2, agents: 3 };
    expect(setupProgress(all)).toMatchObject({ completed: 5, next: null });
  });
});
