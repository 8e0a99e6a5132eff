import { describe, expect, it } from "vitest";
import { outcomePeriod, summarizeOutcomes, type OutcomeGroup } from "./outcomes";

const FROM = new Date("2026-10-17T00:00:00Z");
const IN_PERIOD = new Date("2026-11-01T12:00:00Z");
const BEFORE = new Date("2026-10-01T12:00:00Z");
const FROM_MINUS_ONE = new Date(FROM.getTime() - 1);

interface Draft {
  /** The exchange variant itself is on the draft order. */
  exchangeOn: boolean;
  paidAt: Date | null;
}

const row = (
  offerId: string,
  agentId: string | null,
  status: string,
  money: { kept?: bigint; upsell?: bigint; bonus?: bigint; currencyCode?: string; draft?: Draft; createdAt?: Date } = {},
): OutcomeGroup => ({
  offerId,
  agentId,
  status,
  currencyCode: money.currencyCode ?? "USD",
  outcomes: 1,
  keptMinor: money.kept ?? 0n,
  upsellMinor: money.upsell ?? 0n,
  bonusCostMinor: money.bonus ?? 0n,
  madeInPeriod: (money.createdAt ?? IN_PERIOD) >= FROM,
  onDraftOrder: money.draft !== undefined,
  exchangeOnDraftOrder: money.draft?.exchangeOn ?? false,
  paid: (money.draft?.paidAt ?? null) !== null,
  paidInPeriod: (money.draft?.paidAt ?? FROM_MINUS_ONE) >= FROM,
});

describe("outcome figures", () => {
  // A fixture with known answers.
  const outcomes = [
    // A pricier new cut on a draft order the shopper paid: everything counts.
    row("new-cut", "chloe", "accepted", { kept: 8900n, upsell: 900n, bonus: 1410n, draft: { exchangeOn: true, paidAt: IN_PERIOD } }),
    // Another, not paid yet: nothing counts, 150.00 awaits payment.
    row("new-cut", "chloe", "accepted", { kept: 10000n, upsell: 5000n, bonus: 4500n, draft: { exchangeOn: true, paidAt: null } }),
    row("new-cut", "omar", "refused"),
    row("new-cut", null, "requested"),
    row("size-swap", "omar", "accepted", { kept: 8900n }),
    row("size-swap", "omar", "accepted", { kept: 2800n }),
    row("size-swap", "chloe", "shown"),
    row("size-swap", "chloe", "accepted", { kept: 1n, upsell: 2n, bonus: 3n, currencyCode: "EUR" }),
    // Offered before the period, its upsell's draft order paid in it: the upsell and its discount count, not the offer.
    row("size-swap", "omar", "accepted", {
      kept: 8900n,
      upsell: 4500n,
      bonus: 900n,
      createdAt: BEFORE,
      draft: { exchangeOn: false, paidAt: IN_PERIOD },
    }),
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

  it("adds up kept + upsell − bonus cost per offer, counting a draft order's figures once it is paid", () => {
    const none = { awaitingMinor: 0n, awaitingDraftOrders: 0 };
    expect(summary.byOffer).toEqual([
      {
        key: "new-cut",
        label: "New cut + belt",
        shown: 4,
        accepted: 2,
        refused: 1,
        pending: 1,
        keptMinor: 8900n,
        upsellMinor: 900n,
        bonusCostMinor: 1410n,
        netMinor: 8390n,
        awaitingMinor: 15000n,
        awaitingDraftOrders: 1,
        acceptanceBps: 6666,
      },
      {
        key: "size-swap",
        label: "Size swap",
        shown: 3,
        accepted: 2,
        refused: 0,
        pending: 1,
        keptMinor: 11700n,
        upsellMinor: 4500n,
        bonusCostMinor: 900n,
        netMinor: 15300n,
        ...none,
        acceptanceBps: 10000,
      },
      {
        key: "unused",
        label: "Unused",
        shown: 0,
        accepted: 0,
        refused: 0,
        pending: 0,
        keptMinor: 0n,
        upsellMinor: 0n,
        bonusCostMinor: 0n,
        netMinor: 0n,
        ...none,
        acceptanceBps: null,
      },
    ]);
  });

  it("adds up the same money per agent, with requests no agent took yet apart", () => {
    expect(summary.byAgent.map((agent) => [agent.label, agent.shown, agent.accepted, agent.netMinor, agent.awaitingMinor])).toEqual([
      ["Chloe", 3, 2, 8390n, 15000n],
      ["Omar", 3, 2, 15300n, 0n],
      ["No agent yet (self-service)", 1, 0, 0n, 0n],
    ]);
    const sum = (key: "keptMinor" | "upsellMinor" | "bonusCostMinor" | "netMinor" | "awaitingMinor") =>
      summary.byAgent.reduce((total, agent) => total + agent[key], 0n);
    for (const key of ["keptMinor", "upsellMinor", "bonusCostMinor", "netMinor", "awaitingMinor"] as const) {
      expect(sum(key)).toBe(summary.totals[key]);
      expect(summary.byOffer.reduce((total, offer) => total + offer[key], 0n)).toBe(summary.totals[key]);
    }
    expect(summary.totals).toMatchObject({ netMinor: 23690n, awaitingMinor: 15000n, awaitingDraftOrders: 1 });
  });

  it("leaves rows in another currency out, and says how many", () => {
    expect(summary.otherCurrencyRows).toBe(1);
    expect(summary.totals.shown).toBe(7);
  });

  it("reads outcomes the database grouped as it reads them one by one", () => {
    // Each outcome twice, as a group of two with its money summed: every count and amount doubles.
    const doubled = summarizeOutcomes(
      outcomes.map((outcome) => ({
        ...outcome,
        outcomes: 2,
        keptMinor: outcome.keptMinor * 2n,
        upsellMinor: outcome.upsellMinor * 2n,
        bonusCostMinor: outcome.bonusCostMinor * 2n,
      })),
      { currencyCode: "USD", offers: [], agents: [] },
    );
    // Every count and amount doubles; the acceptance rate, a ratio, stays.
    const twice = (name: string, value: unknown) =>
      typeof value === "bigint" ? value * 2n : typeof value === "number" && name !== "acceptanceBps" ? value * 2 : value;
    expect(doubled.totals).toEqual(Object.fromEntries(Object.entries(summary.totals).map(([name, value]) => [name, twice(name, value)])));
    expect(doubled.otherCurrencyRows).toBe(2);
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
