// Issue 17's storefront dead ends on /track, walked as a shopper would, each
// shown gone: dated steps in the shop's time zone with the expected delivery
// first, upsells with their price and the size the shopper chose (whole on a
// phone), no "You might also like" before anything shipped, "1 × item" lists
// in the right order in Arabic, waits with the language's plural, reloads
// that are not new lookups, and exchange reasons only when an exchange can
// follow (with a way to write to the shop about the order when none can).
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { violationsIn } from "./axe";
import { openPage, withBrowser } from "./browser";
import { deleteOffer } from "./admin-pages";
import { localAdmin, localAdminToken } from "./local-admin";
import { WINDOW_WAIT_TIMEOUT_MS, withinOneWindow } from "../factories/rate-limit-window";

const demo = inject("demo");
const browser = withBrowser();
const FATIMA = "fatima.almansouri@example.ae";

interface DemoOrder {
  name: string;
  email: string;
  displayFulfillmentStatus: string;
  cancelledAt: string | null;
  fulfillments: { displayStatus: string | null }[];
  lineItems: { nodes: { title: string; variantTitle: string | null; quantity: number }[] };
}

let token: string;
let timeZone: string;

beforeAll(async () => {
  token = await localAdminToken();
  timeZone = (await localAdmin<{ shop: { ianaTimezone: string } }>(`{ shop { ianaTimezone } }`, {}, token)).shop.ianaTimezone;
});

/** A customer's latest orders, as the local Shopify has them (the demo's seed is generated, so journeys look orders up). */
async function ordersOf(email: string): Promise<DemoOrder[]> {
  const data = await localAdmin<{ orders: { nodes: DemoOrder[] } }>(
    `query Orders($query: String) { orders(first: 30, query: $query, sortKey: PROCESSED_AT, reverse: true) { nodes {
      name email displayFulfillmentStatus cancelledAt fulfillments(first: 3) { displayStatus }
      lineItems(first: 5) { nodes { title variantTitle quantity } } } } }`,
    { query: `email:${email}` },
    token,
  );
  return data.orders.nodes;
}

function findOrder(orders: DemoOrder[], test: (order: DemoOrder) => boolean): DemoOrder {
  const order = orders.find(test);
  if (!order) throw new Error("the demo store has no such order");
  return order;
}

const trackUrl = (locale: "en" | "ar", order?: DemoOrder, contact = order?.email) =>
  `${demo.storefrontUrl}${locale === "ar" ? "/ar" : ""}/apps/concierge/track${
    order ? `?${new URLSearchParams({ order: order.name, contact: contact ?? "" }).toString()}` : ""
  }`;

/** A text without the invisible marks that keep its parts in order (LRM, RLM, and the isolates). */
const withoutBidiMarks = (text: string) => text.replace(/[\u200e\u200f\u2066-\u2069]/g, "");

/**
 * A shopper's page. Logged in (as a customer no other journey uses) unless
 * `visitor` is null: a logged-in customer is a visitor of their own for the
 * page's rate limits (visitorOf), so these walks leave the anonymous
 * visitors' bucket, which every journey shares, to the others.
 */
async function shopperPage(locale: "en" | "ar", width: number, visitor: string | null = "louis.chevalier@example.com") {
  const opened = await openPage(browser(), { locale });
  await opened.page.setViewportSize({ width, height: 844 });
  if (visitor) await logIn(opened.page, visitor);
  return opened;
}

/** Logs the shopper in on the local storefront. */
async function logIn(page: Page, email: string) {
  await page.goto(`${demo.storefrontUrl}/account/login`);
  await page.locator("li", { hasText: email }).getByRole("link").click();
  await page.waitForLoadState();
}

