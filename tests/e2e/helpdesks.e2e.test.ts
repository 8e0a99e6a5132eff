// A merchant connects their helpdesk: the Gorgias setup on *Helpdesks*, its
// test button, the contractor the demo helpdesk reported who isn't on the
// roster (mapping them needs an agent chosen), the attribution window
// (checked in the browser, saved through the save bar, put back), and the
// agents' leaderboard crediting the conversations the demo's helpdesk sent
// (scripts/demo-helpdesk.ts), with the rule beside it. Then the customer card a
// helpdesk shows beside a ticket, whose link opens the agent desk in Shopify
// admin on that customer.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { adminUrl, countSubmissions } from "./admin-pages";
import { launchBrowser, openPage } from "./browser";

const demo = inject("demo");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const saveBar = (page: Page) => page.getByRole("region", { name: "Unsaved changes" });

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

describe("helpdesks", () => {
  it("sets up Gorgias, tests it, lists the agent to map, checks the window in the browser and saves it, and credits helpdesk conversations on the leaderboard", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(demo.adminUrl);
    const nav = page.getByRole("navigation", { name: "App" });
    await nav.getByRole("link", { name: "Helpdesks" }).click();
    await page.getByRole("heading", { name: "Helpdesks" }).waitFor();

    // The Gorgias setup: the shop's URL, the secret header and Gorgias's template variables.
    await page.getByText("/helpdesk/concierge-demo.myshopify.com/touches").first().waitFor();
    // Twice: the Gorgias touches setup and the customer card's.
    await expect(page.getByText(/X-Concierge-Token: [0-9a-f]{64}/).count()).resolves.toBe(2);
    await page.getByText(/"agentEmail": "\{\{ticket\.assignee_user\.email\}\}"/).waitFor();
    await page.getByText(/Shopify Inbox has no API or webhook/).waitFor();
    await page.getByRole("button", { name: "Send a test touch as Gorgias" }).click();
    await page.getByText(/^Gorgias test touch accepted/).waitFor();

    // The demo helpdesk's contractor isn't a Concierge agent: listed, not dropped.
    await page.getByText(/^sam\.contractor@helpdesk-agency\.example: \d+ touches$/).waitFor();
    // Mapped without choosing an agent: refused in the browser, next to that row's select only.
    const submissions = countSubmissions(page);
    await page.getByRole("button", { name: "Map" }).first().click();
    await page.getByText("Choose the agent", { exact: true }).waitFor();
    await expect(page.getByText("Choose the agent", { exact: true }).count()).resolves.toBe(1);
    expect(submissions()).toBe(0);

    // The attribution window: checked in the browser, saved through the save bar with a toast, put back.
    const windowDays = page.getByLabel("Attribution window (days)");
    const saved = await windowDays.inputValue();
    await windowDays.fill("45");
    await saveBar(page).waitFor();
    await page.locator("#helpdesk-options").getByRole("button", { name: "Save" }).click();
    await page.getByText("The window is a whole number of days from 1 to 30").waitFor();
    expect(submissions()).toBe(0);
    for (const days of ["5", saved]) {
      await windowDays.fill(days);
      await expect(page.getByText("The window is a whole number of days from 1 to 30").count()).resolves.toBe(0);
      await saveBar(page).getByRole("button", { name: "Save" }).click();
      await page
        .getByRole("status")
        .filter({ hasText: `Saved: orders are credited to the last agent who touched the customer within ${days} days.` })
        .waitFor();
      await saveBar(page).waitFor({ state: "detached" });
    }
    expect(submissions()).toBe(2);

    // The leaderboard over the demo helpdesk's three weeks: Omar and Léa credited by their conversations.
    await nav.getByRole("link", { name: "Agents" }).click();
    await page.getByText(/^Leaderboard/).waitFor();
    await page.getByLabel("Period").selectOption("custom");
    await page.getByLabel("From").fill(day(-21));
    await page.getByLabel("To").fill(day(0));
    const omar = page.getByRole("row").filter({ hasText: "Omar Haddad" }).first();
    // The history import credits the orders on the worker: look again until it has.
    for (let attempt = 0; attempt < 20; attempt++) {
      await page.getByRole("button", { name: "Show" }).click();
      await page.getByText(/^Leaderboard · /).waitFor();
      const cells = await omar.getByRole("cell").allTextContents();
      // Agent, orders, net revenue, average order, commission, delight budget used.
      if (cells.length > 1 && Number(cells[1]) > 0) break;
      await page.waitForTimeout(1000);
    }
    const cells = await omar.getByRole("cell").allTextContents();
    expect(Number(cells[1])).toBeGreaterThan(0);
    // Revenue, and commission at Omar's 8%.
    expect(cells[2]).toMatch(/^\$[1-9][\d,]*\.\d\d$/);
    expect(cells[4]).toMatch(/^\$[1-9][\d,]*\.\d\d$/);
    await page.getByText(/^3\. Helpdesk conversation: the last agent who handled a conversation/).waitFor();
    await page.getByText(/The window is 3 days/).waitFor();
    expect(errors).toEqual([]);
  });

  it("gives the helpdesk a customer card whose agent desk link opens the desk on that customer", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(adminUrl("/app/helpdesks", "en"));
    const setup = await page
      .getByText(/X-Concierge-Token: /)
      .first()
      .innerText();
    const token = /X-Concierge-Token: ([0-9a-f]{64})/.exec(setup)![1];
    const shop = new URL(demo.adminUrl).searchParams.get("shop")!;
    const response = await fetch(`${demo.appUrl}/helpdesk/${shop}/card?email=fatima.almansouri%40example.ae`, {
      headers: { "X-Concierge-Token": token },
    });
    expect(response.status).toBe(200);
    const card = (await response.json()) as { customer: { name: string }; agentDesk: string };
    // Shopify's own admin, where the link points (https://<shop>/admin/apps/…), is the local Shopify here.
    const deskLink = new URL(card.agentDesk);
    expect(deskLink.origin).toBe(`https://${shop}`);
    await page.goto(`${demo.shopifyUrl}${deskLink.pathname}${deskLink.search}`);
    await page.getByRole("heading", { name: "Agent desk", level: 1 }).waitFor();
    await expect(page.getByLabel("Find a customer").inputValue()).resolves.toBe("fatima.almansouri@example.ae");
    await page.getByRole("heading", { name: card.customer.name }).waitFor();
    expect(errors).toEqual([]);
  });
});
