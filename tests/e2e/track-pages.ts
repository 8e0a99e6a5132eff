// The storefront's /track page as a shopper walks it.
import type { Browser } from "playwright-core";
import { inject } from "vitest";

/** A shopper finds their order on /track and asks for the first exchange it offers, in a page of their own. */
export async function askForExchangeOnTrack(browser: Browser, order: { name: string; email: string }) {
  const shopper = await browser.newPage();
  await shopper.goto(inject("demo").trackUrl);
  await shopper.getByLabel("Order number").fill(order.name);
  await shopper.getByLabel("Email or phone").fill(order.email);
  await shopper.getByRole("button", { name: "Find my order" }).click();
  await shopper.getByRole("heading", { name: order.name }).waitFor();
  await shopper.locator(".concierge-exchange button[type=submit]").first().click();
  await shopper.locator("[data-exchange-request]").waitFor();
  await shopper.close();
}
