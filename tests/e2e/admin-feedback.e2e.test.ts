// What the admin says back to the merchant (issue 17): App Bridge's contextual
// save bar, walked as a merchant uses it on Settings, on an exchange
// offer's page and on the Email page (a change shows the bar; Discard puts the saved value back,
// hides the bar and sends nothing; a second change shows it again; Save
// through the bar sends the form once, says so with a toast and hides the bar;
// a change made as soon as a freshly loaded page shows the field shows the bar
// too; without App Bridge the page draws the same bar itself), and a skeleton
// while another page takes its time to load. What the walk changes is put back
// (the offer it adds is deleted) at the end.
import type { Locator, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { adminUrl, countSubmissions, deleteOffer } from "./admin-pages";
import { openPage, withBrowser } from "./browser";

const demo = inject("demo");
const browser = withBrowser();

const settingsUrl = () => {
  const url = new URL(demo.adminUrl);
  url.pathname = `${url.pathname}/app/settings`;
  return url.toString();
};

async function openSettings(page: Page) {
  await page.goto(settingsUrl());
  await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
  await page.waitForLoadState("networkidle");
}

const commission = (page: Page) => page.getByLabel("Default commission");
const saveBar = (page: Page) => page.getByRole("region", { name: "Unsaved changes" });

/** Two of `candidates` (three of them) that are not `saved`. */
const twoOtherThan = (saved: string, candidates: string[]) => candidates.filter((value) => value !== saved).slice(0, 2) as [string, string];

interface SaveBarWalk {
  page: Page;
  /** Loads the form's page afresh (a full page load), resolving as soon as `field` is on screen. */
  load: () => Promise<void>;
  field: Locator;
  /** Two values, different from the saved one and from each other. */
  changes: (saved: string) => [string, string];
  toast: string;
}

/** The walk through the save bar, on any form that has one; the saved value is put back at the end. */
async function walkSaveBar({ page, load, field, changes, toast }: SaveBarWalk) {
  const submissions = countSubmissions(page);
  await load();
  await page.waitForLoadState("networkidle");
  const saved = await field.inputValue();
  const [first, second] = changes(saved);
  await expect(saveBar(page).count()).resolves.toBe(0);

  // A change shows the bar; Discard puts the saved value back, hides the bar, and sends nothing.
  await field.fill(first);
  await saveBar(page).waitFor();
  let sent = submissions();
  await saveBar(page).getByRole("button", { name: "Discard" }).click();
  await saveBar(page).waitFor({ state: "detached" });
  await expect(field.inputValue()).resolves.toBe(saved);
  await page.waitForLoadState("networkidle");
  expect(submissions()).toBe(sent);

  // A second change shows the bar again; Save through the bar sends the form once, says so, and hides the bar.
  await field.fill(second);
  await saveBar(page).waitFor();
  sent = submissions();
  await saveBar(page).getByRole("button", { name: "Save" }).click();
  await page.getByRole("status").filter({ hasText: toast }).waitFor();
  await saveBar(page).waitFor({ state: "detached" });
  await page.waitForLoadState("networkidle");
  expect(submissions()).toBe(sent + 1);
  await expect(field.inputValue()).resolves.toBe(second);

  // Freshly loaded, the page has what was saved (and not what was discarded); a change made as soon as
  // the field is on screen shows the bar, and saving it through the bar puts the value back as it was.
  await load();
  await field.fill(saved);
  await saveBar(page).waitFor();
  await page.waitForLoadState("networkidle");
  await saveBar(page).getByRole("button", { name: "Save" }).click();
  await page.getByRole("status").filter({ hasText: toast }).waitFor();
  await saveBar(page).waitFor({ state: "detached" });
  await load();
  await page.waitForLoadState("networkidle");
  await expect(field.inputValue()).resolves.toBe(saved);
}

describe("the save bar", () => {
  it("on Settings: shows with a change, discards back without saving, shows again, saves once with a toast", async () => {
    const { page, errors } = await openPage(browser());
    await walkSaveBar({
      page,
      load: async () => {
        await page.goto(settingsUrl());
        await commission(page).waitFor();
      },
      field: commission(page),
      changes: (saved) => twoOtherThan(saved, ["7", "8", "9"]),
      toast: "Settings saved",
    });
    expect(errors).toEqual([]);
  });

  it("on an exchange offer's page: the same walk, then the offer is deleted", async () => {
    const { page, errors } = await openPage(browser());
    const name = `E2E save bar ${Date.now()}`;
    await page.goto(adminUrl("/app/exchange-offers/new", "en"));
    await page.getByRole("heading", { name: "Add exchange offer" }).waitFor();
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Name").fill(name);
    await page.getByRole("checkbox", { name: "Classic Chino" }).check();
    await page.getByLabel("Headline (English)").fill("Not the right fit? Exchange for {exchange_item}");
    await page.getByLabel("Agent's script (English)").fill("Exchange today for {exchange_item}.");
    await page.getByRole("button", { name: "Add offer" }).click();
    await page.getByRole("heading", { name }).waitFor();
    const offerUrl = page.url();

    const returnWindow = page.getByLabel("Return window");
    await walkSaveBar({
      page,
      load: async () => {
        await page.goto(offerUrl);
        await returnWindow.waitFor();
      },
      field: returnWindow,
      changes: (saved) => twoOtherThan(saved, ["45", "60", "90"]),
      toast: "Offer saved",
    });

    await page.goto(adminUrl("/app/exchange-offers", "en"));
    await page.getByRole("heading", { name: "Exchange offers", level: 1 }).waitFor();
    await deleteOffer(page, name);
    expect(errors).toEqual([]);
  });

  it("on the Email page: the server's form has its own bar, and the choices of what to send are saved apart", async () => {
    const { page, errors } = await openPage(browser());
    const emailUrl = adminUrl("/app/email", "en");
    const rate = page.getByLabel("Emails a minute your server accepts");
    await walkSaveBar({
      page,
      load: async () => {
        await page.goto(emailUrl);
        await rate.waitFor();
      },
      field: rate,
      changes: (saved) => twoOtherThan(saved, ["500", "550", "600"]),
      toast: "Email settings saved",
    });

    // A stage for Shopify Flow: the bar, Save, a toast, and the choice is there on the next visit; then put back.
    const outForDelivery = page.getByRole("checkbox", { name: "Out for delivery", exact: true });
    const saveChoices = async (checked: boolean) => {
      await outForDelivery.setChecked(checked);
      await saveBar(page).waitFor();
      await page.getByRole("button", { name: "Save choices" }).click();
      await page.getByRole("status").filter({ hasText: "Choices saved" }).waitFor();
      await saveBar(page).waitFor({ state: "detached" });
      await page.goto(emailUrl);
      await page.waitForLoadState("networkidle");
      await expect(outForDelivery.isChecked()).resolves.toBe(checked);
    };
    const before = await outForDelivery.isChecked();
    await saveChoices(!before);
    await saveChoices(before);
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
