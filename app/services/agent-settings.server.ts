// The shop's defaults for new agents: commission and monthly delight budget.
// Agents already on the roster keep their own figures.
import { findAgentDefaults, saveAgentDefaults } from "../data/agents.server";
import type { AgentDefaults } from "../domain/agents/settings";
import { formatBasisPointsAsPercent } from "../domain/forms";
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

/** Saves the defaults a new agent starts with, as the settings form parsed them (agentDefaultsSchema). */
export async function saveAgentDefaultSettings(context: SettingsContext, defaults: AgentDefaults): Promise<void> {
  await saveAgentDefaults(context.db, context.shop, {
    defaultCommissionBps: defaults.commissionBasisPoints,
    defaultDelightBudgetMinor: defaults.monthlyDelightBudget.minor,
  });
}
