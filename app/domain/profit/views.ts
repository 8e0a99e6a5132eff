// Figures as the dashboard shows them: plain, serialisable values (BigInt as
// strings) with their text in the staff member's locale and the shop's
// currency. The exact value travels beside the text, so a test, a tooltip and
// the CSV all read the same number.
import { formatMinorAsDecimal, formatMoney, type Money } from "../money";
import { phraseText, type Translate } from "../phrase";
import { formatRate, isMoney, isRate, type Figure, type Part, type Rate } from "./figures";

export interface MoneyView {
  /** "44377.10": the exact decimal. */
  amount: string;
  /** "4437710": the exact minor units. */
  minor: string;
  /** "$44,377.10" in the locale. */
  text: string;
}

export interface RateView {
  numerator: number;
  denominator: number;
  /** "23.05%", or "—" with nothing to divide by. */
  text: string;
}

export interface PartView {
  label: string;
  kind: "money" | "rate" | "count";
  /** The exact value: a decimal amount, "392/1701", or a count. */
  value: string;
  text: string;
}

export interface FigureView extends MoneyView {
  key: string;
  label: string;
  formula: string;
  parts: PartView[];
}

/** The staff member's locale when Intl knows it ("fr", "pt-BR"), else English. */
export function resolveLocale(candidate: string | null | undefined): string {
  const text = candidate?.trim().replace("_", "-");
  if (!text) return "en";
  try {
    return Intl.NumberFormat.supportedLocalesOf([text])[0] ?? "en";
  } catch {
    return "en"; // not a well-formed language tag
  }
}

const countFormatters = new Map<string, Intl.NumberFormat>();

export function formatCount(count: number, locale: string): string {
  let formatter = countFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    countFormatters.set(locale, formatter);
  }
  return formatter.format(count);
}

export function moneyView(amount: Money, locale: string): MoneyView {
  return {
    amount: formatMinorAsDecimal(amount.minor, amount.currencyCode),
    minor: amount.minor.toString(),
    text: formatMoney(amount, locale),
  };
}

export function rateView(rate: Rate, locale: string): RateView {
  return { numerator: rate.numerator, denominator: rate.denominator, text: formatRate(rate, locale) };
}

/** A part in the staff member's language: `t` translates its label, `locale` formats its value. */
export function partView(part: Part, locale: string, t: Translate): PartView {
  const label = phraseText(part.label, t);
  if (isMoney(part.value)) {
    const view = moneyView(part.value, locale);
    return { label, kind: "money", value: view.amount, text: view.text };
  }
  if (isRate(part.value)) {
    return {
      label,
      kind: "rate",
      value: `${part.value.numerator}/${part.value.denominator}`,
      text: formatRate(part.value, locale),
    };
  }
  return { label, kind: "count", value: String(part.value), text: formatCount(part.value, locale) };
}

/** A figure in the staff member's language: `t` translates its label, formula and parts, `locale` formats its amounts. */
export function figureView(figure: Figure, locale: string, t: Translate): FigureView {
  return {
    key: figure.key,
    label: phraseText(figure.label, t),
    ...moneyView(figure.value, locale),
    formula: phraseText(figure.formula, t),
    parts: figure.parts.map((part) => partView(part, locale, t)),
  };
}
