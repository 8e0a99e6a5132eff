// The offers a shopper sees on the tracking page for a delivered order: per
// returnable item, the best offer (the first the merchant's precedence
// order proposes) with its words in every language and the exact price
// difference, or why the item can't be exchanged. Accepting one there is a
// request the merchant's agents confirm (see decision 007).
import { ineligibleMessage, itemEligibility, type IneligibleReason } from "./eligibility";
import { numericId } from "../shopify-ids";
import type { OrderItem } from "./items";
import { matchOffers, type Catalog, type StoredOffer } from "./matching";
import { OFFER_LANGUAGES, RETURN_REASON_LABELS, RETURN_REASONS, type OfferLanguage, type ReturnReason } from "./offers";
import type { ExchangeMode } from "./pricing";
import { offerTextsFor, priceDifferenceTexts, textValues, variantLabel, type FilledTexts } from "./texts";

export interface DeliveredItemOffer {
  /** Numeric Shopify line item id: the `line_item_id` of the request form. */
  lineItemId: string;
  title: string;
  variantTitle: string | null;
  /** Why the item can't be exchanged (in each language), or null. */
  ineligible: { reason: IneligibleReason; messages: Record<OfferLanguage, string> } | null;
  /** The best offer, or null (none applies, or every one is out of stock). */
  offer: StorefrontOffer | null;
}

export interface StorefrontOffer {
  /** The `offer_id` of the request form. */
  offerId: string;
  /** Return reasons the shopper may give for this offer (the `reason` field), with their labels. */
  reasons: { value: ReturnReason; labels: Record<OfferLanguage, string> }[];
  exchange: { variantId: string; label: string };
  bonus: { kind: "free_gift" | "upsell_discount"; variantId: string; label: string } | null;
  /** The headline to show and the agent's script, per language. */
  texts: Record<OfferLanguage, FilledTexts>;
  /** E − R in the shop currency's minor units: positive means the shopper pays more. */
  priceDifferenceMinor: bigint;
  priceDifferenceTexts: Record<OfferLanguage, string>;
  /** Everything the shopper would pay (a pricier exchange, a discounted upsell). */
  shopperPaysMinor: bigint;
  currencyCode: string;
  mode: ExchangeMode;
  /** The last moment a request is taken (the offer's return window). */
  windowClosesAt: Date;
}

export interface DeliveredItemsInput {
  items: readonly OrderItem[];
  offers: readonly StoredOffer[];
  catalog: Catalog;
  now: Date;
  /** Today in the shop's time zone (YYYY-MM-DD). */
  today: string;
  currencyCode: string;
  timeZone: string;
}

/**
 * Per order line (gift cards and undelivered items included, with their
 * reason), the best offer a shopper may request. Items no offer covers get
 * `offer: null` and no reason: there is simply nothing to show.
 */
export function offersForDeliveredItems(input: DeliveredItemsInput): DeliveredItemOffer[] {
  return input.items.map((item) => {
    const base = { lineItemId: numericId(item.lineItemId), title: item.title, variantTitle: item.variantTitle };
    const eligibility = itemEligibility(item, { requireDelivery: true });
    if (!eligibility.eligible) {
      return { ...base, ineligible: { reason: eligibility.reason, messages: messagesFor(eligibility.reason) }, offer: null };
    }
    const matches = matchOffers(input.offers, item, input.catalog, {
      now: input.now,
      today: input.today,
      reason: null,
      windowStart: eligibility.windowStart,
      currencyCode: input.currencyCode,
    });
    const best = matches.proposals[0];
    if (!best) {
      // Every covering offer's window closed: say so, as the shopper would otherwise wonder.
      const closed = matches.skipped.find((skip) => skip.reason === "outside_window");
      if (closed && matches.skipped.every((skip) => skip.reason === "outside_window")) {
        const days = closed.offer.definition.returnWindowDays;
        return {
          ...base,
          ineligible: {
            reason: "outside_window",
            messages: messagesFor("outside_window", { days, closesAt: closed.windowClosesAt, timeZone: input.timeZone }),
          },
          offer: null,
        };
      }
      return { ...base, ineligible: null, offer: null };
    }
    const bonusLabel = best.bonusVariant ? variantLabel(best.bonusVariant) : null;
    const exchangeLabel = variantLabel(best.exchange);
    const values = textValues({
      returnedItem: item.variantTitle ? `${item.title} – ${item.variantTitle}` : item.title,
      exchangeItem: exchangeLabel,
      bonusItem: bonusLabel,
      differenceMinor: best.plan.priceDifferenceMinor,
      currencyCode: input.currencyCode,
    });
    const offered =
      best.offer.definition.reasons.length > 0 ? best.offer.definition.reasons : RETURN_REASONS.filter((reason) => reason !== "UNKNOWN");
    // Only the reasons an exchange can follow: no "too large" for the smallest size, no "too small" for the largest.
    const reasons = offered.filter((reason) =>
      matchOffers(input.offers, item, input.catalog, {
        now: input.now,
        today: input.today,
        reason,
        windowStart: eligibility.windowStart,
        currencyCode: input.currencyCode,
      }).proposals.some((proposal) => proposal.offer.id === best.offer.id),
    );
    if (reasons.length === 0) return { ...base, ineligible: null, offer: null };
    return {
      ...base,
      ineligible: null,
      offer: {
        offerId: best.offer.id,
        reasons: reasons.map((reason) => ({ value: reason, labels: RETURN_REASON_LABELS[reason] })),
        exchange: { variantId: numericId(best.exchange.id), label: exchangeLabel },
        bonus:
          best.bonus.kind === "none" || !best.bonusVariant
            ? null
            : { kind: best.bonus.kind, variantId: numericId(best.bonusVariant.id), label: bonusLabel ?? "" },
        texts: offerTextsFor(best.offer.definition.texts, values),
        priceDifferenceMinor: best.plan.priceDifferenceMinor,
        priceDifferenceTexts: priceDifferenceTexts(best.plan.priceDifferenceMinor, input.currencyCode),
        shopperPaysMinor: best.plan.shopperPaysMinor,
        currencyCode: input.currencyCode,
        mode: best.plan.mode,
        windowClosesAt: best.windowClosesAt,
      },
    };
  });
}

function messagesFor(
  reason: IneligibleReason,
  details: { days?: number; closesAt?: Date; timeZone?: string } = {},
): Record<OfferLanguage, string> {
  return Object.fromEntries(OFFER_LANGUAGES.map((language) => [language, ineligibleMessage(reason, language, details)])) as Record<
    OfferLanguage,
    string
  >;
}