describe("tracking steps", () => {
  for (const locale of ["en", "ar"] as const) {
    it(`date every step that happened in the shop's time zone, with the expected delivery first (${locale})`, async () => {
      const delayed = findOrder(await ordersOf(FATIMA), (order) => order.fulfillments.some((f) => f.displayStatus === "DELAYED"));
      const { page, errors } = await shopperPage(locale, 390);
      await page.goto(trackUrl(locale, delayed));
      await page.getByRole("heading", { name: delayed.name }).waitFor();
      // The expected delivery is the first thing under the order's name.
      const order = page.locator("section[aria-labelledby=concierge-order]");
      await expect(order.locator("h2 + p").getAttribute("data-eta")).resolves.toBe("");
      await expect(order.locator("[data-eta]").textContent()).resolves.toMatch(
        locale === "en" ? /^Expected delivery: \w+ \d+, \d{4}$/ : /^موعد التوصيل المتوقع: /,
      );
      const times = await order
        .locator("li[data-step] time")
        .evaluateAll((elements) =>
          elements.map((element) => ({ datetime: element.getAttribute("datetime")!, text: element.textContent!.trim() })),
        );
      expect(times.length).toBeGreaterThanOrEqual(3);
      const format = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone });
      for (const time of times) expect(time.text).toContain(format.format(new Date(time.datetime)));
      expect(errors).toEqual([]);
    });
  }
});

describe("the upsell", () => {
  const TEXTS = {
    en: { title: "You might also like", add: "Add to cart", added: "Added to your cart", price: /\$\d+\.\d\d/ },
    ar: { title: "قد يعجبك أيضًا", add: "أضف إلى السلة", added: null, price: /\d+[.٫]\d\d.*US\$/ },
  } as const;
  for (const locale of ["en", "ar"] as const) {
    it(`shows each product's price and adds the size the shopper chose, whole on a phone (${locale})`, async () => {
      const texts = TEXTS[locale];
      const { page, errors } = await shopperPage(locale, 390);
      const delivered = findOrder(await ordersOf(FATIMA), (order) => order.displayFulfillmentStatus === "FULFILLED" && !order.cancelledAt);
      await page.goto(trackUrl(locale, delivered));
      const upsell = page.getByRole("region", { name: texts.title });
      const product = upsell
        .locator("li")
        .filter({ has: page.locator("select") })
        .first();
      await product.waitFor();
      // The price, in the shop's currency (USD), formatted by Intl in the shopper's language.
      await expect(product.textContent().then((text) => withoutBidiMarks(text ?? ""))).resolves.toMatch(texts.price);
      // Drawn whole: "US$" reads as one, left of the amount in Arabic ("US$ 78.00", never "$US 78.00").
      const drawn = await product
        .locator("span")
        .first()
        .evaluate((span) => {
          const text = span.firstChild as Text;
          const leftAt = (at: number) => {
            const range = document.createRange();
            range.setStart(text, at);
            range.setEnd(text, at + 1);
            return range.getBoundingClientRect().left;
          };
          const symbol = leftAt(text.data.indexOf("$"));
          const letters = text.data.indexOf("US");
          return {
            symbolLeftOfAmount: symbol < leftAt(text.data.search(/\d/)),
            symbolWhole: letters < 0 || symbol > leftAt(letters),
          };
        });
      expect(drawn).toEqual({ symbolLeftOfAmount: true, symbolWhole: true });
      const size = product.getByRole("combobox");
      const options = await size
        .locator("option")
        .evaluateAll((elements) =>
          elements.map((element) => ({ value: (element as HTMLOptionElement).value, text: element.textContent! })),
        );
      for (const option of options) expect(withoutBidiMarks(option.text)).toMatch(new RegExp(`^.+ · .*${texts.price.source}`));
      const chosen = options[options.length - 1]!;
      await size.selectOption(chosen.value);
      // The chosen option's whole text fits the dropdown at 390 px (no "S ·").
      const fits = await size.evaluate((select: HTMLSelectElement) => {
        const context = document.createElement("canvas").getContext("2d")!;
        const style = getComputedStyle(select);
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = select.selectedOptions[0]!.textContent!;
        const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
        const box = select.getBoundingClientRect();
        return {
          scroll: select.scrollWidth <= select.clientWidth,
          text: context.measureText(text).width + padding <= select.clientWidth,
          inWindow: box.left >= 0 && box.right <= document.documentElement.clientWidth,
        };
      });
      expect(fits).toEqual({ scroll: true, text: true, inWindow: true });
      expect(await violationsIn(page, ".concierge-track")).toEqual([]);
      await product.getByRole("button", { name: texts.add }).click();
      if (texts.added) await page.getByRole("status").filter({ hasText: texts.added }).waitFor();
      await expect
        .poll(async () => (await page.evaluate(async () => (await fetch("/cart.js")).json())).items)
        .toEqual([expect.objectContaining({ variant_id: Number(chosen.value), quantity: 1 })]);
      expect(errors).toEqual([]);
    });
  }

  it("is not offered for an order nothing of which has shipped", async () => {
    const { page } = await shopperPage("en", 1366);
    const unfulfilled = findOrder(
      await ordersOf(FATIMA),
      (order) => order.displayFulfillmentStatus === "UNFULFILLED" && !order.cancelledAt,
    );
    await page.goto(trackUrl("en", unfulfilled));
    await page.getByRole("heading", { name: "Not shipped yet" }).waitFor();
    await expect(page.getByRole("region", { name: "You might also like" }).count()).resolves.toBe(0);
    await expect(page.getByText("You might also like").count()).resolves.toBe(0);
  });
});

