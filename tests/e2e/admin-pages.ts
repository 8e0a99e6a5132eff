// An admin page of the app opened as Shopify opens it: inside the local
// admin, in the staff member's language (`locale`), once drawn and settled.
import type { Page } from "playwright-core";
import { expect, inject } from "vitest";

/** The local admin's URL of an app path ("/app/vip-rules?x=1") in a language. */
export function adminUrl(appPath: string, locale: string) {
  const app = new URL(appPath, "http://app");
  const url = new URL(inject("demo").adminUrl);
  url.pathname = `${url.pathname}${app.pathname}`;
  for (const [name, value] of app.searchParams) url.searchParams.set(name, value);
  url.searchParams.set("locale", locale);
  return url.toString();
}

/**
 * Opens an app path and waits for its heading and its requests to settle. The page
 * holds no U+FFFD: one means bytes were lost between React and the browser
 * (app/http/html-response.server.ts).
 */
export async function openAdmin(page: Page, appPath: string, locale = "en") {
  await page.goto(adminUrl(appPath, locale));
  await page.locator("h1").first().waitFor();
  await page.waitForLoadState("networkidle");
  expect(await page.content(), appPath).not.toContain("\uFFFD");
}

/**
 * Deletes an exchange offer from the Exchange offers page (open on it): the
 * Delete button of the offer's own row (the outcome tables name the offer in
 * rows of their own, with no Delete button). The page may first say Shopify is
 * busy and fill itself in a few seconds later (ShopifyUnavailableBanner) when
 * journeys have spent the shop's Admin API allowance, hence the longer wait.
 */
export async function deleteOffer(page: Page, name: string) {
  await page
    .getByRole("row")
    .filter({ hasText: name })
    .filter({ has: page.getByRole("button", { name: "Delete" }) })
    .first()
    .getByRole("button", { name: "Delete" })
    .click({ timeout: 90_000 });
  await page.getByText("Offer deleted; its outcomes stay in the figures").waitFor();
}

/** Deletes the offers whose name holds `prefix` (a journey's own; a run that stopped halfway leaves them). */
export async function removeOffers(page: Page, prefix: string) {
  await openAdmin(page, "/app/exchange-offers");
  const rows = page
    .getByRole("row")
    .filter({ hasText: prefix })
    .filter({ has: page.getByRole("button", { name: "Delete" }) });
  while ((await rows.count()) > 0) {
    await deleteOffer(page, prefix);
    await openAdmin(page, "/app/exchange-offers");
  }
}

/** The forms the page sends to the app (its actions), counted from now on. */
export function countSubmissions(page: Page) {
  const appOrigin = new URL(inject("demo").appUrl).origin;
  let sent = 0;
  page.on("request", (request) => {
    if (request.method() === "POST" && new URL(request.url()).origin === appOrigin) sent += 1;
  });
  return () => sent;
}

/** Adds an exchange offer on `products`: another size of the same product, for any reason, within a year of delivery. */
export async function addSameProductOffer(page: Page, name: string, products: string[]) {
  await openAdmin(page, "/app/exchange-offers/new");
  await page.getByLabel("Name").fill(name);
  for (const product of products) await page.getByRole("checkbox", { name: product, exact: true }).check();
  await page.getByLabel("Exchange to").selectOption("same_product");
  await page.getByLabel("Return window").fill("365");
  await page.getByLabel("Headline (English)").fill("Not the right fit? Exchange for {exchange_item}");
  await page.getByLabel("Agent's script (English)").fill("Shall I exchange it for {exchange_item}?");
  await page.getByRole("button", { name: "Add offer" }).click();
  await page.getByRole("heading", { name }).waitFor();
}

/** `text` as a regular expression matches it, letter for letter: an order's name, a product's title. */
export function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
