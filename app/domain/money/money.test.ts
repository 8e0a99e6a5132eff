import { describe, expect, it } from "vitest";
import { formatMinorAsDecimal, formatMoney, formatMoneyIn, minorUnitDigits, parseDecimalToMinor } from "./index";

describe("money", () => {
  it("parses Shopify's decimal strings into exact minor units", () => {
    expect(parseDecimalToMinor("19.99", "USD")).toBe(1999n);
    expect(parseDecimalToMinor("44377.10", "USD")).toBe(4437710n);
    expect(parseDecimalToMinor("0.1", "EUR")).toBe(10n);
    expect(parseDecimalToMinor("1500", "JPY")).toBe(1500n);
    expect(parseDecimalToMinor("12.345", "KWD")).toBe(12345n);
    expect(parseDecimalToMinor("-5.00", "USD")).toBe(-500n);
    expect(parseDecimalToMinor("10.000", "USD")).toBe(1000n);
  });

  it("refuses amounts it would have to round or cannot read", () => {
    expect(() => parseDecimalToMinor("19.999", "USD")).toThrow(/more decimals/);
    expect(() => parseDecimalToMinor("1.5", "JPY")).toThrow(/more decimals/);
    expect(() => parseDecimalToMinor("1e3", "USD")).toThrow(/not a decimal/);
    expect(() => parseDecimalToMinor("", "USD")).toThrow(/not a decimal/);
  });

  it("adds up exactly where floats would not", () => {
    const sum = ["0.10", "0.20"].map((amount) => parseDecimalToMinor(amount, "USD")).reduce((a, b) => a + b);
    expect(formatMinorAsDecimal(sum, "USD")).toBe("0.30");
  });

  it("formats minor units back into the currency's decimals", () => {
    expect(formatMinorAsDecimal(1999n, "USD")).toBe("19.99");
    expect(formatMinorAsDecimal(5n, "USD")).toBe("0.05");
    expect(formatMinorAsDecimal(-500n, "USD")).toBe("-5.00");
    expect(formatMinorAsDecimal(1500n, "JPY")).toBe("1500");
    expect(formatMinorAsDecimal(12345n, "KWD")).toBe("12.345");
    expect(minorUnitDigits("usd")).toBe(2);
  });

  it("shows an amount in the shop's currency and the reader's locale, digits exactly as stored", () => {
    const spaced = (text: string) => text.replace(/\s/g, " ");
    expect(formatMoney({ minor: 4_437_710n, currencyCode: "USD" })).toBe("$44,377.10");
    expect(spaced(formatMoney({ minor: 4_437_710n, currencyCode: "EUR" }, "fr"))).toBe("44 377,10 €");
    expect(formatMoney({ minor: 1_234_567_890_123_456_789n, currencyCode: "JPY" }, "ja")).toBe("￥1,234,567,890,123,456,789");
    expect(spaced(formatMoney({ minor: 100n, currencyCode: "XYZ" }, "en"))).toBe("XYZ 1.00");
    expect(formatMoney({ minor: 100n, currencyCode: "USD" }, "not a locale!")).toBe("1.00 USD");
  });

  it("writes an amount as each language does, a difference signed, Arabic's isolated so it lays out right to left", () => {
    const usd = (minor: bigint) => ({ minor, currencyCode: "USD" });
    expect(formatMoneyIn("en", usd(5000n), { signed: true })).toBe("+$50.00");
    expect(formatMoneyIn("fr", usd(-1100n), { signed: true })).toBe("-11,00\u00a0$US");
    expect(formatMoneyIn("fr", usd(0n), { signed: true })).toBe("0,00\u00a0$US");
    // Intl's own marks (RLM, LRM) keep "+" with its digits; FSI…PDI keep "US$" whole and the amount apart from the words around it.
    expect(formatMoneyIn("ar", usd(5000n), { signed: true })).toBe("\u2068\u200f\u200e+50.00\u00a0\u2068US$\u2069\u2069");
    expect(formatMoneyIn("ar", usd(5000n))).toBe("\u2068\u200f50.00\u00a0\u2068US$\u2069\u2069");
    expect(formatMoneyIn("ar", { minor: 1250n, currencyCode: "KWD" })).toMatch(/1\.250/);
  });
});
