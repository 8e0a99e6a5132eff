// The merchant's entries on the profit page: its settings (margin, cost per
// ticket, the team's share of refunds), the team's costs month by month and
// outreach campaigns.
import { campaignWithCode, createCampaign, deleteCampaign, saveProfitSettings, saveSupportCost } from "../data/profit-entries.server";
import { codeOwnerIds } from "../data/profit-sums.server";
import { isUniqueViolation } from "../db.server";
import type { FieldErrors } from "../domain/forms";
import { addMonths, monthKeyOf } from "../domain/profit/periods";
import { parseCampaignForm, parseProfitSettingsForm, parseTeamCostsForm, PROFIT_FORM_INTENTS, type ProfitFormIntent } from "../domain/profit/forms";
import { shopSettings } from "./shop-settings.server";
import type { ProfitContext } from "./profit-months.server";

export type ProfitFormResult = { ok: true; intent: ProfitFormIntent } | { ok: false; intent: ProfitFormIntent | null; fieldErrors: FieldErrors };

/** Costs can be entered up to a year ahead; campaigns only once they ran. */
const COSTS_AHEAD_MONTHS = 12;

export async function saveProfitForm(context: ProfitContext, form: FormData): Promise<ProfitFormResult> {
  const { db, admin, shop, now } = context;
  const intent = String(form.get("intent") ?? "");
  if (!(PROFIT_FORM_INTENTS as readonly string[]).includes(intent)) return { ok: false, intent: null, fieldErrors: { form: "Unknown form" } };
  const which = intent as ProfitFormIntent;
  const failed = (fieldErrors: FieldErrors): ProfitFormResult => ({ ok: false, intent: which, fieldErrors });

  if (which === "settings") {
    const parsed = parseProfitSettingsForm(form);
    if (!parsed.ok) return failed(parsed.fieldErrors);
    await saveProfitSettings(db, shop, parsed.value);
    return { ok: true, intent: which };
  }

  if (which === "deleteCampaign") {
    if (!(await deleteCampaign(db, shop, String(form.get("id") ?? "")))) return failed({ form: "That campaign doesn't exist any more" });
    return { ok: true, intent: which };
  }

  const { currencyCode, ianaTimezone } = await shopSettings(db, admin, shop);
  const current = monthKeyOf(now, ianaTimezone);
  if (which === "teamCosts") {
    const parsed = parseTeamCostsForm(form, { shopCurrency: currencyCode, latestMonth: addMonths(current, COSTS_AHEAD_MONTHS) });
    if (!parsed.ok) return failed(parsed.fieldErrors);
    const { month, salaries, tools, other } = parsed.value;
    await saveSupportCost(db, shop, { month, salariesMinor: salaries.minor, toolsMinor: tools.minor, otherMinor: other.minor, currencyCode: currencyCode.toUpperCase() });
    return { ok: true, intent: which };
  }

  // addCampaign
  const parsed = parseCampaignForm(form, { currentMonth: current });
  if (!parsed.ok) return failed(parsed.fieldErrors);
  const campaign = parsed.value;
  if (campaign.code) {
    // Only an agent's code is credited by attribution; any other would bring no revenue.
    if (!(await codeOwnerIds(db, shop, [campaign.code])).has(campaign.code)) {
      return failed({ code: `${campaign.code} isn't an agent's code. Give the campaign a code from the Agents page, so its orders are credited.` });
    }
    if (await campaignWithCode(db, shop, campaign.month, campaign.code)) {
      return failed({ code: `Another campaign of ${campaign.month} has ${campaign.code}: its orders can be credited to one campaign only` });
    }
  }
  try {
    await createCampaign(db, shop, campaign);
  } catch (error) {
    // The same code saved for the month a moment ago by another request.
    if (isUniqueViolation(error)) return failed({ code: `Another campaign of ${campaign.month} has ${campaign.code}: its orders can be credited to one campaign only` });
    throw error;
  }
  return { ok: true, intent: which };
}
