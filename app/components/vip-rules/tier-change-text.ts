// What moved a customer between tiers, as the tier history and the recent
// changes name it: the webhook topic or job Concierge recorded, in words
// (vip.json, "triggers"); a trigger it doesn't know yet shows as recorded.
import type { TFunction } from "i18next";

const TRIGGER_KEYS: Readonly<Record<string, string>> = {
  "orders/paid": "ordersPaid",
  "refunds/create": "refund",
  "customers/update": "customerUpdate",
  rule_change: "ruleChange",
  backfill: "backfill",
  manual: "manual",
};

/** "the rules changed" for rule_change, in the staff member's language (`t` of the vip namespace). */
export function triggerText(trigger: string, t: TFunction<"vip">): string {
  const key = TRIGGER_KEYS[trigger];
  return key ? t(`triggers.${key}`) : trigger;
}
