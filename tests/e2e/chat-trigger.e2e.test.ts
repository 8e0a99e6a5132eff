// The chat trigger on the demo storefront (scripts/demo.ts turns the app
// embed on: Gorgias chosen, no Gorgias on the store, cart page included),
// with the browser's clock under the test's control.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { TIER_METAFIELD, tierMetafieldValue } from "../../app/domain/vip/tier-effects";
import { launchBrowser, openPage } from "./browser";
import { localAdmin, localAdminToken } from "./local-admin";

const demo = inject("demo");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const START = new Date("2026-11-24T15:00:00Z");
const GREETING = "Hi, need help choosing a size?";

interface Beacon {
  event: string;
  status: number;
}

/**
 * A shopper's tab with a fake clock, paused before the page loads so the
 * script's 30 seconds start exactly when the test says.
 */
async function shopper(options: { locale?: string; reducedMotion?: "reduce" | "no-preference"; initScript?: string } = {}) {
  const { page, errors } = await openPage(browser, { locale: options.locale });
  if (options.reducedMotion) await page.emulateMedia({ reducedMotion: options.reducedMotion });
  if (options.initScript) await page.addInitScript(options.initScript);
  await page.clock.install({ time: START });
  await page.clock.pauseAt(new Date(START.getTime() + 1000));
  const beacons: Beacon[] = [];
  const requests: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    // The browser asks for the favicon whenever it likes; the page did not.
    if (pathname !== "/favicon.ico") requests.push(`${request.method()} ${pathname}`);
  });
  // Beacons in the order the page sent them; the status once the app answered.
  page.on("request", (request) => {
    if (!request.url().endsWith("/apps/concierge/events")) return;
    const beacon: Beacon = { event: JSON.parse(request.postData() ?? "{}").event, status: 0 };
    beacons.push(beacon);
    void request.response().then((response) => (beacon.status = response?.status() ?? 0));
  });
  return { page, errors, beacons, requests };
}

async function visit(page: Page, path: string) {
  await page.goto(`${demo.storefrontUrl}${path}`);
  await page.locator("#concierge-chat[data-started]").waitFor({ state: "attached" });
}

const prompt = (page: Page) => page.locator("#concierge-chat.cc:not([hidden])");
const isShown = (page: Page) => prompt(page).isVisible();

/** The tab goes to the background (another tab in front, the window minimised) or comes back. */
async function setVisibility(page: Page, state: "hidden" | "visible") {
  await page.evaluate((visibility) => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => visibility });
    Object.defineProperty(document, "hidden", { configurable: true, get: () => visibility === "hidden" });
    document.dispatchEvent(new Event("visibilitychange"));
  }, state);
}

