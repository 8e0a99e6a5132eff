/**
 * Exact money arithmetic for the local Shopify. Every amount is kept as an
 * integer number of hundredths ("cents") of its currency — never a float —
 * and is turned into Shopify's string formats only at the API edge.
 */

/** An integer count of hundredths of a currency unit. */
export type Cents = number;

const DECIMAL_PATTERN = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * Parses a decimal string ("12", "12.5", "12.50") into cents. Returns
 * `undefined` for anything that is not a plain decimal or that has a
 * non-zero digit past the hundredths (the store never rounds money).
 */
export function parseDecimalToCents(value: string | number): Cents | undefined {
  const text = typeof value === "number" ? String(value) : value.trim();
  const match = DECIMAL_PATTERN.exec(text);
  if (!match) return undefined;
  const [, sign, whole, fraction = ""] = match;
  if (/[1-9]/.test(fraction.slice(2))) return undefined;
  const cents = Number(whole) * 100 + Number(fraction.slice(0, 2).padEnd(2, "0"));
  if (!Number.isSafeInteger(cents)) return undefined;
  return sign ? -cents : cents;
}

/** Like {@link parseDecimalToCents} but throws on bad input (for seed data). */
export function cents(value: string): Cents {
  const parsed = parseDecimalToCents(value);
  if (parsed === undefined) throw new Error(`Not an exact decimal amount: ${value}`);
  return parsed;
}

/** "1234.50" — two decimals, the REST/webhook and `Money` scalar format. */
export function formatMoney(amount: Cents): string {
  const negative = amount < 0;
  const abs = Math.abs(amount);
  const whole = Math.floor(abs / 100);
  const fraction = String(abs % 100).padStart(2, "0");
  return `${negative ? "-" : ""}${whole}.${fraction}`;
}

/**
 * "1234.5" / "0.0" — the GraphQL `Decimal` format Shopify returns for
 * `MoneyV2.amount`: trailing zeros dropped, at least one decimal kept.
 */
export function formatDecimal(amount: Cents): string {
  const money = formatMoney(amount);
  return money.endsWith("0") ? money.slice(0, -1) : money;
}

/** Percentage of an amount, rounded half-up to the cent (integer maths only). */
export function percentOf(amount: Cents, percentage: number): Cents {
  // Percentages are kept to 4 decimal places so the product stays an integer.
  const basisPoints = Math.round(percentage * 10_000);
  const numerator = amount * basisPoints;
  return Math.floor((numerator + 500_000) / 1_000_000);
}

/** Splits `total` across `weights` in proportion, distributing rounding cents. */
export function allocateProportionally(total: Cents, weights: readonly Cents[]): Cents[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const shares = weights.map((w) => Math.floor((total * w) / sum));
  let remainder = total - shares.reduce((a, b) => a + b, 0);
  for (let i = 0; remainder > 0 && i < shares.length; i++, remainder--) shares[i] = (shares[i] ?? 0) + 1;
  return shares;
}
