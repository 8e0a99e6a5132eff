// The exact operations on Money beyond ./index: adding,
// rounding a rate or a division to the minor unit, and showing an amount.
// Every amount is an integer of minor units; rounding happens in one place,
// with one rule, so two screens never disagree by a cent.
import type { Money } from "./index";

/** 10,000 basis points make 100%. */
export const BASIS_POINTS_PER_WHOLE = 10_000;

/** Mixing currencies is a bug upstream (shop money vs presentment money), never something to convert silently. */
export function assertSameCurrency(expected: string, actual: Money, what: string): void {
  if (actual.currencyCode.toUpperCase() !== expected.toUpperCase()) {
    throw new TypeError(`${what} is in ${actual.currencyCode}, expected ${expected.toUpperCase()}`);
  }
}

export function sumMoney(currencyCode: string, amounts: readonly Money[], what = "An amount"): Money {
  let minor = 0n;
  for (const amount of amounts) {
    assertSameCurrency(currencyCode, amount, what);
    minor += amount.minor;
  }
  return { minor, currencyCode: currencyCode.toUpperCase() };
}

/**
 * numerator / denominator rounded half-up (a half goes up, as on paper and in
 * a spreadsheet's ROUND), for non-negative numerators.
 */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (numerator < 0n || denominator <= 0n) {
    throw new RangeError(`Cannot round ${numerator} / ${denominator}: expected a non-negative numerator and a positive denominator`);
  }
  return (numerator * 2n + denominator) / (denominator * 2n);
}

export function assertBasisPoints(basisPoints: number, what: string): void {
  if (!Number.isInteger(basisPoints) || basisPoints < 0 || basisPoints > BASIS_POINTS_PER_WHOLE) {
    throw new RangeError(`${what} must be a whole number of basis points from 0 to ${BASIS_POINTS_PER_WHOLE}, got ${basisPoints}`);
  }
}

/** amount × rate, rounded half-up to the minor unit. */
export function applyBasisPoints(amount: Money, basisPoints: number): Money {
  assertBasisPoints(basisPoints, "A rate");
  return {
    minor: divideRoundHalfUp(amount.minor * BigInt(basisPoints), BigInt(BASIS_POINTS_PER_WHOLE)),
    currencyCode: amount.currencyCode,
  };
}
