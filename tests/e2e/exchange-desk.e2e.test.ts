// An agent answers exchange offers on an order's exchange page (decision
// 015): the answer forms are checked in the browser with the schema the
// action parses them with, so "Shopper accepted" without the shopper's
// reason is refused next to the reason and nothing is sent; with a reason
// the exchange is made in Shopify and the page names its return; an offer
// marked as made waits in the order's table until the shopper's refusal is
// recorded from there; in Arabic the same refusal is said in Arabic. A
// shopper's own request from /track is accepted from the Exchange offers
// page, by the button that names its order: Shopify gets the return and the
// request leaves the list. An acceptance whose answer Shopify lost waits as
// being made, and its Finish button completes it with the one return Shopify
// made. Each journey makes its own offer on a delivered
// order's products, and deletes it at the end; a staff member it had to add
// to the roster leaves it again (another email, inactive), so the agent
// desk's journey still finds the store owner off the roster.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { serverTranslate } from "../../app/i18n/resources.server";
import { addSameProductOffer, countSubmissions, escapeRegExp, openAdmin, removeOffers } from "./admin-pages";
import { openPage, withBrowser } from "./browser";
import { localAdmin, localAdminToken } from "./local-admin";
import { askForExchangeOnTrack } from "./track-pages";

const browser = withBrowser();
const RUN = Date.now().toString(36).slice(-5).toUpperCase();
const PREFIX = "Desk answers";
const OFFER = `${PREFIX} ${RUN}`;
/** The shoppers and the order other journeys walk, left as they are. */
const OTHER_JOURNEYS = {
  orders: ["#1001"],
  emails: ["fatima.almansouri@example.ae", "camille.martin@exemple.fr", "louis.chevalier@example.com"],
};

interface ShippedOrder {
  id: string;
  name: string;
  email: string | null;
  returnStatus: string;
  fulfillments: { displayStatus: string | null }[];
  lineItems: { nodes: { product: { title: string } | null }[] };
}

/** Whether a shipped order suits this journey: delivered, nothing returned, not another journey's; its products no other journey makes offers on (the chinos). */
function productsToExchange(order: ShippedOrder): string[] {
  const delivered = order.fulfillments.length > 0 && order.fulfillments.every((fulfillment) => fulfillment.displayStatus === "DELIVERED");
  const ours =
    delivered &&
    order.returnStatus === "NO_RETURN" &&
    !OTHER_JOURNEYS.orders.includes(order.name) &&
    !OTHER_JOURNEYS.emails.includes(order.email ?? "");
  const titles = order.lineItems.nodes.map((line) => line.product?.title ?? "Chino");
  return ours ? [...new Set(titles)].filter((title) => !/Chino|Gift Card/.test(title)) : [];
}

/**
 * A delivered order of two such products among its first items: the newest
 * (other journeys take the oldest), read a page at a time within Shopify's
 * query cost.
 */
