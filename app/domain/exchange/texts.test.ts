// The price difference an exchange offer states, in each language as that
// language writes money (issue 17): Arabic reads "9.00 US$", isolated so it
// lays out right to left inside the sentence.
import { describe, expect, it } from "vitest";
import { priceDifferenceTexts } from "./texts";

const isolated = (text: string) => `\u2068${text}\u2069`;

describe("priceDifferenceTexts", () => {
  it("states what the shopper pays in each language's own currency format", () => {
    expect(priceDifferenceTexts(900n, "USD")).toEqual({
      en: "$9.00 more",
      fr: "9,00\u00a0$US de plus",
      ar: `${isolated(`\u200f9.00\u00a0${isolated("US$")}`)} إضافية`,
    });
  });

  it("states a refund without a minus sign, and no amount when the prices match", () => {
    expect(priceDifferenceTexts(-1100n, "EUR")).toEqual({
      en: "€11.00 back",
      fr: "11,00\u00a0€ remboursés",
      ar: `استرداد ${isolated("\u200f11.00\u00a0\u2068€\u2069")}`,
    });
    expect(priceDifferenceTexts(0n, "USD").ar).toBe("دون أي تكلفة إضافية");
  });
});