describe("the chat prompt on a product page", () => {
  it("opens after 30 seconds on the page, not 29, and sends nothing until then", async () => {
    const { page, errors, beacons, requests } = await shopper();
    await visit(page, "/products/relaxed-chino");
    requests.length = 0;
    await page.clock.runFor(29_000);
    expect(await isShown(page)).toBe(false);
    expect(requests).toEqual([]);

    await page.clock.runFor(1_000);
    expect(await isShown(page)).toBe(true);
    const region = page.getByRole("region", { name: "Chat with the shop" });
    await expect(region.getByRole("status").textContent()).resolves.toBe(GREETING);
    await expect.poll(() => beacons).toEqual([{ event: "prompt_shown", status: 204 }]);
    expect(errors).toEqual([]);
  });

  it("counts only the time the tab is visible", async () => {
    const { page, errors } = await shopper();
    await visit(page, "/products/relaxed-chino");
    await page.clock.runFor(20_000);
    await setVisibility(page, "hidden");
    await page.clock.runFor(120_000);
    await setVisibility(page, "visible");
    expect(await isShown(page)).toBe(false);
    await page.clock.runFor(9_000);
    expect(await isShown(page)).toBe(false);
    await page.clock.runFor(1_000);
    expect(await isShown(page)).toBe(true);
    expect(errors).toEqual([]);
  });

  it("starts counting again on another product page", async () => {
    const { page } = await shopper();
    await visit(page, "/products/relaxed-chino");
    await page.clock.runFor(20_000);
    await visit(page, "/products/linen-overshirt");
    await page.clock.runFor(20_000);
    expect(await isShown(page)).toBe(false);
    await page.clock.runFor(10_000);
    expect(await isShown(page)).toBe(true);
  });

  it("waits while the shopper is typing or in a dialog, and shows once they are done", async () => {
    const { page } = await shopper();
    await visit(page, "/products/relaxed-chino");
    await page.getByLabel("Note to the shop").click();
    await page.keyboard.type("Gift wrap please");
    await page.clock.runFor(45_000);
    expect(await isShown(page)).toBe(false);

    // Out of the field, into a dialog.
    await page.keyboard.press("Tab");
    await page.evaluate(() => {
      const dialog = document.createElement("dialog");
      dialog.id = "size-guide";
      dialog.textContent = "Size guide";
      document.body.append(dialog);
      dialog.showModal();
    });
    await page.clock.runFor(10_000);
    expect(await isShown(page)).toBe(false);

    // Closing the dialog returns focus to the button the shopper was on: they are done.
    await page.evaluate(() => (document.getElementById("size-guide") as HTMLDialogElement).close());
    await page.clock.runFor(1_000);
    expect(await isShown(page)).toBe(true);
    await expect(page.getByLabel("Note to the shop").inputValue()).resolves.toBe("Gift wrap please");
    // The prompt did not take the focus.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Add to cart");
  });

  it("takes no layout space: nothing on the page moves when it appears", async () => {
    const { page } = await shopper({
      initScript: `window.__shifts = 0; new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__shifts += entry.value; }).observe({ type: "layout-shift", buffered: true });`,
    });
    await visit(page, "/products/relaxed-chino");
    const before = await page.evaluate(() => ({
      main: document.getElementById("MainContent")!.getBoundingClientRect().toJSON(),
      height: document.documentElement.scrollHeight,
    }));
    const shiftsBefore = await page.evaluate(() => (window as unknown as { __shifts: number }).__shifts);
    await page.clock.runFor(30_000);
    expect(await isShown(page)).toBe(true);
    const after = await page.evaluate(() => ({
      main: document.getElementById("MainContent")!.getBoundingClientRect().toJSON(),
      height: document.documentElement.scrollHeight,
    }));
    expect(after).toEqual(before);
    await expect(prompt(page).evaluate((element) => getComputedStyle(element).position)).resolves.toBe("fixed");
    await expect(page.evaluate(() => (window as unknown as { __shifts: number }).__shifts)).resolves.toBe(shiftsBefore);

    // The measure itself works: a banner pushed in above the content is a shift.
    await page.evaluate(() => {
      const banner = Object.assign(document.createElement("div"), { textContent: "Free shipping" });
      banner.style.height = "120px";
      document.getElementById("MainContent")!.prepend(banner);
    });
    await expect.poll(() => page.evaluate(() => (window as unknown as { __shifts: number }).__shifts)).toBeGreaterThan(shiftsBefore);
  });

  it("is reached with the keyboard and closed with Escape, focus going back where it was", async () => {
    const { page, beacons } = await shopper();
    await visit(page, "/products/relaxed-chino");
    await page.clock.runFor(30_000);
    const focusIn = () =>
      page.evaluate(() => (document.activeElement?.closest("#concierge-chat") ? "prompt" : document.activeElement?.tagName));
    await page.getByRole("link", { name: "Track your order" }).focus();
    let tabs = 0;
    while ((await focusIn()) !== "prompt" && tabs < 30) {
      await page.keyboard.press("Tab");
      tabs += 1;
    }
    expect(await focusIn()).toBe("prompt");
    // Shift+Tab back out, then in again: the prompt sits in the normal tab order.
    await page.keyboard.press("Shift+Tab");
    const before = await focusIn();
    expect(before).not.toBe("prompt");
    await page.keyboard.press("Tab");
    expect(await focusIn()).toBe("prompt");

    await page.keyboard.press("Escape");
    expect(await isShown(page)).toBe(false);
    expect(await focusIn()).toBe(before);
    await expect.poll(() => beacons.map((beacon) => beacon.event)).toEqual(["prompt_shown", "dismissed"]);
  });

  it("closes with its close button", async () => {
    const { page, beacons } = await shopper();
    await visit(page, "/products/relaxed-chino");
    await page.clock.runFor(30_000);
    await page.getByRole("button", { name: "Close" }).click();
    expect(await isShown(page)).toBe(false);
    await expect.poll(() => beacons.map((beacon) => beacon.event)).toEqual(["prompt_shown", "dismissed"]);
  });

  it("does not come back in the session once dismissed", async () => {
    const { page, beacons } = await shopper();
    await visit(page, "/products/relaxed-chino");
    await page.clock.runFor(30_000);
    await page.keyboard.press("Escape");
    expect(await isShown(page)).toBe(false);
    await expect.poll(() => beacons.map((beacon) => beacon.event)).toEqual(["prompt_shown", "dismissed"]);
    await visit(page, "/products/classic-chino");
    await page.clock.runFor(120_000);
    expect(await isShown(page)).toBe(false);
    await visit(page, "/products/relaxed-chino");
    await page.clock.runFor(120_000);
    expect(await isShown(page)).toBe(false);
    expect(beacons.map((beacon) => beacon.event)).toEqual(["prompt_shown", "dismissed"]);
  });

  it("shows at most once per visit, even when the shopper ignores it", async () => {
    const { page, beacons } = await shopper();
    await visit(page, "/products/relaxed-chino");
    await page.clock.runFor(30_000);
    expect(await isShown(page)).toBe(true);
    await expect.poll(() => beacons.map((beacon) => beacon.event)).toEqual(["prompt_shown"]);
    await visit(page, "/products/classic-chino");
    await page.clock.runFor(120_000);
    expect(await isShown(page)).toBe(false);
    expect(beacons.map((beacon) => beacon.event)).toEqual(["prompt_shown"]);
  });

  it("shows the contact links when the chosen chat app is not on the page", async () => {
    // The demo chose Gorgias, and the demo store has no Gorgias.
    const { page, errors } = await shopper();
    await visit(page, "/products/relaxed-chino");
    await page.clock.runFor(30_000);
    const region = page.getByRole("region", { name: "Chat with the shop" });
    await expect(region.getByRole("button", { name: "Chat with us" }).count()).resolves.toBe(0);
    const links = await region.getByRole("link").evaluateAll((anchors) => anchors.map((a) => [a.textContent, a.getAttribute("href")]));
    expect(links).toEqual([
      ["WhatsApp", "https://wa.me/14155550123"],
      ["Call", "tel:+14155550123"],
      ["Email", "mailto:hello@concierge-demo.example"],
    ]);
    expect(errors).toEqual([]);
  });

  it("opens the chat app through its API when it is on the page, and marks the cart as chatting", async () => {
    const { page, errors, beacons } = await shopper({
      initScript: `window.GorgiasChat = { opened: 0, open() { this.opened += 1; } };`,
    });
    await visit(page, "/products/relaxed-chino");
    await page.clock.runFor(30_000);
    await page.getByRole("button", { name: "Chat with us" }).click();
    await expect(page.evaluate(() => (window as unknown as { GorgiasChat: { opened: number } }).GorgiasChat.opened)).resolves.toBe(1);
    expect(await isShown(page)).toBe(false);
    await expect.poll(() => beacons.map((beacon) => beacon.event)).toEqual(["prompt_shown", "chat_opened"]);
    await expect
      .poll(async () => (await page.evaluate(() => fetch("/cart.js").then((response) => response.json()))).attributes)
      .toEqual({ _concierge_chat: "1" });
    // Opened once: never again in the session.
    await visit(page, "/products/classic-chino");
    await page.clock.runFor(60_000);
    expect(await isShown(page)).toBe(false);
    expect(errors).toEqual([]);
  });

  it("renders right to left in Arabic, in Arabic", async () => {
    const { page, errors } = await shopper({ locale: "ar" });
    await visit(page, "/ar/products/relaxed-chino");
    await page.clock.runFor(30_000);
    const region = page.getByRole("region", { name: "الدردشة مع المتجر" });
    await expect(region.getByRole("status").textContent()).resolves.toBe("مرحبًا، هل تحتاج إلى مساعدة في اختيار المقاس؟");
    await expect(region.evaluate((element) => getComputedStyle(element).direction)).resolves.toBe("rtl");
    const box = (await region.boundingBox())!;
    const close = (await region.getByRole("button", { name: "إغلاق" }).boundingBox())!;
    // At the start of the line (the left) in Arabic, its close button at the end of the box (its left side).
    expect(box.x + box.width).toBeLessThan(600);
    expect(close.x - box.x).toBeLessThan(box.width / 2);

    const english = await shopper();
    await visit(english.page, "/products/relaxed-chino");
    await english.page.clock.runFor(30_000);
    const englishBox = (await prompt(english.page).boundingBox())!;
    expect(englishBox.x).toBeGreaterThan(600);
    expect(errors).toEqual([]);
  });

  it("slides in, unless the shopper asked for reduced motion", async () => {
    const animationOf = async (reducedMotion: "reduce" | "no-preference") => {
      const { page } = await shopper({ reducedMotion });
      await visit(page, "/products/relaxed-chino");
      await page.clock.runFor(30_000);
      return prompt(page).evaluate((element) => getComputedStyle(element).animationName);
    };
    expect(await animationOf("no-preference")).toBe("cc");
    expect(await animationOf("reduce")).toBe("none");
  });
});

