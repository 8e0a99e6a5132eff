// The storefront, rendered by the local storefront from the theme app
// extension's own files, with /apps/concierge/* reaching the app through a
// signed app proxy.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openPage } from "./browser";

const demo = inject("demo");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the product page", () => {
  it("renders the product with the extension's block in the shopper's language", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(demo.productUrl);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Relaxed Chino");
    const link = page.locator("[data-block-handle=track-order-link] a");
    await expect(link.textContent()).resolves.toBe("Track your order");
    await link.click();
    await page.getByRole("heading", { name: "Track your order" }).waitFor();
    expect(errors).toEqual([]);
  });

  it("is right-to-left in Arabic", async () => {
    const { page } = await openPage(browser, { locale: "ar" });
    await page.goto(demo.productUrl.replace(demo.storefrontUrl, `${demo.storefrontUrl}/ar`));
    await expect(page.locator("html").getAttribute("dir")).resolves.toBe("rtl");
    await expect(page.locator("[data-block-handle=track-order-link] a").textContent()).resolves.toBe("تتبّع طلبك");
  });
});

describe("the /track page", () => {
  it("looks an order up by number and email and shows its timeline", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(demo.trackUrl);
    expect(new URL(page.url()).pathname).toBe("/apps/concierge/track");
    await page.getByLabel("Order number").fill("#1001");
    await page.getByLabel("Email or phone").fill("fatima.almansouri@example.ae");
    await page.getByRole("button", { name: "Find my order" }).click();
    await page.getByRole("heading", { name: "#1001" }).waitFor();
    await expect(page.locator("[data-step=delivered]").getAttribute("data-state")).resolves.toBe("done");
    expect(errors).toEqual([]);
  });

  it("says the same thing for a wrong email as for a missing order", async () => {
    const { page } = await openPage(browser);
    await page.goto(`${demo.trackUrl}?order=1001&contact=someone-else@example.com`);
    const wrongEmail = await page.getByRole("alert").textContent();
    await page.goto(`${demo.trackUrl}?order=999999&contact=fatima.almansouri@example.ae`);
    const missingOrder = await page.getByRole("alert").textContent();
    expect(wrongEmail).toBe(missingOrder);
    expect(wrongEmail).toMatch(/couldn't find an order/);
  });

  it("renders in Arabic, right to left", async () => {
    const { page } = await openPage(browser, { locale: "ar" });
    await page.goto(`${demo.storefrontUrl}/ar/track`);
    await expect(page.locator("html").getAttribute("dir")).resolves.toBe("rtl");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("تتبّع طلبك");
    await expect(page.getByRole("button").textContent()).resolves.toBe("ابحث عن طلبي");
  });
});
