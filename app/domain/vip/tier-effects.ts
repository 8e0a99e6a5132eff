// What holding a tier means for a customer's tags (only those Concierge added
// are ever removed), their app-owned metafield and their tier history.
import type { ReasonLine } from "./evaluate";
import { VipTier } from "./evaluate";

/** Shopify compares tags without regard to case; so do tier names here. */
function caseInsensitiveKey(text: string): string {
  return text.trim().toLowerCase();
}

/** Tags by their case-insensitive key, keeping the first spelling. */
function tagsByKey(tags: readonly string[]): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const tag of tags) {
    const key = caseInsensitiveKey(tag);
    if (key !== "" && !byKey.has(key)) byKey.set(key, tag.trim());
  }
  return byKey;
}

export interface TagDiffInput {
  /** The customer's tags in Shopify now. */
  currentTags: readonly string[];
  /** Tags the app added to this customer for VIP tiers (its own record, never inferred from Shopify). */
  appliedByApp: readonly string[];
  desiredTier: Pick<VipTier, "tagsToAdd"> | null;
  /**
   * Every tag VIP tiers manage. Only these are ever removed, so a tag another
   * part of the app added is left alone. Keep a deleted tier's tags in here
   * until its customers have been re-evaluated, or they stay on those customers.
   */
  allTierTags: readonly string[];
}

export interface TagDiff {
  add: string[];
  remove: string[];
  /** The app's record of the tags it owns on this customer once the diff is applied. */
  appOwned: string[];
}

/**
 * The tag changes that give a customer their desired tier's tags. Only tags
 * the app itself added are ever removed: a tag the merchant set (even one
 * that a tier also adds, like "VIP") is theirs, and stays when the customer
 * leaves every tier. Compared case-insensitively, as Shopify compares tags.
 */
export function diffTags({ currentTags, appliedByApp, desiredTier, allTierTags }: TagDiffInput): TagDiff {
  const current = tagsByKey(currentTags);
  const owned = tagsByKey(appliedByApp);
  const desired = tagsByKey(desiredTier?.tagsToAdd ?? []);
  const managedKeys = new Set([...tagsByKey(allTierTags).keys(), ...desired.keys()]);

  const add = [...desired].filter(([key]) => !current.has(key)).map(([, tag]) => tag);
  const remove = [...current].filter(([key]) => owned.has(key) && managedKeys.has(key) && !desired.has(key)).map(([, tag]) => tag);

  const appOwned: string[] = [];
  for (const [key, tag] of owned) {
    if (!managedKeys.has(key))
      appOwned.push(tag); // not VIP's to judge
    else if (desired.has(key) && current.has(key)) appOwned.push(current.get(key) ?? tag);
  }
  // A wanted tag the customer already had stays the merchant's: only what the app adds becomes the app's.
  appOwned.push(...add);
  return { add, remove, appOwned };
}

/** Where the app keeps a customer's tier in Shopify: a metafield only Concierge can write. */
export const TIER_METAFIELD = { namespace: "$app", key: "vip_tier", type: "json" } as const;

export interface TierMetafieldValue {
  tier: string;
  skipBot: boolean;
  skipQueue: boolean;
  instantRefunds: boolean;
  concierge: { name: string | null; phone: string | null; email: string | null; whatsapp: string | null } | null;
  /** ISO 8601. */
  evaluatedAt: string;
}

/** The metafield's JSON for a tier, or null when the customer holds none (the metafield is deleted). */
export function tierMetafieldValue(tier: VipTier | null, evaluatedAt: Date): TierMetafieldValue | null {
  if (tier === null) return null;
  const concierge = tier.concierge;
  return {
    tier: tier.tierName,
    skipBot: tier.skipBot,
    skipQueue: tier.skipQueue,
    instantRefunds: tier.instantRefunds,
    concierge: concierge ? { name: concierge.name, phone: concierge.phone, email: concierge.email, whatsapp: concierge.whatsapp } : null,
    evaluatedAt: evaluatedAt.toISOString(),
  };
}

export interface TierReference {
  tierName: string;
  ruleId?: string | null;
}

export interface TierChange {
  kind: "entered" | "left" | "changed" | "unchanged";
  fromTier: string | null;
  toTier: string | null;
  reason: ReasonLine[];
}

/**
 * A tier history entry. A renamed tier (same rule, new name) reads as
 * "changed" so the rename shows in the customer's history.
 */
export function describeTierChange(previous: TierReference | null, next: TierReference | null, reason: readonly ReasonLine[]): TierChange {
  const fromTier = previous?.tierName ?? null;
  const toTier = next?.tierName ?? null;
  const entry = (kind: TierChange["kind"]): TierChange => ({ kind, fromTier, toTier, reason: [...reason] });
  if (previous === null) return entry(next === null ? "unchanged" : "entered");
  if (next === null) return entry("left");
  const sameRule = !previous.ruleId || !next.ruleId || previous.ruleId === next.ruleId;
  const sameName = caseInsensitiveKey(previous.tierName) === caseInsensitiveKey(next.tierName);
  return entry(sameRule && sameName ? "unchanged" : "changed");
}
