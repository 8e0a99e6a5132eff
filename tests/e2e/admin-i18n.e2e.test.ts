// The admin in the staff member's language: Shopify opens the app with
// `locale`, the app keeps it while the merchant moves around, Arabic reads
// right to left, and every page passes axe-core in both directions.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations } from "./axe";
import { launchBrowser, openPage } from "./browser";

const demo = inject("demo");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const withLocale = (url: string, locale: string) => {
  const target = new URL(url);
  target.searchParams.set("locale", locale);
  return target.toString();
};

const nav = (page: Page) => page.getByRole("navigation", { name: "App" });
const documentLanguage = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

describe("the admin in the merchant's language", () => {
  it("opens in Arabic, right to left, when Shopify says locale=ar, and stays Arabic across the app", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(withLocale(demo.adminUrl, "ar"));
    await nav(page).getByRole("link", { name: "الأرباح" }).waitFor();
    await expect(documentLanguage(page)).resolves.toEqual({ lang: "ar", dir: "rtl" });

    await nav(page).getByRole("link", { name: "طلبات بيانات العملاء" }).click();
    await page.waitForURL((url) => url.pathname === "/app/data-requests");
    await nav(page).getByRole("link", { name: "الإعدادات" }).waitFor();
    await expect(documentLanguage(page)).resolves.toEqual({ lang: "ar", dir: "rtl" });
    expect(errors).toEqual([]);
  });

  it("opens in French for locale=fr-CA, and back in English for locale=en", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(withLocale(demo.adminUrl, "fr-CA"));
    await nav(page).getByRole("link", { name: "Rentabilité" }).waitFor();
    await expect(documentLanguage(page)).resolves.toEqual({ lang: "fr", dir: "ltr" });

    await page.goto(withLocale(demo.adminUrl, "en"));
    await nav(page).getByRole("link", { name: "Profit" }).waitFor();
    await expect(documentLanguage(page)).resolves.toEqual({ lang: "en", dir: "ltr" });
    expect(errors).toEqual([]);
  });

  it("falls back to English for a language the admin doesn't speak", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(withLocale(demo.adminUrl, "ja"));
    await nav(page).getByRole("link", { name: "VIP rules" }).waitFor();
    await expect(documentLanguage(page)).resolves.toEqual({ lang: "en", dir: "ltr" });
    expect(errors).toEqual([]);
  });
});

const ADMIN_PAGES = [
  "",
  "/profit",
  "/vip-rules",
  "/vip-rules/new",
  "/tracking",
  "/email",
  "/email-templates",
  "/chat",
  "/agents",
  "/agents/new",
  "/agent-desk",
  "/helpdesks",
  "/exchange-offers",
  "/data-requests",
  "/failed-events",
  "/settings",
];

const adminPage = (path: string, locale: string) => {
  const url = new URL(demo.adminUrl);
  url.pathname = `${url.pathname}/app${path}`;
  url.searchParams.set("locale", locale);
  return url.toString();
};

describe.each([
  ["en", "ltr"],
  ["ar", "rtl"],
])("axe-core on every admin page in %s (%s)", (locale, dir) => {
  it.each(ADMIN_PAGES)("/app%s has no violation", async (path) => {
    const { page, errors } = await openPage(browser);
    await page.goto(adminPage(path, locale));
    await page.locator("h1").first().waitFor();
    await page.waitForLoadState("networkidle");
    await expect(documentLanguage(page)).resolves.toEqual({ lang: locale, dir });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
