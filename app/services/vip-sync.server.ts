// Keeps customers' VIP tiers true in Shopify: their tier's tags (only the
// tags Concierge added ever come off), the app-owned tier metafield the
// storefront and helpdesks read, Concierge's record and the tier history.
// Used for one customer when a webhook says something changed, and for
// thousands at a time by the backfill (vip-backfill.server.ts).
// See docs/decisions/006-vip-tiers-in-shopify.md.
import type { Database } from "../db.server";
import { adminMutation, adminQuery, AdminUserErrors, type AdminGraphqlClient } from "../admin-api.server";
import {
  compareAndSetCustomerTier,
  findCustomerTier,
  hasCustomerTiers,
  listVipRules,
  recordTierChange,
  type CustomerTierRecord,
  type CustomerTierWrite,
  type VipRuleRecord,
} from "../data/vip.server";
import { compileRules, type CompiledRuleSet } from "../domain/vip/evaluate";
import { queueFlowTrigger } from "./flow-triggers.server";
import { TIER_METAFIELD } from "../domain/vip/tier-effects";
import { customerSnapshot, planTierSync, tierTagsOf, type CustomerNode, type TierSyncPlan } from "../domain/vip/sync";
import { numericId, shopifyGid } from "../domain/shopify-ids";
import { VipCustomerFactsQuery } from "../graphql/vip-customer-facts";
import { VipOrderCustomerFactsQuery } from "../graphql/vip-order-customer-facts";
import { VipTagsAddMutation } from "../graphql/vip-tags-add";
import { VipTagsRemoveMutation } from "../graphql/vip-tags-remove";
import { VipTierMetafieldsDeleteMutation } from "../graphql/vip-tier-metafields-delete";
import { VipTierMetafieldsSetMutation } from "../graphql/vip-tier-metafields-set";
import type { MetafieldsSetInput } from "../types/admin.types";
import { shopSettings } from "./shop-settings.server";
import type { ShopContext } from "./context";

/** metafieldsSet takes at most 25 metafields a call. */
export const METAFIELDS_PER_CALL = 25;

export const TIER_METAFIELD_VARIABLES = { namespace: TIER_METAFIELD.namespace, key: TIER_METAFIELD.key };

export interface VipRuleSet {
  rules: VipRuleRecord[];
  ruleSet: CompiledRuleSet;
  tierTags: string[];
  shopCurrency: string;
}

/** The shop's rules, compiled once for every customer evaluated with them. */
export async function loadVipRuleSet(
  db: Database,
  admin: AdminGraphqlClient,
  shop: string,
  knownRules?: VipRuleRecord[],
): Promise<VipRuleSet> {
  const [rules, settings] = await Promise.all([knownRules ?? listVipRules(db, shop), shopSettings(db, admin, shop)]);
  return {
    rules,
    ruleSet: compileRules(rules, { shopCurrency: settings.currencyCode }),
    tierTags: tierTagsOf(rules),
    shopCurrency: settings.currencyCode,
  };
}

/** One customer's plan, with what it was made from. */
export interface PlannedCustomer {
  /** Numeric Shopify id. */
  customerId: string;
  stored: CustomerTierRecord | null;
  plan: TierSyncPlan;
  factsUpdatedAt: Date;
}

export interface ApplyResult {
  /** Customers whose Shopify profile or record changed. */
  changed: number;
  mutations: number;
  /** Customers left alone: another evaluation got there first, or Shopify refused a change. */
  skipped: number;
}

function tierWrite(item: PlannedCustomer, now: Date): CustomerTierWrite {
  return {
    ruleId: item.plan.tier?.ruleId ?? null,
    tierName: item.plan.tier?.tierName ?? null,
    appliedTags: item.plan.appliedTags,
    reason: item.plan.reason,
    factsUpdatedAt: item.factsUpdatedAt,
    evaluatedAt: now,
  };
}

function unionOfTags(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set(a.map((tag) => tag.toLowerCase()));
  return [...a, ...b.filter((tag) => !seen.has(tag.toLowerCase()))];
}

/** The evaluation time of a record Concierge has only claimed tags on: the customer was never evaluated. */
const NEVER_EVALUATED = new Date(0);

/**
 * Carries out plans. Per customer: the tags about to be added are first
 * recorded as Concierge's (so a crash between Shopify and the database can
 * never leave Concierge's tag looking like the merchant's), then tags are
 * added and removed, metafields are written 25 to a call, and the record and
 * history are written last, each as a compare-and-set against what was read.
 * `touch` also refreshes an unchanged record (the webhook path), so its
 * factsUpdatedAt stays the newest Shopify reading.
 */
