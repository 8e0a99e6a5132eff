// What a merchant's exchange offer is, and how the offer form becomes one.
// "When a shopper returns one of these items (for one of these reasons),
// offer an exchange to that product or variant, plus this bonus, with these
// words, during these dates." offerFormSchema is the admin form's, read by
// Conform in the browser and the action; offerInputSchema the same offer as
// data (a stored definition), which the form's schema composes. Errors are
// keyed by the form field's name ("bonus.discount.value") so Polaris shows
// each one next to its field.
import { z } from "zod";
import {
  amountField,
  asList,
  checkboxValue,
  fieldErrorsOf,
  formatBasisPointsAsPercent,
  isBlank,
  optionalField,
  optionalFieldOr,
  percentField,
  wholeNumberField,
  requiredTextField,
  type FieldErrors,
} from "../forms";
import { formatMinorAsDecimal } from "../money";
import { withoutCaseInsensitiveDuplicates } from "../shopify-tags";
import { formMessage } from "../form-message";

/** The languages an offer speaks: the storefront's and the agents'. */
export const OFFER_LANGUAGES = ["en", "ar", "fr"] as const;
export type OfferLanguage = (typeof OFFER_LANGUAGES)[number];

/**
 * Shopify's `ReturnReason` enum (Admin API 2026-10), in the order the admin
 * shows it. UNKNOWN is what Shopify records when nobody said.
 */
export const RETURN_REASONS = [
  "SIZE_TOO_SMALL",
  "SIZE_TOO_LARGE",
  "STYLE",
  "COLOR",
  "DEFECTIVE",
  "NOT_AS_DESCRIBED",
  "WRONG_ITEM",
  "UNWANTED",
  "OTHER",
  "UNKNOWN",
] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

export const RETURN_REASON_LABELS: Record<ReturnReason, Record<OfferLanguage, string>> = {
  SIZE_TOO_SMALL: { en: "Size was too small", ar: "المقاس صغير جدًا", fr: "Taille trop petite" },
  SIZE_TOO_LARGE: { en: "Size was too large", ar: "المقاس كبير جدًا", fr: "Taille trop grande" },
  STYLE: { en: "Style", ar: "التصميم", fr: "Style" },
  COLOR: { en: "Color", ar: "اللون", fr: "Couleur" },
  DEFECTIVE: { en: "Damaged or defective", ar: "تالف أو معيب", fr: "Endommagé ou défectueux" },
  NOT_AS_DESCRIBED: { en: "Item not as described", ar: "المنتج لا يطابق الوصف", fr: "Article non conforme à la description" },
  WRONG_ITEM: { en: "Received the wrong item", ar: "استلمت منتجًا خاطئًا", fr: "Mauvais article reçu" },
  UNWANTED: { en: "Changed my mind", ar: "غيّرت رأيي", fr: "J'ai changé d'avis" },
  OTHER: { en: "Other", ar: "سبب آخر", fr: "Autre" },
  UNKNOWN: { en: "Not given", ar: "غير محدد", fr: "Non précisé" },
};

/** A stored reason's label in a language; a code Concierge does not know is shown as it is. */
export function returnReasonLabel(reason: string, language: OfferLanguage): string {
  return (RETURN_REASON_LABELS as Record<string, Record<OfferLanguage, string> | undefined>)[reason]?.[language] ?? reason;
}

/**
 * Each reason's handle in Shopify's library of return reasons
 * (returnReasonDefinitions), which 2026-10 asks for instead of the deprecated
 * enum: a return is created with the definition's id. shopify.dev gives only
 * example handles; these are to be checked against a real store's library
 * (docs/decisions/016). A reason whose handle the shop's library lacks is
 * sent without a definition, its words still in the return's note.
 */
export const RETURN_REASON_HANDLES: Record<ReturnReason, string> = {
  SIZE_TOO_SMALL: "too-small",
  SIZE_TOO_LARGE: "too-large",
  STYLE: "style",
  COLOR: "color",
  DEFECTIVE: "defective",
  NOT_AS_DESCRIBED: "not-as-described",
  WRONG_ITEM: "wrong-item",
  UNWANTED: "unwanted",
  OTHER: "other",
  UNKNOWN: "other",
};

