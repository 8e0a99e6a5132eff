// The words of the tracking page. The timeline returns message keys and
// parameters, never sentences, so the same view renders in the shop's
// language. The texts live in app/locales/tracking/{en,ar,fr}.json, one file
// per language with the same keys, grouped by prefix: tracking.overall (where
// the whole order stands), tracking.step (a package's timeline),
// tracking.unshipped, tracking.exception (what happened, in plain words),
// tracking.action (what the shopper can do), tracking.support and
// tracking.page (the page around the timeline).
//
// Writing rules: plain words a worried shopper understands, no Shopify
// jargon ("fulfillment"), no promise the merchant cannot keep, and every
// language has every key with exactly the same {placeholders}
// (messages.test.ts checks).
import ar from "../../locales/tracking/ar.json";
import en from "../../locales/tracking/en.json";
import fr from "../../locales/tracking/fr.json";

export const TRACKING_LOCALES = ["en", "ar", "fr"] as const;
export type TrackingLocale = (typeof TRACKING_LOCALES)[number];

export type Translations = Readonly<Record<TrackingLocale, string>>;

export type TrackingMessageKey = keyof typeof en;

/** Each language's texts by key; a language missing a key does not type-check. */
export const localeTexts: Readonly<Record<TrackingLocale, Readonly<Record<TrackingMessageKey, string>>>> = { en, ar, fr };

/** Each key's text in every language. */
export const trackingMessages = Object.fromEntries(
  (Object.keys(en) as TrackingMessageKey[]).map((key) => [key, { en: en[key], ar: ar[key], fr: fr[key] }]),
) as Readonly<Record<TrackingMessageKey, Translations>>;

/** An amount as Shopify sends it: a decimal string, never a float. */
export interface MoneyParam {
  readonly amount: string;
  readonly currencyCode: string;
}

/** An instant shown with its time of day ("5 December 2026 at 14:05"), not only its date. */
export interface DateTimeParam {
  readonly at: Date;
}

/** A wait in minutes, in words with the language's plural ("1 minute", "دقيقتان", "3 دقائق"). */
export interface MinutesParam {
  readonly minutes: number;
}

export type MessageParam = string | number | Date | MoneyParam | DateTimeParam | MinutesParam;
export type MessageParams = Readonly<Record<string, MessageParam>>;

export interface FormatOptions {
  /** IANA time zone dates are shown in (the shop's); UTC when not given. */
  readonly timeZone?: string;
}

/**
 * The language to show: the locale's language when Concierge has it ("fr-CA"
 * is French), English otherwise.
 */
export function resolveLocale(locale: string | null | undefined): TrackingLocale {
  const language = (locale ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return (TRACKING_LOCALES as readonly string[]).includes(language) ? (language as TrackingLocale) : "en";
}

/**
 * The locale to format dates and amounts with: the caller's full tag when it
 * is valid and in the message language (so "ar-u-nu-latn" keeps Latin digits
 * and "fr-CA" Canadian formats), otherwise just the message language.
 */
/** intlLocale's answers: a page formats dozens of texts in one or two locales. */
const intlLocales = new Map<string, string>();

function intlLocale(locale: string, language: TrackingLocale): string {
  // The page's own calls: a bare language is its own canonical tag.
  if (locale === language) return language;
  const key = `${locale}|${language}`;
  let resolved = intlLocales.get(key);
  if (resolved === undefined) {
    resolved = canonicalLocale(locale, language);
    // Bounded: the locales come from requests.
    if (intlLocales.size < 1000) intlLocales.set(key, resolved);
  }
  return resolved;
}

function canonicalLocale(locale: string, language: TrackingLocale): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(locale);
    return canonical && resolveLocale(canonical) === language ? canonical : language;
  } catch {
    return language;
  }
}

function isMoneyParam(value: MessageParam): value is MoneyParam {
  return typeof value === "object" && !(value instanceof Date) && "amount" in value;
}

function isMinutesParam(value: MessageParam): value is MinutesParam {
  return typeof value === "object" && !(value instanceof Date) && "minutes" in value;
}

