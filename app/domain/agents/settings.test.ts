import { describe, expect, it } from "vitest";
import { parseFields } from "../../../tests/factories/forms";
import { agentDefaultsSchema } from "./settings";

const parse = (fields: Record<string, string>, shopCurrency: string) => parseFields(fields, agentDefaultsSchema(shopCurrency));

describe("the agents' settings form", () => {
  it("reads the default commission exactly, in basis points, and the budget in minor units", () => {
    expect(parse({ defaultCommissionPercent: "7.5%", defaultMonthlyDelightBudget: "500" }, "USD")).toEqual({
      ok: true,
      value: { commissionBasisPoints: 750, monthlyDelightBudget: { minor: 50_000n, currencyCode: "USD" } },
    });
    expect(parse({ defaultCommissionPercent: "10", defaultMonthlyDelightBudget: "60000" }, "JPY")).toEqual({
      ok: true,
      value: { commissionBasisPoints: 1000, monthlyDelightBudget: { minor: 60_000n, currencyCode: "JPY" } },
    });
  });

  it("keys errors by field", () => {
    expect(parse({ defaultCommissionPercent: "31", defaultMonthlyDelightBudget: "-5" }, "USD")).toEqual({
      ok: false,
      fieldErrors: {
        defaultCommissionPercent: "The default commission must be from 0% to 30%",
        defaultMonthlyDelightBudget: "The default monthly delight budget must be zero or more",
      },
    });
    const blank = parse({}, "USD");
    expect(blank.ok).toBe(false);
    if (!blank.ok) expect(Object.keys(blank.fieldErrors).sort()).toEqual(["defaultCommissionPercent", "defaultMonthlyDelightBudget"]);
  });
});