export async function applyTierPlans(
  ctx: ShopContext & { trigger: string },
  items: PlannedCustomer[],
  options: { touch?: boolean } = {},
): Promise<ApplyResult> {
  const { db, admin, shop, now } = ctx;
  const result: ApplyResult = { changed: 0, mutations: 0, skipped: 0 };
  const live: { item: PlannedCustomer; expected: CustomerTierRecord | null; mutated: boolean }[] = [];

  for (const item of items) {
    const { plan, stored, customerId } = item;
    let expected = stored;
    if (plan.tagsAdd.length > 0) {
      const claim: CustomerTierWrite = {
        ruleId: stored?.ruleId ?? null,
        tierName: stored?.tierName ?? null,
        appliedTags: unionOfTags(stored?.appliedTags ?? [], plan.tagsAdd),
        reason: stored?.reason ?? [],
        factsUpdatedAt: stored?.factsUpdatedAt ?? item.factsUpdatedAt,
        // Not an evaluation: the customer keeps the time of their last one (never, for a new record).
        evaluatedAt: stored?.evaluatedAt ?? NEVER_EVALUATED,
      };
      if (!(await compareAndSetCustomerTier(db, shop, customerId, stored, claim))) {
        result.skipped++;
        continue;
      }
      expected = { customerId, ...claim };
    }
    const id = shopifyGid("Customer", customerId);
    try {
      if (plan.tagsAdd.length > 0) {
        await adminMutation(admin, VipTagsAddMutation, { id, tags: plan.tagsAdd }, "tagsAdd");
        result.mutations++;
      }
      if (plan.tagsRemove.length > 0) {
        await adminMutation(admin, VipTagsRemoveMutation, { id, tags: plan.tagsRemove }, "tagsRemove");
        result.mutations++;
      }
    } catch (error) {
      // A customer deleted meanwhile, say: the others go on; the webhook path retries.
      if (!(error instanceof AdminUserErrors) || items.length === 1) throw error;
      result.skipped++;
      continue;
    }
    live.push({ item, expected, mutated: plan.tagsAdd.length > 0 || plan.tagsRemove.length > 0 });
  }

  const failed = await writeMetafields(
    admin,
    live.map((entry) => entry.item),
    result,
    items.length === 1,
  );
  for (const entry of live) {
    const { item } = entry;
    if (failed.has(item.customerId)) {
      result.skipped++;
      continue;
    }
    const mutated = entry.mutated || item.plan.metafield !== null;
    const needsWrite = item.plan.recordChanged || entry.expected !== item.stored || (options.touch === true && item.stored !== null);
    if (needsWrite && !(await compareAndSetCustomerTier(db, shop, item.customerId, entry.expected, tierWrite(item, now)))) {
      // Another evaluation wrote the record meanwhile; its entry stands.
      if (mutated) result.changed++;
      continue;
    }
    if (item.plan.change) {
      const { kind, fromTier, toTier, reason } = item.plan.change;
      if (kind !== "unchanged") {
        // The history and the Flow run (decision 026) together: neither without the other.
        await db.$transaction(async (tx) => {
          await recordTierChange(tx, shop, {
            customerId: item.customerId,
            kind,
            fromTier,
            toTier,
            reason,
            trigger: ctx.trigger,
            createdAt: now,
          });
          await queueFlowTrigger(tx, shop, {
            handle: "vip-tier-changed",
            dedupeKey: `flow:vip:${item.customerId}:${now.toISOString()}:${toTier ?? ""}`,
            customerId: item.customerId,
            payload: { customer_id: Number(item.customerId), Change: kind, "Tier before": fromTier ?? "", "Tier after": toTier ?? "" },
          });
        });
      }
    }
    if (mutated || item.plan.recordChanged) result.changed++;
  }
  return result;
}

