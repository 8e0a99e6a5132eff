// What a Concierge code takes off an order: a percentage, or a fixed amount
// in the shop currency. Agents' personal codes and delight codes share it.
import { z } from "zod";
import type { Money } from "../money";
import { amountField, formatBasisPointsAsPercent, percentField } from "../forms";
import { formatMoney } from "../money";
import { formMessage } from "../form-message";
import { phrase, type Phrase } from "../phrase";

export const DISCOUNT_KINDS = ["percentage", "fixed_amount"] as const;

export type DiscountValue =
  /** 1000 basis points = 10% off. Shopify's API wants 0.1: basisPoints / 10_000. */
  { kind: "percentage"; basisPoints: number } | { kind: "fixed_amount"; amount: Money };

/** Shopify caps a percentage discount at 100%; under 1% reads as a mistake. */
export const PERCENTAGE_DISCOUNT_MIN_PERCENT = 1;
export const PERCENTAGE_DISCOUNT_MAX_PERCENT = 100;

/**
 * { kind: "percentage", value: "12.5" } or { kind: "fixed_amount", value: "15.00" }
 * -> a DiscountValue. The value is one field whose meaning follows the kind,
 * as the form shows one text field with a "%" or currency prefix.
 */
export function discountValueSchema(shopCurrency: string) {
  return z
    .discriminatedUnion(
      "kind",
      [
        z.object({
          kind: z.literal("percentage"),
          value: percentField({
            minPercent: PERCENTAGE_DISCOUNT_MIN_PERCENT,
            maxPercent: PERCENTAGE_DISCOUNT_MAX_PERCENT,
            label: "theDiscount",
          }),
        }),
        z.object({
          kind: z.literal("fixed_amount"),
          value: amountField(shopCurrency, { label: "theDiscount", allowZero: false, max: "discount" }),
        }),
      ],
      { error: formMessage("forms:agent.discountKind") },
    )
    .transform((input): DiscountValue =>
      input.kind === "percentage" ? { kind: "percentage", basisPoints: input.value } : { kind: "fixed_amount", amount: input.value },
    );
}

/**
 * What a code takes off as the staff member reads it ("10% off", "خصم ١٠٪", "15,00 $US de réduction"):
 * the figure formatted for their locale, the words from the translations (agents:discountValue.*).
 */
export function discountValuePhrase(value: DiscountValue, locale: string): Phrase {
  if (value.kind === "fixed_amount") return phrase("agents:discountValue.fixedAmount", { amount: formatMoney(value.amount, locale) });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(value.basisPoints / 10_000);
  return phrase("agents:discountValue.percentage", { percent });
}

/** "10% off", "$15.00 off": the English ready reply's words (readyReply writes the other languages its own way). */
export function describeDiscountValue(value: DiscountValue): string {
  if (value.kind === "fixed_amount") return `${formatMoney(value.amount)} off`;
  return `${formatBasisPointsAsPercent(value.basisPoints)}% off`;
}
