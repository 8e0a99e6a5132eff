// Why Concierge did not send a message, in its own fixed words: stored on the
// message (OutreachMessage.error) in English, as the log always kept them, and
// shown in the merchant's language by key (email:messages.notSent.*). A
// server's own words (an SMTP reply) have no key and are shown as they came.
export const NOT_SENT = {
  noServer: "Email is not set up",
  noOrder: "The message names no order",
  orderGone: "The order is gone",
  noEmail: "The order has no email",
  noConsent: "No email marketing consent",
  stoppedDuringSmtp: "The worker stopped during the SMTP conversation; not sent again",
  stoppedCallingShopify: "The worker stopped while calling Shopify; not sent again",
  uninstalled: "Concierge was uninstalled from the shop before this work ran",
} as const;

export type NotSentKey = keyof typeof NOT_SENT;

const KEY_OF_TEXT = new Map<string, NotSentKey>(Object.entries(NOT_SENT).map(([key, text]) => [text, key as NotSentKey]));

/** The key of Concierge's own reason, or null for words that are not Concierge's (a server's reply). */
export function notSentKey(error: string | null): NotSentKey | null {
  return error === null ? null : (KEY_OF_TEXT.get(error) ?? null);
}
