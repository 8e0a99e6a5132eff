// Exchange offers in the embedded admin: the store owner writes an offer
// ("return a Classic Chino, get the Relaxed Chino and a free belt"), the form
// checks it before sending, the offer is listed with its outcomes table, and
// an order's exchange page opens from the agent desk.
// The offer is deleted at the end, so other journeys see the store as it was.
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

describe("exchange offers", () => {
  it("adds an offer with its words in three languages and lists it with its figures", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(demo.adminUrl);
    await page.getByRole("heading", { name: "Concierge", level: 1 }).waitFor();
    const nav = page.getByRole("navigation", { name: "App" });
    await nav.getByRole("link", { name: "Exchange offers" }).click();
    await page.getByRole("heading", { name: "Exchange offers", level: 1 }).waitFor();
    await page.getByText("Outcomes · last 30 days").waitFor();

    await page.getByRole("link", { name: "Add offer" }).first().click();
    await page.getByRole("heading", { name: "Add exchange offer" }).waitFor();
    // The form checks what it can before anything is sent.
    await page.getByRole("button", { name: "Add offer" }).click();
    await page.getByText("Enter a name").waitFor();

    await page.getByLabel("Name").fill("E2E new cut + free belt");
    await page.getByRole("checkbox", { name: "Classic Chino" }).check();
    await page.getByLabel("Exchange to").selectOption("product");
    await page.getByLabel("Product", { exact: true }).selectOption({ label: "Relaxed Chino" });
    await page.getByLabel("Bonus").selectOption("free_gift");
    await page.getByLabel("Free gift").selectOption({ label: "Leather Belt – M · 45.00 USD" });
    await page.getByLabel("Headline (English)").fill("Not the right fit? Exchange for {exchange_item} and get {bonus_item}");
    await page.getByLabel("Agent's script (English)").fill("We just released {exchange_item}: exchange today and I'll add {bonus_item}.");
    await page.getByRole("tab", { name: /Français/ }).click();
    await page.getByLabel("Headline (Français (French))").fill("Pas la bonne coupe ? Échangez contre {exchange_item}");
    await page.getByLabel("Agent's script (Français (French))").fill("Je vous offre {bonus_item}.");
    await page.getByRole("button", { name: "Add offer" }).click();
    await page.getByRole("heading", { name: "E2E new cut + free belt" }).waitFor();
    // Edited in place: what was saved is kept, and a toast says so.
    await expect(page.getByRole("checkbox", { name: "Classic Chino" }).isChecked()).resolves.toBe(true);
    await page.getByLabel("Return window").fill("45");
    // App Bridge's save bar, shown while the form has changes.
    await page.getByRole("region", { name: "Unsaved changes" }).getByRole("button", { name: "Save" }).click();
    await page.getByRole("status").filter({ hasText: "Offer saved" }).waitFor();
    await expect(page.getByLabel("Return window").inputValue()).resolves.toBe("45");
    await expect(page.getByRole("checkbox", { name: "Classic Chino" }).isChecked()).resolves.toBe(true);

    await nav.getByRole("link", { name: "Exchange offers" }).click();
    const rows = page.getByRole("row").filter({ hasText: "E2E new cut + free belt" });
    // The offer, and its line in the outcomes table (nothing shown yet).
    await rows.nth(1).waitFor();
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.nth(1).textContent()).resolves.toContain("$0.00");
    const row = rows.first();
    await expect(row.textContent()).resolves.toContain("Relaxed Chino");
    await expect(row.textContent()).resolves.toContain("English for ar");

    // From the agent desk, an order's exchange page: its items and the offers that apply.
    await nav.getByRole("link", { name: "Agent desk" }).click();
    await page.getByLabel("Find a customer").fill("camille.martin@exemple.fr");
    await page.getByRole("button", { name: "Find" }).click();
    await page
      .getByRole("link", { name: /^Exchange items of #\d+$/ })
      .first()
      .click();
    await page.getByRole("heading", { name: /^Exchange · #\d+$/ }).waitFor();
    await page.getByText("Offers made on this order").waitFor();
    await page.getByLabel("Why is the shopper returning it?").selectOption("SIZE_TOO_SMALL");
    await page.getByRole("button", { name: "Show offers" }).click();
    await page.waitForURL(/reason=SIZE_TOO_SMALL/);

    await nav.getByRole("link", { name: "Exchange offers" }).click();
    await row.getByRole("button", { name: "Delete" }).click();
    await page.getByText("Offer deleted; its outcomes stay in the figures").waitFor();
    expect(errors).toEqual([]);
  });
});
