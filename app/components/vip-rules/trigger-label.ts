// What moved a customer between tiers, in the merchant's words: the tier
// history records a trigger code ("orders/paid", "rule_change"…).
import type { TFunction } from "i18next";

const TRIGGER_KEYS: Record<string, string> = {
  "orders/paid": "ordersPaid",
  "refunds/create": "refund",
  "customers/update": "customerUpdate",
  rule_change: "ruleChange",
  backfill: "backfill",
  manual: "manual",
};

/** "the rules changed" for "rule_change", with `t` of the vip namespace; a trigger this list lacks is shown as recorded. */
export function triggerLabel(t: TFunction<"vip">, trigger: string): string {
  const key = TRIGGER_KEYS[trigger];
  return key ? t(`triggers.${key}`) : trigger;
}
