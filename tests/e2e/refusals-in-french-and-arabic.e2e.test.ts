// The refusals a staff member meets on the admin's forms, in French and in
// Arabic, in a real browser (issue 17): the agent form's own messages (read in
// the browser by the same schema as the action) and the refusal Shopify's
// answer brings back (a code the store already has), the Helpdesks page's test
// connection; each page then fails on any English sentence left in it.
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverTranslate } from "../../app/i18n/resources.server";
import { openAdmin } from "./admin-pages";
import { launchBrowser, openPage } from "./browser";
import { englishUiStrings, findProblems } from "./screens";

const ENGLISH = englishUiStrings();

/** Every French text of the admin: a word French and English share ("Agent", "Code") is French too. */
function frenchTexts(): Set<string> {
  const texts = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === "string") texts.add(value.trim());
    else if (value && typeof value === "object") Object.values(value).forEach(add);
  };
  const dir = path.resolve(import.meta.dirname, "../../app/locales/admin/fr");
  for (const file of fs.readdirSync(dir)) add(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")));
  return texts;
}
const FRENCH = frenchTexts();
let browser: Browser;

/**
 * What is wrong on the page: on an Arabic page any English sentence (the
 * screenshot journey's detector); on a French one, whose sentences are Latin
 * letters in sentence case too, an English text of the translations shown as it is.
 */
async function problemsOn(page: Page, locale: "fr" | "ar") {
  const problems = await findProblems(page, ENGLISH, "main");
  return locale === "ar"
    ? problems
    : problems.filter((problem) => problem.kind !== "english" || (ENGLISH.includes(problem.detail) && !FRENCH.has(problem.detail)));
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(["fr", "ar"] as const)("the admin's refusals in %s", (locale) => {
  const t = serverTranslate(locale);

  it("the agent form says what each field needs, and that Shopify already has the code, in the staff member's language", async () => {
    const { page, errors } = await openPage(browser, { locale });
    await openAdmin(page, "/app/agents/new", locale);
    await page
      .getByRole("button", { name: t("agents:add") })
      .first()
      .click();
    await page.getByText(t("forms:agent.name")).first().waitFor();
    await page.getByText(t("forms:agent.timeZone")).first().waitFor();

    await page.getByLabel(t("agents:details.name"), { exact: true }).fill("Chloe Martin");
    await page.getByLabel(t("agents:details.email"), { exact: true }).fill(`chloe.${locale}@concierge-demo.example`);
    await page.getByLabel(t("agents:details.timeZone")).selectOption("Europe/Paris");
    await page.getByLabel(t("agents:ledger.code"), { exact: true }).fill("CHLOE10");
    await page
      .getByRole("button", { name: t("agents:add") })
      .first()
      .click();
    await page.getByText(t("agents:refusals.codeInShopifySuggest", { code: "CHLOE10", suggestion: "CHLOEM10" })).waitFor();
    await expect(page.getByText("is already a discount code in your Shopify store").count()).resolves.toBe(0);
    expect(await problemsOn(page, locale)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("the Helpdesks page's test connection answers in the staff member's language", async () => {
    const { page, errors } = await openPage(browser, { locale });
    await openAdmin(page, "/app/helpdesks", locale);
    await page.getByRole("button", { name: t("helpdesks:setup.testLabel", { name: "Gorgias" }) }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /^Gorgias/ })
      .waitFor();
    expect(await problemsOn(page, locale)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
