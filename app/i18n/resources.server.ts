// The admin's texts: one JSON file per feature and language under
// app/locales/admin/{en,ar,fr}/, each file an i18next namespace, plus Polaris's
// own texts for the language. Only the merchant's language travels to the browser.
import fs from "node:fs";
import polarisEn from "@shopify/polaris/locales/en.json";
import polarisFr from "@shopify/polaris/locales/fr.json";
import type { TFunction } from "i18next";
import polarisAr from "../locales/polaris/ar.json";
import { ADMIN_LOCALES, type AdminLocale } from "./locales";
import type { Translate } from "../domain/phrase";
import { createAdminI18n, translateWith, type AdminMessages } from "./i18next";

type LocaleFiles = Record<string, { default: Record<string, unknown> }>;

// Vite (the app, its build, the tests) inlines the files here. Code run by
// plain Node through tsx (the web and worker processes the crash tests start,
// the benches) has no import.meta.glob: it reads the same files from disk.
function localeFiles(): LocaleFiles {
  try {
    return import.meta.glob<{ default: Record<string, unknown> }>("../locales/admin/*/*.json", { eager: true });
  } catch {
    const root = new URL("../locales/admin/", import.meta.url);
    const files: LocaleFiles = {};
    for (const locale of fs.readdirSync(root))
      for (const file of fs.readdirSync(new URL(`${locale}/`, root)).filter((name) => name.endsWith(".json")))
        files[`../locales/admin/${locale}/${file}`] = { default: JSON.parse(fs.readFileSync(new URL(`${locale}/${file}`, root), "utf8")) };
    return files;
  }
}

const files = localeFiles();

function messagesOf(locale: AdminLocale): AdminMessages {
  const messages: AdminMessages = {};
  for (const [path, module] of Object.entries(files)) {
    const match = /\/admin\/([a-z]+)\/([\w-]+)\.json$/.exec(path);
    if (match?.[1] === locale) messages[match[2]] = module.default;
  }
  return messages;
}

const MESSAGES = Object.fromEntries(ADMIN_LOCALES.map((locale) => [locale, messagesOf(locale)])) as Record<AdminLocale, AdminMessages>;

/** Polaris ships no Arabic: app/locales/polaris/ar.json is ours, and must have every text Polaris's English has. */
type PolarisTranslations = typeof polarisEn;
const POLARIS: Record<AdminLocale, PolarisTranslations> = { en: polarisEn, ar: polarisAr, fr: polarisFr };

/** Every namespace of the admin's texts in a language. */
export function adminMessages(locale: AdminLocale): AdminMessages {
  return MESSAGES[locale];
}

/** Polaris's own texts (its buttons, pagination, empty states) in a language. */
export function polarisTranslations(locale: AdminLocale): PolarisTranslations {
  return POLARIS[locale];
}

const translators = new Map<AdminLocale, TFunction>();

/** A translate function for server-side texts (a service's message, a CSV header) in a language. */
export function serverTranslator(locale: AdminLocale): TFunction {
  let t = translators.get(locale);
  if (!t) {
    t = createAdminI18n(locale, MESSAGES[locale]).t;
    translators.set(locale, t);
  }
  return t;
}

/** The domain's phrases (app/domain/phrase.ts) in a language: a loader's or an export's texts. */
export function serverTranslate(locale: AdminLocale): Translate {
  return translateWith(serverTranslator(locale));
}

/** A form's messages (parseForm) in a language. */
export function formLanguage(locale: AdminLocale): { locale: AdminLocale; t: Translate } {
  return { locale, t: serverTranslate(locale) };
}
