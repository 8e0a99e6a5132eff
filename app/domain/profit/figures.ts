// The vocabulary of the profit dashboard: exact rates, and figures that carry
// the parts and the formula they were computed from, so the page can show on
// hover, and the CSV can list, how every number was reached.
import type { Money } from "../money";
import { phrase, type Phrase, type PhraseValue } from "../phrase";

/** A text of the profit figures (app/locales/admin/<lang>/profit.json, under "figures"). */
export const figureText = (key: string, values?: Readonly<Record<string, PhraseValue>>): Phrase => phrase(`profit:figures.${key}`, values);
import { assertBasisPoints, assertSameCurrency, BASIS_POINTS_PER_WHOLE, divideRoundHalfUp } from "../money/arithmetic";

/**
 * An exact ratio of two counts: 392 replies of 1,701 contacted is
 * { numerator: 392, denominator: 1701 }, never 0.2304526… as a float. The
 * counts stay visible ("392 / 1,701") and rounding happens once, for display.
 * A denominator of 0 is allowed and means "no rate yet" (nothing shown, nobody
 * asked), which is not the same as 0%.
 */
export interface Rate {
  numerator: number;
  denominator: number;
}

export function assertCount(count: number, what: string): void {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`${what} must be a whole number of zero or more, got ${count}`);
  }
}

export function rate(numerator: number, denominator: number): Rate {
  assertCount(numerator, "A rate's numerator");
  assertCount(denominator, "A rate's denominator");
  return { numerator, denominator };
}

/** A setting stored in basis points as a rate: 1000 → 1000 / 10,000 (10%). */
export function rateFromBasisPoints(basisPoints: number): Rate {
  assertBasisPoints(basisPoints, "A percentage");
  return { numerator: basisPoints, denominator: BASIS_POINTS_PER_WHOLE };
}

/** Whether a rate can be shown at all: 0 of 0 is no rate, not 0%. */
export function hasRate(value: Rate): boolean {
  return value.denominator > 0;
}

/**
 * The rate in hundredths of a percent, rounded half-up, the precision the
 * dashboard shows: 392 / 1,701 = 23.0452…% → 2305n. null without a denominator.
 */
export function rateInHundredthsOfPercent(value: Rate): bigint | null {
  if (!hasRate(value)) return null;
  return divideRoundHalfUp(BigInt(value.numerator) * 10_000n, BigInt(value.denominator));
}

/** a < b → -1, a = b → 0, a > b → 1, exactly (cross-multiplied in bigint). Both need a denominator. */
export function compareRates(a: Rate, b: Rate): -1 | 0 | 1 {
  if (!hasRate(a) || !hasRate(b)) throw new RangeError("Cannot compare a rate without a denominator");
  const left = BigInt(a.numerator) * BigInt(b.denominator);
  const right = BigInt(b.numerator) * BigInt(a.denominator);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** What formatRate shows for a rate with nothing to divide by. */
export const NO_RATE = "—";

// Building an Intl.NumberFormat costs far more than using one.
const percentFormatters = new Map<string, Intl.NumberFormat>();

function percentFormatter(locale: string): Intl.NumberFormat {
  let formatter = percentFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 });
    percentFormatters.set(locale, formatter);
  }
  return formatter;
}

/**
 * "23.05%" (or "23,05 %" in French): two decimals, rounded half-up from the
 * exact ratio (23.045% → "23.05%", 23.0449…% → "23.04%"). The rounding is done
 * here in integers; Intl only receives the already rounded decimal as a
 * string, so it adds separators and the percent sign but never rounds again.
 */
export function formatRate(value: Rate, locale = "en-US"): string {
  const hundredths = rateInHundredthsOfPercent(value);
  if (hundredths === null) return NO_RATE;
  // 2305 hundredths of a percent is the fraction 0.2305.
  const fraction = `${hundredths / 10_000n}.${(hundredths % 10_000n).toString().padStart(4, "0")}`;
  return percentFormatter(locale).format(fraction as Intl.StringNumericLiteral);
}

/** A value a figure was computed from: an amount, a rate, or a count. */
export type PartValue = Money | Rate | number;

export interface Part {
  label: Phrase;
  value: PartValue;
}

/**
 * A computed amount with what it was computed from. `formula` names the parts
 * by their labels ("Salaries + Tools + Other"), so value, formula and parts
 * can be checked against each other by a person with a calculator.
 */
export interface Figure {
  /** Stable across months and languages, for the UI and the CSV: "revenue.chat", "result". */
  key: string;
  label: Phrase;
  value: Money;
  formula: Phrase;
  parts: Part[];
}

/** An object whose fields have these types (`typeof` names): how a part's value or a CSV cell tells a Money from a Rate. */
function hasFields(value: unknown, types: Readonly<Record<string, "bigint" | "number" | "string">>): boolean {
  if (typeof value !== "object" || value === null) return false;
  return Object.entries(types).every(([field, type]) => typeof (value as Record<string, unknown>)[field] === type);
}

export function isMoney(value: unknown): value is Money {
  return hasFields(value, { minor: "bigint", currencyCode: "string" });
}

export function isRate(value: unknown): value is Rate {
  return hasFields(value, { numerator: "number", denominator: "number" });
}

/** Revenue an order brought, for callers that have it order by order. */
export interface OrderRevenue {
  orderId: string;
  revenue: Money;
}

/**
 * Revenue as a total, or order by order. Given order by order, the orders can
 * be checked against every other source's (no order counted twice) and the
 * figure shows how many there were.
 */
export type RevenueAmount = Money | readonly OrderRevenue[];

/** An amount that can't be negative (revenue, a cost), in the expected currency. */
export function checkedAmount(currencyCode: string, amount: Money, what: string): Money {
  assertSameCurrency(currencyCode, amount, what);
  if (amount.minor < 0n) throw new RangeError(`${what} can't be negative`);
  return { minor: amount.minor, currencyCode: currencyCode.toUpperCase() };
}

/** The total of a revenue amount, and how many orders it is when given order by order. */
export function revenueTotal(currencyCode: string, amount: RevenueAmount, what: string): { total: Money; orders: number | null } {
  if (isMoney(amount)) return { total: checkedAmount(currencyCode, amount, what), orders: null };
  let minor = 0n;
  for (const order of amount) minor += checkedAmount(currencyCode, order.revenue, `${what}: order ${order.orderId}`).minor;
  return { total: { minor, currencyCode: currencyCode.toUpperCase() }, orders: amount.length };
}

/**
 * Throws when an order appears twice across the given sources: each order is
 * credited to one source at most (ATTRIBUTION_PRECEDENCE in
 * ../agents/attribution), and counting one twice would inflate the revenue
 * support is credited with.
 */
export function assertEachOrderOnce(sources: ReadonlyArray<{ label: string; amount: RevenueAmount }>): void {
  const creditedTo = new Map<string, string>();
  for (const { label, amount } of sources) {
    if (isMoney(amount)) continue;
    for (const { orderId } of amount) {
      const earlier = creditedTo.get(orderId);
      if (earlier === label) throw new Error(`Order ${orderId} is listed twice under ${label}`);
      if (earlier !== undefined)
        throw new Error(`Order ${orderId} is counted under both ${earlier} and ${label}; an order is credited to one source only`);
      creditedTo.set(orderId, label);
    }
  }
}
