// The VIP rules pages: the rules with their members, saving, reordering and
// deleting (each followed by a backfill that re-evaluates every customer),
// and the preview of a rule against the store's customers before it is saved.
import type { RuleListAction } from "../domain/vip/rule-list-actions";
import type { ReasonLine } from "../domain/vip/evaluate";
import { adminQuery } from "../admin-api.server";
import {
  countTierMembers,
  createVipRule,
  deleteVipRule,
  findCustomerTier,
  findVipRule,
  latestBackfill,
  listCustomerTierChanges,
  listRecentTierChanges,
  listVipRules,
  moveVipRule,
  recordFailedBackfill,
  TierNameTaken,
  updateVipRule,
  type TierChangeRecord,
  type VipBackfillRecord,
  type VipRuleRecord,
} from "../data/vip.server";
import { formatMoney } from "../domain/money";
import { resolveLocale } from "../domain/profit/views";
import { compileRules, evaluateCustomer, matchTier, type RuleWithPrecedence } from "../domain/vip/evaluate";
import { describeConditions, ruleFormValues } from "../domain/vip/rule-form";
import { validateRuleSet, type RuleInput } from "../domain/vip/rules";
import type { FieldErrors } from "../domain/forms";
import { numericId, shopifyGid } from "../domain/shopify-ids";
import { customerSnapshot } from "../domain/vip/sync";
import { VipCustomerFactsQuery } from "../graphql/vip-customer-facts";
import { VipCustomersPageQuery, type VipCustomersPage } from "../graphql/vip-customers-page";
import { namesOfCustomers } from "./customer-names.server";
import { shopSettings } from "./shop-settings.server";
import { startVipBackfill, type BackfillTrigger } from "./vip-backfill.server";
import { TIER_METAFIELD_VARIABLES } from "./vip-sync.server";
import type { ShopContext } from "./context";

/** Customers a preview reads (two pages): quick for the merchant, light on the shop's API budget. */
export const PREVIEW_CUSTOMER_LIMIT = 500;
const PREVIEW_PAGE_SIZE = 250;
export const PREVIEW_SAMPLE_SIZE = 10;

export type RuleFormResult =
  { kind: "invalid"; fieldErrors: FieldErrors } | { kind: "not_found" } | { kind: "saved"; rule: VipRuleRecord; backfill: BackfillStart };

export type BackfillStart = { started: true; backfill: VipBackfillRecord } | { started: false; error: string };

/**
 * Re-evaluates every customer after the rules changed. A backfill that
 * cannot start (Shopify refused the bulk operation) does not undo the
 * change: the page says so and offers to try again.
 */
export async function startBackfillAfterChange(ctx: ShopContext, trigger: BackfillTrigger): Promise<BackfillStart> {
  try {
    const backfill = await startVipBackfill({ db: ctx.db, admin: ctx.admin, shop: ctx.shop, now: () => ctx.now }, trigger);
    return { started: true, backfill };
  } catch (error) {
    const message = error instanceof Error ? error.message : "Unknown error";
    await recordFailedBackfill(ctx.db, ctx.shop, { trigger, error: message, at: ctx.now });
    return { started: false, error: message };
  }
}

/**
 * What the rule form of a new rule (ruleId null) or of a saved one needs to
 * check it: the shop currency and the shop's other tier names. Null when
 * `ruleId` names no rule of the shop.
 */
export async function ruleFormOptions(ctx: ShopContext, ruleId: string | null) {
  const [rules, settings] = await Promise.all([listVipRules(ctx.db, ctx.shop), shopSettings(ctx.db, ctx.admin, ctx.shop)]);
  const rule = ruleId === null ? null : rules.find((candidate) => candidate.id === ruleId);
  if (rule === undefined) return null;
  const others = rules.filter((other) => other.id !== rule?.id);
  return { rule, others, shopCurrency: settings.currencyCode, otherTierNames: others.map((other) => other.tierName) };
}

/** The shop's other rules, unless the rule's tier name is one of theirs (another rule saved a moment ago). */
async function otherRules(
  ctx: ShopContext,
  rule: RuleInput,
  ruleId: string | null,
): Promise<{ ok: true; others: VipRuleRecord[] } | { ok: false; fieldErrors: FieldErrors }> {
  const others = (await listVipRules(ctx.db, ctx.shop)).filter((other) => other.id !== ruleId);
  const names = validateRuleSet([...others, rule]);
  return names.ok ? { ok: true, others } : names;
}

/** Saves a new rule (ruleId null) or an edited one, as the rule form parsed it. */
export async function saveVipRule(ctx: ShopContext, input: RuleInput, ruleId: string | null): Promise<RuleFormResult> {
  if (ruleId && !(await findVipRule(ctx.db, ctx.shop, ruleId))) return { kind: "not_found" };
  const valid = await otherRules(ctx, input, ruleId);
  if (!valid.ok) return { kind: "invalid", fieldErrors: valid.fieldErrors };
  let rule: VipRuleRecord | null;
  try {
    rule = ruleId ? await updateVipRule(ctx.db, ctx.shop, ruleId, input) : await createVipRule(ctx.db, ctx.shop, input);
  } catch (error) {
    if (error instanceof TierNameTaken) return { kind: "invalid", fieldErrors: { tierName: error.message } };
    throw error;
  }
  if (!rule) return { kind: "not_found" };
  const backfill = await startBackfillAfterChange(ctx, ruleId ? "rule_updated" : "rule_created");
  return { kind: "saved", rule, backfill };
}

