// Exact money. Shopify sends amounts as decimal strings ("19.99"); Concierge
// stores integer minor units with the currency beside them. No float ever
// touches an amount.

/** Currencies whose minor unit is not 2 digits (ISO 4217). */
const MINOR_UNIT_DIGITS: Record<string, number> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
};

export function minorUnitDigits(currencyCode: string): number {
  return MINOR_UNIT_DIGITS[currencyCode.toUpperCase()] ?? 2;
}

export interface Money {
  /** Integer amount in the currency's minor unit (cents for USD, fils for KWD). */
  minor: bigint;
  currencyCode: string;
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * The bound on every amount Concierge reads (10^16 minor units: a hundred trillion
 * dollars): beyond any order and beyond a float's exact integers, and far inside
 * PostgreSQL's bigint, so sums of many of them stay exact.
 */
export const MAX_AMOUNT_MINOR = 10n ** 16n;

/**
 * "19.99" USD -> 1999n. Rejects anything that is not a plain decimal and any
 * amount with more precision than the currency has, rather than rounding
 * money silently.
 */
export function parseDecimalToMinor(amount: string | number, currencyCode: string): bigint {
  const text = typeof amount === "number" ? String(amount) : amount.trim();
  const match = DECIMAL.exec(text);
  if (!match) throw new RangeError(`"${text}" is not a decimal amount`);
  const [, sign, whole, fraction = ""] = match;
  const digits = minorUnitDigits(currencyCode);
  const significantFraction = fraction.replace(/0+$/, "");
  if (significantFraction.length > digits) {
    throw new RangeError(`${text} ${currencyCode} has more decimals than ${currencyCode} allows (${digits})`);
  }
  const minor = BigInt(whole + fraction.padEnd(digits, "0").slice(0, digits));
  if (minor >= MAX_AMOUNT_MINOR) throw new RangeError(`${text} ${currencyCode} is larger than any amount Concierge handles`);
  return sign ? -minor : minor;
}

/** 1999n USD -> "19.99"; the inverse of parseDecimalToMinor. */
export function formatMinorAsDecimal(minor: bigint, currencyCode: string): string {
  const digits = minorUnitDigits(currencyCode);
  const negative = minor < 0n;
  const absolute = (negative ? -minor : minor).toString().padStart(digits + 1, "0");
  const whole = absolute.slice(0, absolute.length - digits);
  const fraction = digits > 0 ? `.${absolute.slice(-digits)}` : "";
  return `${negative ? "-" : ""}${whole}${fraction}`;
}

/** An amount of minor units in a currency: 4000n USD is $40.00. */
export function moneyOfMinor(minor: bigint, currencyCode: string): Money {
  return { minor, currencyCode: currencyCode.toUpperCase() };
}

/** "40.00" USD as Money. */
export function moneyFromDecimal(amount: string, currencyCode: string): Money {
  return { minor: parseDecimalToMinor(amount, currencyCode), currencyCode: currencyCode.toUpperCase() };
}

// Building an Intl.NumberFormat costs far more than using one; a shop has few currencies and staff few locales.
const currencyFormatters = new Map<string, Intl.NumberFormat | null>();

function currencyFormatter(currencyCode: string, locale: string): Intl.NumberFormat | null {
  const key = `${locale}|${currencyCode}`;
  let formatter = currencyFormatters.get(key);
  if (formatter === undefined) {
    const digits = minorUnitDigits(currencyCode);
    try {
      formatter = new Intl.NumberFormat(locale, {
        style: "currency",
        currency: currencyCode,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
    } catch {
      formatter = null; // a code (or locale) Intl doesn't know: "12.00 XYZ" instead
    }
    currencyFormatters.set(key, formatter);
  }
  return formatter;
}

/**
 * "$40.00", "¥500", "KWD 1.250"; in another locale "40,00 $US". Intl is
 * handed the exact decimal string, not a number, so the digits shown are the
 * digits stored, however large.
 */
export function formatMoney(amount: Money, locale = "en-US"): string {
  const code = amount.currencyCode.toUpperCase();
  const decimal = formatMinorAsDecimal(amount.minor, code);
  const formatter = currencyFormatter(code, locale);
  return formatter ? formatter.format(decimal as Intl.StringNumericLiteral) : `${decimal} ${code}`;
}

const signedFormatters = new Map<string, Intl.NumberFormat | null>();
/** Scripts written right to left: an amount inside their words is isolated. */
const RIGHT_TO_LEFT = new Set(["ar", "fa", "he", "ur"]);
const ISOLATE = (text: string) => `\u2068${text}\u2069`;

/**
 * An amount as the locale writes it, to put in a sentence or a figure: Intl's
 * currency format for that locale ("50.00 US$" in Arabic, "50,00 $US" in
 * French, never a "$" placed by hand), signed when it is a difference
 * ("+50.00 US$", "-11.00 US$"; zero unsigned). In a right-to-left language
 * the currency is isolated (U+2068…U+2069) so "US$" stays whole, and so is
 * the amount, so its sign stays with its digits among the words around it.
 */
export function formatMoneyIn(locale: string, amount: Money, options: { signed?: boolean } = {}): string {
  const code = amount.currencyCode.toUpperCase();
  const decimal = formatMinorAsDecimal(amount.minor, code);
  const key = `${locale}|${code}`;
  let formatter = options.signed ? signedFormatters.get(key) : currencyFormatter(code, locale);
  if (formatter === undefined) {
    const digits = { minimumFractionDigits: minorUnitDigits(code), maximumFractionDigits: minorUnitDigits(code) };
    formatter = currencyFormatter(code, locale)
      ? new Intl.NumberFormat(locale, { style: "currency", currency: code, ...digits, signDisplay: "exceptZero" })
      : null;
    signedFormatters.set(key, formatter);
  }
  const rightToLeft = RIGHT_TO_LEFT.has(locale.toLowerCase().split(/[-_]/)[0] ?? "");
  if (!formatter) return `${options.signed && amount.minor > 0n ? "+" : ""}${decimal} ${code}`;
  const parts = formatter.formatToParts(decimal as Intl.StringNumericLiteral);
  if (!rightToLeft) return parts.map((part) => part.value).join("");
  return ISOLATE(parts.map((part) => (part.type === "currency" ? ISOLATE(part.value) : part.value)).join(""));
}

/** formatMoney of an amount given in minor units. */
export function formatMinorMoney(minor: bigint, currencyCode: string, locale = "en-US"): string {
  return formatMoney({ minor, currencyCode }, locale);
}
