import { describe, expect, it } from "vitest";
import { renderLinkPage } from "./link-pages";
import { clickLink, isShopDestination, signLink, unsubscribeLink, verifyLink } from "./links";
import { DEFAULT_TEMPLATES, renderMessage } from "./templates";

const KEY = Buffer.from("a test key of at least thirty-two characters");
const SHOP = "maison-nour.myshopify.com";
const TRACK = `https://${SHOP}/apps/concierge/track?order=1001`;

describe("signed links", () => {
  it("verify only for the very shop, message, destination, action and key they were signed for", () => {
    const signature = signLink(KEY, "click", SHOP, "msg1", TRACK);
    expect(verifyLink(KEY, "click", SHOP, "msg1", TRACK, signature)).toBe(true);
    expect(verifyLink(KEY, "click", SHOP, "msg2", TRACK, signature)).toBe(false);
    expect(verifyLink(KEY, "click", "other.myshopify.com", "msg1", TRACK, signature)).toBe(false);
    expect(verifyLink(KEY, "click", SHOP, "msg1", `${TRACK}0`, signature)).toBe(false);
    expect(verifyLink(KEY, "unsubscribe", SHOP, "msg1", TRACK, signature)).toBe(false);
    expect(verifyLink(Buffer.from("another key, also long enough to sign with"), "click", SHOP, "msg1", TRACK, signature)).toBe(false);
    expect(verifyLink(KEY, "click", SHOP, "msg1", TRACK, null)).toBe(false);
    expect(verifyLink(KEY, "click", SHOP, "msg1", TRACK, signature.slice(1))).toBe(false);
  });

  it("lead only to the shop's own pages over https", () => {
    expect(isShopDestination(SHOP, TRACK)).toBe(true);
    expect(isShopDestination(SHOP, `http://${SHOP}/`)).toBe(false);
    expect(isShopDestination(SHOP, `https://${SHOP}.evil.example/`)).toBe(false);
    expect(isShopDestination(SHOP, `https://user@${SHOP}/`)).toBe(false);
    expect(isShopDestination(SHOP, "javascript:alert(1)")).toBe(false);
    expect(() => clickLink("https://app.example", KEY, SHOP, "msg1", "https://evil.example/")).toThrow();
  });

  it("are built on the app's URL with their signature", () => {
    const click = new URL(clickLink("https://app.example", KEY, SHOP, "msg1", TRACK));
    expect(click.pathname).toBe(`/links/${SHOP}/click/msg1`);
    expect(verifyLink(KEY, "click", SHOP, "msg1", click.searchParams.get("to")!, click.searchParams.get("s"))).toBe(true);
    const unsubscribe = new URL(unsubscribeLink("https://app.example", KEY, SHOP, "msg1"));
    expect(verifyLink(KEY, "unsubscribe", SHOP, "msg1", "", unsubscribe.searchParams.get("s"))).toBe(true);
  });
});

describe("the unsubscribe link and pages", () => {
  const branding = { shopName: "Maison Nour", logoUrl: null, primaryColor: null, accentColor: null, supportEmail: null };

  it("is in the footer of a marketing message only, in its language", () => {
    const base = { template: DEFAULT_TEMPLATES.shipment_delay.fr, locale: "fr" as const, values: {}, branding, trackingUrl: TRACK };
    const marketing = renderMessage({ ...base, unsubscribeUrl: "https://app.example/links/x/unsubscribe/m?s=abc&t=1" });
    expect(marketing.html).toContain('href="https://app.example/links/x/unsubscribe/m?s=abc&amp;t=1"');
    expect(marketing.html).toContain("Se désabonner des e-mails marketing");
    expect(marketing.text).toContain("Se désabonner des e-mails marketing: https://app.example/links/x/unsubscribe/m?s=abc&t=1");
    expect(renderMessage(base).html).not.toContain("désabonner");
  });

  it("ask, confirm and refuse in the shopper's language, right to left in Arabic, with every value escaped", () => {
    const values = { shopName: "Nour <b>", email: "fatima@example.ae" };
    const ask = renderLinkPage({ kind: "ask", formAction: "/links/x?s=1&t=2" }, "ar", values);
    expect(ask).toContain('<html lang="ar" dir="rtl">');
    expect(ask).toContain('action="/links/x?s=1&amp;t=2"');
    expect(ask).toContain("Nour &lt;b&gt;");
    expect(renderLinkPage({ kind: "done" }, "en", values)).toContain("You are unsubscribed");
    expect(renderLinkPage({ kind: "invalid" }, "fr", values)).toContain("Ce lien ne fonctionne pas");
  });
});
