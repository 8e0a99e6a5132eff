// The profit dashboard in the embedded admin: rendered on the server, then
// its charts drawn in the browser (Polaris Viz can't render on the server),
// with every number in the table, the merchant's figures saved from the page,
// and the CSV downloaded with the session token.
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

describe("the profit dashboard", () => {
  it("shows support's P&L with its charts, saves the merchant's margin and exports the CSV", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(demo.adminUrl);
    await page.getByRole("navigation", { name: "App" }).getByRole("link", { name: "Profit" }).click();
    await page.getByRole("heading", { name: "Profit", level: 1 }).waitFor();
    await page.getByRole("heading", { name: "Profit and loss" }).waitFor();
    await page.getByRole("table").getByText("Support's costs").first().waitFor();
    // The default period ends with the month in progress, which says its figures are so far.
    await page.getByText(/ is in progress: its figures are so far\./).waitFor();
    await page.getByRole("columnheader", { name: /\(so far\)$/ }).waitFor();
    await page
      .getByText(/^Including .+ so far\.$/)
      .first()
      .waitFor();
    // The charts, drawn once the page is in the browser.
    await page.locator('[data-profit-chart="revenue-costs"] svg').first().waitFor();
    await page.locator('[data-profit-chart="result"] svg').first().waitFor();
    // A demo nobody has set up asks for the margin; the home page's journey may have saved one first.
    const margin = page.getByLabel("Gross margin", { exact: true });
    if ((await margin.inputValue()) === "") await page.getByText("Enter your gross margin").waitFor();

    await margin.fill("62.5");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Settings saved").waitFor();
    // The page's data is reloaded after the save; the warning goes once it is.
    await page.getByText("Enter your gross margin").waitFor({ state: "detached" });

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export CSV", exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^concierge-profit-\d{4}-\d{2}-to-\d{4}-\d{2}\.csv$/);
    expect(errors).toEqual([]);
  });
});
