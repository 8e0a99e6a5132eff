// What a tracking snapshot keeps of an order's contact, so a lookup by
// number and email or phone can be answered without asking Shopify: keyed
// hashes (HMAC-SHA256 with the app's secret, per shop), never the email or
// phone itself. They match exactly when contactMatches (lookup.ts) would:
// the email in any case, the phone on its last 9 digits. Decision 022.
import { createHmac } from "node:crypto";

function key(secret: string, shop: string, kind: "email" | "phone", value: string): string {
  return createHmac("sha256", secret).update(`${shop}\n${kind}\n${value}`).digest("base64url");
}

const emailValue = (email: string) => email.trim().toLowerCase();

/** The phone's last 9 digits, or null when it has fewer (too easy to guess). */
function phoneValue(phone: string): string | null {
  const digits = phone.replace(/\D/g, "");
  return digits.length >= 9 ? digits.slice(-9) : null;
}

/** The keys of an order's email and phone. */
export function orderContactKeys(secret: string, shop: string, order: { email: string | null; phone: string | null }): string[] {
  const keys: string[] = [];
  if (order.email?.trim()) keys.push(key(secret, shop, "email", emailValue(order.email)));
  const phone = order.phone ? phoneValue(order.phone) : null;
  if (phone) keys.push(key(secret, shop, "phone", phone));
  return keys;
}

/** The key of what a shopper typed, or null when it could match no order. */
export function typedContactKey(secret: string, shop: string, typed: string): string | null {
  const contact = typed.trim();
  if (contact.includes("@")) return key(secret, shop, "email", emailValue(contact));
  const phone = phoneValue(contact);
  return phone ? key(secret, shop, "phone", phone) : null;
}
