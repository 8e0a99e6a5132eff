// A merchant connects their helpdesk: the Gorgias setup on *Helpdesks*, its
// test button, the contractor the demo helpdesk reported who isn't on the
// roster, and the agents' leaderboard crediting the conversations the demo's
// helpdesk sent (scripts/demo-helpdesk.ts), with the rule beside it.
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

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

describe("helpdesks", () => {
  it("sets up Gorgias, tests it, lists the agent to map, and credits helpdesk conversations on the leaderboard", async () => {
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
});
