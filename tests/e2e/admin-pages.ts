// An admin page of the app opened as Shopify opens it: inside the local
// admin, in the staff member's language (`locale`), once drawn and settled.
import type { Page } from "playwright-core";
import { inject } from "vitest";

/** The local admin's URL of an app path ("/app/vip-rules?x=1") in a language. */
export function adminUrl(appPath: string, locale: string) {
  const app = new URL(appPath, "http://app");
  const url = new URL(inject("demo").adminUrl);
  url.pathname = `${url.pathname}${app.pathname.replace(/^\/app/, "")}`;
  for (const [name, value] of app.searchParams) url.searchParams.set(name, value);
  url.searchParams.set("locale", locale);
  return url.toString();
}

/** Opens an app path and waits for its heading and its requests to settle. */
export async function openAdmin(page: Page, appPath: string, locale = "en") {
  await page.goto(adminUrl(appPath, locale));
  await page.locator("h1").first().waitFor();
  await page.waitForLoadState("networkidle");
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