/**
 * What a button of the rules list did: re-evaluation started (or Shopify
 * refused to start it), or nothing, because the rule is gone ("not_found")
 * or already first or last ("at_edge"): both mean the list changed since the
 * page loaded.
 */
export type RuleListActionResult = { kind: "done"; backfill: BackfillStart } | { kind: "not_found" } | { kind: "at_edge" };

export async function applyRuleListAction(ctx: ShopContext, action: RuleListAction): Promise<RuleListActionResult> {
  switch (action.intent) {
    case "move-up":
    case "move-down": {
      const moved = await moveVipRule(ctx.db, ctx.shop, action.id, action.intent === "move-up" ? "up" : "down");
      if (moved !== "moved") return { kind: moved };
      return { kind: "done", backfill: await startBackfillAfterChange(ctx, "rules_reordered") };
    }
    case "delete":
      if (!(await deleteVipRule(ctx.db, ctx.shop, action.id))) return { kind: "not_found" };
      return { kind: "done", backfill: await startBackfillAfterChange(ctx, "rule_deleted") };
    case "reevaluate":
      return { kind: "done", backfill: await startBackfillAfterChange(ctx, "manual") };
  }
}

// ---------------------------------------------------------------------------
// Preview

export interface PreviewCustomer {
  id: string;
  name: string;
  amountSpent: string;
  ordersCount: number;
  tags: string[];
  reason: ReasonLine[];
  /** The tier the customer would hold with this rule saved (a higher rule may win). */
  wouldHold: string | null;
}

export interface RulePreview {
  /** Customers read from the store. */
  checked: number;
  /** Customers in the store. */
  total: number;
  /** Customers who meet the rule's conditions. */
  matching: number;
  /** Of those, customers who would hold this tier (not a higher one). */
  holding: number;
  sample: PreviewCustomer[];
}

export type PreviewResult =
  { kind: "invalid"; fieldErrors: FieldErrors } | { kind: "not_found" } | { kind: "preview"; preview: RulePreview };

/**
 * How many customers a rule would match, and a sample of them, from the
 * store's own data. Up to PREVIEW_CUSTOMER_LIMIT customers are read; a bigger
 * store gets the share among those (the backfill counts everyone once saved).
 */
export async function previewVipRule(ctx: ShopContext, input: RuleInput, ruleId: string | null): Promise<PreviewResult> {
  const existing = ruleId ? await findVipRule(ctx.db, ctx.shop, ruleId) : null;
  if (ruleId && !existing) return { kind: "not_found" };
  const valid = await otherRules(ctx, input, ruleId);
  if (!valid.ok) return { kind: "invalid", fieldErrors: valid.fieldErrors };
  const { currencyCode } = await shopSettings(ctx.db, ctx.admin, ctx.shop);
  const draft: RuleWithPrecedence = {
    ...input,
    // The preview is about this rule, even while it is turned off.
    enabled: true,
    id: ruleId ?? "draft",
    precedence: existing?.precedence ?? Math.max(0, ...valid.others.map((rule) => rule.precedence)) + 1,
  };
  const alone = compileRules([draft], { shopCurrency: currencyCode });
  const withOthers = compileRules([...valid.others, draft], { shopCurrency: currencyCode });

  const preview: RulePreview = { checked: 0, total: 0, matching: 0, holding: 0, sample: [] };
  let after: string | null = null;
  while (preview.checked < PREVIEW_CUSTOMER_LIMIT) {
    const first = Math.min(PREVIEW_PAGE_SIZE, PREVIEW_CUSTOMER_LIMIT - preview.checked);
    const page: VipCustomersPage = await adminQuery(ctx.admin, VipCustomersPageQuery, { first, after });
    preview.total = page.customersCount?.count ?? preview.total;
    for (const node of page.customers.nodes) {
      preview.checked++;
      const { facts } = customerSnapshot(node);
      if (!matchTier(alone, facts, ctx.now)) continue;
      preview.matching++;
      const holds = matchTier(withOthers, facts, ctx.now);
      if (holds?.ruleId === draft.id) preview.holding++;
      if (preview.sample.length < PREVIEW_SAMPLE_SIZE) {
        preview.sample.push({
          id: numericId(node.id),
          name: node.displayName,
          amountSpent: formatMoney(facts.amountSpent, resolveLocale(ctx.locale)),
          ordersCount: facts.ordersCount,
          tags: facts.tags,
          reason: evaluateCustomer(alone, facts, { now: ctx.now, shopCurrency: currencyCode }).reason,
          wouldHold: holds?.tierName ?? null,
        });
      }
    }
    if (!page.customers.pageInfo.hasNextPage || !page.customers.pageInfo.endCursor) break;
    after = page.customers.pageInfo.endCursor;
  }
  preview.total = Math.max(preview.total, preview.checked);
  return { kind: "preview", preview };
}

