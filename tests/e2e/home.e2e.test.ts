// The merchant's first hour on the home page: the setup guide ticks each step
// as the merchant completes it (from what Concierge sees, never a click on the
// guide), hides and comes back; and the admin's dead ends the issue listed,
// walked and shown gone.
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

async function openHome(page: Page) {
  await page.goto(demo.adminUrl);
  await page.getByRole("heading", { name: "Setup guide" }).waitFor();
}

const step = (page: Page, key: string) => page.locator(`[data-step="${key}"]`);
/** Opens a step (the first one not done is open already). */
async function expand(page: Page, key: string) {
  if ((await step(page, key).getAttribute("aria-expanded")) !== "true") await step(page, key).click();
}
const isDone = async (page: Page, key: string) => (await step(page, key).getAttribute("data-done")) === "true";
const completed = async (page: Page) =>
  Number(/^(\d) of 5 tasks complete$/.exec((await page.getByText(/ of 5 tasks complete$/).textContent()) ?? "")?.[1]);

describe("the setup guide", () => {
  it("ticks the steps as the merchant completes them: the tracking page, the profit settings, a VIP rule", async () => {
    const { page, errors } = await openPage(browser);
    await openHome(page);
    let done = await completed(page);

    // The tracking page: a shopper's (or the merchant's) first lookup.
    if (!(await isDone(page, "trackingPage"))) {
      const shopper = await browser.newPage();
      await shopper.goto(demo.trackUrl);
      await shopper.getByLabel("Order number").fill("#1001");
      await shopper.getByLabel("Email or phone").fill("fatima.almansouri@example.ae");
      await shopper.getByRole("button", { name: "Find my order" }).click();
      await shopper.waitForLoadState("networkidle");
      await shopper.close();
      await openHome(page);
      expect(await isDone(page, "trackingPage")).toBe(true);
      expect(await completed(page)).toBe(++done);
    }

    // The margin, then the team's costs: the step ticks once both are saved.
    if (!(await isDone(page, "profitSettings"))) {
      await expand(page, "profitSettings");
      await page.getByRole("link", { name: "Open Profit settings" }).click();
      await page.getByRole("heading", { name: "Profit", level: 1 }).waitFor();
      await page.getByLabel("Gross margin", { exact: true }).fill("58");
      await page.getByRole("button", { name: "Save settings" }).click();
      await page.getByText("Settings saved").waitFor();
      await page.getByRole("textbox", { name: "Salaries" }).fill("4200");
      await page.getByRole("textbox", { name: "Tools" }).fill("180");
      await page.getByRole("button", { name: "Save the month's costs" }).click();
      await page.getByText("Team costs saved").waitFor();
      await openHome(page);
      expect(await isDone(page, "profitSettings")).toBe(true);
      expect(await completed(page)).toBe(++done);
    }

    // A first VIP rule, from the step's own action; then removed, and the step is open again.
    expect(await isDone(page, "vipRule")).toBe(false);
    await expand(page, "vipRule");
    await page.getByRole("link", { name: "Create a VIP rule" }).click();
    await page.getByRole("heading", { name: "Add VIP rule" }).waitFor();
    await page.getByLabel("Tier name").fill("E2E Home Gold");
    await page.getByRole("textbox", { name: "Value" }).fill("50000");
    await page.getByRole("button", { name: "Save rule" }).click();
    await page.getByRole("heading", { name: "VIP rules", level: 1 }).waitFor();
    await openHome(page);
    expect(await isDone(page, "vipRule")).toBe(true);
    expect(await completed(page)).toBe(++done);

    await page.getByRole("navigation", { name: "App" }).getByRole("link", { name: "VIP rules" }).click();
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Delete E2E Home Gold" }).click();
    await page.getByText(/^Every customer was re-evaluated/).waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
  });

  it("hides, and shows again from the home page", async () => {
    const { page, errors } = await openPage(browser);
    await openHome(page);
    await page.getByRole("button", { name: "Hide the setup guide" }).click();
    await page.getByRole("button", { name: "Show the setup guide" }).waitFor();
    await expect(page.getByRole("heading", { name: "Setup guide" }).count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Show the setup guide" }).click();
    await page.getByRole("heading", { name: "Setup guide" }).waitFor();
    expect(errors).toEqual([]);
  });

  it("opens the theme editor on the chat trigger's app embed", async () => {
    const { page } = await openPage(browser);
    await openHome(page);
    await expand(page, "chatTrigger");
    const href = await page.getByRole("link", { name: "Open the theme editor" }).getAttribute("href");
    const url = new URL(href!);
    expect(url.pathname).toBe("/admin/themes/current/editor");
    expect(url.searchParams.get("context")).toBe("apps");
    expect(url.searchParams.get("activateAppId")).toMatch(/\/chat-trigger$/);
  });
});

describe("the month so far and the admin's dead ends", () => {
  it("shows the month so far with a result never written as a double negative", async () => {
    const { page, errors } = await openPage(browser);
    await openHome(page);
    await page.getByRole("heading", { name: / so far$/ }).waitFor();
    await page.getByRole("heading", { name: "Needs attention" }).waitFor();
    const result = page.getByRole("heading", { name: /^Support's (profit|loss)$/ });
    const tile = result.locator("xpath=..");
    expect(await tile.textContent()).not.toMatch(/-\$|−\$/);
    expect(errors).toEqual([]);
  });

  it.each(["#1001", "1001"])("finds an order on the agent desk by its number (%s), first, with its exchange page", async (search) => {
    const { page, errors } = await openPage(browser);
    await page.goto(demo.adminUrl);
    await page.getByRole("navigation", { name: "App" }).getByRole("link", { name: "Agent desk" }).click();
    await page.getByRole("heading", { name: "Agent desk", level: 1 }).waitFor();
    await page.getByLabel("Find a customer").fill(search);
    await page.getByRole("button", { name: "Find", exact: true }).click();
    await page.getByText("Order #1001, the one searched, comes first; then the customer's latest orders.").waitFor();
    const first = page.getByRole("row").nth(1);
    await expect(first.getByRole("link", { name: "#1001" }).count()).resolves.toBe(1);
    await first.getByRole("link", { name: "Exchange", exact: true }).click();
    await page.waitForURL(/\/app\/exchanges\/\d+/);
    await page.getByRole("heading", { name: "Exchange · #1001" }).waitFor();
    expect(errors).toEqual([]);
  });

  it("serves /favicon.ico", async () => {
    const response = await fetch(`${demo.appUrl}/favicon.ico`);
    expect(response.status).toBe(200);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });
});
