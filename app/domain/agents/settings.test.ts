import { describe, expect, it } from "vitest";
import { parseAgentDefaultsForm } from "./settings";

describe("parseAgentDefaultsForm", () => {
  it("reads the default commission exactly, in basis points, and the budget in minor units", () => {
    expect(parseAgentDefaultsForm({ defaultCommissionPercent: "7.5%", defaultMonthlyDelightBudget: "500" }, { shopCurrency: "USD" })).toEqual({
      ok: true,
      defaults: { commissionBasisPoints: 750, monthlyDelightBudget: { minor: 50_000n, currencyCode: "USD" } },
    });
    expect(parseAgentDefaultsForm({ defaultCommissionPercent: "10", defaultMonthlyDelightBudget: "60000" }, { shopCurrency: "JPY" })).toEqual({
      ok: true,
      defaults: { commissionBasisPoints: 1000, monthlyDelightBudget: { minor: 60_000n, currencyCode: "JPY" } },
    });
  });

  it("keys errors by field", () => {
    expect(parseAgentDefaultsForm({ defaultCommissionPercent: "31", defaultMonthlyDelightBudget: "-5" }, { shopCurrency: "USD" })).toEqual({
      ok: false,
      fieldErrors: {
        defaultCommissionPercent: "The default commission must be from 0% to 30%",
        defaultMonthlyDelightBudget: "The default monthly delight budget must be zero or more",
      },
    });
    const blank = parseAgentDefaultsForm({}, { shopCurrency: "USD" });
    expect(blank.ok).toBe(false);
    if (!blank.ok) expect(Object.keys(blank.fieldErrors).sort()).toEqual(["defaultCommissionPercent", "defaultMonthlyDelightBudget"]);
  });
});
