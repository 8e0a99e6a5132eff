import { describe, expect, it } from "vitest";
import { awaitingPaymentText, EXCHANGE_ATTRIBUTE, exchangePaymentOf, figuresByMoment } from "./payments";

const figures = { keptMinor: 8900n, upsellMinor: 900n, bonusCostMinor: 1410n };

describe("when an accepted exchange's figures count", () => {
  it("without a draft order: all at acceptance, the return made them real", () => {
    expect(figuresByMoment({ ...figures, upsellMinor: 0n, onDraftOrder: false, exchangeOnDraftOrder: false })).toEqual({
      atAcceptance: { keptMinor: 8900n, upsellMinor: 0n, bonusCostMinor: 1410n },
      onPayment: { keptMinor: 0n, upsellMinor: 0n, bonusCostMinor: 0n },
    });
  });

  it("with an upsell on a draft order: the refund avoided at acceptance, the upsell and its discount once paid", () => {
    expect(
      figuresByMoment({ keptMinor: 8900n, upsellMinor: 4500n, bonusCostMinor: 900n, onDraftOrder: true, exchangeOnDraftOrder: false }),
    ).toEqual({
      atAcceptance: { keptMinor: 8900n, upsellMinor: 0n, bonusCostMinor: 0n },
      onPayment: { keptMinor: 0n, upsellMinor: 4500n, bonusCostMinor: 900n },
    });
  });

  it("with the exchange itself on the draft order: everything once paid", () => {
    expect(figuresByMoment({ ...figures, onDraftOrder: true, exchangeOnDraftOrder: true })).toEqual({
      atAcceptance: { keptMinor: 0n, upsellMinor: 0n, bonusCostMinor: 0n },
      onPayment: figures,
    });
  });
});

describe("the payment of an exchange's draft order", () => {
  const order = {
    orderId: "5001",
    cartAttributes: { [EXCHANGE_ATTRIBUTE]: "outcome-1", _concierge_return: "#1001-R1" },
    financialStatus: "paid",
    cancelledAt: null,
    shopifyUpdatedAt: new Date("2026-02-03T10:00:00Z"),
  };

  it("is read from the order made from it, on orders/paid or any event that shows it paid", () => {
    const payment = { outcomeId: "outcome-1", orderId: "5001", paidAt: new Date("2026-02-03T10:00:00Z") };
    expect(exchangePaymentOf(order, { paid: true })).toEqual(payment);
    expect(exchangePaymentOf(order, { paid: false })).toEqual(payment);
    expect(exchangePaymentOf({ ...order, financialStatus: "pending" }, { paid: true })).toEqual(payment);
  });

  it("is nothing for an unpaid or cancelled order, or an order no exchange made", () => {
    expect(exchangePaymentOf({ ...order, financialStatus: "pending" }, { paid: false })).toBeNull();
    expect(exchangePaymentOf({ ...order, cancelledAt: new Date("2026-02-04T10:00:00Z") }, { paid: true })).toBeNull();
    expect(exchangePaymentOf({ ...order, cartAttributes: { _concierge_track: "1" } }, { paid: true })).toBeNull();
    expect(exchangePaymentOf({ ...order, cartAttributes: { [EXCHANGE_ATTRIBUTE]: " " } }, { paid: true })).toBeNull();
  });

  it("is said as the merchant reads it", () => {
    expect(awaitingPaymentText("$50.00", 1)).toBe("$50.00 awaiting payment on 1 draft order");
    expect(awaitingPaymentText("$98.00", 2)).toBe("$98.00 awaiting payment on 2 draft orders");
  });
});
