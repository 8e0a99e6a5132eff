// Whether an item can be returned at all, and why not: the reason is shown
// to the agent (and on the storefront) instead of an offer, in the shopper's
// language. Shopify's returnableFulfillments decides how many units can go
// back; this module says why none can.
import type { OrderItem } from "./items";
import type { OfferLanguage } from "./offers";

export type IneligibleReason = "gift_card" | "not_fulfilled" | "not_delivered" | "already_returned" | "refunded" | "outside_window";

export type ItemEligibility =
  { eligible: true; returnableQuantity: number; windowStart: Date } | { eligible: false; reason: IneligibleReason };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Item-level checks, before any offer: a gift card never goes back; an item
 * must have shipped (and, for the storefront, been delivered); units already
 * in a return or refunded can't go back again. The return window starts at
 * delivery, or at shipment when the carrier never reported a delivery.
 */
export function itemEligibility(item: OrderItem, options: { requireDelivery: boolean }): ItemEligibility {
  if (item.isGiftCard) return { eligible: false, reason: "gift_card" };
  if (item.fulfilledQuantity === 0 || item.fulfilledAt === null) {
    // Everything refunded before it shipped reads as refunded, not as waiting.
    return { eligible: false, reason: item.removedQuantity >= item.quantity ? "refunded" : "not_fulfilled" };
  }
  if (item.returnableQuantity <= 0 || item.fulfillmentLineItemId === null) {
    if (item.inReturnQuantity > 0) return { eligible: false, reason: "already_returned" };
    if (item.removedQuantity > 0) return { eligible: false, reason: "refunded" };
    return { eligible: false, reason: "not_fulfilled" };
  }
  if (options.requireDelivery && item.deliveredAt === null) return { eligible: false, reason: "not_delivered" };
  return { eligible: true, returnableQuantity: item.returnableQuantity, windowStart: new Date(item.deliveredAt ?? item.fulfilledAt) };
}

/** The last instant of a return window of `days` days starting at `start`. */
export function returnWindowEnd(start: Date, days: number): Date {
  return new Date(start.getTime() + days * DAY_MS);
}

export function withinReturnWindow(start: Date, days: number, now: Date): boolean {
  return now.getTime() <= returnWindowEnd(start, days).getTime();
}

export const INELIGIBLE_MESSAGES: Record<IneligibleReason, Record<OfferLanguage, string>> = {
  gift_card: {
    en: "Gift cards can't be returned or exchanged.",
    ar: "لا يمكن إرجاع بطاقات الهدايا أو استبدالها.",
    fr: "Les cartes cadeaux ne peuvent être ni retournées ni échangées.",
  },
  not_fulfilled: {
    en: "This item hasn't shipped yet.",
    ar: "لم يتم شحن هذا المنتج بعد.",
    fr: "Cet article n'a pas encore été expédié.",
  },
  not_delivered: {
    en: "This item hasn't been delivered yet.",
    ar: "لم يتم توصيل هذا المنتج بعد.",
    fr: "Cet article n'a pas encore été livré.",
  },
  already_returned: {
    en: "This item is already being returned.",
    ar: "هذا المنتج قيد الإرجاع بالفعل.",
    fr: "Cet article est déjà en cours de retour.",
  },
  refunded: {
    en: "This item was already refunded.",
    ar: "تم رد ثمن هذا المنتج بالفعل.",
    fr: "Cet article a déjà été remboursé.",
  },
  outside_window: {
    en: "The {days}-day return window closed on {date}.",
    ar: "انتهت مهلة الإرجاع ({days} يومًا) في {date}.",
    fr: "Le délai de retour de {days} jours a pris fin le {date}.",
  },
};

const DATE_LOCALES: Record<OfferLanguage, string> = { en: "en-US", ar: "ar", fr: "fr-FR" };

const NO_OFFER_MESSAGES: Record<OfferLanguage, string> = {
  en: "No exchange offer applies to {item} right now.",
  ar: "لا ينطبق أي عرض استبدال على {item} حاليًا.",
  fr: "Aucune offre d'échange ne s'applique à {item} pour le moment.",
};

/** Why an eligible item gets no proposal: no offer matches it (or its reason) today. */
export function noOfferMessage(itemTitle: string, language: OfferLanguage): string {
  return NO_OFFER_MESSAGES[language].replace("{item}", itemTitle);
}

/** The reason in one language, with the window's length and end date filled in. */
export function ineligibleMessage(
  reason: IneligibleReason,
  language: OfferLanguage,
  details: { days?: number; closesAt?: Date; timeZone?: string } = {},
): string {
  const date = details.closesAt
    ? details.closesAt.toLocaleDateString(DATE_LOCALES[language], {
        timeZone: details.timeZone ?? "UTC",
        year: "numeric",
        month: "long",
        day: "numeric",
      })
    : "";
  return INELIGIBLE_MESSAGES[reason][language].replace("{days}", String(details.days ?? "")).replace("{date}", date);
}
