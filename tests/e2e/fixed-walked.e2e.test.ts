// What issue 17 found and was fixed, walked in the browser as a merchant
// reads it: the Profit page's result without a double negative and its
// Period column whole at 1366 px, shipments at risk named in words on the
// Order tracking page (never a code such as past_estimated_delivery), and the
// Chat trigger page pointing to the benchmark the merchant can already set,
// in English and Arabic. A shipment at risk is marked handled, with a toast,
// and leaves the list; an agent whose Arabic page still lists it is told it is
// gone, pressing a button found by its Arabic name (React 18.3 once put a NUL
// in such names: app/http/html-response.server.ts).
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openAdmin } from "./admin-pages";
import { openPage, withBrowser } from "./browser";
import { localAdmin, localAdminToken } from "./local-admin";

const demo = inject("demo");
const browser = withBrowser();
const LOCALES = ["en", "ar"] as const;

/** A machine code drawn as text: two or more lower-case words joined by underscores. */
const RAW_CODE = /\b[a-z]+(?:_[a-z]+)+\b/;

async function desktop(locale: string) {
  const { page, errors } = await openPage(browser(), { locale });
  await page.setViewportSize({ width: 1366, height: 900 });
  return { page, errors };
}

describe("the Profit page at 1366 px", () => {
  for (const locale of LOCALES) {
    it(`shows the P&L's Period column whole, and the result as a word and an amount without a minus (${locale})`, async () => {
      const { page, errors } = await desktop(locale);
      await openAdmin(page, "/app/profit", locale);
      const period = page.getByRole("columnheader", { name: locale === "en" ? "Period" : "الفترة", exact: true });
      await period.waitFor();
      // Inside the box the table scrolls in, on both sides, and its words not clipped.
      const placement = await period.evaluate((header) => {
        let box = header.parentElement;
        while (box && getComputedStyle(box).overflowX === "visible") box = box.parentElement;
        const cell = header.getBoundingClientRect();
        const view = (box ?? document.documentElement).getBoundingClientRect();
        return {
          inside: cell.left >= view.left - 0.5 && cell.right <= view.right + 0.5,
          clipped: header.scrollWidth > header.clientWidth + 1,
        };
      });
      expect(placement).toEqual({ inside: true, clipped: false });

      // The summary's result: "Profit" or "Loss" says which way it went, so the amount carries no minus.
      const result = page.getByRole("heading", { level: 3, name: locale === "en" ? /^(Profit|Loss)$/ : /^(الربح|الخسارة)$/ });
      await expect(result.count()).resolves.toBe(1);
      const tile = (await result.locator("xpath=..").innerText()).replace(/\s+/g, " ");
      expect(tile).not.toMatch(/[-−]\s*\$|\$\s*[-−]|[-−]\s*[\d٠-٩]/);
      expect(errors).toEqual([]);
    });
  }
});

interface OnItsWay {
  name: string;
  fulfillments: { id: string; displayStatus: string | null }[];
}

/** A demo order still on its way whose carrier's estimate passed three days ago: its name. */
async function pastItsEstimate(): Promise<string> {
  const token = await localAdminToken();
  const { orders } = await localAdmin<{ orders: { nodes: OnItsWay[] } }>(
    `query Shipped { orders(first: 250, query: "fulfillment_status:shipped", sortKey: PROCESSED_AT, reverse: true) { nodes { name fulfillments { id displayStatus } } } }`,
    {},
    token,
  );
  const order = orders.nodes.find(
    (candidate) =>
      candidate.fulfillments.length === 1 && !["DELIVERED", "FAILURE"].includes(candidate.fulfillments[0]!.displayStatus ?? ""),
  );
  if (!order) throw new Error("the demo store has no order on its way");
  const estimate = new Date(Date.now() - 3 * 24 * 60 * 60 * 1000).toISOString();
  const response = await fetch(`${demo.shopifyUrl}/_local/fulfillments/${order.fulfillments[0]!.id.split("/").pop()}/events`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ status: "in_transit", message: "In transit", estimatedDeliveryAt: estimate }),
  });
  expect(response.status).toBe(201);
  return order.name;
}

/** The rows of an order's risk, named by `words`, on the Order tracking page in `locale`. */
const riskRows = (page: Page, order: string, words: string) =>
  page
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: order, exact: true }) })
    .filter({ hasText: words });

/** Opens the Order tracking page until the app's worker has read the carrier's event: the order's risk, in words. */
async function atRiskRow(page: Page, order: string, words: string, locale: string) {
  const rows = riskRows(page, order, words);
  await expect
    .poll(
      async () => {
        await openAdmin(page, "/app/tracking", locale);
        return rows.count();
      },
      { timeout: 60_000, interval: 2000 },
    )
    .toBe(1);
  return rows.first();
}

describe("shipments at risk on the Order tracking page", () => {
  it("name the problem in words in English and Arabic, never as the code past_estimated_delivery", async () => {
    const { page, errors } = await desktop("en");
    const order = await pastItsEstimate();
    const words = { en: "Past its delivery date", ar: "تجاوزت موعد التسليم" };
    for (const locale of LOCALES) {
      await atRiskRow(page, order, words[locale], locale);
      const table = (await page.getByRole("table").first().innerText()).replace(/\s+/g, " ");
      expect(table).not.toMatch(RAW_CODE);
    }
    // Another agent has the list open in Arabic when a colleague, in English, handles the shipment.
    const other = await desktop("ar");
    const stale = await atRiskRow(other.page, order, words.ar, "ar");
    // Handled: a toast says so, and the risk leaves the list.
    const row = await atRiskRow(page, order, words.en, "en");
    await row.getByRole("button", { name: `Mark handled: ${order}` }).click();
    await page.getByRole("status").filter({ hasText: "Shipment marked handled" }).waitFor();
    await expect
      .poll(
        async () => {
          await openAdmin(page, "/app/tracking");
          return riskRows(page, order, words.en).count();
        },
        { timeout: 15_000, interval: 1000 },
      )
      .toBe(0);
    // The Arabic page still lists it: its button, found by its Arabic name, is told over the list that
    // the shipment is no longer in it, and the list, read again, no longer has it.
    await stale.getByRole("button", { name: `تحديد كمعالَجة: ${order}` }).click();
    await other.page.getByText("لم تعد هذه الشحنة في القائمة", { exact: true }).waitFor();
    await stale.waitFor({ state: "detached" });
    expect(errors).toEqual([]);
    expect(other.errors).toEqual([]);
  });
});

describe("the Chat trigger page", () => {
  for (const locale of LOCALES) {
    it(`sends the merchant to Profit settings for their own conversion rate, and never says it is coming (${locale})`, async () => {
      const { page, errors } = await desktop(locale);
      await openAdmin(page, "/app/chat", locale);
      const text = (await page.locator("main, body").first().innerText()).replace(/\s+/g, " ");
      expect(text).not.toMatch(/coming|setting your own figure/i);
      const settings = page.locator('a[href*="/app/profit"]');
      await expect(settings.count()).resolves.toBeGreaterThan(0);
      await settings.first().click();
      await page.getByRole("heading", { level: 1, name: locale === "en" ? "Profit" : /.+/ }).waitFor();
      await page.waitForURL((url) => url.pathname === "/app/profit");
      expect(errors).toEqual([]);
    });
  }
});
