// One i18next instance per language, with its texts inline: it initialises
// synchronously, so the server's render and the browser's hydration print the
// same words. Plurals use i18next's Intl.PluralRules keys (key_one, key_few…).
import { createInstance, type i18n, type TFunction } from "i18next";
import { formatMoneyIn } from "../domain/money";
import type { Translate } from "../domain/phrase";
import type { AdminLocale } from "./locales";

/** Namespace → its texts (nested objects of strings). */
export type AdminMessages = Record<string, Record<string, unknown>>;

export const DEFAULT_NAMESPACE = "common";

export function createAdminI18n(locale: AdminLocale, messages: AdminMessages): i18n {
  const instance = createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: false,
    supportedLngs: [locale],
    resources: { [locale]: messages },
    ns: Object.keys(messages),
    defaultNS: DEFAULT_NAMESPACE,
    // React escapes what it renders; escaping here too would show "&amp;".
    interpolation: { escapeValue: false },
    initAsync: false,
    react: { useSuspense: false },
    // A key looked up and not found is kept in the browser, where the
    // screenshot journey (tests/e2e/screens.e2e.test.ts) reads it.
    saveMissing: typeof window !== "undefined",
    missingKeyHandler: (_languages, namespace, key) => recordMissingKey(`${namespace}:${key}`),
  });
  // "Enter {{label, lowercase}} like 5.00": a field's label inside a sentence.
  instance.services.formatter?.add("lowercase", (value: unknown, lng: string | undefined) =>
    typeof value === "string" ? value.toLocaleLowerCase(lng) : String(value),
  );
  // "{{value, money}}": an amount a phrase carries (app/domain/phrase.ts, moneyValue), in this language.
  instance.services.formatter?.add("money", (value: unknown, lng: string | undefined) => {
    const money = (value ?? {}) as { minor?: unknown; currencyCode?: unknown };
    return typeof money.minor === "string" && /^-?\d+$/.test(money.minor) && typeof money.currencyCode === "string"
      ? formatMoneyIn(lng ?? locale, { minor: BigInt(money.minor), currencyCode: money.currencyCode })
      : String(value);
  });
  return instance;
}

function recordMissingKey(key: string) {
  if (typeof window === "undefined") return;
  const keys = ((window as { __conciergeMissingKeys?: string[] }).__conciergeMissingKeys ??= []);
  if (!keys.includes(key)) keys.push(key);
}

/** i18next's `t` as the domain's phrases are translated with (app/domain/phrase.ts). */
export function translateWith(t: TFunction): Translate {
  return (key, values) => (values ? t(key, values) : t(key));
}