async function orderOfTwoProducts(token: string) {
  let after: string | null = null;
  for (let page = 0; page < 10; page++) {
    const { orders }: { orders: { nodes: ShippedOrder[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } =
      await localAdmin(
        `query DeskOrders($after: String) { orders(first: 50, after: $after, query: "fulfillment_status:shipped", sortKey: PROCESSED_AT, reverse: true) {
        nodes { id name email returnStatus fulfillments(first: 2) { displayStatus } lineItems(first: 3) { nodes { product { title } } } }
        pageInfo { hasNextPage endCursor } } }`,
        { after },
        token,
      );
    for (const order of orders.nodes) {
      const products = productsToExchange(order);
      if (products.length >= 2 && order.email)
        return { id: order.id, name: order.name, email: order.email, products: products.slice(0, 2) as [string, string] };
    }
    if (!orders.pageInfo.hasNextPage) break;
    after = orders.pageInfo.endCursor;
  }
  throw new Error("the demo store has no delivered order of two products left to exchange");
}

/** The names of the order's returns, as Shopify has them. */
async function returnsOf(orderId: string, token: string): Promise<string[]> {
  const { order } = await localAdmin<{ order: { returns: { nodes: { name: string }[] } } }>(
    `query DeskReturns($id: ID!) { order(id: $id) { returns(first: 10) { nodes { name } } } }`,
    { id: orderId },
    token,
  );
  return order.returns.nodes.map((ret) => ret.name);
}

/**
 * Puts the signed-in staff member on the roster unless they are, with a code of its own (a code stays
 * taken by the agent that left); the page of the agent it added, if it did.
 */
async function joinRoster(page: Page, code: string): Promise<string | null> {
  await openAdmin(page, "/app/agent-desk");
  if ((await page.getByText("You're not on the agent roster").count()) === 0) return null;
  await page.getByRole("link", { name: "Add yourself" }).click();
  await page.getByRole("heading", { name: "Add agent" }).waitFor();
  await page.getByLabel("Time zone").selectOption("America/New_York");
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByRole("button", { name: "Add agent" }).click();
  await page.getByRole("heading", { name: "Chloe Martin" }).waitFor();
  return new URL(page.url()).pathname;
}

/** The agent this journey added leaves the roster: another email of its code (so the staff member is no agent again), inactive. */
async function leaveRoster(page: Page, agentPage: string, code: string) {
  await openAdmin(page, agentPage);
  await page.getByLabel("Email", { exact: true }).fill(`chloe.${code.toLowerCase()}@concierge-demo.example`);
  await page.getByRole("checkbox", { name: "Active" }).uncheck();
  await page.getByRole("region", { name: "Unsaved changes" }).getByRole("button", { name: "Save" }).click();
  await page.getByRole("status").filter({ hasText: "Agent saved" }).waitFor();
}

/**
 * What each journey starts from: a delivered order of two products nobody answered for, the staff member
 * on the roster (as the agent `code` if they had to be added), and this journey's offer on the products
 * `offered` picks. `done` removes the offer and takes back the roster.
 */
async function startJourney(code: string, offered: (products: [string, string]) => string[]) {
  const token = await localAdminToken();
  const order = await orderOfTwoProducts(token);
  const { page, errors } = await openPage(browser());
  await removeOffers(page, PREFIX);
  const added = await joinRoster(page, code);
  await addSameProductOffer(page, OFFER, offered(order.products));
  const done = async () => {
    await removeOffers(page, PREFIX);
    if (added) await leaveRoster(page, added, code);
  };
  return { token, order, page, errors, done };
}

describe("the exchange desk's answers", () => {
  it("refuses an answer without a reason before sending it, makes the exchange with one, and records an offer the shopper then refuses", async () => {
    const { token, order, page, errors, done } = await startJourney(`DESK${RUN}`, (products) => products);

    // As an agent gets there: the order found on the agent desk, its exchange page from its row.
    await openAdmin(page, "/app/agent-desk");
    await page.getByText("Signed in as Chloe Martin").waitFor();
    await page.getByLabel("Find a customer").fill(order.name);
    await page.getByRole("button", { name: "Find", exact: true }).click();
    await page
      .getByRole("row")
      .nth(1)
      .getByRole("link", { name: `Exchange items of ${order.name}`, exact: true })
      .click();
    await page.getByRole("heading", { name: `Exchange · ${order.name}` }).waitFor();
    await page.waitForLoadState("networkidle");

    // Each proposal is a form of its own; the variant lists name the product.
    const answerTo = (product: string) =>
      page
        .locator("form")
        .filter({ has: page.getByRole("button", { name: "Shopper refused" }) })
        .filter({ hasText: product });
    const [first, second] = order.products.map(answerTo);
    // The order's offers made: none yet, then a table.
    const outcomes = page.getByRole("table");
    await expect(first.count()).resolves.toBe(1);
    await expect(second.count()).resolves.toBe(1);
    await page.getByText("None yet.").waitFor();

    // "Shopper accepted" without the shopper's reason: refused next to the reason, in this proposal only, and nothing sent.
    const submissions = countSubmissions(page);
    await first.getByRole("button", { name: "Shopper accepted: make the exchange" }).click();
    const reason = first.getByLabel("Return reason");
    await first.getByText("Choose the return reason", { exact: true }).waitFor();
    await expect(reason.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(second.getByText("Choose the return reason", { exact: true }).count()).resolves.toBe(0);
    await page.waitForLoadState("networkidle");
    expect(submissions()).toBe(0);
    await expect(page.getByText("None yet.").count()).resolves.toBe(1);
    await expect(returnsOf(order.id, token)).resolves.toEqual([]);

    // The reason chosen: the error goes as it is corrected, and the exchange is made once.
    await reason.selectOption({ label: "Style" });
    await expect(first.getByText("Choose the return reason", { exact: true }).count()).resolves.toBe(0);
    await first.getByRole("button", { name: "Shopper accepted: make the exchange" }).click();
    const made = page.getByText(/^Return (\S+) created; its exchange items are released for fulfillment\./);
    await page.getByText("Exchange made in Shopify").waitFor();
    await made.waitFor();
    expect(submissions()).toBe(1);
    const returnName = /^Return (\S+) created/.exec((await made.textContent()) ?? "")![1];
    // Shopify has that return, and the order's table the accepted answer by this agent.
    await expect(returnsOf(order.id, token)).resolves.toEqual([returnName]);
    const accepted = outcomes.getByRole("row").filter({ hasText: "accepted" });
    await accepted.waitFor();
    await expect(accepted.textContent()).resolves.toContain("Chloe Martin");
    await expect(accepted.textContent()).resolves.toContain("Return created");

    // The other item: offered to the shopper, then their refusal recorded from the order's table.
    await second.getByLabel("Return reason").selectOption({ label: "Changed my mind" });
    await second.getByRole("button", { name: "Offered, waiting for an answer" }).click();
    await page.getByText("Offer recorded").waitFor();
    const shown = outcomes.getByRole("row").filter({ hasText: "shown" });
    await shown.waitFor();
    // Its buttons name the item, so that a screen reader tells one row's from another's.
    await shown.getByRole("button", { name: new RegExp(`^Refuse: ${escapeRegExp(order.products[1]!)}`) }).click();
    await page.getByText("Refusal recorded").waitFor();
    await page.getByText("Nothing was created in Shopify: refund the item as usual.").waitFor();
    const refused = outcomes.getByRole("row").filter({ hasText: "refused" });
    await refused.waitFor();
    await expect(shown.count()).resolves.toBe(0);
    await expect(refused.getByRole("button").count()).resolves.toBe(0);
    // Nothing more was made in Shopify for the refusal.
    await expect(returnsOf(order.id, token)).resolves.toEqual([returnName]);
    expect(submissions()).toBe(3);

    // In Arabic, the staff member's language: the same refusal before sending, next to the reason.
    const ar = serverTranslate("ar");
    await openAdmin(page, `/app/exchanges/${order.id.split("/").pop()}`, "ar");
    const refuse = page.getByRole("button", { name: ar("exchanges:proposal.refused") });
    const arabic = page.locator("form").filter({ has: refuse }).filter({ hasText: order.products[1] });
    await arabic.getByRole("button", { name: ar("exchanges:proposal.refused") }).click();
    await arabic.getByText(ar("exchanges:form.reason"), { exact: true }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(submissions()).toBe(3);
    expect(errors).toEqual([]);

    await done();
  });

  it("keeps an acceptance whose answer Shopify lost as being made, and finishes it with the return Shopify made: one return", async () => {
    const { token, order, page, errors, done } = await startJourney(`LOST${RUN}`, (products) => [products[0]]);
    await openAdmin(page, `/app/exchanges/${order.id.split("/").pop()}`);
    const proposal = page
      .locator("form")
      .filter({ has: page.getByRole("button", { name: "Shopper refused" }) })
      .filter({ hasText: order.products[0] });
    await proposal.getByLabel("Return reason").selectOption({ label: "Style" });

    // For a while Shopify makes returns and its answers never arrive.
    const lost = await fetch(`${inject("demo").shopifyUrl}/_local/admin-api/lost-answers`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ operation: "ExchangeReturnCreate", seconds: 8 }),
    });
    expect(lost.status).toBe(200);
    await proposal.getByRole("button", { name: "Shopper accepted: make the exchange" }).click();
    await page
      .getByText(
        "Shopify did not answer in time. Press Finish the exchange in a moment: Concierge first looks for what Shopify already made, so nothing is made twice.",
      )
      .waitFor({ timeout: 20_000 });
    const [made] = await returnsOf(order.id, token);
    expect(made).toBeDefined();

    // The order's table shows the acceptance as being made, with the one button that finishes it.
    const waiting = page.getByRole("table").getByRole("row").filter({ hasText: "being made" });
    await waiting.waitFor();
    await expect(waiting.getByRole("button").count()).resolves.toBe(1);
    await waiting.getByRole("button", { name: `Finish the exchange: ${order.products[0]}` }).click();
    await page.getByText("Exchange made in Shopify").waitFor({ timeout: 20_000 });
    await page.getByText(`Return ${made} created; its exchange items are released for fulfillment.`, { exact: false }).waitFor();
    // The return Shopify made the first time, and no other.
    await expect(returnsOf(order.id, token)).resolves.toEqual([made]);
    await page.getByRole("table").getByRole("row").filter({ hasText: "accepted" }).waitFor();
    expect(errors).toEqual([]);

    await done();
  });

  it("accepts a shopper's request from the Exchange offers page: Shopify gets the return, and the request leaves the list", async () => {
    const { token, order, page, errors, done } = await startJourney(`ASKED${RUN}`, (products) => [products[0]]);

    // The shopper asks for the exchange on /track.
    await askForExchangeOnTrack(browser(), order);

    // The agent accepts it by the button that names the order; the exchange is made once.
    await openAdmin(page, "/app/exchange-offers");
    const submissions = countSubmissions(page);
    // The request's row: this journey's offer, with an Accept button that names the order.
    const accept = page.getByRole("button", { name: new RegExp(`^Accept ${escapeRegExp(order.name)}: \\S`) });
    const request = page.getByRole("row").filter({ hasText: OFFER }).filter({ has: accept });
    await expect(request.count()).resolves.toBe(1);
    // The page's lists are read again after the answer, held back here for 2 s: the answer's banner shows
    // at once, while the request is still listed, its buttons no longer pressable.
    const pageData = (url: URL) => url.searchParams.has("_data");
    await page.route(pageData, async (route) => {
      if (route.request().method() === "GET") await new Promise((resolve) => setTimeout(resolve, 2000));
      await route.continue();
    });
    await request.getByRole("button", { name: /^Accept / }).click();
    const made = page.getByText(/^Exchange accepted\. Return (\S+) created in Shopify\.$/);
    await made.waitFor();
    await expect(request.count()).resolves.toBe(1);
    for (const answer of [/^Accept /, /^Refuse /])
      await expect(request.getByRole("button", { name: answer }).isDisabled()).resolves.toBe(true);
    expect(submissions()).toBe(1);
    const returnName = /Return (\S+) created/.exec((await made.textContent()) ?? "")![1];
    await expect(returnsOf(order.id, token)).resolves.toEqual([returnName]);
    // The banner shows as soon as the action answers, the list once it is read again: the request then leaves it.
    await request.waitFor({ state: "detached" });
    await page.unrouteAll({ behavior: "wait" });
    expect(errors).toEqual([]);

    await done();
  });
});
