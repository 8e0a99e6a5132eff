// Delight codes: single-use discount codes an agent hands a customer to make
// their day ("CHLOE-7K2P9X"), paid for from the agent's monthly budget. The
// code's characters come from a random source the caller injects
// (node:crypto's randomBytes in production, a fixed sequence in tests), so
// this module stays pure and its tests deterministic.
import type { Money } from "../money";
import { codeFirstName } from "./codes";
import { discountValueSchema, type DiscountValue } from "./discount-value";
import { fieldErrorsOf, type FieldErrors } from "../forms";
import { formMessage } from "../form-message";
import { moneyValue } from "../phrase";
import { applyBasisPoints, assertSameCurrency, sumMoney } from "../money/arithmetic";
import { instantOfWallClock, wallClockAt } from "../time/zoned-time";

/** (n) => n random bytes; node:crypto's randomBytes fits. */
export type RandomBytes = (size: number) => Uint8Array;

/**
 * Digits and capitals without the ones people misread when a code is read out
 * or copied from a chat: 0/O, 1/I/L. 31 characters, ~4.95 bits each.
 */
export const DELIGHT_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/**
 * Six characters: 31^6 ≈ 8.9 × 10^8 codes, ~29.7 bits. The prefix is the
 * agent's first name, which is public, so all the secrecy is in the suffix.
 * The monthly budget keeps an agent's live codes to about a hundred ($500 in
 * $5 codes), so a random guess at one of them succeeds about once in nine
 * million tries; Shopify's checkout throttles discount attempts far below
 * the rate that would make that pay, a hit is worth one small discount, and
 * every code expires within weeks. Longer codes buy little more safety and
 * are harder to read aloud; shorter ones (down to 4) are allowed for shops
 * that issue few codes.
 */
export const DELIGHT_CODE_DEFAULT_LENGTH = 6;
export const DELIGHT_CODE_MIN_LENGTH = 4;
export const DELIGHT_CODE_MAX_LENGTH = 12;
/** Long enough for nearly every first name, short enough for the code to fit in a chat line. */
export const DELIGHT_CODE_PREFIX_MAX_LENGTH = 10;
/** For a name with no Latin letters to build a prefix from. */
export const DELIGHT_CODE_FALLBACK_PREFIX = "THANKS";

/**
 * 248 = 8 × 31: a byte below it maps to each of the 31 characters through
 * exactly 8 byte values, so `byte % 31` is uniform there. The 8 bytes from 248
 * up would favour the first 8 characters, so they are thrown away and
 * another byte is drawn (rejection sampling): 1 byte in 32 is wasted.
 */
const UNBIASED_BYTE_LIMIT = 256 - (256 % DELIGHT_CODE_ALPHABET.length);
/** A real random source rejects 1 byte in 32; 64 batches without enough bytes means it is broken. */
const MAX_RANDOM_BATCHES = 64;

function randomSuffix(length: number, randomBytes: RandomBytes): string {
  let suffix = "";
  for (let batch = 0; batch < MAX_RANDOM_BATCHES; batch++) {
    // A couple of spare bytes, so one rejection rarely costs a second call.
    for (const byte of randomBytes(length - suffix.length + 2)) {
      if (byte >= UNBIASED_BYTE_LIMIT) continue;
      suffix += DELIGHT_CODE_ALPHABET[byte % DELIGHT_CODE_ALPHABET.length];
      if (suffix.length === length) return suffix;
    }
  }
  throw new Error(`The random source gave too few usable bytes in ${MAX_RANDOM_BATCHES} calls; it is not random`);
}

/**
 * A new delight code for this agent: "CHLOE-7K2P9X". The prefix is the first
 * name in capitals without accents (A–Z only, at most 10 letters), or THANKS.
 * The caller checks the code is not already taken in the shop (Shopify
 * refuses duplicate codes) and generates another if it is.
 */
export function generateDelightCode(agentName: string, randomBytes: RandomBytes, options: { length?: number } = {}): string {
  const length = options.length ?? DELIGHT_CODE_DEFAULT_LENGTH;
  if (!Number.isInteger(length) || length < DELIGHT_CODE_MIN_LENGTH || length > DELIGHT_CODE_MAX_LENGTH) {
    throw new RangeError(
      `A delight code's random part is ${DELIGHT_CODE_MIN_LENGTH} to ${DELIGHT_CODE_MAX_LENGTH} characters, got ${length}`,
    );
  }
  const prefix = codeFirstName(agentName, DELIGHT_CODE_PREFIX_MAX_LENGTH) || DELIGHT_CODE_FALLBACK_PREFIX;
  return `${prefix}-${randomSuffix(length, randomBytes)}`;
}

const DELIGHT_CODE_PATTERN = new RegExp(
  `^[A-Z]{1,${DELIGHT_CODE_PREFIX_MAX_LENGTH}}-[${DELIGHT_CODE_ALPHABET}]{${DELIGHT_CODE_MIN_LENGTH},${DELIGHT_CODE_MAX_LENGTH}}$`,
);

/** Whether a code has the shape generateDelightCode gives (in any case, as checkout accepts it). */
export function looksLikeDelightCode(code: string): boolean {
  return DELIGHT_CODE_PATTERN.test(code.trim().toUpperCase());
}

/** The value of a delight code: a percentage (1–100, up to 2 decimals) or a fixed amount in the shop currency. */
export function delightCodeValueSchema(shopCurrency: string) {
  return discountValueSchema(shopCurrency);
}

