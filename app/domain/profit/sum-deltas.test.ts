import { describe, expect, it } from "vitest";
import { creditChanges, mergeChanges, orderDayChanges, splitDay } from "./sum-deltas";

const order = (overrides: Partial<Parameters<typeof orderDayChanges>[0] & object> = {}) => ({
  processedAt: new Date("2026-11-30T23:30:00Z"),
  currencyCode: "USD",
  cancelledAt: null,
  totalPriceMinor: 12_000n,
  refundedMinor: 0n,
  ...overrides,
});

describe("orderDayChanges", () => {
  it("adds a new order to its day on the shop's clock", () => {
    // 23:30 UTC on the 30th is 18:30 in New York, but 03:30 on the 1st in Dubai.
    expect(orderDayChanges(null, order(), "America/New_York")).toEqual([
      { day: "2026-11-30", currencyCode: "USD", orders: 1, cancelledOrders: 0, grossMinor: 12_000n, refundedMinor: 0n },
    ]);
    expect(orderDayChanges(null, order(), "Asia/Dubai")[0].day).toBe("2026-12-01");
  });

  it("moves only the difference: a refund adds to the refunded sum, a cancellation moves the order out of the live counts", () => {
    expect(orderDayChanges(order(), order({ refundedMinor: 3_000n }), "UTC")).toEqual([
      { day: "2026-11-30", currencyCode: "USD", orders: 0, cancelledOrders: 0, grossMinor: 0n, refundedMinor: 3_000n },
    ]);
    expect(orderDayChanges(order({ refundedMinor: 3_000n }), order({ refundedMinor: 3_000n, cancelledAt: new Date() }), "UTC")).toEqual([
      { day: "2026-11-30", currencyCode: "USD", orders: -1, cancelledOrders: 1, grossMinor: -12_000n, refundedMinor: 0n },
    ]);
  });

  it("takes an order off one day and adds it to another when its date changes, and changes nothing for nothing", () => {
    const moved = orderDayChanges(order(), order({ processedAt: new Date("2026-12-02T12:00:00Z") }), "UTC");
    expect(moved).toEqual([
      { day: "2026-11-30", currencyCode: "USD", orders: -1, cancelledOrders: 0, grossMinor: -12_000n, refundedMinor: 0n },
      { day: "2026-12-02", currencyCode: "USD", orders: 1, cancelledOrders: 0, grossMinor: 12_000n, refundedMinor: 0n },
    ]);
    expect(orderDayChanges(order(), order(), "UTC")).toEqual([]);
  });

  it("adds changes of one day together and drops those that cancel out", () => {
    const changes = [
      ...orderDayChanges(null, order(), "UTC"),
      ...orderDayChanges(null, order({ totalPriceMinor: 500n }), "UTC"),
      ...orderDayChanges(order(), null, "UTC"),
    ];
    expect(mergeChanges(changes, splitDay)).toEqual([
      { day: "2026-11-30", currencyCode: "USD", orders: 1, cancelledOrders: 0, grossMinor: 500n, refundedMinor: 0n },
    ]);
  });
});

describe("creditChanges", () => {
  const credit = {
    month: "2026-11",
    source: "agent_code",
    agentId: "chloe",
    currencyCode: "USD",
    cancelled: false,
    grossMinor: 10_000n,
    refundedMinor: 0n,
    netMinor: 10_000n,
    commissionMinor: 750n,
  };

  it("moves a credit from one agent's sum to another's, and counts a cancelled credit without its money", () => {
    expect(creditChanges(credit, { ...credit, agentId: "marcus", commissionMinor: 1_000n })).toEqual([
      {
        month: "2026-11",
        source: "agent_code",
        agentKey: "chloe",
        currencyCode: "USD",
        orders: -1,
        cancelledOrders: 0,
        grossMinor: -10_000n,
        refundedMinor: 0n,
        netMinor: -10_000n,
        commissionMinor: -750n,
      },
      {
        month: "2026-11",
        source: "agent_code",
        agentKey: "marcus",
        currencyCode: "USD",
        orders: 1,
        cancelledOrders: 0,
        grossMinor: 10_000n,
        refundedMinor: 0n,
        netMinor: 10_000n,
        commissionMinor: 1_000n,
      },
    ]);
    expect(creditChanges(credit, { ...credit, cancelled: true, netMinor: 0n, commissionMinor: 0n })).toEqual([
      {
        month: "2026-11",
        source: "agent_code",
        agentKey: "chloe",
        currencyCode: "USD",
        orders: -1,
        cancelledOrders: 1,
        grossMinor: -10_000n,
        refundedMinor: 0n,
        netMinor: -10_000n,
        commissionMinor: -750n,
      },
    ]);
  });
});
