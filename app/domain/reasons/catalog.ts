// One list of reasons (issue 16): Shopify's return reasons (the handles of
// returnReasonDefinitions), the reasons shoppers pick on the tracking page
// and agents on the desk (Shopify's ReturnReason values, app/domain/exchange/
// offers.ts), and the words helpdesks send with a touch (a tag, a macro, a
// ticket field) all land on one key, so the weekly report counts "too small"
// once whoever said it. The merchant extends it with reasons of their own
// ("zipper broke") and with more words for a reason.
import { z } from "zod";
import { formMessage } from "../form-message";
import { phrase, verbatim, type Phrase } from "../phrase";
import { RETURN_REASON_HANDLES, RETURN_REASONS, type ReturnReason } from "../exchange/offers";

export interface ReasonEntry {
  /** Lower-case words joined by hyphens: "too-small", "zipper-broke". */
  key: string;
  /** Its name on a page: a built-in reason's is a phrase of the translations (reasons:builtIn), the merchant's own the English name they gave. */
  name: Phrase;
  /** Handles of Shopify's return reason definitions that mean this. */
  shopifyHandles: readonly string[];
  /** What a shopper or an agent picks (Shopify's ReturnReason values). */
  shopperReasons: readonly ReturnReason[];
  /** Words a helpdesk sends (compared lower-cased, spaces and underscores as hyphens). */
  helpdeskAliases: readonly string[];
}

export const OTHER_REASON = "other";

const builtIn = (key: string, shopperReasons: ReturnReason[], shopifyHandles: string[], helpdeskAliases: string[] = []) => ({
  key,
  name: phrase(`reasons:builtIn.${key}`),
  shopperReasons,
  shopifyHandles,
  helpdeskAliases,
});

/** The reasons every shop starts with; Shopify's example handles included (decision 025 lists what is unchecked). */
export const BUILT_IN_REASONS: readonly ReasonEntry[] = [
  builtIn("too-small", ["SIZE_TOO_SMALL"], ["too-small", "too-tight"], ["size-too-small", "runs-small"]),
  builtIn("too-large", ["SIZE_TOO_LARGE"], ["too-large"], ["size-too-large", "runs-large"]),
  builtIn("style", ["STYLE"], ["style", "comfort"]),
  builtIn("color", ["COLOR"], ["color", "color-too-bright"], ["colour"]),
  builtIn("defective", ["DEFECTIVE"], ["defective", "quality"], ["damaged", "broken", "faulty"]),
  builtIn("not-as-described", ["NOT_AS_DESCRIBED"], ["not-as-described"]),
  builtIn("wrong-item", ["WRONG_ITEM"], ["wrong-item"], ["wrong-product"]),
  builtIn("arrived-late", [], ["arrived-late"], ["late", "late-delivery"]),
  builtIn("unwanted", ["UNWANTED"], ["unwanted"], ["changed-mind", "no-longer-needed"]),
  builtIn(OTHER_REASON, ["OTHER", "UNKNOWN"], ["other", "unknown"]),
];

const normal = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");

/** A merchant's reason: a new one, or more words for a built-in one (same key). */
export const customReasonSchema = z.object({
  key: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, formMessage("forms:reason.keyPattern"))
    .max(60, formMessage("forms:reason.keyMax", { max: 60 })),
  label: z
    .string()
    .trim()
    .min(1, formMessage("forms:reason.label"))
    .max(80, formMessage("forms:reason.labelMax", { max: 80 })),
  helpdeskAliases: z
    .array(
      z
        .string()
        .trim()
        .min(1)
        .max(80, formMessage("forms:reason.wordMax", { max: 80 })),
    )
    .max(50, formMessage("forms:reason.wordsMax", { max: 50 }))
    .default([]),
});
export type CustomReason = z.output<typeof customReasonSchema>;

/** The shop's list: the built-in reasons, with the merchant's words added, then the merchant's own reasons. */
export function reasonCatalog(custom: readonly CustomReason[]): ReasonEntry[] {
  const entries = BUILT_IN_REASONS.map((entry) => ({ ...entry, helpdeskAliases: [...entry.helpdeskAliases] }));
  for (const reason of custom) {
    const existing = entries.find((entry) => entry.key === reason.key);
    if (existing) existing.helpdeskAliases.push(...reason.helpdeskAliases);
    else
      entries.push({
        key: reason.key,
        name: verbatim(reason.label),
        shopifyHandles: [],
        shopperReasons: [],
        helpdeskAliases: reason.helpdeskAliases,
      });
  }
  return entries;
}

export type ReasonSource =
  { source: "shopify"; handle: string | null } | { source: "shopper"; reason: string | null } | { source: "helpdesk"; text: string | null };

/** The key a reason lands on, whoever gave it; "other" when nobody said or the words are unknown. */
export function reasonKeyOf(catalog: readonly ReasonEntry[], given: ReasonSource): string {
  const found = catalog.find((entry) => {
    switch (given.source) {
      case "shopify":
        return given.handle !== null && entry.shopifyHandles.includes(given.handle);
      case "shopper":
        return given.reason !== null && (entry.shopperReasons as readonly string[]).includes(given.reason);
      case "helpdesk": {
        if (given.text === null) return false;
        const words = normal(given.text);
        return entry.key === words || entry.helpdeskAliases.some((alias) => normal(alias) === words);
      }
    }
  });
  return found?.key ?? OTHER_REASON;
}

/** Every shopper reason and every handle Concierge sends Shopify has a place in the list. */
export function unmappedShopperReasons(catalog: readonly ReasonEntry[]): string[] {
  const reasons: string[] = RETURN_REASONS.filter((reason) => !catalog.some((entry) => entry.shopperReasons.includes(reason)));
  const handles = Object.values(RETURN_REASON_HANDLES).filter((handle) => !catalog.some((entry) => entry.shopifyHandles.includes(handle)));
  return [...reasons, ...handles];
}