export const OFFER_NAME_MAX_LENGTH = 80;
export const HEADLINE_MAX_LENGTH = 140;
export const SCRIPT_MAX_LENGTH = 1000;
export const TAG_MAX_LENGTH = 255;
/** The default return window: 30 days after delivery. */
export const DEFAULT_RETURN_WINDOW_DAYS = 30;
export const MAX_RETURN_WINDOW_DAYS = 365;

/** Words the texts may contain, replaced for each item when shown. */
export const TEXT_PLACEHOLDERS = ["returned_item", "exchange_item", "bonus_item", "price_difference"] as const;
export type TextPlaceholder = (typeof TEXT_PLACEHOLDERS)[number];

const GID = {
  product: /^gid:\/\/shopify\/Product\/\d+$/,
  variant: /^gid:\/\/shopify\/ProductVariant\/\d+$/,
  collection: /^gid:\/\/shopify\/Collection\/\d+$/,
};

function gidField(pattern: RegExp, message: string) {
  return z.string({ error: message }).trim().regex(pattern, message);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function dateField(message: string) {
  return z
    .string({ error: message })
    .trim()
    .refine(
      (text) =>
        DATE.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text),
      message,
    );
}

/** A text may only use the placeholders we know how to fill. */
function offerText(options: { max: number; field: "headline" | "script"; required: boolean }) {
  const required = formMessage(`forms:offer.${options.field}Required`);
  const base = z
    .string({ error: required })
    .trim()
    .max(options.max, formMessage(`forms:offer.${options.field}Max`, { max: options.max }))
    .superRefine((text, context) => {
      for (const match of text.matchAll(/\{([^{}]*)\}/g)) {
        if (!(TEXT_PLACEHOLDERS as readonly string[]).includes(match[1])) {
          context.addIssue({
            code: "custom",
            message: formMessage("forms:offer.placeholder", {
              placeholder: `{${match[1]}}`,
              known: TEXT_PLACEHOLDERS.map((name) => `{${name}}`).join(", "),
            }),
          });
          return;
        }
      }
    });
  return options.required ? base.min(1, required) : optionalField(base);
}

const requiredTexts = z.object({
  headline: offerText({ max: HEADLINE_MAX_LENGTH, field: "headline", required: true }),
  script: offerText({ max: SCRIPT_MAX_LENGTH, field: "script", required: true }),
});
const optionalTexts = z.object({
  headline: offerText({ max: HEADLINE_MAX_LENGTH, field: "headline", required: false }),
  script: offerText({ max: SCRIPT_MAX_LENGTH, field: "script", required: false }),
});

function discountSchema(shopCurrency: string) {
  return z
    .discriminatedUnion(
      "kind",
      [
        z.object({ kind: z.literal("percentage"), value: percentField({ minPercent: 1, maxPercent: 100, label: "discount" }) }),
        z.object({
          kind: z.literal("fixed_amount"),
          value: amountField(shopCurrency, { label: "discount", allowZero: false, max: "discount" }),
        }),
      ],
      { error: formMessage("forms:offer.discountKind") },
    )
    .transform((discount) =>
      discount.kind === "percentage"
        ? { kind: "percentage" as const, basisPoints: discount.value }
        : { kind: "fixed_amount" as const, amount: formatMinorAsDecimal(discount.value.minor, discount.value.currencyCode) },
    );
}

/**
 * The schema of one offer. It needs the shop currency because a bonus may be
 * an amount off, and how many decimals an amount has depends on the currency.
 */
