// What a Concierge code takes off an order: a percentage, or a fixed amount
// in the shop currency. Agents' personal codes and delight codes share it.
import { z } from "zod";
import type { Money } from "../money";
import { amountField, formatBasisPointsAsPercent, percentField } from "../forms";
import { formatMoney } from "../money";
import { formMessage } from "../form-message";

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

/** "10% off", "$15.00 off". */
export function describeDiscountValue(value: DiscountValue): string {
  if (value.kind === "fixed_amount") return `${formatMoney(value.amount)} off`;
  return `${formatBasisPointsAsPercent(value.basisPoints)}% off`;
}
