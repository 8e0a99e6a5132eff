// The demo's mailbox: the catcher keeps what it is sent, and the local
// Shopify lists it, shows each email's headers and its HTML sandboxed, and
// opens an email's own links only.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_SHOP, seedDemoStore } from "./demo-store";
import { startMailCatcher, type MailCatcher } from "./mailbox";
import { startLocalShopify, type LocalShopify } from "./server";

let catcher: MailCatcher;
let shopify: LocalShopify;
/** Plays the app's click link: a redirect to the shop's tracking page. */
let app: Server;
let appUrl: string;

beforeAll(async () => {
  catcher = await startMailCatcher();
  shopify = await startLocalShopify({ store: seedDemoStore({ now: new Date() }), apiKey: "key", apiSecret: "secret", mailbox: catcher });
  app = createServer((_req, res) => {
    res.writeHead(302, { Location: `https://${DEMO_SHOP}/apps/concierge/track?order=1001` });
    res.end();
  });
  await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
  appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
  catcher.storefrontUrl = "http://localhost:4999";
});
afterAll(async () => {
  await new Promise<void>((resolve) => app.close(() => resolve()));
  await shopify.close();
  await catcher.close();
});

async function sendEmail() {
  await nodemailer.createTransport({ host: catcher.host, port: catcher.port, secure: false, ignoreTLS: true }).sendMail({
    from: { name: "Maison Nour", address: "hello@maison-nour.example" },
    to: "fatima@example.ae",
    subject: "طلبك #1001 متأخر قليلاً",
    html: `<html dir="rtl"><body><p>مرحباً فاطمة</p><a href="${appUrl}/links/click?to=x&amp;s=y">تتبع طلبي</a><script>alert(1)</script></body></html>`,
    text: "مرحباً فاطمة",
    headers: { "List-Unsubscribe": "<https://app.example/links/unsubscribe>" },
  });
}

describe("the demo's mailbox", () => {
  it("lists every email caught and shows each with its headers, its HTML in a sandbox", async () => {
    await sendEmail();
    const list = await (await fetch(`${shopify.url}/mailbox`)).text();
    const mail = catcher.messages.at(-1)!;
    expect(list).toContain(`<a href="/mailbox/${mail.id}">طلبك #1001 متأخر قليلاً</a>`);
    expect(list).toContain("fatima@example.ae");

    const page = await (await fetch(`${shopify.url}/mailbox/${mail.id}`)).text();
    expect(page).toContain("<dt>From</dt><dd>Maison Nour &lt;hello@maison-nour.example&gt;</dd>");
    expect(page).toContain("<dt>List-Unsubscribe</dt><dd>&lt;https://app.example/links/unsubscribe&gt;</dd>");
    expect(page).toMatch(/<iframe title="The email" sandbox="[^"]*" src="\/mailbox\/[\w-]+\/html">/);
    expect(page).not.toMatch(/sandbox="[^"]*allow-scripts/);

    const html = await fetch(`${shopify.url}/mailbox/${mail.id}/html`);
    expect(html.headers.get("content-security-policy")).toMatch(/^sandbox .*script-src 'none'/);
    const body = await html.text();
    expect(body).toContain("مرحباً فاطمة");
    // The email's link is opened at the top of the window, through the mailbox.
    expect(body).toContain(`<a target="_top" href="/mailbox/follow?to=${encodeURIComponent(`${appUrl}/links/click?to=x&s=y`)}"`);
  });

  it("follows an email's link to the shop's page on the local storefront, and no other link", async () => {
    await sendEmail();
    const follow = (to: string) => fetch(`${shopify.url}/mailbox/follow?to=${encodeURIComponent(to)}`, { redirect: "manual" });
    const opened = await follow(`${appUrl}/links/click?to=x&s=y`);
    expect(opened.status).toBe(302);
    expect(opened.headers.get("location")).toBe("http://localhost:4999/apps/concierge/track?order=1001");
    expect((await follow("http://127.0.0.1:1/somewhere-else")).status).toBe(400);
    expect((await fetch(`${shopify.url}/mailbox/not-an-email`)).status).toBe(404);
  });
});
