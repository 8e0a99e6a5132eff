// An offer's words, filled in for one item in each language: the headline
// the shopper reads on the tracking page and the script the agent says.
// A language the merchant left blank falls back to English.
import { formatMoneyIn } from "../money";
import { OFFER_LANGUAGES, type OfferLanguage, type OfferTexts, type TextPlaceholder } from "./offers";

export type TextValues = Record<TextPlaceholder, string>;

export interface FilledTexts {
  headline: string;
  script: string;
}

export function fillText(template: string, values: TextValues): string {
  return template.replace(/\{(returned_item|exchange_item|bonus_item|price_difference)\}/g, (_, name: TextPlaceholder) => values[name]);
}

/** Each language's headline and script, English where the merchant wrote none. */
export function offerTextsFor(texts: OfferTexts, values: Record<OfferLanguage, TextValues>): Record<OfferLanguage, FilledTexts> {
  return Object.fromEntries(
    OFFER_LANGUAGES.map((language) => {
      const own = texts[language];
      const headline = own.headline ?? texts.en.headline ?? "";
      const script = own.script ?? texts.en.script ?? "";
      // English words fall back with English values, so a sentence never mixes languages.
      const valuesFor = own.headline ? values[language] : values.en;
      const scriptValues = own.script ? values[language] : values.en;
      return [language, { headline: fillText(headline, valuesFor), script: fillText(script, scriptValues) }];
    }),
  ) as Record<OfferLanguage, FilledTexts>;
}

const SAME_PRICE: Record<OfferLanguage, string> = { en: "no extra cost", ar: "دون أي تكلفة إضافية", fr: "sans frais supplémentaires" };
const YOU_PAY: Record<OfferLanguage, string> = { en: "{amount} more", ar: "{amount} إضافية", fr: "{amount} de plus" };
const REFUNDED: Record<OfferLanguage, string> = { en: "{amount} back", ar: "استرداد {amount}", fr: "{amount} remboursés" };

/** "$9.00 more", "no extra cost", "$11.00 back", in each language, the amount as that language writes it ("9.00 US$ إضافية"). */
export function priceDifferenceTexts(differenceMinor: bigint, currencyCode: string): Record<OfferLanguage, string> {
  const size = { minor: differenceMinor < 0n ? -differenceMinor : differenceMinor, currencyCode };
  return Object.fromEntries(
    OFFER_LANGUAGES.map((language) => [
      language,
      differenceMinor === 0n
        ? SAME_PRICE[language]
        : (differenceMinor > 0n ? YOU_PAY : REFUNDED)[language].replace("{amount}", formatMoneyIn(language, size)),
    ]),
  ) as Record<OfferLanguage, string>;
}

const NO_BONUS: Record<OfferLanguage, string> = { en: "nothing extra", ar: "لا شيء إضافي", fr: "rien de plus" };

/** The placeholders' values for one item and one proposal, in each language. */
export function textValues(input: {
  returnedItem: string;
  exchangeItem: string;
  bonusItem: string | null;
  differenceMinor: bigint;
  currencyCode: string;
}): Record<OfferLanguage, TextValues> {
  const difference = priceDifferenceTexts(input.differenceMinor, input.currencyCode);
  return Object.fromEntries(
    OFFER_LANGUAGES.map((language) => [
      language,
      {
        returned_item: input.returnedItem,
        exchange_item: input.exchangeItem,
        bonus_item: input.bonusItem ?? NO_BONUS[language],
        price_difference: difference[language],
      },
    ]),
  ) as Record<OfferLanguage, TextValues>;
}

/** "Relaxed Chino – 34 / Khaki"; a product's only variant is just the product. */
export function variantLabel(variant: { productTitle: string; title: string }): string {
  return variant.title && variant.title !== "Default Title" ? `${variant.productTitle} – ${variant.title}` : variant.productTitle;
}