// ---------------------------------------------------------------------------
// Pages

/** The rule form: a saved rule's values (null when `ruleId` names no rule of the shop) or a new one's. */
export async function loadRuleFormPage(ctx: ShopContext, ruleId: string | null) {
  const [options, members] = await Promise.all([ruleFormOptions(ctx, ruleId), countTierMembers(ctx.db, ctx.shop)]);
  if (!options) return null;
  const { rule, others, shopCurrency, otherTierNames } = options;
  return {
    ruleId: rule?.id ?? null,
    values: ruleFormValues(rule),
    shopCurrency,
    otherTierNames,
    precedence: rule?.precedence ?? others.length + 1,
    members: rule ? (members.get(rule.id) ?? 0) : 0,
  };
}

/**
 * The rules page: the rules in precedence order with what they mean and how
 * many customers hold each, the latest re-evaluation of every customer, and
 * the latest tier changes with why.
 */
export async function loadVipRulesPage(ctx: ShopContext) {
  const [rules, members, recent, settings, backfill] = await Promise.all([
    listVipRules(ctx.db, ctx.shop),
    countTierMembers(ctx.db, ctx.shop),
    listRecentTierChanges(ctx.db, ctx.shop, 20),
    shopSettings(ctx.db, ctx.admin, ctx.shop),
    latestBackfill(ctx.db, ctx.shop),
  ]);
  const names = await namesOfCustomers(
    ctx,
    recent.map((change) => change.customerId),
  );
  return {
    rules: rules.map((rule) => ({
      id: rule.id,
      precedence: rule.precedence,
      tierName: rule.tierName,
      enabled: rule.enabled,
      conditions: describeConditions(rule, settings.currencyCode),
      tags: rule.tagsToAdd,
      skipBot: rule.skipBot,
      skipQueue: rule.skipQueue,
      instantRefunds: rule.instantRefunds,
      concierge: rule.concierge?.name ?? rule.concierge?.email ?? rule.concierge?.phone ?? rule.concierge?.whatsapp ?? null,
      members: members.get(rule.id) ?? 0,
    })),
    backfill: backfill && {
      status: backfill.status,
      trigger: backfill.trigger,
      customersTotal: backfill.customersTotal,
      customersChecked: backfill.customersChecked,
      customersChanged: backfill.customersChanged,
      mutations: backfill.mutations,
      error: backfill.error,
      startedAt: backfill.startedAt.toISOString(),
      finishedAt: backfill.finishedAt?.toISOString() ?? null,
    },
    recent: recent.map((change) => ({
      id: change.id,
      customerId: change.customerId,
      customerName: names.get(change.customerId) ?? null,
      kind: change.kind,
      fromTier: change.fromTier,
      toTier: change.toTier,
      why: change.reason[change.kind === "left" ? 0 : change.reason.length - 1] ?? "",
      trigger: change.trigger,
      createdAt: change.createdAt.toISOString(),
    })),
    timeZone: settings.ianaTimezone,
  };
}

export type VipRulesPage = Awaited<ReturnType<typeof loadVipRulesPage>>;

export interface CustomerTierHistory {
  customer: {
    id: string;
    name: string;
    tags: string[];
    amountSpent: string;
    ordersCount: number;
    /** The tier metafield as Shopify has it now. */
    tierMetafield: unknown;
  } | null;
  tier: { tierName: string | null; appliedTags: string[]; reason: ReasonLine[]; evaluatedAt: Date } | null;
  changes: TierChangeRecord[];
}

/** One customer's tier now, in Shopify and in Concierge's record, and how they got there. */
export async function loadCustomerTierHistory(ctx: ShopContext, customerId: string): Promise<CustomerTierHistory> {
  const id = numericId(customerId);
  const [{ customer }, tier, changes] = await Promise.all([
    adminQuery(ctx.admin, VipCustomerFactsQuery, { id: shopifyGid("Customer", id), ...TIER_METAFIELD_VARIABLES }),
    findCustomerTier(ctx.db, ctx.shop, id),
    listCustomerTierChanges(ctx.db, ctx.shop, id),
  ]);
  const snapshot = customer ? customerSnapshot(customer) : null;
  return {
    customer:
      customer && snapshot
        ? {
            id,
            name: customer.displayName,
            tags: customer.tags,
            amountSpent: formatMoney(snapshot.facts.amountSpent, resolveLocale(ctx.locale)),
            ordersCount: snapshot.facts.ordersCount,
            tierMetafield: snapshot.tierMetafield,
          }
        : null,
    tier: tier ? { tierName: tier.tierName, appliedTags: tier.appliedTags, reason: tier.reason, evaluatedAt: tier.evaluatedAt } : null,
    changes,
  };
}
