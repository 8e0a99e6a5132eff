import { randomBytes as cryptoRandomBytes } from "node:crypto";
import { serverTranslate } from "../../i18n/resources.server";
import { messageText } from "../form-message";
import { describe, expect, it } from "vitest";
import { moneyFromDecimal } from "../money";

/** canIssue's refusal read in English (a phrase until a staff member reads it). */
function decisionInEnglish(decision: ReturnType<typeof canIssue>) {
  return decision.ok ? decision : { ...decision, reason: messageText(decision.reason, serverTranslate("en")) };
}
import type { DiscountValue } from "./discount-value";
import {
  budgetPeriod,
  canIssue,
  costOfDelightCode,
  DELIGHT_CODE_ALPHABET,
  delightCodeValue,
  expiresAt,
  generateDelightCode,
  isWithinPeriod,
  looksLikeDelightCode,
  remainingBudget,
  type RandomBytes,
} from "./delight-codes";

/** Serves these bytes in order, as many as each call asks for; 255 (always rejected) once they run out. */
function byteSequence(bytes: readonly number[]): RandomBytes {
  let position = 0;
  return (size: number) => {
    const chunk = Uint8Array.from({ length: size }, (_, index) => bytes[position + index] ?? 255);
    position += size;
    return chunk;
  };
}

const SUFFIX = `[${DELIGHT_CODE_ALPHABET}]`;

describe("DELIGHT_CODE_ALPHABET", () => {
  it("has 31 distinct characters and none of 0, O, 1, I, L", () => {
    expect(DELIGHT_CODE_ALPHABET).toHaveLength(31);
    expect(new Set(DELIGHT_CODE_ALPHABET).size).toBe(31);
    expect(DELIGHT_CODE_ALPHABET).toMatch(/^[A-Z2-9]+$/);
    for (const ambiguous of "0O1IL") expect(DELIGHT_CODE_ALPHABET).not.toContain(ambiguous);
  });
});

describe("generateDelightCode", () => {
  it("is PREFIX-XXXXXX: the first name without accents, then 6 characters of the alphabet", () => {
    for (let attempt = 0; attempt < 200; attempt++) {
      expect(generateDelightCode("Chloé Martin", cryptoRandomBytes)).toMatch(new RegExp(`^CHLOE-${SUFFIX}{6}$`));
    }
  });

  it("builds the prefix from A–Z only, at most 10 letters, else THANKS", () => {
    const zeros = () => new Uint8Array(16);
    expect(generateDelightCode("Zoë", zeros)).toBe("ZOE-222222");
    expect(generateDelightCode("Ørjan Nilsen", zeros)).toBe("ORJAN-222222");
    expect(generateDelightCode("Maximiliana Rodríguez", zeros)).toBe("MAXIMILIAN-222222");
    expect(generateDelightCode("O'Brien", zeros)).toBe("OBRIEN-222222");
    expect(generateDelightCode("李小龙", zeros)).toBe("THANKS-222222");
    expect(generateDelightCode("   ", zeros)).toBe("THANKS-222222");
  });

  it("maps bytes to characters deterministically", () => {
    expect(generateDelightCode("Chloé", byteSequence([0, 1, 2, 3, 4, 5, 6, 7]))).toBe("CHLOE-234567");
    expect(generateDelightCode("Chloé", byteSequence([8, 9, 10, 29, 30, 31, 0, 0]))).toBe("CHLOE-ABCYZ2");
  });

  it("throws away bytes 248–255 and draws again (rejection sampling)", () => {
    const source = byteSequence([248, 0, 255, 30, 251, 31, 61, 247, 62]);
    // 248, 255 and 251 are skipped; 31 and 62 are 0 again, 61 and 247 are 30 again.
    expect(generateDelightCode("Chloé", source, { length: 6 })).toBe("CHLOE-2Z2ZZ2");
  });

  it("has no modulo bias: each character comes from exactly 8 of the 256 byte values", () => {
    const counts = new Map<string, number>();
    const rejected: number[] = [];
    for (let byte = 0; byte < 256; byte++) {
      // The byte under test first; after it, filler of a character the byte can't map to.
      const fillerByte = byte % 31 === 1 ? 2 : 1;
      const source: RandomBytes = (() => {
        let first = true;
        return (size: number) => {
          const bytes = new Uint8Array(size).fill(first ? 255 : fillerByte);
          if (first) bytes[0] = byte;
          first = false;
          return bytes;
        };
      })();
      const character = generateDelightCode("A", source, { length: 4 }).slice("A-".length)[0];
      if (character === DELIGHT_CODE_ALPHABET[fillerByte]) rejected.push(byte);
      else counts.set(character, (counts.get(character) ?? 0) + 1);
    }
    expect(rejected).toEqual([248, 249, 250, 251, 252, 253, 254, 255]);
    expect(counts.size).toBe(31);
    expect([...counts.values()].every((count) => count === 8)).toBe(true);
  });

  it("takes a length from 4 to 12", () => {
    const zeros = () => new Uint8Array(32);
    expect(generateDelightCode("Chloé", zeros, { length: 4 })).toBe("CHLOE-2222");
    expect(generateDelightCode("Chloé", zeros, { length: 12 })).toBe("CHLOE-222222222222");
    expect(() => generateDelightCode("Chloé", zeros, { length: 3 })).toThrow(RangeError);
    expect(() => generateDelightCode("Chloé", zeros, { length: 13 })).toThrow(RangeError);
  });

  it("gives up on a random source that only returns rejected bytes, instead of looping forever", () => {
    expect(() => generateDelightCode("Chloé", (size) => new Uint8Array(size).fill(255))).toThrow(/not random/);
    expect(() => generateDelightCode("Chloé", () => new Uint8Array(0))).toThrow(/not random/);
  });
});

