// Every admin text exists in every language, every plural has each form its
// language needs (Intl.PluralRules: Arabic has six), and no translation asks
// for a value the code doesn't give ({{name}} in one language is {{name}} in all).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ADMIN_LOCALES } from "./locales";
import { adminMessages, polarisTranslations, serverTranslator } from "./resources.server";
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

// A text that puts a count in a sentence ("try again in {{count}} seconds")
// has the plural forms its language needs (Intl.PluralRules: one and other
// in English, one, many and other in French, six in Arabic), or the page
// reads "1 seconds" (issue 17). A count is i18next's {{count}}, the value
// its plurals are chosen by; a value named like a count ({{seconds}},
// {{weeks}}, {{n}}…) must be passed as count instead. The shopper's texts
// (app/locales/tracking) carry a wait as {minutes}, which the tracking page
// writes in words with the plural of the shopper's language.
const COUNT_NAMED = /\{\{\s*(count|n|seconds|minutes|hours|days|weeks|months|years)\b[^}]*\}\}/;
const SHOPPER_COUNT_NAMED = /\{(count|n|seconds|hours|days|weeks|months|years)\}/;
/** A count shown as a figure after its label ("Webhooks received in the last 24 hours: 12") agrees with no word. */
const FIGURE_AFTER_LABEL = /: \{\{count(, number)?\}\}\.?$/;

/** Texts whose count-named value is already a counted phrase with its plural ("90 days", "3 hours"), not a number. */
const COUNTED_PHRASES = new Set(["vip:why.noOrders", "vip:why.lastOrderWithin", "vip:why.lastOrderBefore", "agents:coverage.gap"]);

/** Every admin text of a language, keyed "namespace:key.path". */
function adminTexts(locale: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of files) for (const [key, text] of read(locale, file)) texts.set(`${file.replace(/\.json$/, "")}:${key}`, text);
  return texts;
}

/** The texts that interpolate a count without plural forms, and plural keys that lack one of the language's forms. */
function countsWithoutPlurals(texts: ReadonlyMap<string, string>, locale: string): string[] {
  const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
  const problems: string[] = [];
  for (const [key, text] of texts) {
    const plural = PLURAL_SUFFIX.exec(key);
    if (plural) {
      const base = key.slice(0, -plural[0].length);
      const missing = needed.filter((form) => !texts.has(`${base}_${form}`));
      if (missing.length > 0 && plural[1] === "other")
        problems.push(`${locale} ${base} lacks ${missing.map((form) => `_${form}`).join(", ")}`);
      continue;
    }
    const named = COUNT_NAMED.exec(text);
    if (!named || COUNTED_PHRASES.has(key) || FIGURE_AFTER_LABEL.test(text)) continue;
    problems.push(`${locale} ${key} interpolates {{${named[1]}}} without plural forms`);
  }
  return problems;
}

describe("texts that interpolate a count", () => {
  it.each(ADMIN_LOCALES)("have the plural forms %s needs, in the admin", (locale) => {
    expect(countsWithoutPlurals(adminTexts(locale), locale)).toEqual([]);
  });

  it.each(ADMIN_LOCALES)("carry no bare count in the shopper's tracking page texts (%s)", (locale) => {
    const texts = flatten(JSON.parse(readFileSync(join(ADMIN_DIR, "../tracking", `${locale}.json`), "utf8")));
    expect([...texts].filter(([, text]) => SHOPPER_COUNT_NAMED.test(text)).map(([key]) => key)).toEqual([]);
  });

  it("are caught: a count without plurals, and Arabic missing its dual", () => {
    const english = new Map([["email:results.rateLimited", "Try again in {{seconds}} seconds."]]);
    expect(countsWithoutPlurals(english, "en")).toEqual(["en email:results.rateLimited interpolates {{seconds}} without plural forms"]);
    const arabic = new Map(["zero", "one", "few", "many", "other"].map((form) => [`email:wait_${form}`, "{{count}} ثانية"]));
    expect(countsWithoutPlurals(arabic, "ar")).toEqual(["ar email:wait lacks _two"]);
    const french = new Map([["profit:orders", "{{count}} commandes"]]);
    expect(countsWithoutPlurals(french, "fr")).toEqual(["fr profit:orders interpolates {{count}} without plural forms"]);
  });

  it("read as a staff member reads them: the Email page's test-send wait and the reasons' usual rate", () => {
    const wait = (locale: (typeof ADMIN_LOCALES)[number], count: number) =>
      serverTranslator(locale)("email:testSend.rateLimited", { count });
    expect(wait("en", 1)).toBe("That is enough tests for a minute: try again in 1 second.");
    expect(wait("en", 42)).toBe("That is enough tests for a minute: try again in 42 seconds.");
    expect(wait("fr", 1)).toBe("Assez de tests pour une minute : réessayez dans 1 seconde.");
    expect([1, 2, 5, 42].map((count) => wait("ar", count).split(": ")[1])).toEqual([
      "أعد المحاولة بعد ثانية واحدة.",
      "أعد المحاولة بعد ثانيتين.",
      "أعد المحاولة بعد 5 ثوانٍ.",
      "أعد المحاولة بعد 42 ثانية.",
    ]);
    expect(serverTranslator("en")("reasons:usualRate", { count: 8 })).toBe("The usual rate is the mean of the 8 weeks before.");
    expect(serverTranslator("en")("profit:funnels.chat.orders", { count: 1 })).toBe("1 order");
    expect(serverTranslator("fr")("profit:funnels.counts.lookups", { count: 1 })).toBe("1 recherche");
    expect([1, 2, 7].map((count) => serverTranslator("ar")("profit:funnels.counts.tickets", { count }))).toEqual([
      "تذكرة واحدة",
      "تذكرتان",
      "7 تذاكر",
    ]);
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
