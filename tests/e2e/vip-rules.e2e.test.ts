// VIP rules in the embedded admin: the store owner writes a rule, previews it
// against the demo store's customers, opens one customer's tier page, saves
// the rule and watches every customer being re-evaluated. The rule is deleted
// at the end, which takes the tier off its customers again.
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

describe("VIP rules", () => {
  it("previews a rule against the store's customers, saves it and re-evaluates everyone", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(demo.adminUrl);
    await page.getByRole("heading", { name: "Concierge", level: 1 }).waitFor();
    const nav = page.getByRole("navigation", { name: "App" });
    await nav.getByRole("link", { name: "VIP rules" }).click();
    await page.getByRole("heading", { name: "VIP rules", level: 1 }).waitFor();

    await page.getByRole("link", { name: "Add rule" }).first().click();
    await page.getByRole("heading", { name: "Add VIP rule" }).waitFor();
    // The form checks what it can before anything is sent.
    await page.getByRole("button", { name: "Save rule" }).click();
    await page.getByText("Enter a tier name").waitFor();
    await page.getByLabel("Tier name").fill("E2E Senior Concierge");
    await page.getByRole("textbox", { name: "Value" }).fill("10000");
    await page.getByLabel("Concierge name").fill("Ana");
    await page.getByLabel("Concierge email").fill("ana@concierge-demo.example");
    // Conditions are rows: one added, then removed again.
    await page.getByRole("button", { name: "Add condition" }).click();
    await page.getByRole("textbox", { name: "Value" }).nth(1).fill("3");
    await page.getByRole("button", { name: "Remove this condition" }).nth(1).click();
    await expect(page.getByRole("textbox", { name: "Value" }).count()).resolves.toBe(1);
    await expect(page.getByRole("textbox", { name: "Value" }).inputValue()).resolves.toBe("10000");

    await page.getByRole("button", { name: "Preview" }).click();
    const summary = page.getByText(/^\d+ of \d+ customers match$/);
    await summary.waitFor();
    const matching = Number((await summary.textContent())?.split(" ")[0]);
    expect(matching).toBeGreaterThanOrEqual(5); // the demo store's big spenders
    await page
      .getByText(/^Qualifies for “E2E Senior Concierge”: Amount spent \$[\d,.]+ ≥ \$10,000\.00$/)
      .first()
      .waitFor();

    await page.getByRole("button", { name: "Save rule" }).click();
    await page.getByRole("heading", { name: "VIP rules", level: 1 }).waitFor();
    // The page refreshes itself while every customer is re-evaluated.
    await page.getByText(/^Every customer was re-evaluated/).waitFor({ timeout: 30_000 });
    const row = page.getByRole("row", { name: /E2E Senior Concierge/ });
    await expect(row.getByRole("cell").nth(4).textContent()).resolves.toBe(String(matching));
    // Recent tier changes name each customer (never "Customer 1000439"); the first one's history.
    await expect(page.getByRole("link", { name: /^Customer \d+$/ }).count()).resolves.toBe(0);
    await page.locator('a[href*="/app/vip-rules/customers/"]').first().click();
    await page.getByText("Tier on their profile: E2E Senior Concierge").waitFor();
    await page
      .getByText(/^Qualifies for “E2E Senior Concierge”/)
      .first()
      .waitFor();
    // Re-evaluated on demand: already in place, and the page says so.
    await page.waitForLoadState("networkidle");
    await page.getByRole("button", { name: "Re-evaluate now" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /^Re-evaluated: nothing to change\.$/ })
      .waitFor();

    await nav.getByRole("link", { name: "VIP rules" }).click();
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Delete E2E Senior Concierge" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /^Rule deleted\. Customers are being re-evaluated\.$/ })
      .waitFor();
    await page.getByText("No VIP rules yet").waitFor();
    await page.getByText(/^Every customer was re-evaluated/).waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
  });
});
