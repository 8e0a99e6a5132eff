// The weekly reasons report in the embedded admin: the demo's shoppers opened
// returns in Shopify with their reasons (returns/approve told Concierge), a
// steady trickle for eight weeks and then "damaged or defective" rising on
// one product this week; the Reasons page flags it, with the refunds behind
// each reason and where the numbers come from.
import { describe, expect, inject, it } from "vitest";
import { openPage, withBrowser } from "./browser";

const demo = inject("demo");
const browser = withBrowser();

describe("the weekly reasons report", () => {
  it("shows this week's reasons by reason and by product, and flags the spike", async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(demo.adminUrl);
    const nav = page.getByRole("navigation", { name: "App" });
    // The returns reach Concierge through its job queue as the demo starts: open the page again until they are counted.
    // On a busy machine (other journeys in parallel) that takes more than a minute: wait up to two.
    for (const deadline = Date.now() + 120_000; Date.now() < deadline;) {
      await nav.getByRole("link", { name: "Reasons", exact: true }).click();
      await page.getByRole("heading", { name: "By reason" }).waitFor();
      if ((await page.getByText(/ is rising on /).count()) > 0) break;
      await nav.getByRole("link", { name: "Profit", exact: true }).click();
      await page.waitForTimeout(1000);
    }
    await page.getByText(/weeks start on Monday/).waitFor();
    await page.getByText(/Counted from every contact that carried a reason/).waitFor();
    // The spike: one product's "Damaged or defective", more than twice its usual week.
    await page.getByText(/^Damaged or defective is rising on /).waitFor();
    await page.getByText(/^\d+ this week against \d+\.\d in a usual week: more than twice as many/).waitFor();
    const byReason = page.getByRole("table").first();
    const defective = byReason.locator("tr", { hasText: "Damaged or defective" });
    await expect(defective.getByText("Spike").count()).resolves.toBe(1);
    // The refunds behind it: the returned items' value, in dollars.
    await expect(defective.textContent()).resolves.toMatch(/\$\d[\d,]*\.\d{2}/);
    await expect(byReason.locator("tr", { hasText: "Too small" }).getByText("Spike").count()).resolves.toBe(0);
    await page.getByRole("heading", { name: "By product" }).waitFor();
    await page.getByRole("heading", { name: "Your reasons" }).waitFor();
    expect(errors).toEqual([]);
  }, 150_000);

  it("shows the period's refunds by reason on the Profit page", async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(demo.adminUrl);
    await page.getByRole("navigation", { name: "App" }).getByRole("link", { name: "Profit", exact: true }).click();
    await page.getByRole("heading", { name: "Refunds and exchanges by reason" }).waitFor();
    await page.getByText(/Left out: refunds issued without a return/).waitFor();
    const card = page.locator("table", { has: page.getByRole("columnheader", { name: "Reason" }) });
    const defective = card.locator("tr", { hasText: "Damaged or defective" });
    await expect(defective.textContent()).resolves.toMatch(/\$\d[\d,]*\.\d{2}/);
    expect(errors).toEqual([]);
  });
});
