import { describe, expect, it } from "vitest";
import { serverTranslate } from "../../i18n/resources.server";
import { formatMoneyIn } from "../money";
import { phraseText } from "../phrase";
import { decideInstantRefund, type InstantRefundDecision, type InstantRefundFacts } from "./instant-refund";

/** The decision as an English-reading merchant sees it in the ledger (its reason is a phrase). */
const decide = (facts: InstantRefundFacts, locale: "en" | "ar" | "fr" = "en") => {
  const decision: InstantRefundDecision = decideInstantRefund(facts);
  return { ...decision, reason: phraseText(decision.reason, serverTranslate(locale)) };
};

const eligible: InstantRefundFacts = {
  paused: false,
  shopCurrency: "USD",
  orderCurrency: "USD",
  presentmentCurrency: "USD",
  tier: { tierName: "Gold", instantRefunds: true, maxPerRefundMinor: 20_000n, maxPerMonthMinor: 50_000n },
  hasCustomer: true,
  returnStatus: "OPEN",
  hasTracking: true,
  hasExchange: false,
  anyProcessed: false,
  alreadyRefunded: false,
  lines: [{ name: "Relaxed chino", sku: "CHINO-32" }],
  excludedSkus: [],
  amountMinor: 12_000n,
  refundedThisMonthMinor: 30_000n,
};

describe("decideInstantRefund", () => {
  it("refunds what the items are worth when everything allows it", () => {
    expect(decide(eligible)).toEqual({
      kind: "refund",
      amountMinor: 12_000n,
      reason: "Gold tier: the return is on its way back",
    });
  });

  it("refunds up to the limits exactly, not a cent over", () => {
    expect(decide({ ...eligible, amountMinor: 20_000n }).kind).toBe("refund");
    expect(decide({ ...eligible, amountMinor: 20_001n })).toEqual({
      kind: "wait",
      reason: "$200.01 is over the Gold tier's $200.00 per refund",
    });
    expect(decide({ ...eligible, refundedThisMonthMinor: 38_000n }).kind).toBe("refund");
    expect(decide({ ...eligible, refundedThisMonthMinor: 38_001n })).toEqual({
      kind: "wait",
      reason: "$120.00 would bring this month's instant refunds to $500.01, over the Gold tier's $500.00",
    });
  });

  it("leaves every other return to an agent, saying why", () => {
    const reasons = [
      { paused: true },
      { tier: null },
      { tier: { ...eligible.tier!, instantRefunds: false } },
      { tier: { ...eligible.tier!, maxPerMonthMinor: null } },
      { hasCustomer: false },
      { hasTracking: false },
      { hasExchange: true },
      { anyProcessed: true },
      { presentmentCurrency: "EUR" },
      { excludedSkus: ["CHINO-32"] },
      { amountMinor: 0n },
    ].map((change) => decide({ ...eligible, ...change }));
    expect(reasons.every((decision) => decision.kind === "wait")).toBe(true);
    expect(reasons.map((decision) => decision.reason)).toEqual([
      "Instant refunds are paused",
      "The customer is not in a tier with instant refunds",
      "The customer is not in a tier with instant refunds",
      "The Gold tier sets no instant-refund limits",
      "The order has no customer",
      "The parcel back has no tracking number yet",
      "The return includes an exchange",
      "Part of the return was already processed",
      "The order was paid in EUR; the tier's limits are in USD",
      "Relaxed chino (SKU CHINO-32) is excluded from instant refunds",
      "Nothing to refund",
    ]);
  });

  it("says why in the staff member's language", () => {
    // Amounts as Arabic writes money, isolated inside the right-to-left sentence.
    const usd = (minor: bigint) => formatMoneyIn("ar", { minor, currencyCode: "USD" });
    expect(decide({ ...eligible, amountMinor: 20_001n }, "ar").reason).toBe(
      `${usd(20_001n)} يتجاوز حد فئة Gold البالغ ${usd(20_000n)} لكل استرداد`,
    );
    expect(decide({ ...eligible, excludedSkus: ["CHINO-32"] }, "fr").reason).toBe(
      "Relaxed chino (SKU CHINO-32) est exclu des remboursements instantanés",
    );
    expect(decide({ ...eligible, lines: [{ name: null, sku: "CHINO-32" }], excludedSkus: ["CHINO-32"] }).reason).toBe(
      "An item (SKU CHINO-32) is excluded from instant refunds",
    );
  });

  it("does nothing about a return Shopify already refunded or closed", () => {
    expect(decide({ ...eligible, alreadyRefunded: true }).kind).toBe("skip");
    expect(decide({ ...eligible, returnStatus: "CLOSED" })).toEqual({
      kind: "skip",
      reason: "The return is closed in Shopify",
    });
  });
});