describe("an item list in Arabic", () => {
  for (const width of [390, 1366]) {
    it(`reads "1 × Leather Belt، 1 × Linen Overshirt" in order (${width} px)`, async () => {
      const unfulfilled = findOrder(
        await ordersOf(FATIMA),
        (order) => order.displayFulfillmentStatus === "UNFULFILLED" && !order.cancelledAt && order.lineItems.nodes.length > 1,
      );
      const { page } = await shopperPage("ar", width);
      await page.goto(trackUrl("ar", unfulfilled));
      const items = page.locator(".concierge-package bdi");
      await items.first().waitFor();
      const expected = unfulfilled.lineItems.nodes.map((line) => `${line.quantity} × ${line.title}`);
      await expect(items.allTextContents()).resolves.toEqual(expected);
      // Where each part is drawn: inside an item the quantity is left of the title
      // (left to right), and the list runs right to left (the first item rightmost, or on an earlier line).
      const boxes = await items.evaluateAll((elements) =>
        elements.map((element) => {
          const text = element.firstChild as Text;
          const box = (start: number, end: number) => {
            const range = document.createRange();
            range.setStart(text, start);
            range.setEnd(text, end);
            return range.getClientRects()[0]!;
          };
          const titleAt = text.data.indexOf("× ") + 2;
          const quantity = box(0, 1);
          const title = box(titleAt, titleAt + 1);
          const whole = element.getBoundingClientRect();
          return {
            quantityLeft: quantity.left,
            titleLeft: title.left,
            sameLine: quantity.top === title.top,
            right: whole.right,
            top: whole.top,
          };
        }),
      );
      for (const box of boxes) if (box.sameLine) expect(box.quantityLeft).toBeLessThan(box.titleLeft);
      const [first, second] = boxes;
      expect(first!.top < second!.top || first!.right > second!.right).toBe(true);
      expect(await violationsIn(page, ".concierge-track")).toEqual([]);
    });
  }
});

