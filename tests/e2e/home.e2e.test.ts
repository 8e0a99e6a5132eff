// The merchant's first hour on the home page: the setup guide ticks each step
// as the merchant completes it (from what Concierge sees, never a click on the
// guide), hides and comes back; and the admin's dead ends the issue listed,
// walked and shown gone.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openAdmin } from "./admin-pages";
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
/** A step as the merchant reads it: its title, and whether it is ticked (the words a screen reader says with the tick). */
const stepNamed = (page: Page, title: string, done: boolean) =>
  page.getByRole("button", { name: `${title} ${done ? "(done)" : "(not done yet)"}`, exact: true });

/**
 * One step of the guide walked: on the home page it is not ticked, the
 * merchant (or a shopper) does it elsewhere, and back on the home page it is
 * ticked and the count has moved by one. Journeys share one demo and run in
 * any order: a step another journey (or the demo) already completed is only
 * checked to show ticked. Returns whether this walk completed it.
 */
async function walkStep(page: Page, key: string, title: string, complete: () => Promise<void>): Promise<boolean> {
  await openHome(page);
  const before = await completed(page);
  if (await isDone(page, key)) {
    await stepNamed(page, title, true).waitFor();
    return false;
  }
  await stepNamed(page, title, false).waitFor();
  await complete();
  await openHome(page);
  await stepNamed(page, title, true).waitFor();
  expect(await completed(page)).toBe(before + 1);
  return true;
}

describe("the setup guide", () => {
  it("ticks 'Check your tracking page' once a shopper looks an order up", async () => {
    const { page, errors } = await openPage(browser);
    await walkStep(page, "trackingPage", "Check your tracking page", async () => {
      const shopper = await browser.newPage();
      await shopper.goto(demo.trackUrl);
      await shopper.getByLabel("Order number").fill("#1001");
      await shopper.getByLabel("Email or phone").fill("fatima.almansouri@example.ae");
      await shopper.getByRole("button", { name: "Find my order" }).click();
      await shopper.waitForLoadState("networkidle");
      await shopper.close();
    });
    expect(errors).toEqual([]);
  });

  it("ticks 'Switch on the chat trigger' once a shopper has seen the chat prompt on a product page", async () => {
    const { page, errors } = await openPage(browser);
    await walkStep(page, "chatTrigger", "Switch on the chat trigger", async () => {
      // The demo theme has the app embed on; its prompt opens after 30 seconds on a product page (a fake clock here).
      const { page: shopper } = await openPage(browser);
      await shopper.clock.install();
      const beacon = shopper.waitForResponse((response) => response.url().endsWith("/apps/concierge/events"));
      await shopper.goto(demo.productUrl);
      await shopper.locator("#concierge-chat[data-started]").waitFor({ state: "attached" });
      await shopper.clock.runFor(30_000);
      expect((await beacon).status()).toBe(204);
      await shopper.close();
    });
    expect(errors).toEqual([]);
  });

  it("ticks 'Set your margin and the team's costs' once both are saved on Profit, not before; a month of costs shows as a loss", async () => {
    const { page, errors } = await openPage(browser);
    let month = "";
    const ticked = await walkStep(page, "profitSettings", "Set your margin and the team's costs", async () => {
      await expand(page, "profitSettings");
      await page.getByRole("link", { name: "Open Profit settings" }).click();
      await page.getByRole("heading", { name: "Profit", level: 1 }).waitFor();
      await page.getByLabel("Gross margin", { exact: true }).fill("58");
      await page.getByRole("button", { name: "Save settings" }).click();
      await page.getByText("Settings saved").waitFor();
      // The margin alone is half the step: the team's costs are still to enter.
      await openHome(page);
      await stepNamed(page, "Set your margin and the team's costs", false).waitFor();
      await expand(page, "profitSettings");
      await page.getByRole("link", { name: "Open Profit settings" }).click();
      await page.getByRole("heading", { name: "Profit", level: 1 }).waitFor();
      // This month's costs, more than support brought in so far: the month is a loss.
      month = await page.locator("form#team-costs").getByLabel("Month", { exact: true }).inputValue();
      await page.getByRole("textbox", { name: "Salaries" }).fill("12000");
      await page.getByRole("textbox", { name: "Tools" }).fill("180");
      await page.getByRole("button", { name: "Save the month's costs" }).click();
      await page.getByText("Team costs saved").waitFor();
    });
    if (ticked) {
      // The Profit page of this month says "Loss" and shows the amount without a minus ("Loss $113.23").
      await openAdmin(page, `/app/profit?period=custom&from=${month}&to=${month}`);
      const loss = page.getByRole("heading", { name: "Loss", level: 3, exact: true });
      await loss.waitFor();
      await expect(loss.locator("xpath=following-sibling::*[1]").innerText()).resolves.toMatch(/^\$[\d,]+\.\d\d$/);
    }
    expect(errors).toEqual([]);
  });

  it("ticks 'Create a first VIP rule' once a rule is saved, and unticks it when that rule is deleted", async () => {
    const { page, errors } = await openPage(browser);
    const title = "Create a first VIP rule";
    const ticked = await walkStep(page, "vipRule", title, async () => {
      await expand(page, "vipRule");
      await page.getByRole("link", { name: "Create a VIP rule" }).click();
      await page.getByRole("heading", { name: "Add VIP rule" }).waitFor();
      await page.getByLabel("Tier name").fill("E2E Home Gold");
      await page.getByRole("textbox", { name: "Value" }).fill("50000");
      await page.getByRole("button", { name: "Save rule" }).click();
      await page.getByRole("heading", { name: "VIP rules", level: 1 }).waitFor();
    });
    if (ticked) {
      // The rule removed, the step is open again and the count back where it was.
      const done = await completed(page);
      await page.getByRole("navigation", { name: "App" }).getByRole("link", { name: "VIP rules" }).click();
      page.once("dialog", (dialog) => void dialog.accept());
      await page.getByRole("button", { name: "Delete E2E Home Gold" }).click();
      await page.getByText(/^Every customer was re-evaluated/).waitFor({ timeout: 30_000 });
      await openHome(page);
      await stepNamed(page, title, false).waitFor();
      expect(await completed(page)).toBe(done - 1);
    }
    expect(errors).toEqual([]);
  });

  it("shows 'Add your agents' ticked for the demo's roster, with the way to the roster", async () => {
    const { page, errors } = await openPage(browser);
    await openHome(page);
    // The demo's helpdesk comes with its agents: the step is done before any journey.
    await stepNamed(page, "Add your agents", true).click();
    await page.getByText("Done: Concierge has seen it.").waitFor();
    await page.getByRole("link", { name: "Add an agent" }).click();
    await page.getByRole("heading", { name: "Agents", level: 1 }).waitFor();
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
    await expect(first.getByRole("link", { name: "#1001", exact: true }).count()).resolves.toBe(1);
    await first.getByRole("link", { name: "Exchange items of #1001", exact: true }).click();
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
