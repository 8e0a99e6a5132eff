// The shop's defaults for new agents, as the settings page edits them: the
// commission rate (5-10% is usual) and the monthly delight budget.
import { z } from "zod";
import type { Money } from "../money";
import { amountField, percentField } from "../forms";
import { COMMISSION_MAX_PERCENT } from "./agent";

export interface AgentDefaults {
  /** 750 = 7.5%. */
  commissionBasisPoints: number;
  monthlyDelightBudget: Money;
}

/**
 * The settings form: defaultCommissionPercent ("7.5"), defaultMonthlyDelightBudget
 * ("500.00", in the shop currency).
 */
export function agentDefaultsSchema(shopCurrency: string) {
  return z
    .object({
      defaultCommissionPercent: percentField({ minPercent: 0, maxPercent: COMMISSION_MAX_PERCENT, label: "defaultCommission" }),
      defaultMonthlyDelightBudget: amountField(shopCurrency, {
        label: "defaultDelightBudget",
        allowZero: true,
        max: "monthlyDelightBudget",
      }),
    })
    .transform((input): AgentDefaults => ({
      commissionBasisPoints: input.defaultCommissionPercent,
      monthlyDelightBudget: input.defaultMonthlyDelightBudget,
    }));
}

/** The settings form's text. */
export interface AgentDefaultsValues {
  defaultCommissionPercent: string;
  defaultMonthlyDelightBudget: string;
}
