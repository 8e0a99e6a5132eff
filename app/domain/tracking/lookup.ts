// The tracking page's lookup form: an order number plus the email or phone
// the order was placed with. Anyone can try it, so it answers "found" or
// "not found" only, the same way for a wrong contact and a missing order.
import { z } from "zod";

const ORDER_NUMBER = /^#?\s*([A-Za-z0-9-]{1,20})$/;

export const trackLookupSchema = z.object({
  order: z
    .string()
    .trim()
    .min(1, "Enter your order number")
    .regex(ORDER_NUMBER, "Enter the order number from your confirmation email, like #1001"),
  contact: z
    .string()
    .trim()
    .min(3, "Enter the email or phone number used for the order")
    .max(254, "That email or phone number is too long"),
});

/** "1001", "#1001", "# 1001" → "#1001", the order's name in Shopify. */
export function orderNameFromInput(order: string): string {
  const match = ORDER_NUMBER.exec(order.trim());
  if (!match) throw new RangeError("not an order number");
  return `#${match[1]}`;
}

/** The Admin API search for that order name, quoted so nothing in it is read as syntax. */
export function orderNameSearch(orderName: string): string {
  return `name:"${orderName.replace(/["\\]/g, "")}"`;
}

/** Digits only, so "+971 50 111 0346" and "0501110346" can be compared. */
function phoneDigits(phone: string) {
  return phone.replace(/\D/g, "");
}

/**
 * Whether what the shopper typed is the order's email (any case) or phone.
 * Phones match on their last 9 digits: shoppers type them with or without
 * the country code or a trunk 0, and 9 digits keep a guess improbable.
 */
export function contactMatches(order: { email: string | null; phone: string | null }, contact: string): boolean {
  const typed = contact.trim();
  if (typed.includes("@")) return Boolean(order.email) && order.email!.trim().toLowerCase() === typed.toLowerCase();
  const typedDigits = phoneDigits(typed);
  const orderDigits = order.phone ? phoneDigits(order.phone) : "";
  if (typedDigits.length < 9 || orderDigits.length < 9) return false;
  return typedDigits.slice(-9) === orderDigits.slice(-9);
}
