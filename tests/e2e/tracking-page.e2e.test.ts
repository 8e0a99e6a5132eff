// The /track page as a shopper on a phone sees it (issue 17), in English and
// Arabic: dates and times on every step, the expected delivery first, bidi-safe
// item lists, controls at least 44 px tall, plural waits, and no violation
// axe-core finds on the lookup form, the result and the exchange request.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { violationsIn } from "./axe";
import { launchBrowser, openPage } from "./browser";

const demo = inject("demo");
const LOOKUP = "order=1001&contact=fatima.almansouri@example.ae";
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function phonePage(locale: "en" | "ar") {
  const { page, errors } = await openPage(browser, { locale });
  await page.setViewportSize({ width: 390, height: 844 });
  return { page, errors };
}

const trackUrl = (locale: "en" | "ar", query = "") =>
  `${demo.storefrontUrl}${locale === "ar" ? "/ar" : ""}/track${query ? `?${query}` : ""}`;

/** axe-core's violations on the tracking page's own part of the page. */
const violations = (page: Page) => violationsIn(page, ".concierge-track");

describe("the /track page on a phone", () => {
  for (const locale of ["en", "ar"] as const) {
    it(`has no accessibility violation on the lookup form and the result (${locale})`, async () => {
      const { page, errors } = await phonePage(locale);
      await page.goto(trackUrl(locale));
      await page.locator(".concierge-track form").waitFor();
      expect(await violations(page)).toEqual([]);
      await page.goto(trackUrl(locale, LOOKUP));
      await page.getByRole("heading", { name: "#1001" }).waitFor();
      expect(await violations(page)).toEqual([]);
      if (locale === "ar") await expect(page.locator("html").getAttribute("dir")).resolves.toBe("rtl");
      expect(errors).toEqual([]);
    });
  }

  it("dates every step that happened, and keeps controls at least 44 px tall", async () => {
    const { page } = await phonePage("en");
    await page.goto(trackUrl("en", LOOKUP));
    await page.getByRole("heading", { name: "#1001" }).waitFor();
    // The first steps too: confirmed and being prepared say when, as the later ones do (issue 17).
    for (const step of ["confirmed", "preparing", "delivered"]) {
      const time = page.locator(`.concierge-package [data-step=${step}] time`).first();
      await expect(time.getAttribute("datetime")).resolves.toMatch(/^\d{4}-\d\d-\d\dT/);
      await expect(time.textContent()).resolves.toMatch(/\d{4} at \d{1,2}:\d\d/);
    }
    const heights = await page
      .locator(".concierge-track :is(button, select, input:not([type=hidden]))")
      .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().height));
    for (const height of heights) expect(height).toBeGreaterThanOrEqual(44);
  });

  it("dates the confirmed and being prepared steps in Arabic", async () => {
    const { page } = await phonePage("ar");
    await page.goto(trackUrl("ar", LOOKUP));
    await page.getByRole("heading", { name: "#1001" }).waitFor();
    for (const step of ["confirmed", "preparing"]) {
      // "بتاريخ 18 أغسطس 2026 في 12:56 م": the date and time in Arabic, in the shop's time zone.
      const time = page.locator(`.concierge-package [data-step=${step}] time`).first();
      await expect(time.textContent()).resolves.toMatch(/^بتاريخ \d{1,2} \S+ \d{4} في \d{1,2}:\d\d [صم]$/);
    }
  });

  it("keeps '1 × item' whole in Arabic", async () => {
    const { page } = await phonePage("ar");
    await page.goto(trackUrl("ar", LOOKUP));
    await page.getByRole("heading", { name: "#1001" }).waitFor();
    const items = await page.locator(".concierge-package bdi").allTextContents();
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toMatch(/^\d+ × \S/);
  });
});
