// Looked at, not only tested (issue 17): every admin page and every storefront
// view, with representative data, at 1366 and 390 px wide, in English and
// Arabic. Each view's screenshot is saved under test-results/screens/ (git-
// ignored) to be looked at, and a view fails on what a merchant or shopper
// would call broken (the rules are in screens.ts, findProblems): the page
// scrolling sideways, a text cut off, an i18next key or a machine code shown
// raw, a key the app looked up and did not find, or an English UI string on an
// Arabic page.
//
// The admin pages are the ones the app's navigation lists (so a page added to
// the nav is looked at too), the forms to add things, and the detail pages
// reached from their lists (DETAIL_PAGES). The data the journey adds (a VIP
// rule, an exchange offer) is deleted at the end.
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openAdmin } from "./admin-pages";
import { launchBrowser, openPage } from "./browser";
import { englishUiStrings, findProblems, WIDTHS } from "./screens";

const demo = inject("demo");
const SHOTS = path.resolve(import.meta.dirname, "../../test-results/screens");
const LOCALES = ["en", "ar"] as const;
type Locale = (typeof LOCALES)[number];
const ENGLISH = englishUiStrings();
const RULE = "Screens Gold";
const OFFER = "Screens chino exchange";
const LOOKUP = "order=1001&contact=fatima.almansouri@example.ae";

/** Forms that add something, not in the navigation. */
const NEW_PAGES = ["/app/vip-rules/new", "/app/agents/new", "/app/exchange-offers/new"];
/** Detail pages: the first link on `from` (after searching it for `search`) whose path matches `link`. */
const DETAIL_PAGES: { from: string; search?: string; link: RegExp }[] = [
  { from: "/app/vip-rules", link: /^\/app\/vip-rules\/(?!new$|customers\/)[^/]+$/ },
  { from: "/app/vip-rules", link: /^\/app\/vip-rules\/customers\/[^/]+$/ },
  { from: "/app/agents", link: /^\/app\/agents\/(?!new$)[^/]+$/ },
  { from: "/app/exchange-offers", link: /^\/app\/exchange-offers\/(?!new$)[^/]+$/ },
  { from: "/app/data-requests", link: /^\/app\/data-requests\/[^/]+$/ },
  { from: "/app/agent-desk", search: "#1001", link: /^\/app\/exchanges\/[^/]+$/ },
];

/**
 * What a merchant or Shopify named in sentence case, shown as it is on every
 * page (the English detector lets title-case names through on its own): the
 * journey's own offer, and the demo store's "New arrivals" collection (its
 * title, in the exchange offer form's collection choices).
 */
const SHOP_DATA = [RULE, OFFER, "New arrivals"];

let browser: Browser;
let adminPaths: string[] = [];

/** The app paths of the links on a page (the app's own links, whatever origin they name). */
async function appLinks(page: Page, selector = "a[href]"): Promise<string[]> {
  const hrefs = await page.locator(selector).evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  return [...new Set(hrefs.map((href) => new URL(href).pathname).filter((pathname) => pathname.startsWith("/app")))];
}

/** What the journey needs on screen: a VIP rule with customers in its tier, an exchange offer, a data request. */
async function addRepresentativeData(page: Page) {
  await openAdmin(page, "/app/vip-rules/new");
  await page.getByLabel("Tier name").fill(RULE);
  await page.getByRole("textbox", { name: "Value" }).fill("5000");
  await page.getByLabel("Concierge name").fill("Layla");
  await page.getByLabel("Concierge email").fill("layla@concierge-demo.example");
  await page.getByRole("button", { name: "Save rule" }).click();
  await page.getByRole("heading", { name: "VIP rules", level: 1 }).waitFor();
  await page.getByText(/^Every customer was re-evaluated/).waitFor({ timeout: 30_000 });

  await openAdmin(page, "/app/exchange-offers/new");
  await page.getByLabel("Name").fill(OFFER);
  // Order 1001 (the tracking page's example) has Relaxed Chinos, delivered in September.
  await page.getByRole("checkbox", { name: "Relaxed Chino" }).check();
  await page.getByLabel("Exchange to").selectOption("product");
  await page.getByLabel("Product", { exact: true }).selectOption({ label: "Classic Chino" });
  await page.getByLabel("Return window").fill("365");
  await page.getByLabel("Headline (English)").fill("Not the right fit? Exchange for {exchange_item}");
  await page.getByLabel("Agent's script (English)").fill("We just released {exchange_item}: shall I exchange it for you?");
  await page.getByRole("button", { name: "Add offer" }).click();
  await page.getByRole("heading", { name: OFFER }).waitFor();

  // A customer asks Shopify for their data: the compliance webhook, signed by the local Shopify.
  await openAdmin(page, "/app/vip-rules");
  const [customerPath] = await appLinks(page, 'a[href*="/app/vip-rules/customers/"]');
  const customerId = customerPath.split("/").pop();
  const shop = new URL(demo.adminUrl).searchParams.get("shop");
  const delivered = await fetch(`${demo.shopifyUrl}/_local/webhooks`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      shop,
      topic: "customers/data_request",
      payload: { shop_domain: shop, customer: { id: Number(customerId) }, orders_requested: [], data_request: { id: 4242 } },
    }),
  });
  expect(delivered.status).toBe(200);
  // The request is answered by the worker: the list shows it a moment later.
  for (let attempt = 0; ; attempt++) {
    await openAdmin(page, "/app/data-requests");
    if ((await appLinks(page)).some((link) => /^\/app\/data-requests\/[^/]+$/.test(link))) break;
    if (attempt === 20) throw new Error("the data request never reached the list");
    await page.waitForTimeout(1000);
  }
}

