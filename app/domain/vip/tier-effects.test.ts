// The effects of a customer's tier in Shopify: the tags to add and remove,
// and the change as the tier history tells it.
import { describe, expect, it } from "vitest";
import { describeTierChange, diffTags } from "./tier-effects";

describe("diffTags", () => {
  const allTierTags = ["VIP", "Senior", "Gold"];
  const senior = { tagsToAdd: ["VIP", "Senior"] };
  const gold = { tagsToAdd: ["VIP", "Gold"] };

  it("adds the tier's tags and records them as the app's", () => {
    expect(diffTags({ currentTags: ["newsletter"], appliedByApp: [], desiredTier: senior, allTierTags })).toEqual({
      add: ["VIP", "Senior"],
      remove: [],
      appOwned: ["VIP", "Senior"],
    });
  });

  it("never takes ownership of a tag the merchant set, and never removes it", () => {
    // The merchant tagged this customer VIP before Concierge was installed.
    const entering = diffTags({ currentTags: ["vip"], appliedByApp: [], desiredTier: senior, allTierTags });
    expect(entering).toEqual({ add: ["Senior"], remove: [], appOwned: ["Senior"] });

    // The customer later drops out of every tier: only the app's own tag goes.
    const leaving = diffTags({
      currentTags: ["vip", "Senior"],
      appliedByApp: entering.appOwned,
      desiredTier: null,
      allTierTags,
    });
    expect(leaving).toEqual({ add: [], remove: ["Senior"], appOwned: [] });
  });

  it("removes only the app's tag when a refund drops the customer below every tier", () => {
    expect(
      diffTags({
        currentTags: ["VIP", "Senior", "newsletter", "Gold"],
        appliedByApp: ["VIP", "Senior"],
        desiredTier: null,
        allTierTags,
      }),
    ).toEqual({ add: [], remove: ["VIP", "Senior"], appOwned: [] });
  });

  it("swaps only the app's tags when the customer switches tiers", () => {
    expect(
      diffTags({
        currentTags: ["VIP", "Senior", "newsletter"],
        appliedByApp: ["VIP", "Senior"],
        desiredTier: gold,
        allTierTags,
      }),
    ).toEqual({ add: ["Gold"], remove: ["Senior"], appOwned: ["VIP", "Gold"] });

    // Senior was the merchant's own tag here, so it survives the switch.
    expect(diffTags({ currentTags: ["VIP", "Senior"], appliedByApp: ["VIP"], desiredTier: gold, allTierTags })).toEqual({
      add: ["Gold"],
      remove: [],
      appOwned: ["VIP", "Gold"],
    });
  });

  it("compares tags case-insensitively and changes nothing when the tier's tags are in place", () => {
    expect(diffTags({ currentTags: ["vip", "SENIOR"], appliedByApp: ["VIP", "senior"], desiredTier: senior, allTierTags })).toEqual({
      add: [],
      remove: [],
      appOwned: ["vip", "SENIOR"],
    });
  });

  it("re-adds a tag of the tier the merchant removed, and forgets app tags no longer on the customer", () => {
    expect(diffTags({ currentTags: ["VIP"], appliedByApp: ["VIP", "Senior", "Gold"], desiredTier: senior, allTierTags })).toEqual({
      add: ["Senior"],
      remove: [],
      appOwned: ["VIP", "Senior"],
    });
  });

  it("leaves app-owned tags that no tier manages to the rest of the app", () => {
    expect(
      diffTags({
        currentTags: ["VIP", "exchange-offered"],
        appliedByApp: ["VIP", "exchange-offered"],
        desiredTier: null,
        allTierTags,
      }),
    ).toEqual({ add: [], remove: ["VIP"], appOwned: ["exchange-offered"] });
  });
});

describe("describeTierChange", () => {
  const reason = ["Qualifies for “Gold”: Order count 5 ≥ 5"];

  it("names entering, leaving, changing and staying", () => {
    expect(describeTierChange(null, { tierName: "Gold", ruleId: "r1" }, reason)).toEqual({
      kind: "entered",
      fromTier: null,
      toTier: "Gold",
      reason,
    });
    expect(describeTierChange({ tierName: "Gold" }, null, ["No tier applies"])).toMatchObject({
      kind: "left",
      fromTier: "Gold",
      toTier: null,
    });
    expect(describeTierChange({ tierName: "Gold" }, { tierName: "Platinum" }, reason)).toMatchObject({
      kind: "changed",
      fromTier: "Gold",
      toTier: "Platinum",
    });
    expect(describeTierChange({ tierName: "gold" }, { tierName: "Gold", ruleId: "r1" }, reason).kind).toBe("unchanged");
    expect(describeTierChange(null, null, ["No tier applies"]).kind).toBe("unchanged");
  });

  it("records a renamed tier as a change", () => {
    expect(describeTierChange({ tierName: "Gold", ruleId: "r1" }, { tierName: "Gold Plus", ruleId: "r1" }, reason).kind).toBe("changed");
  });
});