export function offerInputSchema(shopCurrency: string) {
  return z
    .object({
      name: requiredTextField("forms:offer.name", OFFER_NAME_MAX_LENGTH),
      enabled: z.boolean().default(true),
      match: z.object({
        productIds: z.array(gidField(GID.product, formMessage("forms:offer.product"))).default([]),
        collectionIds: z.array(gidField(GID.collection, formMessage("forms:offer.collection"))).default([]),
        tags: z
          .array(
            z
              .string()
              .trim()
              .min(1, formMessage("forms:offer.tagBlank"))
              .max(TAG_MAX_LENGTH, formMessage("forms:offer.tagMax", { max: TAG_MAX_LENGTH })),
          )
          .default([]),
      }),
      reasons: z.array(z.enum(RETURN_REASONS, { error: formMessage("forms:offer.reason") })).default([]),
      exchange: z.discriminatedUnion(
        "kind",
        [
          z.object({ kind: z.literal("same_product") }),
          z.object({ kind: z.literal("product"), productId: gidField(GID.product, formMessage("forms:offer.exchangeProduct")) }),
          z.object({ kind: z.literal("variant"), variantId: gidField(GID.variant, formMessage("forms:offer.exchangeVariant")) }),
        ],
        { error: formMessage("forms:offer.exchange") },
      ),
      bonus: z.discriminatedUnion(
        "kind",
        [
          z.object({ kind: z.literal("none") }),
          z.object({ kind: z.literal("free_gift"), variantId: gidField(GID.variant, formMessage("forms:offer.freeGift")) }),
          z.object({
            kind: z.literal("upsell_discount"),
            variantId: gidField(GID.variant, formMessage("forms:offer.upsellVariant")),
            discount: discountSchema(shopCurrency),
          }),
        ],
        { error: formMessage("forms:offer.bonus") },
      ),
      texts: z.object({ en: requiredTexts, ar: optionalTexts, fr: optionalTexts }),
      startsOn: optionalFieldOr(dateField(formMessage("forms:offer.date", { example: "2026-12-01" })), null),
      endsOn: optionalFieldOr(dateField(formMessage("forms:offer.date", { example: "2026-12-31" })), null),
      returnWindowDays: optionalFieldOr(
        wholeNumberField({
          min: 1,
          max: MAX_RETURN_WINDOW_DAYS,
          message: formMessage("forms:offer.returnWindow", { max: MAX_RETURN_WINDOW_DAYS }),
        }),
        DEFAULT_RETURN_WINDOW_DAYS,
      ),
    })
    .superRefine((offer, context) => {
      const { productIds, collectionIds, tags } = offer.match;
      if (productIds.length + collectionIds.length + tags.length === 0) {
        context.addIssue({ code: "custom", path: ["match"], message: formMessage("forms:offer.match") });
      }
      if (offer.startsOn && offer.endsOn && offer.endsOn < offer.startsOn) {
        context.addIssue({ code: "custom", path: ["endsOn"], message: formMessage("forms:offer.endsBeforeStart") });
      }
      if (offer.bonus.kind !== "none" && offer.exchange.kind === "variant" && offer.bonus.variantId === offer.exchange.variantId) {
        context.addIssue({ code: "custom", path: ["bonus", "variantId"], message: formMessage("forms:offer.bonusIsExchange") });
      }
    })
    .transform((offer) => ({
      ...offer,
      match: {
        productIds: [...new Set(offer.match.productIds)],
        collectionIds: [...new Set(offer.match.collectionIds)],
        tags: withoutCaseInsensitiveDuplicates(offer.match.tags),
      },
      reasons: [...new Set(offer.reasons)],
      texts: {
        en: offer.texts.en,
        ar: { headline: offer.texts.ar.headline ?? null, script: offer.texts.ar.script ?? null },
        fr: { headline: offer.texts.fr.headline ?? null, script: offer.texts.fr.script ?? null },
      },
    }));
}

export type OfferInput = z.output<ReturnType<typeof offerInputSchema>>;
/** What an offer stores as its definition: everything but its name and switch, which are columns. */
export type OfferDefinition = Omit<OfferInput, "name" | "enabled">;
export type OfferBonus = OfferDefinition["bonus"];
export type BonusDiscount = Extract<OfferBonus, { kind: "upsell_discount" }>["discount"];
export type OfferTexts = OfferDefinition["texts"];

export type OfferParseResult = { ok: true; offer: OfferInput } | { ok: false; fieldErrors: FieldErrors };