async function removeRepresentativeData(page: Page) {
  await openAdmin(page, "/app/exchange-offers");
  const row = page.getByRole("row").filter({ hasText: OFFER }).first();
  if (await row.count()) {
    await row.getByRole("button", { name: "Delete" }).click();
    await page.getByText("Offer deleted; its outcomes stay in the figures").waitFor();
  }
  await openAdmin(page, "/app/vip-rules");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: `Delete ${RULE}` }).click();
  await page.getByText(/^Every customer was re-evaluated/).waitFor({ timeout: 30_000 });
}

beforeAll(async () => {
  fs.rmSync(SHOTS, { recursive: true, force: true });
  browser = await launchBrowser();
  const { page } = await openPage(browser);
  await addRepresentativeData(page);
  await openAdmin(page, "/app");
  const navigation = await appLinks(page, "ui-nav-menu a[href]");
  const details: string[] = [];
  for (const { from, search, link } of DETAIL_PAGES) {
    await openAdmin(page, from);
    if (search) {
      await page.getByLabel("Find a customer").fill(search);
      await page.getByRole("button", { name: "Find" }).click();
      await page.waitForURL((url) => url.searchParams.get("q") === search);
      await page.locator("main a[href]").filter({ hasText: search }).first().waitFor();
    }
    const found = (await appLinks(page)).find((candidate) => link.test(candidate));
    if (!found) throw new Error(`no link matching ${link} on ${from}`);
    details.push(found);
  }
  adminPaths = [...new Set([...navigation.map((link) => (link === "/app/" ? "/app" : link)), ...NEW_PAGES, ...details])];
  await page.context().close();
}, 180_000);

afterAll(async () => {
  if (browser) {
    const { page } = await openPage(browser);
    await removeRepresentativeData(page).catch((error: unknown) => console.error("screens: cleaning up failed", error));
  }
  await browser?.close();
}, 120_000);

const slug = (text: string) => text.replace(/^\/+/, "").replace(/[^\w-]+/g, "_") || "home";

/** Looks at the page in both widths: a screenshot each, and what is wrong in it. */
async function lookAt(page: Page, name: string, locale: Locale, scope = "body"): Promise<string[]> {
  const problems: string[] = [];
  for (const { name: width, ...size } of WIDTHS) {
    await page.setViewportSize(size);
    // Let layouts that follow the window (Polaris's breakpoints) settle.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.screenshot({ path: path.join(SHOTS, `${slug(name)}.${locale}.${width}.png`), fullPage: true });
    for (const problem of await findProblems(page, locale === "en" ? null : ENGLISH, scope, SHOP_DATA))
      problems.push(`${locale} ${size.width}px ${problem.kind}: ${problem.detail}`);
  }
  return [...new Set(problems)];
}

describe("every admin page, looked at", () => {
  it("finds the pages: the navigation's, the forms and the detail pages", () => {
    expect(adminPaths.length).toBeGreaterThanOrEqual(20);
  });

  it.each(LOCALES)(
    "in %s at 1366 and 390 px: no sideways scrolling, no text cut off, no raw key or code",
    async (locale) => {
      const problems: string[] = [];
      const { page, errors } = await openPage(browser);
      for (const appPath of adminPaths) {
        await openAdmin(page, appPath, locale);
        for (const problem of await lookAt(page, `admin/${appPath}`, locale, "main")) problems.push(`${appPath} ${problem}`);
      }
      await page.context().close();
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
    },
    240_000,
  );
});

const storefrontUrl = (pathname: string, locale: Locale) => `${demo.storefrontUrl}${locale === "ar" ? "/ar" : ""}${pathname}`;

describe("every storefront view, looked at", () => {
  it.each(LOCALES)(
    "in %s at 1366 and 390 px: the tracking lookup, a result with offers, an exchange request, the chat prompt",
    async (locale) => {
      const problems: string[] = [];
      // The texts checked are the app's own (the tracking page, the exchange request, the chat prompt and the
      // extension's blocks), not the local storefront theme's; the page's width is checked whole.
      const scope = ".concierge-track, .concierge-exchange-request, #concierge-chat, [data-block-handle]";
      const look = async (page: Page, name: string) => {
        for (const problem of await lookAt(page, `storefront/${name}`, locale, scope)) problems.push(`${name} ${problem}`);
      };
      const { page, errors } = await openPage(browser, { locale });

      await page.goto(storefrontUrl("/track", locale));
      await page.locator(".concierge-track form").waitFor();
      await look(page, "track-lookup");

      await page.goto(storefrontUrl(`/track?${LOOKUP}`, locale));
      await page.getByRole("heading", { name: "#1001" }).waitFor();
      await page.locator(".concierge-upsell [data-concierge-products] li").first().waitFor();
      await look(page, "track-result");

      // The exchange offered on a delivered item, asked for (a second time, "already asked").
      await page.locator(".concierge-exchange button[type=submit]").first().click();
      await page.locator("[data-exchange-request]").waitFor();
      await look(page, "exchange-request");

      // The chat prompt opens after 30 seconds on a product page: the clock is moved on.
      await page.clock.install();
      await page.goto(storefrontUrl("/products/relaxed-chino", locale));
      await page.locator("#concierge-chat[data-started]").waitFor({ state: "attached" });
      await page.clock.runFor(31_000);
      await page.locator("#concierge-chat.cc:not([hidden])").waitFor();
      await look(page, "product-chat-prompt");

      await page.context().close();
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
    },
    120_000,
  );
});