describe("where the prompt runs", () => {
  it("runs on the cart page, which the demo turned on, and nowhere else but product pages", async () => {
    const { page, requests } = await shopper();
    await page.goto(`${demo.storefrontUrl}/`);
    expect(await page.locator("#concierge-chat").count()).toBe(0);
    expect(requests.filter((request) => request.includes("chat-trigger.js"))).toEqual([]);

    await visit(page, "/cart");
    await page.clock.runFor(30_000);
    expect(await isShown(page)).toBe(true);
  });
});

describe("a VIP whose tier skips the bot", () => {
  it("is offered their concierge's contacts instead of the chatbot", async () => {
    // The tier as Concierge's VIP feature writes it, on the customer's app-owned metafield.
    const token = await localAdminToken();
    const { customers } = await localAdmin<{ customers: { nodes: { id: string }[] } }>(
      'query VipCustomer { customers(first: 1, query: "tag:VIP") { nodes { id } } }',
      {},
      token,
    );
    const customerId = customers.nodes[0].id;
    const value = tierMetafieldValue(
      {
        tierName: "Gold",
        skipBot: true,
        skipQueue: true,
        instantRefunds: false,
        concierge: { name: "Layla Haddad", phone: "+97145550111", email: "layla@concierge-demo.example", whatsapp: "+971505550111" },
      } as Parameters<typeof tierMetafieldValue>[0],
      START,
    );
    const set = await localAdmin<{ metafieldsSet: { userErrors: unknown[] } }>(
      "mutation SetTier($metafields: [MetafieldsSetInput!]!) { metafieldsSet(metafields: $metafields) { userErrors { field message } } }",
      {
        metafields: [
          {
            ownerId: customerId,
            namespace: TIER_METAFIELD.namespace,
            key: TIER_METAFIELD.key,
            type: TIER_METAFIELD.type,
            value: JSON.stringify(value),
          },
        ],
      },
      token,
    );
    expect(set.metafieldsSet.userErrors).toEqual([]);

    try {
      const { page, errors, beacons } = await shopper();
      await page.goto(`${demo.storefrontUrl}/account/login?customer=${customerId.split("/").pop()}`);
      await visit(page, "/products/relaxed-chino");
      await page.clock.runFor(30_000);
      const region = page.getByRole("region", { name: "Chat with the shop" });
      await expect(region.getByRole("status").textContent()).resolves.toBe(
        "Your personal concierge is here to help you choose:Layla Haddad",
      );
      await expect(region.getByRole("button", { name: "Chat with us" }).count()).resolves.toBe(0);
      const links = await region.getByRole("link").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
      expect(links).toEqual(["https://wa.me/971505550111", "tel:+97145550111", "mailto:layla@concierge-demo.example"]);

      await page.context().route("https://wa.me/**", (route) => route.fulfill({ body: "WhatsApp" }));
      const [whatsapp] = await Promise.all([page.waitForEvent("popup"), region.getByRole("link", { name: "WhatsApp" }).click()]);
      await whatsapp.close();
      await expect.poll(() => beacons.map((beacon) => beacon.event)).toEqual(["prompt_shown", "concierge_contacted"]);
      await expect
        .poll(async () => (await page.evaluate(() => fetch("/cart.js").then((response) => response.json()))).attributes)
        .toEqual({ _concierge_chat: "1" });
      expect(errors).toEqual([]);
    } finally {
      await localAdmin(
        "mutation ClearTier($metafields: [MetafieldIdentifierInput!]!) { metafieldsDelete(metafields: $metafields) { userErrors { field message } } }",
        { metafields: [{ ownerId: customerId, namespace: TIER_METAFIELD.namespace, key: TIER_METAFIELD.key }] },
        token,
      );
    }
  });
});

describe("the Chat trigger page in the admin", () => {
  it("shows the prompts the storefront reported through the app proxy, and how to turn it on", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(demo.adminUrl);
    await page.getByRole("navigation", { name: "App" }).getByRole("link", { name: "Chat trigger" }).click();
    await page.getByRole("heading", { name: "Chat trigger", level: 1 }).waitFor();
    // The journeys above showed prompts, opened chats and dismissed some, each reported by a beacon.
    const promptsShown = Number(
      await page.getByRole("heading", { name: "Prompts shown" }).locator("xpath=following-sibling::p[1]").textContent(),
    );
    expect(promptsShown).toBeGreaterThan(0);
    const editor = new URL((await page.getByRole("link", { name: "Open the theme editor" }).getAttribute("href"))!);
    expect(editor.searchParams.get("activateAppId")).toBe("concierge-demo-api-key/chat-trigger");
    expect(editor.searchParams.get("context")).toBe("apps");
    expect(errors).toEqual([]);
  });
});
