// A text that reaches a screen, as domain code and services build it: a key of
// the admin's translations (app/locales/admin/<lang>/<namespace>.json) and its
// values, never a sentence in one language. It is translated where the staff
// member's language is known: in a component (useTranslation's t) or in a
// loader or export (serverTranslator(locale)). Stored history keeps phrases
// too, so a row written today reads in tomorrow's language.

import type { Money } from "./money";

/**
 * An amount put into a phrase, written where the phrase is read, as the reader's
 * locale writes money (i18next's "money" format, app/i18n/i18next.ts): a refusal
 * or a stored reason shows "100.00 US$" to an Arabic reader (isolated inside the
 * sentence), "100,00 $US" to a French one, "$100.00" to an English one. Minor units as text, so it survives JSON and stays exact.
 */
export interface PhraseMoney {
  money: { minor: string; currencyCode: string };
}

/** A value put into a phrase: a number (plurals pick their form from `count`), text shown as it is, an amount, or another phrase. */
export type PhraseValue = string | number | Phrase | PhraseMoney;

export function moneyValue(amount: Money): PhraseMoney {
  return { money: { minor: amount.minor.toString(), currencyCode: amount.currencyCode } };
}

/** "namespace:key.path", as i18next looks it up. */
export type PhraseKey = `${string}:${string}`;

export type Phrase =
  /** A translated text with its values. */
  | { key: PhraseKey; values?: Readonly<Record<string, PhraseValue>> }
  /** What the merchant or Shopify named (a campaign, a month key, a tag): shown as it is. */
  | { verbatim: string }
  /** Phrases added up in a formula: "Salaries + Tools + Other". */
  | { sum: readonly Phrase[] };

/** What translates a key with its values: i18next's `t`, bound to a language. */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

export function phrase(key: PhraseKey, values?: Readonly<Record<string, PhraseValue>>): Phrase {
  return values ? { key, values } : { key };
}

export function verbatim(text: string): Phrase {
  return { verbatim: text };
}

export function sumOf(phrases: readonly Phrase[]): Phrase {
  return { sum: phrases };
}

export function isPhrase(value: unknown): value is Phrase {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    (typeof candidate.key === "string" && candidate.key.includes(":")) ||
    typeof candidate.verbatim === "string" ||
    Array.isArray(candidate.sum)
  );
}

/** The phrase in the language `t` speaks; values that are phrases are translated first. */
export function phraseText(value: Phrase, t: Translate): string {
  if ("verbatim" in value) return value.verbatim;
  if ("sum" in value) return value.sum.map((part) => phraseText(part, t)).join(" + ");
  if (!value.values) return t(value.key);
  const values: Record<string, string | number> = {};
  for (const [name, given] of Object.entries(value.values)) {
    values[name] = typeof given !== "object" ? given : "money" in given ? t("common:money", { value: given.money }) : phraseText(given, t);
  }
  return t(value.key, values);
}
