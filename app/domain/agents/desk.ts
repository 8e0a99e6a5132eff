// The agent desk: what an agent types to find a customer, the form that
// issues a delight code, and the reply the agent pastes to the shopper. Pure:
// the desk's service does the Shopify calls and the budget arithmetic.
import { z } from "zod";
import { orderNameFromInput } from "../tracking/lookup";
import { optionalFieldOr, wholeNumberField } from "../forms";
import { formMessage } from "../form-message";
import { phrase, type Phrase } from "../phrase";
import { DELIGHT_CODE_DEFAULT_EXPIRY_DAYS, DELIGHT_CODE_MAX_EXPIRY_DAYS } from "./delight-codes";
import { describeDiscountValue, discountValueSchema, type DiscountValue } from "./discount-value";
import { formatMoney } from "../money";
import type { AgentLanguage } from "./languages";

export type CustomerLookup = { kind: "email"; email: string } | { kind: "phone"; phone: string } | { kind: "order"; orderName: string };

/** What the agent typed, or why it can't be looked up (a phrase, read in the staff member's language). */
export type CustomerLookupParse = { ok: true; lookup: CustomerLookup } | { ok: false; error: Phrase };

const LOOKUP_HELP = phrase("desk:lookupErrors.help");
/** Fewer digits than this, without a "+", is an order number; more is a phone number. */
const PHONE_MIN_DIGITS = 8;
const LOOKUP_MAX_LENGTH = 254;

/**
 * What the agent typed, read as an email ("@"), an order number ("#1001", or
 * up to 7 digits) or a phone number (a leading "+", or 8 digits or more;
 * spaces, dashes, dots and brackets are ignored).
 */
export function parseCustomerLookup(input: string | null | undefined): CustomerLookupParse {
  const text = (input ?? "").trim();
  if (text === "") return { ok: false, error: LOOKUP_HELP };
  if (text.length > LOOKUP_MAX_LENGTH) return { ok: false, error: phrase("desk:lookupErrors.tooLong") };
  if (text.includes("@")) {
    const email = z.email().safeParse(text.toLowerCase());
    return email.success
      ? { ok: true, lookup: { kind: "email", email: email.data } }
      : { ok: false, error: phrase("desk:lookupErrors.email") };
  }
  if (text.startsWith("#")) {
    try {
      return { ok: true, lookup: { kind: "order", orderName: orderNameFromInput(text) } };
    } catch {
      return { ok: false, error: phrase("desk:lookupErrors.order") };
    }
  }
  const phoneLike = /^\+?[\d\s().-]+$/.test(text);
  const digits = text.replace(/\D/g, "");
  if (phoneLike && (text.startsWith("+") || digits.length >= PHONE_MIN_DIGITS)) {
    if (digits.length < PHONE_MIN_DIGITS || digits.length > 15) return { ok: false, error: phrase("desk:lookupErrors.phone") };
    return { ok: true, lookup: { kind: "phone", phone: `${text.startsWith("+") ? "+" : ""}${digits}` } };
  }
  if (/^\d+$/.test(text)) return { ok: true, lookup: { kind: "order", orderName: `#${text}` } };
  return { ok: false, error: LOOKUP_HELP };
}

/** Shopify search syntax for a value, quoted so nothing in it is read as syntax. */
export function searchValue(value: string): string {
  return `"${value.replace(/["\\]/g, "")}"`;
}

/** The Admin API `customers(query:)` search for an email or phone lookup. */
export function customerSearchQuery(lookup: Exclude<CustomerLookup, { kind: "order" }>): string {
  return lookup.kind === "email" ? `email:${searchValue(lookup.email)}` : `phone:${searchValue(lookup.phone)}`;
}

/** A numeric Shopify customer id, from a form ("7001") or a GID. */
const customerIdField = z
  .string()
  .trim()
  .transform((value, context) => {
    const match = /^(?:gid:\/\/shopify\/Customer\/)?(\d{1,20})$/.exec(value);
    if (!match) {
      context.issues.push({ code: "custom", message: formMessage("desk:refusals.customerId"), input: value });
      return z.NEVER;
    }
    return match[1];
  });

/**
 * The issue-a-code form. Field names: discount.kind ("percentage" or
 * "fixed_amount"), discount.value, expiresInDays (blank: 30), customerId
 * (blank: any customer).
 */
