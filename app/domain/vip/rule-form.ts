// What the rule form shows: a saved rule (or a new one's defaults) as the
// form's values. The form sends them back under the names ruleFormSchema reads.
import { DEFAULT_TIER_TAGS, type ConditionKind, type RuleInput } from "./rules";

export type RuleFormValues = {
  tierName: string;
  match: "all" | "any";
  conditions: { kind: ConditionKind; value: string }[];
  tagsToAdd: string[];
  skipBot: boolean;
  skipQueue: boolean;
  priorityTag: string;
  instantRefunds: boolean;
  instantRefundMaxPerRefund: string;
  instantRefundMaxPerMonth: string;
  enabled: boolean;
  concierge: { name: string; phone: string; email: string; whatsapp: string };
};

export function ruleFormValues(rule: RuleInput | null): RuleFormValues {
  if (!rule) {
    return {
      tierName: "",
      match: "all",
      conditions: [{ kind: "amount_spent_at_least", value: "" }],
      tagsToAdd: [...DEFAULT_TIER_TAGS],
      skipBot: true,
      skipQueue: true,
      priorityTag: "priority",
      instantRefunds: false,
      instantRefundMaxPerRefund: "",
      instantRefundMaxPerMonth: "",
      enabled: true,
      concierge: { name: "", phone: "", email: "", whatsapp: "" },
    };
  }
  return {
    tierName: rule.tierName,
    match: rule.match,
    conditions: rule.conditions.map((condition) => ({ kind: condition.kind, value: String(condition.value) })),
    tagsToAdd: [...rule.tagsToAdd],
    skipBot: rule.skipBot,
    skipQueue: rule.skipQueue,
    priorityTag: rule.priorityTag ?? "",
    instantRefunds: rule.instantRefunds,
    instantRefundMaxPerRefund: rule.instantRefundMaxPerRefund ?? "",
    instantRefundMaxPerMonth: rule.instantRefundMaxPerMonth ?? "",
    enabled: rule.enabled,
    concierge: {
      name: rule.concierge?.name ?? "",
      phone: rule.concierge?.phone ?? "",
      email: rule.concierge?.email ?? "",
      whatsapp: rule.concierge?.whatsapp ?? "",
    },
  };
}

const CONDITION_SUMMARIES: Record<ConditionKind, (value: string) => string> = {
  tag_contains: (value) => `a tag contains “${value}”`,
  tag_equals: (value) => `tagged “${value}”`,
  amount_spent_at_least: (value) => `spent at least ${value}`,
  orders_count_at_least: (value) => `${value}+ orders`,
  last_order_within_days: (value) => `ordered in the last ${value} days`,
};

/** "spent at least 10000.00 USD or tagged “vip”", for the rules list. */
export function describeConditions(rule: Pick<RuleInput, "match" | "conditions">, shopCurrency: string): string {
  return rule.conditions
    .map((condition) => {
      const text = CONDITION_SUMMARIES[condition.kind](String(condition.value));
      return condition.kind === "amount_spent_at_least" ? `${text} ${shopCurrency}` : text;
    })
    .join(rule.match === "all" ? " and " : " or ");
}
