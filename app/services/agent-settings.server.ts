// The shop's defaults for new agents: commission and monthly delight budget.
// Agents already on the roster keep their own figures.
import { findAgentDefaults, saveAgentDefaults } from "../data/agents.server";
import { parseAgentDefaultsForm } from "../domain/agents/settings";
import { formatBasisPointsAsPercent, type FieldErrors, type FormSubmission } from "../domain/forms";
import { formatMinorAsDecimal } from "../domain/money";
import { shopSettings } from "./shop-settings.server";
import type { ServiceContext } from "./context";

export type SettingsContext = Pick<ServiceContext, "db" | "admin" | "shop">;

export async function loadAgentDefaults(context: SettingsContext) {
  const [settings, defaults] = await Promise.all([
    shopSettings(context.db, context.admin, context.shop),
    findAgentDefaults(context.db, context.shop),
  ]);
  return {
    currencyCode: settings.currencyCode,
    values: {
      defaultCommissionPercent: formatBasisPointsAsPercent(defaults.defaultCommissionBps),
      defaultMonthlyDelightBudget: formatMinorAsDecimal(defaults.defaultDelightBudgetMinor, settings.currencyCode),
    },
  };
}

export async function saveAgentDefaultsForm(
  context: SettingsContext,
  form: FormSubmission,
): Promise<{ ok: true } | { ok: false; fieldErrors: FieldErrors }> {
  const settings = await shopSettings(context.db, context.admin, context.shop);
  const parsed = parseAgentDefaultsForm(form, { shopCurrency: settings.currencyCode });
  if (!parsed.ok) return parsed;
  await saveAgentDefaults(context.db, context.shop, {
    defaultCommissionBps: parsed.defaults.commissionBasisPoints,
    defaultDelightBudgetMinor: parsed.defaults.monthlyDelightBudget.minor,
  });
  return { ok: true };
}
