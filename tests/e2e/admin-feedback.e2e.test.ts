// What the admin says back to the merchant (issue 17): the contextual save bar
// on a settings form, as a merchant uses it on Settings (a change shows the
// bar, Discard puts the saved values back, Save keeps the change and a toast
// says so; without App Bridge the page draws the same bar itself), and a
// skeleton while another page takes its time to load. The setting is put back
// as it was at the end.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openPage, withBrowser } from "./browser";

const demo = inject("demo");
const browser = withBrowser();

const settingsUrl = () => {
  const url = new URL(demo.adminUrl);
  url.pathname = `${url.pathname}/settings`;
  return url.toString();
};

async function openSettings(page: Page) {
  await page.goto(settingsUrl());
  await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
  await page.waitForLoadState("networkidle");
}

const commission = (page: Page) => page.getByLabel("Default commission");
const saveBar = (page: Page) => page.getByRole("region", { name: "Unsaved changes" });

describe("the save bar on Settings", () => {
  it("shows while the form has changes and discards back to the saved values; a save says so with a toast", async () => {
    const { page, errors } = await openPage(browser());
    await openSettings(page);
    const saved = await commission(page).inputValue();
    const changed = saved === "7" ? "8" : "7";
    await expect(saveBar(page).count()).resolves.toBe(0);

    await commission(page).fill(changed);
    await saveBar(page).waitFor();
    await saveBar(page).getByRole("button", { name: "Discard" }).click();
    await saveBar(page).waitFor({ state: "detached" });
    await expect(commission(page).inputValue()).resolves.toBe(saved);

    // Saved (here with the form's own button), a toast says so and the value stays.
    await openSettings(page);
    await commission(page).fill(changed);
    await page.getByRole("button", { name: "Save", exact: true }).last().click();
    await page.getByRole("status").filter({ hasText: "Settings saved" }).waitFor();
    await openSettings(page);
    await expect(commission(page).inputValue()).resolves.toBe(changed);

    // Back as it was, through the form's own button.
    await commission(page).fill(saved);
    await page.getByRole("button", { name: "Save", exact: true }).last().click();
    await page.getByRole("status").filter({ hasText: "Settings saved" }).waitFor();
    expect(errors).toEqual([]);
  });

  it("draws its own bar when App Bridge is not loaded, and Discard still puts the values back", async () => {
    const { page, errors } = await openPage(browser());
    await page.route("**/admin/app-bridge.js", (route) => route.fulfill({ status: 200, contentType: "application/javascript", body: "" }));
    await openSettings(page);
    const saved = await commission(page).inputValue();
    await commission(page).fill(saved === "7" ? "8" : "7");
    const bar = page.locator("[data-save-bar-fallback]");
    await bar.waitFor();
    await expect(bar.getAttribute("aria-label")).resolves.toBe("Unsaved changes");
    await bar.getByRole("button", { name: "Discard" }).click();
    await bar.waitFor({ state: "detached" });
    await expect(commission(page).inputValue()).resolves.toBe(saved);
    expect(errors).toEqual([]);
  });
});

describe("loading another page", () => {
  it("shows a skeleton of a page while the next one takes its time, then the page", async () => {
    const { page, errors } = await openPage(browser());
    await openSettings(page);
    // The next page's data answers after 1.5 seconds, as a slow Shopify would make it.
    await page.route(
      (url) => url.searchParams.has("_data"),
      async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      },
    );
    await page.getByRole("navigation", { name: "App" }).getByRole("link", { name: "Failed events" }).click();
    await page.locator("[data-page-skeleton][aria-busy=true]").waitFor();
    await page.getByRole("heading", { name: "Events that could not be processed", level: 1 }).waitFor();
    await expect(page.locator("[data-page-skeleton]").count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});
