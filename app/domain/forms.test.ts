import { describe, expect, it } from "vitest";
import { AMOUNT_LIMITS } from "./amount-limits";
import { serverTranslate } from "../i18n/resources.server";
import { messageText } from "./form-message";
import { amountField, readAmount as readAmountAsCarried } from "./forms";
import { MAX_AMOUNT_MINOR } from "./money";

const TWENTY_DIGITS = "12345678901234567890";
const english = serverTranslate("en");

/** What the field shows: the reading, its message in English. */
function readAmount(...args: Parameters<typeof readAmountAsCarried>) {
  const reading = readAmountAsCarried(...args);
  return reading.ok ? reading : { ...reading, message: messageText(reading.message, english) };
}

describe("an amount typed into a form", () => {
  const ticket = { label: "costPerTicket" as const, allowZero: true, maxMajorUnits: 1_000_000 };

  it("is read exactly, up to and including the field's maximum", () => {
    expect(readAmount("4.75", "USD", ticket)).toEqual({ ok: true, amount: { minor: 475n, currencyCode: "USD" } });
    expect(readAmount("1000000", "USD", ticket)).toEqual({ ok: true, amount: { minor: 100_000_000n, currencyCode: "USD" } });
    expect(readAmount("1000000.00", "usd", ticket)).toEqual({ ok: true, amount: { minor: 100_000_000n, currencyCode: "USD" } });
    expect(readAmount("0001000000", "USD", ticket)).toMatchObject({ ok: true });
    expect(readAmount("1000000", "JPY", ticket)).toEqual({ ok: true, amount: { minor: 1_000_000n, currencyCode: "JPY" } });
    expect(readAmount("-0.00", "USD", ticket)).toEqual({ ok: true, amount: { minor: 0n, currencyCode: "USD" } });
  });

  it("is refused above the maximum, with the maximum in the shop currency in the message", () => {
    const tooLarge = { ok: false, problem: "range", message: "The cost of a ticket can be at most $1,000,000.00" };
    expect(readAmount("1000000.01", "USD", ticket)).toEqual(tooLarge);
    expect(readAmount("9999999", "USD", ticket)).toEqual(tooLarge);
    // Twenty digits read as too large, not as an amount nobody can parse.
    expect(readAmount(TWENTY_DIGITS, "USD", ticket)).toEqual(tooLarge);
    expect(readAmount(`${TWENTY_DIGITS}.00`, "USD", ticket)).toEqual(tooLarge);
    expect(readAmount(`${TWENTY_DIGITS}${TWENTY_DIGITS}`, "USD", ticket)).toEqual(tooLarge);
    expect(readAmount("1000001", "JPY", ticket)).toEqual({
      ok: false,
      problem: "range",
      message: "The cost of a ticket can be at most ¥1,000,000",
    });
  });

  it("says what else is wrong first: the format, a negative amount, zero where it isn't allowed, too many decimals", () => {
    expect(readAmount("12,50", "USD", ticket)).toMatchObject({ ok: false, problem: "format" });
    expect(readAmount("1e20", "USD", ticket)).toMatchObject({ ok: false, problem: "format" });
    expect(readAmount(`-${TWENTY_DIGITS}`, "USD", ticket)).toMatchObject({ message: "The cost of a ticket must be zero or more" });
    expect(readAmount("0", "USD", { ...ticket, allowZero: false })).toMatchObject({
      message: "The cost of a ticket must be more than zero",
    });
    expect(readAmount("4.755", "USD", ticket)).toMatchObject({ message: "USD amounts have at most 2 decimals" });
    expect(readAmount("4.5", "JPY", ticket)).toMatchObject({ message: "JPY amounts have no decimals" });
    expect(readAmount(`${TWENTY_DIGITS}.001`, "USD", ticket)).toMatchObject({ message: "USD amounts have at most 2 decimals" });
  });

  it("has a stated maximum for every kind of field, far inside what Concierge handles", () => {
    for (const [field, maxMajorUnits] of Object.entries(AMOUNT_LIMITS)) {
      // In KWD (3 decimals), the most minor units a limit allows; a hundred of them still fit.
      const largest = BigInt(maxMajorUnits) * 1000n;
      expect(largest * 100n, field).toBeLessThan(MAX_AMOUNT_MINOR);
    }
  });

  it("is a field of a form's schema, with its error next to the field", () => {
    const budget = amountField("USD", { label: "monthlyDelightBudget", allowZero: true, max: "monthlyDelightBudget" });
    expect(budget.safeParse("500").data).toEqual({ minor: 50_000n, currencyCode: "USD" });
    expect(messageText(budget.safeParse(TWENTY_DIGITS).error?.issues[0]?.message ?? "", english)).toBe(
      "The monthly delight budget can be at most $100,000,000.00",
    );
    expect(messageText(budget.safeParse("lots").error?.issues[0]?.message ?? "", english)).toBe(
      "Enter the monthly delight budget like 500.00",
    );
  });
});
