// The shop's defaults for new agents, as the settings page edits them: the
// commission rate (5-10% is usual) and the monthly delight budget.
import { z } from "zod";
import type { Money } from "../money";
import { amountField, fieldErrorsOf, fieldValues, percentField, type FieldErrors, type FormSubmission } from "../forms";
import { COMMISSION_MAX_PERCENT } from "./agent";

export interface AgentDefaults {
  /** 750 = 7.5%. */
  commissionBasisPoints: number;
  monthlyDelightBudget: Money;
}

export function agentDefaultsSchema(shopCurrency: string) {
  return z.object({
    defaultCommissionPercent: percentField({ minPercent: 0, maxPercent: COMMISSION_MAX_PERCENT, label: "The default commission" }),
    defaultMonthlyDelightBudget: amountField(shopCurrency, { label: "The default monthly delight budget", allowZero: true, max: "monthlyDelightBudget" }),
  });
}

export type AgentDefaultsParse = { ok: true; defaults: AgentDefaults } | { ok: false; fieldErrors: FieldErrors };

/** Field names: defaultCommissionPercent ("7.5"), defaultMonthlyDelightBudget ("500.00"). */
export function parseAgentDefaultsForm(form: FormSubmission, options: { shopCurrency: string }): AgentDefaultsParse {
  const values = fieldValues(form);
  const parsed = agentDefaultsSchema(options.shopCurrency).safeParse({
    defaultCommissionPercent: values.get("defaultCommissionPercent")?.[0],
    defaultMonthlyDelightBudget: values.get("defaultMonthlyDelightBudget")?.[0],
  });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  return {
    ok: true,
    defaults: {
      commissionBasisPoints: parsed.data.defaultCommissionPercent,
      monthlyDelightBudget: parsed.data.defaultMonthlyDelightBudget,
    },
  };
}
