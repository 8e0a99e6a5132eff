// Email from Concierge in the browser: the merchant edits a template beside
// its preview, in English and in Arabic (right to left), and saves it; sends
// themselves a test, which the demo's mailbox shows; then a
// carrier's delay on a demo order (the local Shopify's fulfillment event)
// reaches the demo's mailbox as the delay email, whose button opens the
// order's tracking page through its signed click link.
import { describe, expect, inject, it } from "vitest";
import { openPage, withBrowser } from "./browser";
import { localAdmin, localAdminToken } from "./local-admin";

const demo = inject("demo");
const browser = withBrowser();
const PREVIEW = 'iframe[title="The email as the shopper receives it"]';

interface ShippedOrder {
  name: string;
  email: string | null;
  customer: { defaultEmailAddress: { emailAddress: string } | null } | null;
  fulfillments: { id: string; displayStatus: string | null }[];
}

/** A demo order on its way with the carrier, whose shopper has an email. */
async function orderInTransit(token: string) {
  const { orders } = await localAdmin<{ orders: { nodes: ShippedOrder[] } }>(
    `query InTransit { orders(first: 100, query: "fulfillment_status:shipped", sortKey: PROCESSED_AT, reverse: true) {
      nodes { name email customer { defaultEmailAddress { emailAddress } } fulfillments(first: 1) { id displayStatus } } } }`,
    {},
    token,
  );
  const order = orders.nodes.find(
    (candidate) =>
      (candidate.customer?.defaultEmailAddress?.emailAddress ?? candidate.email) &&
      candidate.fulfillments[0]?.displayStatus === "IN_TRANSIT",
  );
  if (!order) throw new Error("the demo store has no order in transit");
  return {
    name: order.name,
    email: (order.customer?.defaultEmailAddress?.emailAddress ?? order.email)!,
    fulfillmentId: order.fulfillments[0]!.id.split("/").at(-1)!,
  };
}

describe("the email template editor", () => {
  it("previews the email as sent, in English and in Arabic right to left, and saves the merchant's text", async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(demo.adminUrl);
    await page.getByRole("navigation", { name: "App" }).getByRole("link", { name: "Email" }).click();
    await page.getByRole("link", { name: "Edit the emails" }).click();
    await page.getByRole("heading", { name: "Email templates", level: 1 }).waitFor();

    const preview = page.frameLocator(PREVIEW);
    await expect(preview.locator("html").getAttribute("dir")).resolves.toBe("ltr");
    await preview.getByText("Hi Emma,").waitFor();
    const button = preview.getByRole("link", { name: "Track my order" });
    await expect(button.getAttribute("href")).resolves.toMatch(
      /^https:\/\/concierge-demo\.myshopify\.com\/apps\/concierge\/track\?order=1001$/,
    );
    // The preview follows the text as it is typed, placeholders filled.
    await page.getByLabel("Subject").fill("{{firstName}}, your order {{orderName}} is late");
    await page.getByTestId("preview-subject").getByText("Emma, your order #1001 is late").waitFor();
    // An unknown placeholder is refused by name.
    await page.getByLabel("Subject").fill("{{firstName}} gets {{discountCode}}");
    await page.getByRole("button", { name: "Save" }).first().click();
    await page.getByText(/\{\{discountCode\}\} is not a placeholder of this message/).waitFor();

    await page.getByLabel("Language").selectOption("ar");
    await preview.getByText("مرحباً فاطمة،").waitFor();
    await expect(preview.locator("html").getAttribute("dir")).resolves.toBe("rtl");
    await preview.getByRole("link", { name: "تتبع طلبي" }).waitFor();
    await page.getByLabel("Subject").fill("فاطمة؟ {{firstName}}، طلبك {{orderName}} في الطريق");
    await page.getByTestId("preview-subject").getByText("فاطمة؟ فاطمة، طلبك #1001 في الطريق").waitFor();
    await page.getByLabel("Subject").fill("{{firstName}}، طلبك {{orderName}} تأخر قليلاً");
    await page.getByRole("button", { name: "Save" }).first().click();
    await page
      .getByRole("status")
      .filter({ hasText: /^Template saved$/ })
      .waitFor();
    await page.getByText("Your own text is sent for this message in this language.").waitFor();

    // Back to Concierge's text.
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Reset to default" }).click();
    await page.getByText("Concierge's text is sent for this message in this language until you save your own.").waitFor();
    await expect(page.getByLabel("Subject").inputValue()).resolves.toBe("طلبك {{orderName}} متأخر قليلاً");
    expect(errors).toEqual([]);
  });
});

describe("the test email", () => {
  it("goes to the address the merchant types, and the answer is said on the page", async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(demo.adminUrl);
    await page.getByRole("navigation", { name: "App" }).getByRole("link", { name: "Email" }).click();
    await page.getByLabel("Send to").fill("owner@concierge-demo.example");
    await page.getByLabel("Language", { exact: true }).selectOption("fr");
    await page.getByRole("button", { name: "Send test email" }).click();
    await page.getByText("The test email was accepted by your server for owner@concierge-demo.example.", { exact: false }).waitFor();

    await page.goto(demo.mailboxUrl);
    await page
      .getByRole("row")
      .filter({ hasText: "owner@concierge-demo.example" })
      .getByRole("link", { name: /^\[Test\] Votre commande #1001/ })
      .click();
    await page.frameLocator('iframe[title="The email"]').getByText("Bonjour Camille,").waitFor();
    expect(errors).toEqual([]);
  });
});

describe("the demo's mailbox", () => {
  it("shows the delay email of a late order, whose button opens the order's tracking page", async () => {
    const order = await orderInTransit(await localAdminToken());
    const delayed = await fetch(`${demo.shopifyUrl}/_local/fulfillments/${order.fulfillmentId}/events`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ status: "DELAYED", message: "Weather delay" }),
    });
    expect(delayed.status).toBe(201);

    const { page, errors } = await openPage(browser());
    // The delay email, in the shopper's language (a stage update may be there too).
    const subject = new RegExp(`${order.name}.*(running late|a du retard|متأخر)`);
    // The webhook, then the outreach-send job on the app's worker: a few seconds.
    for (let attempt = 0; ; attempt++) {
      await page.goto(demo.mailboxUrl);
      if ((await page.getByRole("link", { name: subject }).count()) > 0) break;
      if (attempt === 30) throw new Error(`no email about ${order.name} in the mailbox`);
      await page.waitForTimeout(1000);
    }
    await page.getByRole("row").filter({ hasText: order.email }).getByRole("link", { name: subject }).click();
    await page.getByRole("heading", { level: 1, name: subject }).waitFor();
    await page.getByText("Concierge Demo <hello@concierge-demo.example>").waitFor();
    await page.getByText(order.email, { exact: true }).waitFor();

    // The button: the signed click link, then the tracking page with the order.
    const email = page.frameLocator('iframe[title="The email"]');
    const button = email.getByRole("link").filter({ hasText: /Track my order|Suivre ma commande|تتبع طلبي/ });
    await button.click();
    await page.waitForURL((url) => url.pathname === "/apps/concierge/track" && url.searchParams.get("order") === order.name.slice(1));
    expect(new URL(page.url()).origin).toBe(demo.storefrontUrl);
    await expect(page.getByLabel("Order number").inputValue()).resolves.toBe(order.name.slice(1));
    await page.getByLabel("Email or phone").fill(order.email);
    await page.getByRole("button", { name: "Find my order" }).click();
    await page.getByText(order.name).first().waitFor();
    expect(errors).toEqual([]);
  });
});