describe("looksLikeDelightCode", () => {
  it("recognises generated codes in any case", () => {
    expect(looksLikeDelightCode("CHLOE-7K2P9X")).toBe(true);
    expect(looksLikeDelightCode(" chloe-7k2p9x ")).toBe(true);
    expect(looksLikeDelightCode("CHLOE10")).toBe(false);
    expect(looksLikeDelightCode("CHLOE-7K0P")).toBe(false);
  });
});

describe("delightCodeValue", () => {
  const USD = { shopCurrency: "USD" };

  it("accepts a percentage of 1–100 with up to 2 decimals, or a fixed amount", () => {
    expect(delightCodeValue({ kind: "percentage", value: "15" }, USD)).toEqual({
      ok: true,
      value: { kind: "percentage", basisPoints: 1500 },
    });
    expect(delightCodeValue({ kind: "percentage", value: "12.75" }, USD)).toEqual({
      ok: true,
      value: { kind: "percentage", basisPoints: 1275 },
    });
    expect(delightCodeValue({ kind: "fixed_amount", value: "20" }, USD)).toEqual({
      ok: true,
      value: { kind: "fixed_amount", amount: { minor: 2000n, currencyCode: "USD" } },
    });
  });

  it("refuses what a code can't be", () => {
    // The messages are translation keys until a form is shown; read here in English.
    const english = serverTranslate("en");
    const refused = (...args: Parameters<typeof delightCodeValue>) => {
      const result = delightCodeValue(...args);
      return result.ok
        ? result
        : { ...result, fieldErrors: Object.fromEntries(Object.entries(result.fieldErrors).map(([k, m]) => [k, messageText(m, english)])) };
    };
    expect(refused({ kind: "percentage", value: "0.5" }, USD)).toEqual({
      ok: false,
      fieldErrors: { value: "The discount must be from 1% to 100%" },
    });
    expect(refused({ kind: "percentage", value: "10.125" }, USD)).toEqual({
      ok: false,
      fieldErrors: { value: "The discount has at most 2 decimals, like 7.25" },
    });
    expect(refused({ kind: "fixed_amount", value: "0" }, USD)).toEqual({
      ok: false,
      fieldErrors: { value: "The discount must be more than zero" },
    });
    expect(refused({ kind: "fixed_amount", value: "2000.5" }, { shopCurrency: "JPY" })).toEqual({
      ok: false,
      fieldErrors: { value: "JPY amounts have no decimals" },
    });
    expect(refused({ kind: "free_shipping", value: "1" }, USD)).toEqual({
      ok: false,
      fieldErrors: { kind: "Choose a percentage or a fixed amount off" },
    });
  });
});

