// Every admin text exists in every language, every plural has each form its
// language needs (Intl.PluralRules: Arabic has six), and no translation asks
// for a value the code doesn't give ({{name}} in one language is {{name}} in all).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ADMIN_LOCALES } from "./locales";
import { adminMessages, polarisTranslations } from "./resources.server";
import { createAdminI18n } from "./i18next";

const ADMIN_DIR = join(import.meta.dirname, "../locales/admin");
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = "", into = new Map<string, string>()): Map<string, string> {
  if (typeof value === "string") into.set(prefix, value);
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else into.set(prefix, `<not a string: ${JSON.stringify(value)}>`);
  return into;
}

function read(locale: string, file: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(join(ADMIN_DIR, locale, file), "utf8")));
}

/** Plural keys grouped under their base ("customers" for customers_one, customers_few…). */
function pluralForms(keys: Iterable<string>): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  for (const key of keys) {
    const match = PLURAL_SUFFIX.exec(key);
    if (!match) continue;
    const base = key.slice(0, -match[0].length);
    forms.set(base, (forms.get(base) ?? new Set()).add(match[1]));
  }
  return forms;
}

/** A key as it is looked up: a plural's forms count as the one key. */
const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, "");

const variables = (text: string) => [...new Set([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]))].sort();

const files = readdirSync(join(ADMIN_DIR, "en")).filter((file) => file.endsWith(".json"));

describe("the admin's translations", () => {
  it("have the same files (namespaces) in every language", () => {
    for (const locale of ADMIN_LOCALES) {
      expect(readdirSync(join(ADMIN_DIR, locale)).sort(), locale).toEqual([...files].sort());
    }
  });

  it.each(files)("%s: every key exists in every language", (file) => {
    const keysOf = (locale: string) => [...new Set([...read(locale, file).keys()].map(baseKey))].sort();
    const english = keysOf("en");
    for (const locale of ADMIN_LOCALES) {
      const keys = keysOf(locale);
      expect(
        english.filter((key) => !keys.includes(key)),
        `${locale}/${file} lacks`,
      ).toEqual([]);
      expect(
        keys.filter((key) => !english.includes(key)),
        `${locale}/${file} has keys English lacks`,
      ).toEqual([]);
    }
  });

  it.each(files)("%s: every plural has each form its language needs, and no form it never uses", (file) => {
    for (const locale of ADMIN_LOCALES) {
      const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
      for (const [base, forms] of pluralForms(read(locale, file).keys())) {
        expect(
          needed.filter((form) => !forms.has(form)),
          `${locale}/${file} ${base} lacks forms`,
        ).toEqual([]);
        // i18next reads key_zero for a count of 0 in any language; other forms must be the language's.
        expect(
          [...forms].filter((form) => form !== "zero" && !needed.includes(form)),
          `${locale}/${file} ${base} has forms ${locale} never uses`,
        ).toEqual([]);
      }
    }
  });

  it.each(files)("%s: a text uses the same {{values}} in every language", (file) => {
    const english = read("en", file);
    const englishVariables = new Map<string, Set<string>>();
    for (const [key, text] of english) {
      const set = englishVariables.get(baseKey(key)) ?? new Set<string>();
      for (const name of variables(text)) set.add(name);
      englishVariables.set(baseKey(key), set);
    }
    for (const locale of ADMIN_LOCALES) {
      for (const [key, text] of read(locale, file)) {
        const known = englishVariables.get(baseKey(key)) ?? new Set<string>();
        // A plural form may leave the count out ("ساعة واحدة"), never bring a value English doesn't give.
        expect(
          variables(text).filter((name) => !known.has(name) && name !== "count"),
          `${locale}/${file} ${key}`,
        ).toEqual([]);
        expect(text.trim(), `${locale}/${file} ${key} is empty`).not.toBe("");
      }
    }
  });

  it("are what the app loads, one namespace per file", () => {
    for (const locale of ADMIN_LOCALES) {
      expect(Object.keys(adminMessages(locale)).sort()).toEqual(files.map((file) => file.replace(/\.json$/, "")).sort());
    }
  });

  it("give Polaris its own texts in every language, Arabic included", () => {
    const english = flatten(polarisTranslations("en"));
    for (const locale of ADMIN_LOCALES) {
      const texts = flatten(polarisTranslations(locale));
      expect(
        [...english.keys()].filter((key) => !texts.has(key)),
        locale,
      ).toEqual([]);
    }
    expect(flatten(polarisTranslations("ar")).get("Polaris.Pagination.next")).toBe("التالي");
  });

  it("pick the plural form with Intl.PluralRules, six forms in Arabic", () => {
    const messages = {
      common: { items_zero: "zero", items_one: "one", items_two: "two", items_few: "few", items_many: "many", items_other: "other" },
    };
    const t = createAdminI18n("ar", messages).t;
    expect([0, 1, 2, 3, 11, 100].map((count) => t("items", { count }))).toEqual(["zero", "one", "two", "few", "many", "other"]);
  });
});

// A phrase or form message named in code (formMessage("agents:refusals.emailTaken"),
// phrase(`exchanges:skips.${reason}`)) must be in the translations, or the staff
// member would read its key: every literal key, and every template's fixed part.
describe("the phrases the code names", () => {
  const APP_DIR = join(import.meta.dirname, "..");
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? sources(join(dir, entry.name))
        : /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)
          ? [join(dir, entry.name)]
          : [],
    );
  const english = new Map(files.map((file) => [file.replace(/\.json$/, ""), [...read("en", file).keys()].map(baseKey)]));
  const named: Array<{ key: string; template: boolean; where: string }> = [];
  for (const path of sources(APP_DIR)) {
    const text = readFileSync(path, "utf8");
    for (const match of text.matchAll(/\b(?:formMessage|phrase)\(\s*(["`])([a-zA-Z]+:[\w.${}]+)\1/g)) {
      named.push({ key: match[2], template: match[1] === "`" && match[2].includes("${"), where: path.slice(APP_DIR.length + 1) });
    }
    // A required text field (domain/forms.ts) names its blank message; its too-long one is that key + "Max".
    for (const match of text.matchAll(/\brequiredTextField\(\s*"([a-zA-Z]+:[\w.]+)"/g)) {
      for (const key of [match[1], `${match[1]}Max`]) named.push({ key, template: false, where: path.slice(APP_DIR.length + 1) });
    }
  }

  it("finds the phrases of the services and schemas", () => {
    expect(named.length).toBeGreaterThan(100);
  });

  it("are each in the English translations (the other languages have every English key)", () => {
    const missing = named.filter(({ key, template }) => {
      const [namespace, path] = key.split(":");
      const keys = english.get(namespace) ?? [];
      if (!template) return !keys.includes(path);
      const fixed = path.slice(0, path.indexOf("${"));
      return !keys.some((candidate) => candidate.startsWith(fixed));
    });
    expect(missing.map(({ key, where }) => `${key} (${where})`)).toEqual([]);
  });
});
