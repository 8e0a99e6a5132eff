// The store's history on the demo: installing Concierge (scripts/demo.ts)
// queues an import that the demo's worker runs, so the merchant's first
// visit to Profit shows the demo store's months with their figures, and the
// chat page compares the chat to the store's real orders, not to the few
// that came in since install.
import type { Browser, Page } from "playwright-core";
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

const AMOUNT = /[-−]?\$[\d,]+\.\d{2}/;

/** The month cells of a P&L line (the first cell is its label, the last the period's total). */
async function monthAmounts(page: Page, line: string): Promise<string[]> {
  const cells = await page.getByRole("row").filter({ hasText: line }).first().getByRole("cell").allTextContents();
  return cells.slice(1, -1).map((text) => AMOUNT.exec(text)?.[0] ?? text);
}

const nonZero = (amounts: string[]) =>
  amounts.filter((amount) => AMOUNT.test(amount) && amount.replace(/[^\d]/g, "").replace(/^0+/, "") !== "");

describe("the store's history", () => {
  it("is on the Profit page from the first visit: the demo store's months, not zero", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(demo.adminUrl);
    await page.getByRole("navigation", { name: "App" }).getByRole("link", { name: "Profit" }).click();
    await page.getByRole("heading", { name: "Profit", level: 1 }).waitFor();
    // The import runs on the demo's worker; while it does, the card says how far it is and the page refreshes itself.
    await page.getByText(/^Imported [\d,]+ orders and [\d,]+ customers\.$/).waitFor({ timeout: 120_000 });
    await expect(page.getByText(/^Every order since your store's first, on /).isVisible()).resolves.toBe(true);

    await page.getByRole("table").getByText("Team's share of refunds and exchanges").first().waitFor();
    // The demo store took orders over the last 90 days: three or four months with refunds, chat orders in the last ones.
    expect(nonZero(await monthAmounts(page, "Team's share of refunds and exchanges")).length).toBeGreaterThanOrEqual(3);
    expect(nonZero(await monthAmounts(page, "Chat-assisted orders")).length).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
  });

  it("gives the chat page the store's real order count", async () => {
    const shops = (await (await fetch(`${demo.shopifyUrl}/_local/shops`)).json()) as { shops: { domain: string; orders: number }[] };
    const storeOrders = shops.shops.find((shop) => demo.adminUrl.includes(shop.domain))!.orders;
    const { page, errors } = await openPage(browser);
    await page.goto(demo.adminUrl);
    await page.getByRole("navigation", { name: "App" }).getByRole("link", { name: "Chat trigger" }).click();
    // The page's dates say which period its figures are for: wait until they are the 90 days'.
    const period = page.getByText(/^\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2} \(/);
    const before = await period.textContent();
    await page.getByLabel("Period").selectOption("90");
    await page.waitForURL(/[?&]days=90\b/);
    await expect.poll(() => period.textContent(), { timeout: 30_000 }).not.toBe(before);
    const detail = await page.getByText(/ of your [\d,]+ orders$/).textContent({ timeout: 30_000 });
    const counted = Number(/of your ([\d,]+) orders/.exec(detail ?? "")![1]!.replace(/,/g, ""));
    // Every order of the last 90 days but the cancelled ones (a few percent of the demo's).
    expect(counted).toBeLessThanOrEqual(storeOrders);
    expect(counted).toBeGreaterThan(storeOrders * 0.9);
    expect(errors).toEqual([]);
  });
});
