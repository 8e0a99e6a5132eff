// The profit dashboard's forms: the merchant's settings (gross margin, the
// team's share of refunds and exchanges, the store's conversion rate), the
// team's costs of a month, an outreach campaign, and deleting one. One schema
// per form, each sent with its own intent; the page checks with it before
// sending and the action parses with it (app/components/form/).
import { z } from "zod";
import type { Money } from "../money";
import { amountField, optionalField, percentField, requiredTextField, wholeNumberField } from "../forms";
import { formMessage } from "../form-message";
import { addMonths, parseMonthKey, type MonthKey } from "./periods";

export const PROFIT_FORM_INTENTS = ["settings", "teamCosts", "addCampaign", "deleteCampaign"] as const;
export type ProfitFormIntent = (typeof PROFIT_FORM_INTENTS)[number];

export function isProfitFormIntent(intent: unknown): intent is ProfitFormIntent {
  return typeof intent === "string" && (PROFIT_FORM_INTENTS as readonly string[]).includes(intent);
}

/** Until the merchant enters their gross margin, goods are costed at this one, and the page says so. */
export const PLACEHOLDER_MARGIN_BPS = 5000;

/** Costs may be entered up to a year ahead (salaries are known in advance); campaigns only once they ran. */
export const COSTS_AHEAD_MONTHS = 12;

/** A month typed as 2026-01 (what an <input type="month"> sends), not after `latest`. */
function monthField(latest: MonthKey) {
  const format = formMessage("forms:profit.month");
  return z
    .string({ error: format })
    .trim()
    .refine((text) => parseMonthKey(text) !== null, format)
    .refine((text) => text <= latest, formMessage("forms:profit.monthAfter", { latest }));
}

// ---------------------------------------------------------------------------

export interface ProfitSettingsInput {
  fallbackMarginBps: number;
  teamShareBps: number;
  storeConversionBps: number;
}

/** Fields: fallbackMarginPercent ("60"), teamSharePercent ("10"), storeConversionPercent ("2"). */
export const profitSettingsSchema = z
  .object({
    fallbackMarginPercent: percentField({ minPercent: 0, maxPercent: 100, label: "grossMargin" }),
    teamSharePercent: percentField({ minPercent: 0, maxPercent: 100, label: "teamShare" }),
    storeConversionPercent: percentField({ minPercent: 0.01, maxPercent: 100, label: "storeConversion" }),
  })
  .transform((input): ProfitSettingsInput => ({
    fallbackMarginBps: input.fallbackMarginPercent,
    teamShareBps: input.teamSharePercent,
    storeConversionBps: input.storeConversionPercent,
  }));

export interface ProfitSettingsValues {
  fallbackMarginPercent: string;
  teamSharePercent: string;
  storeConversionPercent: string;
}

// ---------------------------------------------------------------------------

export interface TeamCostsInput {
  month: MonthKey;
  salaries: Money;
  tools: Money;
  other: Money;
}

/** Fields: month ("2026-01", up to COSTS_AHEAD_MONTHS after `currentMonth`), salaries, tools, other (blank is zero). */
export function teamCostsSchema(shopCurrency: string, currentMonth: MonthKey) {
  const currencyCode = shopCurrency.toUpperCase();
  return z
    .object({
      month: monthField(addMonths(currentMonth, COSTS_AHEAD_MONTHS)),
      salaries: amountField(shopCurrency, { label: "salaries", allowZero: true, max: "teamCostPerMonth" }),
      tools: amountField(shopCurrency, { label: "tools", allowZero: true, max: "teamCostPerMonth" }),
      other: optionalField(amountField(shopCurrency, { label: "otherCosts", allowZero: true, max: "teamCostPerMonth" })),
    })
    .transform((input): TeamCostsInput => ({ ...input, other: input.other ?? { minor: 0n, currencyCode } }));
}

// ---------------------------------------------------------------------------

export interface CampaignInput {
  name: string;
  month: MonthKey;
  contacted: number;
  replied: number;
  /** Upper-case, as Shopify matches codes; null: no revenue is credited to the campaign. */
  code: string | null;
}

export const CAMPAIGN_MAX_CONTACTS = 10_000_000;

/** Fields: name, month ("2026-01", not after `currentMonth`), contacted, replied, code (an agent's discount code, optional). */
export function campaignSchema(currentMonth: MonthKey) {
  return z
    .object({
      name: requiredTextField("forms:profit.campaignName", 120),
      month: monthField(currentMonth),
      contacted: wholeNumberField({ min: 1, max: CAMPAIGN_MAX_CONTACTS, message: formMessage("forms:profit.contacted") }),
      replied: wholeNumberField({ min: 0, max: CAMPAIGN_MAX_CONTACTS, message: formMessage("forms:profit.replied") }),
      code: optionalField(
        z
          .string()
          .trim()
          .max(255, formMessage("forms:agent.codeMax", { max: 255 }))
          .regex(/^\S+$/, formMessage("forms:profit.codeSpaces"))
          .transform((text) => text.toUpperCase()),
      ),
    })
    .superRefine((campaign, context) => {
      if (campaign.replied > campaign.contacted) {
        context.issues.push({
          code: "custom",
          path: ["replied"],
          message: formMessage("forms:profit.repliesOverContacted"),
          input: campaign.replied,
        });
      }
    })
    .transform((campaign): CampaignInput => ({ ...campaign, code: campaign.code ?? null }));
}

// ---------------------------------------------------------------------------

/** Deleting a campaign: its id, from the row's button. */
export const deleteCampaignSchema = z.object({
  id: z
    .string({ error: formMessage("forms:profit.chooseCampaign") })
    .trim()
    .min(1, formMessage("forms:profit.chooseCampaign"))
    .max(64),
});
