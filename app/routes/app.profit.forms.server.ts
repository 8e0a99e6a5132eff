// The Profit page's forms, one intent each: the settings, a month's team
// costs, a new campaign, deleting one. Each is parsed with its own schema
// (app/domain/profit/forms.ts), the one its component checks with, and saved
// by the profit service; the answer names the intent so only that form shows it.
import { json } from "@remix-run/node";
import type { z } from "zod";
import { parseForm, replyWithErrors } from "../components/form/parse";
import {
  campaignSchema,
  deleteCampaignSchema,
  isProfitFormIntent,
  profitSettingsSchema,
  teamCostsSchema,
  type ProfitFormIntent,
} from "../domain/profit/forms";
import { monthKeyOf } from "../domain/profit/periods";
import type { formLanguage } from "../i18n/resources.server";
import type { ProfitContext } from "../services/profit-months.server";
import { saveProfitForm, type ProfitEntry } from "../services/profit-entries.server";
import { shopSettings } from "../services/shop-settings.server";

type FormLanguage = ReturnType<typeof formLanguage>;

async function submit<Schema extends z.ZodType>(
  context: ProfitContext,
  formData: FormData,
  intent: ProfitFormIntent,
  schema: Schema,
  entry: (value: z.output<Schema>) => ProfitEntry,
  language: FormLanguage,
) {
  const submission = parseForm(formData, schema, language);
  if (submission.status !== "success") return json({ intent, result: submission.reply(), saved: false }, { status: 400 });
  const saved = await saveProfitForm(context, entry(submission.value));
  if (!saved.ok) return json({ intent, result: replyWithErrors(submission, saved.fieldErrors, language), saved: false }, { status: 400 });
  return json({ intent, result: submission.reply(), saved: true });
}

/** `language`: the staff member's, for the forms' messages. */
export async function submitProfitForm(context: ProfitContext, formData: FormData, language: FormLanguage) {
  const intent = formData.get("intent");
  if (!isProfitFormIntent(intent)) throw new Response("Unknown form", { status: 400 });
  if (intent === "settings") return submit(context, formData, intent, profitSettingsSchema, (value) => ({ intent, value }), language);
  if (intent === "deleteCampaign") return submit(context, formData, intent, deleteCampaignSchema, (value) => ({ intent, value }), language);
  // Amounts are in the shop currency; months on the shop's clock.
  const { currencyCode, ianaTimezone } = await shopSettings(context.db, context.admin, context.shop);
  const currentMonth = monthKeyOf(context.now, ianaTimezone);
  if (intent === "teamCosts")
    return submit(context, formData, intent, teamCostsSchema(currencyCode, currentMonth), (value) => ({ intent, value }), language);
  return submit(context, formData, intent, campaignSchema(currentMonth), (value) => ({ intent, value }), language);
}

export type ProfitFormAnswer = Awaited<ReturnType<typeof submit>>;