describe("expiresAt", () => {
  it("is 30 days of 24 hours later unless told otherwise", () => {
    const issued = new Date("2025-03-01T15:00:00Z");
    expect(expiresAt(issued)).toEqual(new Date("2025-03-31T15:00:00Z"));
    expect(expiresAt(issued, 7)).toEqual(new Date("2025-03-08T15:00:00Z"));
  });

  it("refuses a lifetime under a day, over a year, or in fractions", () => {
    const issued = new Date("2025-03-01T15:00:00Z");
    expect(() => expiresAt(issued, 0)).toThrow(RangeError);
    expect(() => expiresAt(issued, 366)).toThrow(RangeError);
    expect(() => expiresAt(issued, 1.5)).toThrow(RangeError);
  });
});

describe("budgetPeriod", () => {
  it("puts 23:30 on 31 January in Riyadh in January, though it is 20:30 UTC", () => {
    const orderAt = new Date("2025-01-31T20:30:00Z");
    const period = budgetPeriod(orderAt, "Asia/Riyadh");
    expect(period).toEqual({
      start: new Date("2024-12-31T21:00:00Z"),
      end: new Date("2025-01-31T21:00:00Z"),
      month: "2025-01",
      timeZone: "Asia/Riyadh",
    });
    expect(isWithinPeriod(orderAt, period)).toBe(true);
  });

  it("puts 00:30 on 1 February in Riyadh in February, though it is still 31 January in UTC", () => {
    const orderAt = new Date("2025-01-31T21:30:00Z");
    const period = budgetPeriod(orderAt, "Asia/Riyadh");
    expect(period.month).toBe("2025-02");
    expect(period.start).toEqual(new Date("2025-01-31T21:00:00Z"));
    expect(period.end).toEqual(new Date("2025-02-28T21:00:00Z"));
    expect(isWithinPeriod(orderAt, budgetPeriod(new Date("2025-01-15T12:00:00Z"), "Asia/Riyadh"))).toBe(false);
  });

  it("keeps 20:00 on 31 January in Los Angeles in January, though it is February in UTC", () => {
    const period = budgetPeriod(new Date("2025-02-01T04:00:00Z"), "America/Los_Angeles");
    expect(period.month).toBe("2025-01");
    expect(period.start).toEqual(new Date("2025-01-01T08:00:00Z"));
    expect(period.end).toEqual(new Date("2025-02-01T08:00:00Z"));
  });

  it("starts and ends a month on either side of a clock change at local midnight", () => {
    const march = budgetPeriod(new Date("2025-03-15T12:00:00Z"), "America/New_York");
    expect(march.start).toEqual(new Date("2025-03-01T05:00:00Z"));
    expect(march.end).toEqual(new Date("2025-04-01T04:00:00Z"));
  });

  it("rolls December into the next year, and counts its end as the next period", () => {
    const december = budgetPeriod(new Date("2025-12-31T23:59:59Z"), "UTC");
    expect(december.end).toEqual(new Date("2026-01-01T00:00:00Z"));
    expect(isWithinPeriod(december.end, december)).toBe(false);
    expect(isWithinPeriod(december.start, december)).toBe(true);
  });
});

