import { describe, expect, it } from "vitest";
import { outcomePeriod, summarizeOutcomes, type OutcomeFigures } from "./outcomes";

const row = (offerId: string, agentId: string | null, status: string, kept = 0n, upsell = 0n, bonus = 0n, currencyCode = "USD"): OutcomeFigures => ({
  offerId,
  agentId,
  status,
  currencyCode,
  keptMinor: kept,
  upsellMinor: upsell,
  bonusCostMinor: bonus,
});

describe("outcome figures", () => {
  // A fixture with known answers.
  const outcomes = [
    row("new-cut", "chloe", "accepted", 8900n, 900n, 1410n),
    row("new-cut", "chloe", "accepted", 10000n, 5000n, 4500n),
    row("new-cut", "omar", "refused"),
    row("new-cut", null, "requested"),
    row("size-swap", "omar", "accepted", 8900n, 0n, 0n),
    row("size-swap", "omar", "accepted", 2800n, 0n, 0n),
    row("size-swap", "chloe", "shown"),
    row("size-swap", "chloe", "accepted", 1n, 2n, 3n, "EUR"),
  ];
  const summary = summarizeOutcomes(outcomes, {
    currencyCode: "USD",
    offers: [
      { id: "new-cut", name: "New cut + belt" },
      { id: "size-swap", name: "Size swap" },
      { id: "unused", name: "Unused" },
    ],
    agents: [
      { id: "chloe", name: "Chloe" },
      { id: "omar", name: "Omar" },
    ],
  });

  it("adds up kept + upsell − bonus cost per offer", () => {
    expect(summary.byOffer).toEqual([
      { key: "new-cut", label: "New cut + belt", shown: 4, accepted: 2, refused: 1, pending: 1, keptMinor: 18900n, upsellMinor: 5900n, bonusCostMinor: 5910n, netMinor: 18890n, acceptanceBps: 6666 },
      { key: "size-swap", label: "Size swap", shown: 3, accepted: 2, refused: 0, pending: 1, keptMinor: 11700n, upsellMinor: 0n, bonusCostMinor: 0n, netMinor: 11700n, acceptanceBps: 10000 },
      { key: "unused", label: "Unused", shown: 0, accepted: 0, refused: 0, pending: 0, keptMinor: 0n, upsellMinor: 0n, bonusCostMinor: 0n, netMinor: 0n, acceptanceBps: null },
    ]);
  });

  it("adds up the same money per agent, with requests no agent took yet apart", () => {
    expect(summary.byAgent.map((agent) => [agent.label, agent.shown, agent.accepted, agent.netMinor])).toEqual([
      ["Chloe", 3, 2, 18890n],
      ["Omar", 3, 2, 11700n],
      ["No agent yet (self-service)", 1, 0, 0n],
    ]);
    const sum = (key: "keptMinor" | "upsellMinor" | "bonusCostMinor" | "netMinor") => summary.byAgent.reduce((total, agent) => total + agent[key], 0n);
    for (const key of ["keptMinor", "upsellMinor", "bonusCostMinor", "netMinor"] as const) {
      expect(sum(key)).toBe(summary.totals[key]);
      expect(summary.byOffer.reduce((total, offer) => total + offer[key], 0n)).toBe(summary.totals[key]);
    }
    expect(summary.totals.netMinor).toBe(30590n);
  });

  it("leaves rows in another currency out, and says how many", () => {
    expect(summary.otherCurrencyRows).toBe(1);
    expect(summary.totals.shown).toBe(7);
  });
});

describe("the period picker", () => {
  it("offers the last 30 or 90 days, 30 by default", () => {
    const now = new Date("2026-11-16T00:00:00Z");
    expect(outcomePeriod("90", now)).toEqual({ days: 90, from: new Date("2026-08-18T00:00:00Z") });
    expect(outcomePeriod("7", now).days).toBe(30);
    expect(outcomePeriod(null, now)).toEqual({ days: 30, from: new Date("2026-10-17T00:00:00Z") });
  });
});
