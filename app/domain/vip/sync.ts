// What keeping one customer's tier true in Shopify takes: from the customer
// as the Admin API shows them now and Concierge's record of what it wrote
// before, the tags to add and remove, the tier metafield to write or delete,
// and the history entry. Plain data in, plain data out; the services layer
// reads the customer and performs the plan.
import { moneyFromDecimal } from "../money";
import { describeTierChange, diffTags, tierMetafieldValue, type TierChange, type TierMetafieldValue } from "./tier-effects";
import {
  evaluateCustomer,
  matchTier,
  type CompiledRuleSet,
  type CustomerFacts,
  type ReasonLine,
  type RuleWithPrecedence,
  type VipTier,
} from "./evaluate";

/** A customer as the Admin API returns them (VipCustomerFacts, the backfill's bulk query). */
export interface CustomerNode {
  id: string;
  tags: string[];
  amountSpent: { amount: string; currencyCode: string };
  numberOfOrders: string | number;
  lastOrder: { processedAt: string | null; createdAt: string } | null;
  updatedAt: string;
  metafield?: { jsonValue: unknown } | null;
}

/** What Shopify says about a customer now. */
export interface CustomerSnapshot {
  facts: CustomerFacts;
  /** Shopify's updatedAt: which of two readings of the customer is newer. */
  updatedAt: Date;
  /** The tier metafield's JSON, or null when the customer has none. */
  tierMetafield: unknown;
}

/** Concierge's record of the customer's tier (CustomerTier). */
export interface StoredTier {
  ruleId: string | null;
  tierName: string | null;
  appliedTags: string[];
  factsUpdatedAt: Date;
}

export interface TierSyncPlan {
  /** The facts are older than the ones Concierge last acted on: nothing is done. */
  stale: boolean;
  tier: VipTier | null;
  /** Why; empty when nothing changes (the explanation is only worked out when needed). */
  reason: ReasonLine[];
  tagsAdd: string[];
  tagsRemove: string[];
  /** The tags Concierge owns on the customer once the plan is carried out. */
  appliedTags: string[];
  metafield: { kind: "set"; value: TierMetafieldValue } | { kind: "delete" } | null;
  /** The history entry, or null when the tier stays the same. */
  change: TierChange | null;
  /** Concierge's record must be written (the tier or the tags it owns differ). */
  recordChanged: boolean;
}

/** The Admin API's customer as evaluation facts. Amounts stay exact, never a float. */
export function customerSnapshot(node: CustomerNode): CustomerSnapshot {
  const lastOrder = node.lastOrder;
  return {
    facts: {
      customerId: node.id,
      tags: node.tags,
      amountSpent: moneyFromDecimal(node.amountSpent.amount, node.amountSpent.currencyCode),
      ordersCount: Number(node.numberOfOrders),
      lastOrderAt: lastOrder ? new Date(lastOrder.processedAt ?? lastOrder.createdAt) : null,
    },
    updatedAt: new Date(node.updatedAt),
    tierMetafield: node.metafield?.jsonValue ?? null,
  };
}

/** Every tag a tier adds, over all rules, enabled or not. */
export function tierTagsOf(rules: readonly Pick<RuleWithPrecedence, "tagsToAdd" | "priorityTag">[]): string[] {
  return rules.flatMap((rule) => (rule.priorityTag ? [...rule.tagsToAdd, rule.priorityTag] : rule.tagsToAdd));
}

function sameConcierge(current: unknown, desired: TierMetafieldValue["concierge"]): boolean {
  if (desired === null) return current === null || current === undefined;
  if (typeof current !== "object" || current === null) return false;
  const value = current as Record<string, unknown>;
  return (["name", "phone", "email", "whatsapp"] as const).every((field) => (value[field] ?? null) === desired[field]);
}

/**
 * Whether the metafield in Shopify already says what the tier means. When it
 * was evaluated is left out, or every re-evaluation would rewrite it.
 */
