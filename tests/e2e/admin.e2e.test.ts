// The embedded admin, opened the way Shopify admin opens it: from the local
// Shopify, with a session token signed with the app secret, App Bridge from
// the local Shopify, and the Admin API answered by the local Shopify.
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

describe("the embedded admin", () => {
  it("opens on the home page with the shop's own data from the Admin API", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(demo.adminUrl);
    await expect(page.getByRole("heading", { name: "Concierge", level: 1 }).textContent()).resolves.toBe("Concierge");
    await expect(page.getByText("Currency: USD").isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it("navigates inside the app with App Bridge's navigation menu, keeping the session", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(demo.adminUrl);
    await page.getByRole("navigation", { name: "App" }).getByRole("link", { name: "Customer data requests" }).click();
    await page.getByRole("heading", { name: "Customer data requests" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/app/data-requests");
    await expect(page.getByText("No data requests yet").or(page.getByRole("table")).first().isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it("refuses the admin to a request without a session token", async () => {
    const response = await fetch(`${demo.appUrl}/app`, { redirect: "manual", headers: { "User-Agent": "Mozilla/5.0 Chrome/156.0" } });
    expect([302, 401, 403]).toContain(response.status);
  });
});