function isDateTimeParam(value: MessageParam): value is DateTimeParam {
  return typeof value === "object" && !(value instanceof Date) && "at" in value;
}

/**
 * Intl formatters are costly to build and every page formats dozens of
 * values in three languages: each is built once per locale, kind and
 * time zone or currency, and reused (a bounded set: three languages, a few
 * kinds, the shops' time zones and currencies). Keyed by short strings, not
 * by their options written out, since a page looks them up dozens of times.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

const DATE_STYLES = { date: { dateStyle: "long" }, dateTime: { dateStyle: "long", timeStyle: "short" } } as const;

function dateFormat(locale: string, style: keyof typeof DATE_STYLES, timeZone: string): Intl.DateTimeFormat {
  const key = `${style}|${locale}|${timeZone}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, { ...DATE_STYLES[style], timeZone })));
  return format;
}

function numberFormat(locale: string, kind: "number" | "minutes" | { currency: string }): Intl.NumberFormat {
  const key = typeof kind === "string" ? `${kind}|${locale}` : `currency|${locale}|${kind.currency}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    const options: Intl.NumberFormatOptions =
      kind === "number"
        ? {}
        : kind === "minutes"
          ? { style: "unit", unit: "minute", unitDisplay: "long" }
          : { style: "currency", currency: kind.currency };
    formatters.set(key, (format = new Intl.NumberFormat(locale, options)));
  }
  return format;
}

function formatParam(value: MessageParam, locale: string, options: FormatOptions): string {
  try {
    if (value instanceof Date) {
      return dateFormat(locale, "date", options.timeZone ?? "UTC").format(value);
    }
    if (typeof value === "number") return numberFormat(locale, "number").format(value);
    if (isMinutesParam(value)) {
      // CLDR's plural rules through Intl: Arabic's six forms, French's singular 0 and 1.
      return numberFormat(locale, "minutes").format(value.minutes);
    }
    if (isDateTimeParam(value)) {
      return dateFormat(locale, "dateTime", options.timeZone ?? "UTC").format(value.at);
    }
    if (isMoneyParam(value)) {
      // Intl formats the decimal string exactly; no float touches the amount.
      return numberFormat(locale, { currency: value.currencyCode }).format(value.amount as Intl.StringNumericLiteral);
    }
    return value;
  } catch {
    // An unknown time zone or currency code must not take the page down.
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (isDateTimeParam(value)) return value.at.toISOString().slice(0, 16).replace("T", " ");
    if (isMinutesParam(value)) return String(value.minutes);
    if (isMoneyParam(value)) return `${value.amount} ${value.currencyCode}`;
    return String(value);
  }
}

/**
 * The text of a message in a locale, with its {placeholders} filled in.
 * Unknown locales fall back to English; an unknown key comes back as itself
 * and a missing parameter stays as {name}, so a mistake shows on the page
 * instead of throwing.
 */
export function formatMessage(
  key: TrackingMessageKey | (string & Record<never, never>),
  locale: string,
  params: MessageParams = {},
  options: FormatOptions = {},
): string {
  if (!Object.hasOwn(trackingMessages, key)) return key;
  const language = resolveLocale(locale);
  const pieces = templatePieces(key as TrackingMessageKey, language);
  if (pieces.length === 1) return pieces[0];
  const formatLocale = intlLocale(locale, language);
  let text = pieces[0];
  for (let index = 1; index < pieces.length; index += 2) {
    const name = pieces[index];
    text += (Object.hasOwn(params, name) ? formatParam(params[name], formatLocale, options) : `{${name}}`) + pieces[index + 1];
  }
  return text;
}

/** Each text split once at its {placeholders}: text, name, text, name, …, text (a bounded set: the keys in three languages). */
const splitTemplates = new Map<string, readonly string[]>();

function templatePieces(key: TrackingMessageKey, language: TrackingLocale): readonly string[] {
  const cacheKey = `${language}|${key}`;
  let pieces = splitTemplates.get(cacheKey);
  if (!pieces) splitTemplates.set(cacheKey, (pieces = trackingMessages[key][language].split(/\{(\w+)\}/)));
  return pieces;
}

/** The {placeholder} names a text uses, in order of appearance. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
}
