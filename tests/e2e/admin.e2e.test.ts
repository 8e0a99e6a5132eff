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
  it("opens on the home page with the shop's own data from the Admin API, asking nothing of the internet", async () => {
    const { page, errors } = await openPage(browser);
    // The demo runs without internet: App Bridge comes from the local Shopify, and is preloaded from there too.
    const offMachine: string[] = [];
    page.on("request", (request) => {
      if (!["localhost", "127.0.0.1"].includes(new URL(request.url()).hostname)) offMachine.push(request.url());
    });
    await page.goto(demo.adminUrl);
    await expect(page.getByRole("heading", { name: "Concierge", level: 1 }).textContent()).resolves.toBe("Concierge");
    await expect(page.getByText("Currency: USD").isVisible()).resolves.toBe(true);
    await page.waitForLoadState("networkidle");
    expect(offMachine).toEqual([]);
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

  it("says when Shopify does not answer in time, then fills the page in by itself once it does", async () => {
    const { page } = await openPage(browser);
    await page.goto(demo.adminUrl);
    await page.getByRole("heading", { name: "Concierge", level: 1 }).waitFor();
    // Shopify hangs for longer than a page waits (5 s), and answers again before the banner's first try.
    const outage = await fetch(`${demo.shopifyUrl}/_local/admin-api/outage`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ seconds: 7 }),
    });
    expect(outage.status).toBe(200);
    await page.getByRole("navigation", { name: "App" }).getByRole("link", { name: "Exchange offers" }).click();
    await page.getByText("Shopify did not answer in time — try again").waitFor();
    await expect(page.getByText("Concierge tries again by itself in a moment.").isVisible()).resolves.toBe(true);
    // No click: the page asks again after Shopify's Retry-After and shows the offers.
    await page.getByRole("heading", { name: "Exchange offers", level: 1 }).waitFor({ timeout: 20_000 });
    await expect(page.getByText("Shopify did not answer in time — try again").count()).resolves.toBe(0);
  });
});