export function tierMetafieldMatches(current: unknown, desired: TierMetafieldValue | null): boolean {
  if (desired === null) return current === null || current === undefined;
  if (typeof current !== "object" || current === null) return false;
  const value = current as Record<string, unknown>;
  return (
    value.tier === desired.tier &&
    value.skipBot === desired.skipBot &&
    value.skipQueue === desired.skipQueue &&
    value.instantRefunds === desired.instantRefunds &&
    sameConcierge(value.concierge, desired.concierge)
  );
}

function sameTagSet(a: readonly string[], b: readonly string[]): boolean {
  const keys = (tags: readonly string[]) => new Set(tags.map((tag) => tag.trim().toLowerCase()));
  const left = keys(a);
  const right = keys(b);
  return left.size === right.size && [...left].every((key) => right.has(key));
}

export interface PlanInput {
  ruleSet: CompiledRuleSet;
  /** tierTagsOf(the shop's rules): only these, and tags the record says Concierge added, are ever removed. */
  tierTags: readonly string[];
  snapshot: CustomerSnapshot;
  stored: StoredTier | null;
  now: Date;
  /** Explain the tier even when nothing changes: the record is rewritten anyway (a single customer's re-evaluation). */
  explain?: boolean;
}

/**
 * The changes that make Shopify and Concierge's record show the customer's
 * tier. A tag is removed only when Concierge's record says Concierge added
 * it: a tag the merchant set stays, even one a tier also adds.
 */
export function planTierSync({ ruleSet, tierTags, snapshot, stored, now, explain = false }: PlanInput): TierSyncPlan {
  if (stored && stored.factsUpdatedAt.getTime() > snapshot.updatedAt.getTime()) {
    return {
      stale: true,
      tier: null,
      reason: [],
      tagsAdd: [],
      tagsRemove: [],
      appliedTags: stored.appliedTags,
      metafield: null,
      change: null,
      recordChanged: false,
    };
  }
  const tier = matchTier(ruleSet, snapshot.facts, now);
  const appliedByApp = stored?.appliedTags ?? [];
  const tags = diffTags({
    currentTags: snapshot.facts.tags,
    appliedByApp,
    desiredTier: tier,
    // Tags the record says Concierge added stay Concierge's to remove, even
    // after the rule that added them was edited or deleted.
    allTierTags: [...tierTags, ...appliedByApp],
  });
  const desiredMetafield = tierMetafieldValue(tier, now);
  const metafield: TierSyncPlan["metafield"] = tierMetafieldMatches(snapshot.tierMetafield, desiredMetafield)
    ? null
    : desiredMetafield
      ? { kind: "set", value: desiredMetafield }
      : { kind: "delete" };

  const previous = stored?.tierName ? { tierName: stored.tierName, ruleId: stored.ruleId } : null;
  const next = tier ? { tierName: tier.tierName, ruleId: tier.ruleId } : null;
  const tierDiffers = (previous?.tierName ?? null) !== (next?.tierName ?? null) || (previous?.ruleId ?? null) !== (next?.ruleId ?? null);
  const recordChanged = stored ? tierDiffers || !sameTagSet(stored.appliedTags, tags.appOwned) : next !== null || tags.appOwned.length > 0;
  const acts = tags.add.length > 0 || tags.remove.length > 0 || metafield !== null || recordChanged;

  // The explanation costs far more than the match; only what is written needs one.
  const reason = acts || explain ? evaluateCustomer(ruleSet, snapshot.facts, { now, shopCurrency: ruleSet.shopCurrency }).reason : [];
  const described = describeTierChange(previous, next, reason);
  return {
    stale: false,
    tier,
    reason,
    tagsAdd: tags.add,
    tagsRemove: tags.remove,
    appliedTags: tags.appOwned,
    metafield,
    change: described.kind === "unchanged" ? null : described,
    recordChanged,
  };
}

/** Whether the plan changes anything in Shopify. */
export function planMutatesShopify(plan: TierSyncPlan): boolean {
  return plan.tagsAdd.length > 0 || plan.tagsRemove.length > 0 || plan.metafield !== null;
}
