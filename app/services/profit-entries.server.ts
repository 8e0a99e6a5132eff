// The merchant's entries on the profit page: its settings (margin, cost per
// ticket, the team's share of refunds), the team's costs month by month and
// outreach campaigns.
import { campaignWithCode, createCampaign, deleteCampaign, saveProfitSettings, saveSupportCost } from "../data/profit-entries.server";
import { codeOwnerIds } from "../data/profit-sums.server";
import { isUniqueViolation } from "../db.server";
import type { FieldErrors } from "../domain/forms";
import { formMessage } from "../domain/form-message";
import type { CampaignInput, ProfitSettingsInput, TeamCostsInput } from "../domain/profit/forms";
import { shopSettings } from "./shop-settings.server";
import type { ProfitContext } from "./profit-months.server";

/** A form of the Profit page as its schema parsed it (app/domain/profit/forms.ts), by intent. */
export type ProfitEntry =
  | { intent: "settings"; value: ProfitSettingsInput }
  | { intent: "teamCosts"; value: TeamCostsInput }
  | { intent: "addCampaign"; value: CampaignInput }
  | { intent: "deleteCampaign"; value: { id: string } };

export type ProfitFormResult = { ok: true } | { ok: false; fieldErrors: FieldErrors };

export async function saveProfitForm(context: ProfitContext, entry: ProfitEntry): Promise<ProfitFormResult> {
  const { db, admin, shop } = context;
  const failed = (fieldErrors: FieldErrors): ProfitFormResult => ({ ok: false, fieldErrors });

  if (entry.intent === "settings") {
    await saveProfitSettings(db, shop, entry.value);
    return { ok: true };
  }

  if (entry.intent === "deleteCampaign") {
    if (!(await deleteCampaign(db, shop, entry.value.id))) return failed({ form: formMessage("forms:profit.campaignGone") });
    return { ok: true };
  }

  if (entry.intent === "teamCosts") {
    const { currencyCode } = await shopSettings(db, admin, shop);
    const { month, salaries, tools, other } = entry.value;
    await saveSupportCost(db, shop, {
      month,
      salariesMinor: salaries.minor,
      toolsMinor: tools.minor,
      otherMinor: other.minor,
      currencyCode: currencyCode.toUpperCase(),
    });
    return { ok: true };
  }

  // addCampaign
  const campaign = entry.value;
  if (campaign.code) {
    // Only an agent's code is credited by attribution; any other would bring no revenue.
    if (!(await codeOwnerIds(db, shop, [campaign.code])).has(campaign.code)) {
      return failed({
        code: formMessage("forms:profit.codeNotAgents", { code: campaign.code }),
      });
    }
    if (await campaignWithCode(db, shop, campaign.month, campaign.code)) {
      return failed({
        code: formMessage("forms:profit.codeTaken", { code: campaign.code, month: campaign.month }),
      });
    }
  }
  try {
    await createCampaign(db, shop, campaign);
  } catch (error) {
    // The same code saved for the month a moment ago by another request.
    if (isUniqueViolation(error))
      return failed({
        code: formMessage("forms:profit.codeTaken", { code: campaign.code ?? "", month: campaign.month }),
      });
    throw error;
  }
  return { ok: true };
}
