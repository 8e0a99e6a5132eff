// The roster's week grid in the embedded admin: an agent who answers in
// Arabic joins from Riyadh, and the Agents page shows the hours they cover on
// the shop's clock, the gaps, and the languages each hour covers.
import { describe, expect, inject, it } from "vitest";
import { openPage, withBrowser } from "./browser";

const demo = inject("demo");
const browser = withBrowser();

describe("the coverage grid", () => {
  it("shows the week hour by hour with who covers it, the gaps and the languages covered", async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(demo.adminUrl);
    const nav = page.getByRole("navigation", { name: "App" });
    await nav.getByRole("link", { name: "Agents", exact: true }).click();
    await page.getByRole("link", { name: "Add agent" }).first().click();
    await page.getByRole("heading", { name: "Add agent" }).waitFor();
    await page.getByLabel("Name").fill("Layla Haddad");
    await page.getByLabel("Email").fill("layla.grid@concierge-demo.example");
    await page.getByLabel("Time zone").selectOption("Asia/Riyadh");
    await page.getByLabel("Arabic").check();
    await page.getByLabel("Code", { exact: true }).fill("LAYLAGRID10");
    await page.getByRole("button", { name: "Add agent" }).click();
    await page.getByRole("heading", { name: "Layla Haddad" }).waitFor();

    await nav.getByRole("link", { name: "Agents", exact: true }).click();
    await page.getByRole("heading", { name: "Who covers which hours" }).waitFor();
    const grid = page.getByRole("table", { name: "Coverage by hour" });
    await expect(grid.locator("tbody tr").count()).resolves.toBe(7);
    // Layla's cells name her and the language she answers in; the nights are gaps.
    await grid
      .locator("td", { hasText: /Layla Haddad.*answers in Arabic/ })
      .first()
      .waitFor({ state: "attached" });
    await expect(grid.locator('td[data-status="gap"]').count()).resolves.toBeGreaterThan(0);
    await page.getByRole("heading", { name: "Hours nobody covers" }).waitFor();
    await page.getByRole("heading", { name: "Languages covered" }).waitFor();
    await page.getByText(/^Arabic: ([1-9]\d*) of 168 hours$/).waitFor();
    await page.getByText(/^French: \d+ of 168 hours$/).waitFor();
    expect(errors).toEqual([]);
  });
});