export type DelightCodeValueParseResult = { ok: true; value: DiscountValue } | { ok: false; fieldErrors: FieldErrors };

/**
 * Validates a delight code's value as the issue form sends it:
 * { kind: "percentage", value: "15" } or { kind: "fixed_amount", value: "20.00" }.
 * Errors are keyed "kind" and "value".
 */
export function delightCodeValue(input: unknown, options: { shopCurrency: string }): DelightCodeValueParseResult {
  const parsed = delightCodeValueSchema(options.shopCurrency).safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
}

export const DELIGHT_CODE_DEFAULT_EXPIRY_DAYS = 30;
export const DELIGHT_CODE_MAX_EXPIRY_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When a code issued now stops working: exactly `days` × 24 hours later.
 * Counted in real hours rather than calendar days so the answer doesn't
 * depend on whose time zone is asked; across a clock change it lands an hour
 * off the issuing time of day, which nobody notices a month later.
 */
export function expiresAt(now: Date, days: number = DELIGHT_CODE_DEFAULT_EXPIRY_DAYS): Date {
  if (!Number.isInteger(days) || days < 1 || days > DELIGHT_CODE_MAX_EXPIRY_DAYS) {
    throw new RangeError(`A delight code lasts 1 to ${DELIGHT_CODE_MAX_EXPIRY_DAYS} days, got ${days}`);
  }
  return new Date(now.getTime() + days * DAY_MS);
}

export interface BudgetPeriod {
  /** First instant of the month on the shop's clock (inclusive). */
  start: Date;
  /** First instant of the next month on the shop's clock (exclusive). */
  end: Date;
  /** "2025-01" */
  month: string;
  timeZone: string;
}

/**
 * The calendar month containing `now` on the shop's clock, as UTC instants
 * [start, end). Budgets reset when the shop's month turns, not UTC's: at 23:30
 * on 31 January in Riyadh it is still January there, though 20:30 UTC; at
 * 00:30 on 1 February in Riyadh it is February, though 21:30 on 31 January UTC.
 */
export function budgetPeriod(now: Date, timeZone: string): BudgetPeriod {
  const { year, month } = wallClockAt(now, timeZone);
  return {
    start: instantOfWallClock({ year, month, day: 1 }, timeZone),
    end: instantOfWallClock({ year, month: month + 1, day: 1 }, timeZone),
    month: `${year}-${String(month).padStart(2, "0")}`,
    timeZone,
  };
}

/** Whether an instant falls in [period.start, period.end). */
export function isWithinPeriod(instant: Date, period: Pick<BudgetPeriod, "start" | "end">): boolean {
  const time = instant.getTime();
  return period.start.getTime() <= time && time < period.end.getTime();
}

/**
 * What is left of the month's budget: the budget less what was spent, never
 * below zero (a budget lowered mid-month below what was already spent leaves
 * nothing, not a debt). `spent` is the cost of each code issued this period.
 */
export function remainingBudget(input: { monthlyBudget: Money; spent: readonly Money[] }): Money {
  const { currencyCode } = input.monthlyBudget;
  const spent = sumMoney(currencyCode, input.spent, "A delight code's cost");
  const remaining = input.monthlyBudget.minor - spent.minor;
  return { minor: remaining > 0n ? remaining : 0n, currencyCode: currencyCode.toUpperCase() };
}

export interface DelightCodeCostReference {
  /**
   * The order subtotal a percentage code is costed against: the customer's
   * average order value when known, else the shop's.
   */
  expectedOrderSubtotal: Money;
}

/**
 * What a code costs the agent's budget when issued, so a budget can refuse a
 * code before the customer ever sees it:
 * - a fixed-amount code costs its amount, the most it can take off;
 * - a percentage code costs the percentage of the expected order subtotal
 *   the caller passes (the customer's average order value, or the shop's),
 *   rounded half-up to the minor unit. The real discount is only known when
 *   the order is placed; reserving the expected amount keeps the budget
 *   honest without making percentage codes impossible to issue.
 * The cost is recorded when the code is issued and stays put, so the month's
 * spend never changes after the fact.
 */
export function costOfDelightCode(value: Extract<DiscountValue, { kind: "fixed_amount" }>, reference?: DelightCodeCostReference): Money;
export function costOfDelightCode(value: DiscountValue, reference: DelightCodeCostReference): Money;
export function costOfDelightCode(value: DiscountValue, reference?: DelightCodeCostReference): Money {
  if (value.kind === "fixed_amount") return value.amount;
  if (!reference) {
    throw new TypeError("A percentage delight code needs an expected order subtotal to be costed");
  }
  if (reference.expectedOrderSubtotal.minor < 0n) throw new RangeError("An expected order subtotal can't be negative");
  return applyBasisPoints(reference.expectedOrderSubtotal, value.basisPoints);
}

export type IssueDecision = { ok: true } | { ok: false; reason: string };

/** Whether a code of this cost fits in what is left; a code costing exactly what is left fits. */
export function canIssue(input: { remaining: Money; cost: Money }): IssueDecision {
  assertSameCurrency(input.remaining.currencyCode, input.cost, "The code's cost");
  if (input.cost.minor <= input.remaining.minor) return { ok: true };
  return {
    ok: false,
    reason: formMessage("desk:refusals.overBudget", { remaining: moneyValue(input.remaining), cost: moneyValue(input.cost) }),
  };
}