export function delightCodeFormSchema(shopCurrency: string) {
  return z.object({
    discount: discountValueSchema(shopCurrency),
    expiresInDays: optionalFieldOr(
      wholeNumberField({
        min: 1,
        max: DELIGHT_CODE_MAX_EXPIRY_DAYS,
        message: formMessage("desk:refusals.expiry", { max: DELIGHT_CODE_MAX_EXPIRY_DAYS }),
      }),
      DELIGHT_CODE_DEFAULT_EXPIRY_DAYS,
    ),
    customerId: optionalFieldOr(customerIdField, null),
  });
}

export interface DelightCodeRequest {
  discount: DiscountValue;
  expiresInDays: number;
  /** Numeric Shopify id; null issues a code anyone may use once. */
  customerId: string | null;
}

/** The issue-a-code form's text. */
export type DelightCodeFormValues = {
  discount: { kind: string; value: string };
  expiresInDays: string;
  /** The customer found at the desk; blank: anyone may use the code once. */
  customerId: string;
};

export interface ReadyReplyInput {
  /** The shopper's first name, when known. */
  customerFirstName: string | null;
  agentName: string;
  code: string;
  value: DiscountValue;
  expiresAt: Date;
  /** The shop's time zone: the expiry is given on the shop's clock. */
  timeZone: string;
  /** The customer's language (their Shopify locale); English when absent. */
  language?: AgentLanguage | null;
}

const REPLY_LOCALES: Readonly<Record<AgentLanguage, string>> = { en: "en-US", ar: "ar", fr: "fr-FR" };

/** "December 23, 2026 at 3:00 PM EST"; in Arabic or French when asked. */
export function formatExpiry(expiresAt: Date, timeZone: string, language: AgentLanguage = "en"): string {
  return new Intl.DateTimeFormat(REPLY_LOCALES[language], {
    timeZone,
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(expiresAt);
}

/**
 * The message an agent pastes to the shopper: the code, what it takes off,
 * that it works once, and until when.
 */
export function readyReply(input: ReadyReplyInput): string {
  const language = input.language ?? "en";
  const name = input.customerFirstName?.trim() ?? "";
  const signature = input.agentName.trim().split(/\s+/)[0] ?? input.agentName;
  const expiry = formatExpiry(input.expiresAt, input.timeZone, language);
  if (language === "ar") {
    // The code stays in Latin letters, isolated so it reads left to right inside the Arabic text.
    return [
      `${name ? `مرحباً ${name}،` : "مرحباً،"} شكراً لتواصلك معنا. إليك رمزاً خاصاً بك: \u2066${input.code}\u2069`,
      `يمنحك ${localValue(input.value, language)} على طلبك القادم، ويُستخدم مرة واحدة، وهو صالح حتى ${expiry}.`,
      `استمتع! ${signature}`,
    ].join("\n");
  }
  if (language === "fr") {
    return [
      `${name ? `Bonjour ${name},` : "Bonjour,"} merci de nous avoir contactés. Voici un code rien que pour vous : ${input.code}`,
      `Il vous offre ${localValue(input.value, language)} sur votre prochaine commande, s'utilise une fois et est valable jusqu'au ${expiry}.`,
      `Profitez-en ! ${signature}`,
    ].join("\n");
  }
  return [
    `${name ? `Hi ${name},` : "Hi,"} thank you for reaching out. Here is a code just for you: ${input.code}`,
    `It takes ${describeDiscountValue(input.value)} your next order, works once, and is valid until ${expiry}.`,
    `Enjoy! ${signature}`,
  ].join("\n");
}

/** "15 %" / "10,00 $US" in French, "١٥٪" / "‏١٠٫٠٠ US$" in Arabic: the value as the customer writes numbers. */
function localValue(value: DiscountValue, language: Exclude<AgentLanguage, "en">): string {
  const locale = REPLY_LOCALES[language];
  if (value.kind === "percentage") {
    const off = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(value.basisPoints / 10_000);
    return language === "fr" ? `${off} de réduction` : `خصماً بنسبة ${off}`;
  }
  const amount = formatMoney(value.amount, locale);
  return language === "fr" ? `${amount} de réduction` : `خصماً بقيمة ${amount}`;
}
