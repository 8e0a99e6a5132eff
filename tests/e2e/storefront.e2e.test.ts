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

describe("the order-tracking block on a page of the merchant's own", () => {
  it("sends the shopper to the tracking page with their order", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${demo.storefrontUrl}/pages/track-your-order`);
    const block = page.locator("[data-block-handle=order-tracking]");
    await block.getByLabel("Order number").fill("1001");
    await block.getByLabel("Email or phone").fill("fatima.almansouri@example.ae");
    await block.getByRole("button", { name: "Find my order" }).click();
    await page.getByRole("heading", { name: "#1001" }).waitFor();
    expect(errors).toEqual([]);
  });

  it("lists a logged-in customer's orders in their language", async () => {
    const { page } = await openPage(browser, { locale: "ar" });
    await page.goto(`${demo.storefrontUrl}/account/login`);
    await page.locator("li", { hasText: "fatima.almansouri@example.ae" }).getByRole("link").click();
    await page.goto(`${demo.storefrontUrl}/ar/pages/track-your-order`);
    const block = page.locator("[data-block-handle=order-tracking]");
    await expect(block.getByRole("heading").textContent()).resolves.toBe("تتبّع طلبك");
    await block.getByRole("navigation", { name: "طلباتك الأخيرة" }).getByRole("link").first().click();
    await page.getByRole("heading", { level: 2 }).first().waitFor();
    expect(new URL(page.url()).searchParams.get("order_id")).toMatch(/^\d+$/);
  });
});

describe("upsell on the tracking page", () => {
  it("shows the storefront's recommendations for what was ordered, and adding one tags the cart for the tracking page", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${demo.trackUrl}?order=1001&contact=fatima.almansouri@example.ae`);
    const upsell = page.getByRole("region", { name: "You might also like" });
    const firstAdd = upsell.getByRole("button", { name: "Add to cart" }).first();
    await firstAdd.waitFor();
    await firstAdd.click();
    await expect(page.getByRole("status").filter({ hasText: "Added to your cart" }).textContent()).resolves.toBe("Added to your cart");
    const cart = await page.evaluate(async () => (await fetch("/cart.js")).json());
    expect(cart.item_count).toBe(1);
    expect(cart.attributes).toMatchObject({ _concierge_track: "1" });
    expect(errors).toEqual([]);
  });
});
