// The profit dashboard's forms: the merchant's settings (gross margin, the
// team's share of refunds and exchanges, the store's conversion rate), the
// team's costs of a month, and an outreach campaign. One schema per form, used
// by the page to check before sending and by the action to parse.
import { z } from "zod";
import type { Money } from "../money";
import {
  amountField,
  fieldErrorsOf,
  fieldValues,
  optionalField,
  percentField,
  wholeNumberField,
  type FieldErrors,
  type FormSubmission,
} from "../forms";
import { parseMonthKey, type MonthKey } from "./periods";

export const PROFIT_FORM_INTENTS = ["settings", "teamCosts", "addCampaign", "deleteCampaign"] as const;
export type ProfitFormIntent = (typeof PROFIT_FORM_INTENTS)[number];

/** Until the merchant enters their gross margin, goods are costed at this one, and the page says so. */
export const PLACEHOLDER_MARGIN_BPS = 5000;

type Parse<T> = { ok: true; value: T } | { ok: false; fieldErrors: FieldErrors };

function parseWith<S extends z.ZodType>(schema: S, input: Record<string, unknown>): Parse<z.output<S>> {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
}

const first = (form: FormSubmission, names: readonly string[]) => {
  const values = fieldValues(form);
  return Object.fromEntries(names.map((name) => [name, values.get(name)?.[0]]));
};

/** A month typed as 2026-01 (what an <input type="month"> sends), not after `latest`. */
function monthField(latest: MonthKey, label: string) {
  return z
    .string({ error: `Enter ${label} like 2026-01` })
    .trim()
    .refine((text) => parseMonthKey(text) !== null, `Enter ${label} like 2026-01`)
    .refine((text) => text <= latest, `${label.charAt(0).toUpperCase()}${label.slice(1)} can't be after ${latest}`);
}

// ---------------------------------------------------------------------------

export interface ProfitSettingsInput {
  fallbackMarginBps: number;
  teamShareBps: number;
  storeConversionBps: number;
}

export const profitSettingsSchema = z.object({
  fallbackMarginPercent: percentField({ minPercent: 0, maxPercent: 100, label: "The gross margin" }),
  teamSharePercent: percentField({ minPercent: 0, maxPercent: 100, label: "The team's share" }),
  storeConversionPercent: percentField({ minPercent: 0.01, maxPercent: 100, label: "The store's conversion rate" }),
});

/** Field names: fallbackMarginPercent ("60"), teamSharePercent ("10"), storeConversionPercent ("2"). */
export function parseProfitSettingsForm(form: FormSubmission): Parse<ProfitSettingsInput> {
  const parsed = parseWith(profitSettingsSchema, first(form, ["fallbackMarginPercent", "teamSharePercent", "storeConversionPercent"]));
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    value: {
      fallbackMarginBps: parsed.value.fallbackMarginPercent,
      teamShareBps: parsed.value.teamSharePercent,
      storeConversionBps: parsed.value.storeConversionPercent,
    },
  };
}

// ---------------------------------------------------------------------------

export interface TeamCostsInput {
  month: MonthKey;
  salaries: Money;
  tools: Money;
  other: Money;
}

/** Costs may be entered up to a year ahead: salaries are known in advance. */
export function teamCostsSchema(shopCurrency: string, latestMonth: MonthKey) {
  return z.object({
    month: monthField(latestMonth, "the month"),
    salaries: amountField(shopCurrency, { label: "Salaries", allowZero: true, max: "teamCostPerMonth" }),
    tools: amountField(shopCurrency, { label: "Tools", allowZero: true, max: "teamCostPerMonth" }),
    other: optionalField(amountField(shopCurrency, { label: "Other costs", allowZero: true, max: "teamCostPerMonth" })),
  });
}

/** Field names: month ("2026-01"), salaries, tools, other (blank is zero), amounts in the shop currency. */
export function parseTeamCostsForm(form: FormSubmission, options: { shopCurrency: string; latestMonth: MonthKey }): Parse<TeamCostsInput> {
  const parsed = parseWith(teamCostsSchema(options.shopCurrency, options.latestMonth), first(form, ["month", "salaries", "tools", "other"]));
  if (!parsed.ok) return parsed;
  const currencyCode = options.shopCurrency.toUpperCase();
  return { ok: true, value: { ...parsed.value, other: parsed.value.other ?? { minor: 0n, currencyCode } } };
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

export function campaignSchema(currentMonth: MonthKey) {
  return z
    .object({
      name: z.string({ error: "Name the campaign" }).trim().min(1, "Name the campaign").max(120, "A campaign's name is at most 120 characters"),
      month: monthField(currentMonth, "the month"),
      contacted: wholeNumberField({ min: 1, max: CAMPAIGN_MAX_CONTACTS, message: "Enter how many customers were contacted, like 1701" }),
      replied: wholeNumberField({ min: 0, max: CAMPAIGN_MAX_CONTACTS, message: "Enter how many replied, like 392" }),
      code: optionalField(
        z
          .string()
          .trim()
          .max(255, "A discount code is at most 255 characters")
          .regex(/^\S+$/, "A discount code has no spaces")
          .transform((text) => text.toUpperCase()),
      ),
    })
    .superRefine((campaign, context) => {
      if (campaign.replied > campaign.contacted) {
        context.issues.push({
          code: "custom",
          path: ["replied"],
          message: "More replies than customers contacted: only someone contacted can reply",
          input: campaign.replied,
        });
      }
    });
}

/** Field names: name, month ("2026-01"), contacted, replied, code (an agent's discount code, optional). */
export function parseCampaignForm(form: FormSubmission, options: { currentMonth: MonthKey }): Parse<CampaignInput> {
  const parsed = parseWith(campaignSchema(options.currentMonth), first(form, ["name", "month", "contacted", "replied", "code"]));
  if (!parsed.ok) return parsed;
  return { ok: true, value: { ...parsed.value, code: parsed.value.code ?? null } };
}