describe("lookups a shopper makes", () => {
  it("are not counted again when the shopper reloads the result", async () => {
    const email = "hanako.yamada@example.jp";
    const order = (await ordersOf(email))[0]!;
    const { page, errors } = await shopperPage("en", 390, email);
    await page.goto(trackUrl("en", order));
    await page.getByRole("heading", { name: order.name }).waitFor();
    // More reloads than the 10 lookups a visitor may make in ten minutes: none is refused.
    for (let reload = 0; reload < 12; reload += 1) {
      const response = await page.reload();
      expect(response?.status()).toBe(200);
      await page.getByRole("heading", { name: order.name }).waitFor();
    }
    await expect(page.getByRole("alert").count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it(
    "are refused past the limit with a wait that uses the language's plural (en, ar)",
    async () => {
      // The 10 lookups a visitor may make count per fixed ten-minute window (VISITOR_LOOKUP_LIMIT): all of these in one.
      await withinOneWindow({ windowMs: 10 * 60 * 1000 });
      const email = "omar.elsayed@example.com";
      const { page } = await shopperPage("en", 390, email);
      let refused: string | null = null;
      // Eleven lookups of orders that don't exist: the eleventh is one too many.
      for (let attempt = 0; attempt < 11 && !refused; attempt += 1) {
        const response = await page.goto(trackUrl("en", { name: `#9${attempt}9999` } as DemoOrder, email));
        if (response?.status() === 429) refused = await page.getByRole("alert").textContent();
      }
      expect(refused).toMatch(/Please wait (\d+) minutes? and try again/);
      const minutes = Number(/wait (\d+)/.exec(refused!)![1]);
      expect(refused).toContain(
        `wait ${new Intl.NumberFormat("en", { style: "unit", unit: "minute", unitDisplay: "long" }).format(minutes)} and`,
      );
      expect(refused).not.toMatch(/\b1 minutes/);
      await page.goto(trackUrl("ar", { name: "#919999" } as DemoOrder, email));
      const arabic = await page.getByRole("alert").textContent();
      // The same wait, or a minute less if one went by in between.
      const inArabic = [minutes, minutes - 1].map((wait) =>
        new Intl.NumberFormat("ar", { style: "unit", unit: "minute", unitDisplay: "long" }).format(wait),
      );
      expect(inArabic.some((wait) => arabic!.includes(wait))).toBe(true);
    },
    WINDOW_WAIT_TIMEOUT_MS + 60_000,
  );
});

describe("the exchange reason picker", () => {
  const OFFER = "E2E size swap on /track";
  const TEXTS = {
    en: {
      title: "Not the right fit?",
      tooSmall: "Size was too small",
      tooLarge: "Size was too large",
      refused: /no longer available/,
      contact: "Contact us about order",
      back: "Back to order tracking",
    },
    ar: {
      title: "المقاس غير مناسب؟",
      tooSmall: "المقاس صغير جدًا",
      tooLarge: "المقاس كبير جدًا",
      refused: /لم يعد متاحًا/,
      contact: "تواصل معنا بخصوص الطلب",
      back: "العودة إلى تتبع الطلب",
    },
  } as const;
  let admin: Page;

  // The merchant's offer, made in the admin as a merchant would: any other size of a Linen Overshirt or a Merino Crew Sweater.
  beforeAll(async () => {
    admin = (await openPage(browser())).page;
    await admin.goto(demo.adminUrl);
    await admin.getByRole("heading", { name: "Concierge", level: 1 }).waitFor();
    await admin.getByRole("navigation", { name: "App" }).getByRole("link", { name: "Exchange offers" }).click();
    await admin.getByRole("heading", { name: "Exchange offers", level: 1 }).waitFor();
    await admin.getByRole("link", { name: "Add offer" }).first().click();
    await admin.getByRole("heading", { name: "Add exchange offer" }).waitFor();
    await admin.getByLabel("Name").fill(OFFER);
    await admin.getByRole("checkbox", { name: "Linen Overshirt" }).check();
    await admin.getByRole("checkbox", { name: "Merino Crew Sweater" }).check();
    await admin.getByLabel("Exchange to").selectOption("same_product");
    await admin.getByLabel("Headline (English)").fill("Not the right fit? Exchange for {exchange_item}");
    await admin.getByLabel("Agent's script (English)").fill("I can swap it for {exchange_item} today.");
    await admin.getByRole("button", { name: "Add offer" }).click();
    await admin.getByRole("heading", { name: OFFER }).waitFor();
  });
  // Deleted after, so other journeys see the store as it was.
  afterAll(async () => {
    await admin.getByRole("navigation", { name: "App" }).getByRole("link", { name: "Exchange offers" }).click();
    await deleteOffer(admin, OFFER);
  });

  /** The request form of one delivered item ("Linen Overshirt (S)"). */
  const formFor = (page: Page, item: string) =>
    page
      .locator("form.concierge-exchange")
      .filter({ has: page.getByRole("heading", { name: item, exact: true }) })
      .first();

  for (const locale of ["en", "ar"] as const) {
    it(`offers only reasons an exchange can follow, and a way to write about the order when none can (${locale})`, async () => {
      const texts = TEXTS[locale];
      const delivered = findOrder(
        await ordersOf(FATIMA),
        (order) =>
          !order.cancelledAt &&
          order.fulfillments.length > 0 &&
          order.fulfillments.every((f) => f.displayStatus === "DELIVERED") &&
          order.lineItems.nodes.some((line) => line.title === "Linen Overshirt" && line.variantTitle === "S"),
      );
      // Logged in as the order's shopper: a guest's lookups and requests share the demo's one
      // anonymous visitor (every browser of every journey comes from the same address), whose
      // limits the other journeys spend; a shopper's own limits are theirs.
      const { page, errors } = await shopperPage(locale, 390, FATIMA);
      await page.goto(trackUrl(locale, delivered));
      await page.getByRole("heading", { name: texts.title }).waitFor();
      // The smallest size: nothing smaller to exchange to.
      const smallest = formFor(page, "Linen Overshirt (S)");
      const reasons = await smallest.locator("option").allTextContents();
      expect(reasons).toContain(texts.tooSmall);
      expect(reasons).not.toContain(texts.tooLarge);
      // Every touch target on a phone at least 44 px tall, the picker included.
      expect((await smallest.locator("select").boundingBox())!.height).toBeGreaterThanOrEqual(44);
      const heights = await page
        .locator(".concierge-track :is(a, button, select, input:not([type=hidden]))")
        .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().height));
      for (const height of heights) expect(height).toBeGreaterThanOrEqual(44);
      expect(await violationsIn(page, ".concierge-track")).toEqual([]);

      // A reason no exchange can follow (a page left open, a hand-made request): a way to reach the shop about the order.
      // The request reads the order again from Shopify: while the journeys have spent the shop's Admin API
      // allowance, the shopper is asked to try again (503), and does, as a shopper would.
      for (let attempt = 0; ; attempt++) {
        const form = formFor(page, "Linen Overshirt (S)");
        await form.locator("select").evaluate((select: HTMLSelectElement) => {
          select.add(new Option("SIZE_TOO_LARGE", "SIZE_TOO_LARGE"));
          select.value = "SIZE_TOO_LARGE";
        });
        await form.getByRole("button").click();
        const answer = page.locator("[data-exchange-request]");
        if ((await answer.getAttribute("data-exchange-request")) !== "unavailable_service" || attempt === 5) break;
        await page.waitForTimeout(5_000);
        await page.goto(trackUrl(locale, delivered));
        await page.getByRole("heading", { name: texts.title }).waitFor();
      }
      await expect(page.getByRole("alert").textContent()).resolves.toMatch(texts.refused);
      const contact = page.getByRole("link", { name: `${texts.contact} ${delivered.name}` });
      const href = (await contact.getAttribute("href"))!;
      expect(href).toMatch(/^mailto:[^@?]+@[^?]+\?subject=/);
      expect(decodeURIComponent(href.replace(/\+/g, " "))).toContain(`order ${delivered.name}`);
      expect(await violationsIn(page, ".concierge-exchange-request")).toEqual([]);

      // Back on the order: the same choice is not offered as if it were available.
      await expect(page.getByRole("link", { name: texts.back }).getAttribute("href")).resolves.toMatch(/\/apps\/concierge\/track$/);
      await page.goto(trackUrl(locale, delivered));
      await page.getByRole("heading", { name: texts.title }).waitFor();
      await expect(formFor(page, "Linen Overshirt (S)").locator("option").allTextContents()).resolves.not.toContain(texts.tooLarge);
      expect(errors).toEqual([]);
    }, 180_000);
  }

  it("offers no 'Size was too small' for the largest size", async () => {
    const { page } = await shopperPage("en", 390, FATIMA);
    const candidates = (await ordersOf(FATIMA)).filter(
      (order) =>
        !order.cancelledAt &&
        order.fulfillments.length > 0 &&
        order.fulfillments.every((f) => f.displayStatus === "DELIVERED") &&
        order.lineItems.nodes.some((line) => ["Linen Overshirt", "Merino Crew Sweater"].includes(line.title) && line.variantTitle === "XL"),
    );
    // The latest delivered order whose XL item can still be exchanged (one returned already is not offered).
    // An order's exchange facts may wait for the storefront's share of the Admin API (the page is
    // then shown without offers, as the budget intends): the candidates are looked at again for a while.
    let largest: string[] | null = null;
    for (let round = 0; largest === null && round < 8; round++) {
      if (round > 0) await page.waitForTimeout(5_000);
      for (const order of candidates.slice(0, 3)) {
        await page.goto(trackUrl("en", order));
        await page.getByRole("heading", { name: order.name }).waitFor();
        const form = page.locator("form.concierge-exchange").filter({ has: page.getByRole("heading", { name: /\(XL\)$/ }) });
        if ((await form.count()) === 0) continue;
        largest = await form.first().locator("option").allTextContents();
        break;
      }
    }
    expect(largest).toContain("Size was too large");
    expect(largest).not.toContain("Size was too small");
  });
});
