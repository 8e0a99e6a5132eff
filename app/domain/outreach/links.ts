// The links in Concierge's emails (decision 026): every link to the tracking
// page or the shop goes through a click link, and marketing messages carry an
// unsubscribe link. Both are signed with HMAC-SHA256 over what they do (the
// shop, the message, the destination), so a link that was forged or altered
// in any part is refused before anything is recorded. Pure: the key is passed in.
import { createHmac, timingSafeEqual } from "node:crypto";

export type SignedLinkAction = "click" | "unsubscribe";

/** What a link's signature covers, one field per line: nothing can move from one field to another. */
function signedText(action: SignedLinkAction, shop: string, messageId: string, destination: string): string {
  return ["concierge-link-v1", action, shop, messageId, destination].join("\n");
}

export function signLink(key: Buffer, action: SignedLinkAction, shop: string, messageId: string, destination = ""): string {
  return createHmac("sha256", key)
    .update(signedText(action, shop, messageId, destination))
    .digest("base64url");
}

/** Whether a link's signature is the one Concierge made for exactly this shop, message and destination. */
export function verifyLink(
  key: Buffer,
  action: SignedLinkAction,
  shop: string,
  messageId: string,
  destination: string,
  signature: string | null,
): boolean {
  if (!signature || !/^[A-Za-z0-9_-]{43}$/.test(signature)) return false;
  const expected = Buffer.from(signLink(key, action, shop, messageId, destination), "base64url");
  const given = Buffer.from(signature, "base64url");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A destination a click link may lead to: a page of the shop itself, over https. Anything else is never signed. */
export function isShopDestination(shop: string, destination: string): boolean {
  try {
    const url = new URL(destination);
    return url.protocol === "https:" && url.host === shop && url.username === "" && url.password === "";
  } catch {
    return false;
  }
}

/** The click link to a destination: `<app>/links/<shop>/click/<message>?to=<destination>&s=<signature>`. */
export function clickLink(appUrl: string, key: Buffer, shop: string, messageId: string, destination: string): string {
  if (!isShopDestination(shop, destination)) throw new Error(`A click link leads to a page of ${shop} only`);
  const url = new URL(`/links/${encodeURIComponent(shop)}/click/${encodeURIComponent(messageId)}`, appUrl);
  url.searchParams.set("to", destination);
  url.searchParams.set("s", signLink(key, "click", shop, messageId, destination));
  return url.toString();
}

/** The unsubscribe link of a marketing message: `<app>/links/<shop>/unsubscribe/<message>?s=<signature>`. */
export function unsubscribeLink(appUrl: string, key: Buffer, shop: string, messageId: string): string {
  const url = new URL(`/links/${encodeURIComponent(shop)}/unsubscribe/${encodeURIComponent(messageId)}`, appUrl);
  url.searchParams.set("s", signLink(key, "unsubscribe", shop, messageId));
  return url.toString();
}

/** Where a welcome's button leads: the shop, with the customer's code applied at checkout (Shopify's /discount/<code> link). */
export function welcomeDestination(shop: string, code: string): string {
  return `https://${shop}/discount/${encodeURIComponent(code)}`;
}