/** Parses an offer sent as data (JSON, or a stored definition plus its name). */
export function parseOfferInput(input: unknown, options: { shopCurrency: string }): OfferParseResult {
  const parsed = offerInputSchema(options.shopCurrency).safeParse(input);
  return parsed.success ? { ok: true, offer: parsed.data } : { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
}

/**
 * The offer form's schema, the same in the browser and the action: the
 * offer's own schema, read from the form. Field names: name, enabled (a
 * checkbox), match.productIds and match.collectionIds (repeated, once per
 * choice), match.tags (comma-separated), reasons (repeated), exchange.kind,
 * exchange.productId, exchange.variantId, bonus.kind (blank: none),
 * bonus.variantId, bonus.discount.kind, bonus.discount.value,
 * texts.{en,ar,fr}.{headline,script}, startsOn, endsOn, returnWindowDays.
 * Only the fields of the chosen kinds are read, so a field left over from
 * another choice can't make the form invalid.
 */
export function offerFormSchema(shopCurrency: string) {
  return z.preprocess(offerDraftOfForm, offerInputSchema(shopCurrency));
}

/**
 * What the form sends, as an offer: the checkbox a switch, the tags' text a
 * list, a single choice a list of one, no bonus none, a language not sent blank.
 */
function offerDraftOfForm(payload: unknown): unknown {
  if (!payload || typeof payload !== "object") return payload;
  const form = payload as Record<string, unknown>;
  const match = (form.match ?? {}) as Record<string, unknown>;
  const bonus = (form.bonus ?? {}) as Record<string, unknown>;
  const texts = (form.texts ?? {}) as Record<string, unknown>;
  return {
    ...form,
    exchange: form.exchange ?? {},
    texts: Object.fromEntries(OFFER_LANGUAGES.map((language) => [language, texts[language] ?? {}])),
    enabled: checkboxValue(form.enabled),
    match: {
      productIds: asList(match.productIds),
      collectionIds: asList(match.collectionIds),
      tags: asList(match.tags)
        .flatMap((text) => String(text).split(","))
        .map((tag) => tag.trim())
        .filter(Boolean),
    },
    reasons: asList(form.reasons),
    bonus: { ...bonus, kind: isBlank(bonus.kind) ? "none" : bonus.kind },
  };
}

/** The offer form's text, as the form shows it. */
export type OfferFormValues = {
  name: string;
  enabled: boolean;
  match: { productIds: string[]; collectionIds: string[]; tags: string };
  reasons: string[];
  exchange: { kind: string; productId: string; variantId: string };
  bonus: { kind: string; variantId: string; discount: { kind: string; value: string } };
  texts: Record<OfferLanguage, { headline: string; script: string }>;
  startsOn: string;
  endsOn: string;
  returnWindowDays: string;
};

const textsOf = (texts: (language: OfferLanguage) => { headline?: string | null; script?: string | null }) =>
  Object.fromEntries(
    OFFER_LANGUAGES.map((language) => [language, { headline: texts(language).headline ?? "", script: texts(language).script ?? "" }]),
  ) as OfferFormValues["texts"];

/** The offer as the form's initial values, for editing; a new offer's when null. */
export function offerFormValues(offer: (OfferDefinition & { name: string; enabled: boolean }) | null): OfferFormValues {
  if (!offer) {
    return {
      name: "",
      enabled: true,
      match: { productIds: [], collectionIds: [], tags: "" },
      reasons: [],
      exchange: { kind: "same_product", productId: "", variantId: "" },
      bonus: { kind: "none", variantId: "", discount: { kind: "percentage", value: "" } },
      texts: textsOf(() => ({ headline: "", script: "" })),
      startsOn: "",
      endsOn: "",
      returnWindowDays: String(DEFAULT_RETURN_WINDOW_DAYS),
    };
  }
  const discount = offer.bonus.kind === "upsell_discount" ? offer.bonus.discount : null;
  return {
    name: offer.name,
    enabled: offer.enabled,
    match: { productIds: offer.match.productIds, collectionIds: offer.match.collectionIds, tags: offer.match.tags.join(", ") },
    reasons: offer.reasons,
    exchange: {
      kind: offer.exchange.kind,
      productId: offer.exchange.kind === "product" ? offer.exchange.productId : "",
      variantId: offer.exchange.kind === "variant" ? offer.exchange.variantId : "",
    },
    bonus: {
      kind: offer.bonus.kind,
      variantId: offer.bonus.kind === "none" ? "" : offer.bonus.variantId,
      discount: {
        kind: discount?.kind ?? "percentage",
        value: discount ? (discount.kind === "percentage" ? formatBasisPointsAsPercent(discount.basisPoints) : discount.amount) : "",
      },
    },
    texts: textsOf((language) => offer.texts[language]),
    startsOn: offer.startsOn ?? "",
    endsOn: offer.endsOn ?? "",
    returnWindowDays: String(offer.returnWindowDays),
  };
}

/** The languages an offer leaves to English (shown to the merchant as missing). */
export function missingTranslations(texts: OfferTexts): OfferLanguage[] {
  return OFFER_LANGUAGES.filter((language) => language !== "en" && (!texts[language].headline || !texts[language].script));
}