/** Writes and deletes tier metafields in calls of 25; returns the customers Shopify refused. */
async function writeMetafields(admin: AdminGraphqlClient, items: PlannedCustomer[], result: ApplyResult, single: boolean) {
  const failed = new Set<string>();
  const sets: { customerId: string; input: MetafieldsSetInput }[] = [];
  const deletes: { customerId: string; input: { ownerId: string; namespace: string; key: string } }[] = [];
  for (const item of items) {
    const metafield = item.plan.metafield;
    if (!metafield) continue;
    const ownerId = shopifyGid("Customer", item.customerId);
    if (metafield.kind === "set") {
      sets.push({
        customerId: item.customerId,
        input: { ownerId, ...TIER_METAFIELD_VARIABLES, type: TIER_METAFIELD.type, value: JSON.stringify(metafield.value) },
      });
    } else {
      deletes.push({ customerId: item.customerId, input: { ownerId, ...TIER_METAFIELD_VARIABLES } });
    }
  }
  const inChunks = async <T extends { customerId: string }>(entries: T[], send: (chunk: T[]) => Promise<void>) => {
    for (let start = 0; start < entries.length; start += METAFIELDS_PER_CALL) {
      const chunk = entries.slice(start, start + METAFIELDS_PER_CALL);
      try {
        await send(chunk);
        result.mutations++;
      } catch (error) {
        if (!(error instanceof AdminUserErrors) || single) throw error;
        // metafieldsSet is all or nothing: find the customers Shopify refuses, one call each.
        for (const entry of chunk) {
          try {
            await send([entry]);
            result.mutations++;
          } catch (inner) {
            if (!(inner instanceof AdminUserErrors)) throw inner;
            failed.add(entry.customerId);
          }
        }
      }
    }
  };
  await inChunks(sets, async (chunk) => {
    await adminMutation(admin, VipTierMetafieldsSetMutation, { metafields: chunk.map((entry) => entry.input) }, "metafieldsSet");
  });
  await inChunks(deletes, async (chunk) => {
    await adminMutation(admin, VipTierMetafieldsDeleteMutation, { metafields: chunk.map((entry) => entry.input) }, "metafieldsDelete");
  });
  return failed;
}

export type CustomerTarget = { customerId: string } | { orderId: string };

export type SyncOutcome =
  | { kind: "skipped"; why: "no_rules" | "no_customer" | "stale" }
  | { kind: "synced"; customerId: string; tierName: string | null; changed: boolean; mutations: number };

/** Reads the customer fresh from the Admin API (never from a webhook payload). */
async function readCustomer(admin: AdminGraphqlClient, target: CustomerTarget): Promise<CustomerNode | null> {
  if ("customerId" in target) {
    const { customer } = await adminQuery(admin, VipCustomerFactsQuery, {
      id: shopifyGid("Customer", target.customerId),
      ...TIER_METAFIELD_VARIABLES,
    });
    return customer;
  }
  const orderId = shopifyGid("Order", target.orderId);
  const { order } = await adminQuery(admin, VipOrderCustomerFactsQuery, { id: orderId, ...TIER_METAFIELD_VARIABLES });
  return order?.customer ?? null;
}

/**
 * Re-evaluates one customer and brings Shopify in line. Safe to repeat and
 * to run out of order: the facts are read fresh each time, a reading older
 * than the one last acted on changes nothing, and a customer whose tier is
 * already in place costs no mutation.
 */
export async function syncCustomerTier(ctx: ShopContext & { trigger: string }, target: CustomerTarget): Promise<SyncOutcome> {
  const { db, admin, shop, now } = ctx;
  const rules = await listVipRules(db, shop);
  if (rules.length === 0) {
    // Without rules only a customer who holds a tier or the app's tags has anything to undo.
    const customerId = "customerId" in target ? numericId(target.customerId) : undefined;
    if (!(await hasCustomerTiers(db, shop, customerId))) return { kind: "skipped", why: "no_rules" };
  }
  const vip = await loadVipRuleSet(db, admin, shop, rules);
  const node = await readCustomer(admin, target);
  if (!node) return { kind: "skipped", why: "no_customer" };
  const snapshot = customerSnapshot(node);
  const customerId = numericId(node.id);
  const stored = await findCustomerTier(db, shop, customerId);
  // The record is rewritten (touched) even when nothing changes: with its reasons, never an empty "Why".
  const plan = planTierSync({ ruleSet: vip.ruleSet, tierTags: vip.tierTags, snapshot, stored, now, explain: true });
  if (plan.stale) return { kind: "skipped", why: "stale" };
  // A rule created, changed or deleted since the customer was last evaluated is what moved them, not the event that
  // woke the evaluation (often Concierge's own tags coming back as customers/update before a re-evaluation records them).
  const rule = vip.rules.find((candidate) => candidate.id === plan.tier?.ruleId);
  const held = stored?.ruleId ? vip.rules.find((candidate) => candidate.id === stored.ruleId) : undefined;
  const ruleMovedThem =
    stored !== null &&
    stored.ruleId !== (plan.tier?.ruleId ?? null) &&
    ((rule !== undefined && rule.updatedAt > stored.evaluatedAt) ||
      (stored.ruleId !== null && (held === undefined || held.updatedAt > stored.evaluatedAt)));
  const trigger = ruleMovedThem ? "rule_change" : ctx.trigger;
  const applied = await applyTierPlans({ ...ctx, trigger }, [{ customerId, stored, plan, factsUpdatedAt: snapshot.updatedAt }], {
    touch: true,
  });
  return { kind: "synced", customerId, tierName: plan.tier?.tierName ?? null, changed: applied.changed > 0, mutations: applied.mutations };
}