describe("remainingBudget and canIssue", () => {
  it("subtracts what was spent, exactly", () => {
    expect(
      remainingBudget({
        monthlyBudget: moneyFromDecimal("500.00", "USD"),
        spent: [moneyFromDecimal("120.00", "USD"), moneyFromDecimal("339.99", "USD")],
      }),
    ).toEqual(moneyFromDecimal("40.01", "USD"));
    expect(remainingBudget({ monthlyBudget: moneyFromDecimal("500.00", "USD"), spent: [] })).toEqual(moneyFromDecimal("500.00", "USD"));
  });

  it("never goes below zero when a budget is lowered below what was spent", () => {
    expect(remainingBudget({ monthlyBudget: moneyFromDecimal("100.00", "USD"), spent: [moneyFromDecimal("150.00", "USD")] })).toEqual(
      moneyFromDecimal("0.00", "USD"),
    );
  });

  it("refuses a code that costs more than is left, saying how much is left and what it would cost", () => {
    const remaining = remainingBudget({ monthlyBudget: moneyFromDecimal("500.00", "USD"), spent: [moneyFromDecimal("460.00", "USD")] });
    expect(decisionInEnglish(canIssue({ remaining, cost: moneyFromDecimal("50.00", "USD") }))).toEqual({
      ok: false,
      reason: "Over budget: $40.00 left this month, this code would cost $50.00",
    });
    expect(decisionInEnglish(canIssue({ remaining, cost: moneyFromDecimal("40.00", "USD") }))).toEqual({ ok: true });
    expect(decisionInEnglish(canIssue({ remaining, cost: moneyFromDecimal("40.01", "USD") }))).toEqual({
      ok: false,
      reason: "Over budget: $40.00 left this month, this code would cost $40.01",
    });
  });

  it("formats amounts in the shop currency, with its own decimals", () => {
    expect(decisionInEnglish(canIssue({ remaining: moneyFromDecimal("4000", "JPY"), cost: moneyFromDecimal("5000", "JPY") }))).toEqual({
      ok: false,
      reason: "Over budget: ¥4,000 left this month, this code would cost ¥5,000",
    });
    expect(decisionInEnglish(canIssue({ remaining: moneyFromDecimal("1.250", "KWD"), cost: moneyFromDecimal("2", "KWD") }))).toMatchObject({
      reason: expect.stringMatching(/^Over budget: KWD\s1\.250 left this month, this code would cost KWD\s2\.000$/),
    });
    expect(
      decisionInEnglish(canIssue({ remaining: moneyFromDecimal("12345678.90", "EUR"), cost: moneyFromDecimal("12345679.00", "EUR") })),
    ).toEqual({
      ok: false,
      reason: "Over budget: €12,345,678.90 left this month, this code would cost €12,345,679.00",
    });
  });

  it("refuses to compare amounts in different currencies", () => {
    expect(() => canIssue({ remaining: moneyFromDecimal("40", "USD"), cost: moneyFromDecimal("50", "EUR") })).toThrow(TypeError);
    expect(() => remainingBudget({ monthlyBudget: moneyFromDecimal("500", "USD"), spent: [moneyFromDecimal("5", "CAD")] })).toThrow(
      TypeError,
    );
  });
});

describe("costOfDelightCode", () => {
  it("costs a fixed-amount code its amount", () => {
    expect(costOfDelightCode({ kind: "fixed_amount", amount: moneyFromDecimal("15.00", "USD") })).toEqual(moneyFromDecimal("15.00", "USD"));
  });

  it("costs a percentage code at that percentage of the expected order subtotal, rounded half-up", () => {
    const fifteenPercent: DiscountValue = { kind: "percentage", basisPoints: 1500 };
    // 15% of $86.45 is $12.9675.
    expect(costOfDelightCode(fifteenPercent, { expectedOrderSubtotal: moneyFromDecimal("86.45", "USD") })).toEqual(
      moneyFromDecimal("12.97", "USD"),
    );
    // 10% of $0.05 is exactly half a cent: up.
    expect(
      costOfDelightCode({ kind: "percentage", basisPoints: 1000 }, { expectedOrderSubtotal: moneyFromDecimal("0.05", "USD") }),
    ).toEqual(moneyFromDecimal("0.01", "USD"));
  });

  it("can't cost a percentage code without a reference subtotal", () => {
    const percentage = { kind: "percentage", basisPoints: 1000 } as DiscountValue;
    // @ts-expect-error the types ask for the reference; this is the runtime guard for untyped callers
    expect(() => costOfDelightCode(percentage)).toThrow(TypeError);
  });
});
