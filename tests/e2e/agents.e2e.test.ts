// An agent's day in the embedded admin: the store owner adds themselves to
// the roster from the agent desk, finds a customer, issues a delight code and
// copies the ready reply. The code is created in the local Shopify.
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

describe("the agent desk", () => {
  it("lets a staff member join the roster, find a customer and issue a delight code with a ready reply", async () => {
    const { page, errors } = await openPage(browser);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: demo.appUrl });
    await page.goto(demo.adminUrl);
    const nav = page.getByRole("navigation", { name: "App" });
    await nav.getByRole("link", { name: "Agent desk" }).click();
    await page.getByRole("heading", { name: "Agent desk" }).waitFor();
    await page.getByText("You're not on the agent roster").waitFor();

    // Joining the roster: the form comes filled with the staff member's name and email.
    await page.getByRole("link", { name: "Add yourself" }).click();
    await page.getByRole("heading", { name: "Add agent" }).waitFor();
    await expect(page.getByLabel("Email").inputValue()).resolves.toBe("chloe@concierge-demo.example");
    await page.getByLabel("Time zone").selectOption("America/New_York");
    // CHLOE10, the suggestion, is already a code in the demo store: Shopify refuses it, and the form says so.
    await expect(page.getByLabel("Code", { exact: true }).inputValue()).resolves.toBe("CHLOE10");
    await page.getByRole("button", { name: "Add agent" }).click();
    await page.getByText("CHLOE10 is already a discount code in your Shopify store").waitFor();
    await page.getByLabel("Code", { exact: true }).fill("CHLOEDESK10");
    await page.getByRole("button", { name: "Add agent" }).click();
    await page.getByRole("heading", { name: "Chloe Martin" }).waitFor();

    // At the desk: find a customer, issue a code, copy the reply.
    await nav.getByRole("link", { name: "Agent desk" }).click();
    await page.getByText("Signed in as Chloe Martin").waitFor();
    await page.getByLabel("Find a customer").fill("fatima.almansouri@example.ae");
    await page.getByRole("button", { name: "Find" }).click();
    await page.getByRole("button", { name: "Issue code" }).waitFor();
    await page.getByText(/^For .+ only, once\.$/).waitFor();
    await page.getByLabel("Value").fill("15");
    await page.getByRole("button", { name: "Issue code" }).click();
    const code = page.getByRole("heading", { name: /^CHLOE-[2-9A-Z]{6}$/ });
    await code.waitFor();
    const issued = (await code.textContent()) ?? "";
    // Fatima's Shopify locale is Arabic: the reply is written in Arabic, the code kept left to right.
    await expect(page.getByLabel("Ready reply").inputValue()).resolves.toContain(`إليك رمزاً خاصاً بك: \u2066${issued}\u2069`);
    await page.getByRole("button", { name: "Copy reply" }).click();
    // App Bridge's toast.
    await page
      .getByRole("status")
      .filter({ hasText: /^Copied$/ })
      .waitFor();
    await page.getByText("$485.00 left of your $500.00").waitFor();
    expect(errors).toEqual([]);
  });
});
