// What the screenshot journey (screens.e2e.test.ts) checks on every view,
// run inside the page, and the known UI strings it looks for on Arabic pages.
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";

const root = path.resolve(import.meta.dirname, "../..");

/** The viewports every view is looked at in: a laptop and a phone. */
export const WIDTHS = [
  { name: "desktop", width: 1366, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

function flatten(value: unknown, into: Map<string, string>, prefix = "") {
  if (typeof value === "string") into.set(prefix, value);
  else if (value && typeof value === "object")
    for (const [key, child] of Object.entries(value)) flatten(child, into, prefix ? `${prefix}.${key}` : key);
}

/** A language's texts by key: a folder of namespaces (admin) or one flat file (the tracking page). */
function readTexts(location: string): Map<string, string> {
  const texts = new Map<string, string>();
  const full = path.join(root, location);
  if (fs.statSync(full).isDirectory())
    for (const file of fs.readdirSync(full))
      flatten(JSON.parse(fs.readFileSync(path.join(full, file), "utf8")), texts, path.basename(file, ".json"));
  else flatten(JSON.parse(fs.readFileSync(full, "utf8")), texts);
  return texts;
}

/**
 * The English UI strings that have an Arabic translation of their own: seen
 * whole on an Arabic page, they are a text the page built in English. Only
 * texts without placeholders, with a word of at least 4 letters (so "VIP" or
 * "SMS" never count).
 */
export function englishUiStrings(): string[] {
  const strings = new Set<string>();
  for (const [en, ar] of [
    ["app/locales/admin/en", "app/locales/admin/ar"],
    ["app/locales/tracking/en.json", "app/locales/tracking/ar.json"],
  ]) {
    const arabic = readTexts(ar);
    for (const [key, value] of readTexts(en)) {
      const translated = arabic.get(key);
      if (!translated || translated === value || /[{<%]/.test(value) || !/[A-Za-z]{4}/.test(value)) continue;
      strings.add(value.trim());
    }
  }
  return [...strings];
}

export interface ViewProblem {
  kind: "overflow" | "cut-off" | "raw-key" | "raw-code" | "english" | "missing-key";
  detail: string;
}

/**
 * The checks, in the page as it is drawn now:
 * - overflow: the document is wider than the window (scrollWidth > clientWidth),
 *   so the whole page scrolls sideways.
 * - cut-off: a visible element with text of its own that clips it sideways
 *   (overflow-x hidden or clip, or text-overflow: ellipsis) while its content
 *   is wider than its box by more than a pixel. Not counted: visually hidden
 *   texts (boxes of 1 px or less), and truncation chosen on purpose, which says
 *   so with data-truncate and keeps the whole text in a title attribute.
 * - raw-key: a text that is an i18next key (`ns:key.path` or `a.bKey.c`).
 * - raw-code: a text that is a machine code (`past_estimated_delivery`, `SIZE_TOO_SMALL`).
 * - english: on a page in another language, a text that is exactly one of the
 *   English UI strings, or a sentence in Latin letters the translation files do
 *   not know (see looksEnglish below).
 *   These three look at drawn texts only, and not inside [data-stored-values]
 *   (a customer data report shows the records as they are stored).
 * - missing-key: a key the app's i18next looked up and did not find (window.__conciergeMissingKeys).
 */
export async function findProblems(
  page: Page,
  englishStrings: string[] | null,
  scope: string,
  shopData: readonly string[] = [],
): Promise<ViewProblem[]> {
  return page.evaluate(
    ({ english, scope, shopData }) => {
      const problems: { kind: string; detail: string }[] = [];
      const describe = (element: Element) => {
        const text = (element.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 60);
        const name =
          element.tagName.toLowerCase() +
          (element.className && typeof element.className === "string" ? `.${element.className.split(" ")[0]}` : "");
        return `${name} “${text}”`;
      };
      const root = document.documentElement;
      if (root.scrollWidth > root.clientWidth + 1) {
        // Named by the innermost elements that reach out of the window, so the failure says what to fix.
        const outside = (element: Element) => {
          const box = element.getBoundingClientRect();
          return box.width > 0 && (box.right > root.clientWidth + 1 || box.left < -1);
        };
        const culprits = [...document.body.querySelectorAll("*")]
          .filter((element) => outside(element) && ![...element.children].some(outside))
          .slice(0, 3)
          .map(describe);
        problems.push({
          kind: "overflow",
          detail: `the page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window: ${culprits.join(", ")}`,
        });
      }

      const containers = [...document.querySelectorAll(scope)];
      const hasOwnText = (element: Element) =>
        [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? "").trim() !== "");
      for (const element of containers.flatMap((container) => [container, ...container.querySelectorAll("*")])) {
        if (!(element instanceof HTMLElement) || element.closest("[aria-hidden=true], [hidden], template, script, style")) continue;
        const style = getComputedStyle(element);
        const clips = style.overflowX === "hidden" || style.overflowX === "clip" || style.textOverflow === "ellipsis";
        if (!clips || element.clientWidth <= 1 || element.getClientRects().length === 0) continue;
        if (element.closest("[data-truncate]")) continue;
        const texts = hasOwnText(element) || [...element.children].some((child) => getComputedStyle(child).display.startsWith("inline"));
        if (texts && element.scrollWidth > element.clientWidth + 1) problems.push({ kind: "cut-off", detail: describe(element) });
      }

      const rawKey = /^(?:[a-z][A-Za-z]*:[A-Za-z][\w.]*|[a-z][a-zA-Z]*(?:\.[a-z][a-zA-Z0-9]*)*\.[a-z]+[A-Z][a-zA-Z0-9]*)$/;
      const rawCode = /^(?:[a-z]+(?:_[a-z]+)+|[A-Z]+(?:_[A-Z]+)+)$/;
      const englishSet = new Set(english ?? []);
      const shopDataSet = new Set(shopData);
      // A sentence in Latin letters: at least two words, nothing but letters, spaces and a sentence's punctuation
      // (so no digit, no @, no slash: numbers, money, codes, emails and URLs never match), and written in
      // sentence case, as every UI string of the app is (Polaris's style): a word after the first in lower case.
      // What a merchant or Shopify names (people, products, tiers, the shop) is written in title case
      // ("Fatima Al Mansouri", "Relaxed Chino") and never matches; what they name in sentence case is in shopData.
      const looksEnglish = (text: string) =>
        /^[A-Za-z'’][A-Za-z'’,.:;!?()"“”&-]*(?:\s+[A-Za-z'’,.:;!?()"“”&-]+)+$/.test(text) &&
        /^\S+(?:\s+\S+)*\s+\(?[a-z]{2,}/.test(text) &&
        !shopDataSet.has(text);
      const walkers = containers.map((container) => document.createTreeWalker(container, NodeFilter.SHOW_TEXT));
      for (const walker of walkers)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || parent.closest("script, style, template, code, [hidden], [aria-hidden=true], [data-stored-values]")) continue;
          // Only what is drawn: a closed <select>'s other options, or App Bridge's hidden <ui-save-bar> buttons, are not.
          if (parent.getClientRects().length === 0) continue;
          const text = (node.textContent ?? "").trim();
          if (!text) continue;
          if (rawKey.test(text)) problems.push({ kind: "raw-key", detail: text });
          else if (rawCode.test(text)) problems.push({ kind: "raw-code", detail: text });
          else if (english && (englishSet.has(text) || looksEnglish(text))) problems.push({ kind: "english", detail: text });
        }
      const missing = (window as unknown as { __conciergeMissingKeys?: string[] }).__conciergeMissingKeys ?? [];
      for (const key of missing) problems.push({ kind: "missing-key", detail: key });
      return problems as { kind: ViewProblem["kind"]; detail: string }[];
    },
    { english: englishStrings, scope, shopData },
  );
}

type ViewProblemKind = ViewProblem["kind"];
export type { ViewProblemKind };
