// Which VIP tier a customer holds and why. Plain data in, plain data out: the
// services layer reads customers from Shopify and writes the results; what
// holding a tier means for tags, metafield and history is tier-effects.ts.
import { parseDecimalToMinor, type Money } from "../money";
import { moneyValue, phrase, type Phrase, type PhraseMoney, type PhraseValue } from "../phrase";
import type { ConciergeContact, RuleCondition, RuleInput } from "./rules";

/** A line of why a customer holds a tier (vip.json, under "why"); stored with the tier and its history as it is. */
const why = (key: string, values?: Readonly<Record<string, PhraseValue>>): Phrase => phrase(`vip:why.${key}`, values);

export interface RuleWithPrecedence extends RuleInput {
  id: string;
  /** 1 is the highest; a customer holds the highest-precedence tier they qualify for. */
  precedence: number;
}

export interface CustomerFacts {
  customerId: string;
  tags: string[];
  amountSpent: Money;
  ordersCount: number;
  lastOrderAt: Date | null;
}

/** The tier a customer holds, and what it entitles them to. */
export interface VipTier {
  readonly ruleId: string;
  readonly tierName: string;
  readonly precedence: number;
  readonly tagsToAdd: readonly string[];
  readonly skipBot: boolean;
  readonly skipQueue: boolean;
  readonly instantRefunds: boolean;
  readonly concierge: Readonly<ConciergeContact> | null;
}

export interface CustomerEvaluation {
  tier: VipTier | null;
  /** Why the customer holds the tier, and why not each higher one, in precedence order: phrases, translated where shown. */
  reason: Phrase[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

type CompiledCondition =
  | { kind: "tag_contains" | "tag_equals"; value: string; needle: string }
  | {
      kind: "amount_spent_at_least";
      /** null when the stored amount is not valid in the shop currency (the shop changed currency). */
      thresholdMinor: bigint | null;
      /** The threshold as a phrase shows it: an amount written in the reader's locale, or the stored text when unreadable. */
      thresholdLabel: PhraseValue;
    }
  | { kind: "orders_count_at_least"; minimum: number }
  | { kind: "last_order_within_days"; days: number; windowMs: number };

interface CompiledRule {
  tier: VipTier;
  disabledReason: Phrase;
  enabled: boolean;
  match: "all" | "any";
  conditions: CompiledCondition[];
  usesTags: boolean;
}

/**
 * Rules prepared once for evaluating many customers: sorted by precedence,
 * tag values lowercased, thresholds parsed to bigint minor units and their
 * labels formatted.
 */
export interface CompiledRuleSet {
  readonly shopCurrency: string;
  readonly rules: readonly CompiledRule[];
  readonly usesTags: boolean;
}

function compileCondition(condition: RuleCondition, shopCurrency: string): CompiledCondition {
  switch (condition.kind) {
    case "tag_contains":
    case "tag_equals":
      return { kind: condition.kind, value: condition.value, needle: condition.value.trim().toLowerCase() };
    case "amount_spent_at_least": {
      // Rules are validated in the shop currency when saved, but a shop can
      // change currency later; one unreadable threshold must not stop the
      // whole evaluation, so that condition just never matches.
      try {
        const thresholdMinor = parseDecimalToMinor(condition.value, shopCurrency);
        return { kind: condition.kind, thresholdMinor, thresholdLabel: moneyValue({ minor: thresholdMinor, currencyCode: shopCurrency }) };
      } catch {
        return { kind: condition.kind, thresholdMinor: null, thresholdLabel: `${condition.value} ${shopCurrency}` };
      }
    }
    case "orders_count_at_least":
      return { kind: condition.kind, minimum: condition.value };
    case "last_order_within_days":
      return { kind: condition.kind, days: condition.value, windowMs: condition.value * DAY_MS };
  }
}

/** The tags a tier writes on its customers: its own, and the priority tag while it skips the queue (no case-insensitive repeats). */
export function tagsOfTier(rule: Pick<RuleWithPrecedence, "tagsToAdd" | "skipQueue" | "priorityTag">): string[] {
  const tags = rule.skipQueue && rule.priorityTag ? [...rule.tagsToAdd, rule.priorityTag] : [...rule.tagsToAdd];
  return tags.filter((tag, index) => tags.findIndex((other) => other.toLowerCase() === tag.toLowerCase()) === index);
}

/** Prepares rules once; pass the result to evaluateCustomer or matchTier for every customer. */
export function compileRules(rules: readonly RuleWithPrecedence[], options: { shopCurrency: string }): CompiledRuleSet {
  const shopCurrency = options.shopCurrency.toUpperCase();
  const sorted = [...rules].sort(
    // Precedence should be unique per shop; the id only makes a tie deterministic.
    (a, b) => a.precedence - b.precedence || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const compiled = sorted.map((rule): CompiledRule => {
    const conditions = rule.conditions.map((condition) => compileCondition(condition, shopCurrency));
    const tier: VipTier = Object.freeze({
      ruleId: rule.id,
      tierName: rule.tierName,
      precedence: rule.precedence,
      tagsToAdd: Object.freeze(tagsOfTier(rule)),
      skipBot: rule.skipBot,
      skipQueue: rule.skipQueue,
      instantRefunds: rule.instantRefunds,
      concierge: rule.concierge ? Object.freeze({ ...rule.concierge }) : null,
    });
    return {
      // Frozen because every customer in that tier shares this one object.
      tier,
      disabledReason: why("turnedOff", { tier: rule.tierName }),
      enabled: rule.enabled,
      match: rule.match,
      conditions,
      usesTags: conditions.some((condition) => condition.kind === "tag_contains" || condition.kind === "tag_equals"),
    };
  });
  return Object.freeze({
    shopCurrency,
    rules: Object.freeze(compiled),
    usesTags: compiled.some((rule) => rule.enabled && rule.usesTags),
  });
}

/** One customer's facts, with what several conditions need worked out once. */
interface CustomerView {
  facts: CustomerFacts;
  lowercaseTags: string[];
  amountComparable: boolean;
  amountLabel: PhraseMoney | null;
  nowMs: number;
}

function viewOf(facts: CustomerFacts, ruleSet: CompiledRuleSet, now: Date): CustomerView {
  return {
    facts,
    lowercaseTags: ruleSet.usesTags ? facts.tags.map((tag) => tag.toLowerCase()) : [],
    // Never converted: an amount in another currency is simply not comparable.
    amountComparable: facts.amountSpent.currencyCode.toUpperCase() === ruleSet.shopCurrency,
    amountLabel: null,
    nowMs: now.getTime(),
  };
}

function tagIndex(condition: { kind: "tag_contains" | "tag_equals"; needle: string }, view: CustomerView): number {
  const tags = view.lowercaseTags;
  for (let index = 0; index < tags.length; index++) {
    if (condition.kind === "tag_equals" ? tags[index] === condition.needle : tags[index].includes(condition.needle)) {
      return index;
    }
  }
  return -1;
}

function conditionMet(condition: CompiledCondition, view: CustomerView): boolean {
  switch (condition.kind) {
    case "tag_contains":
    case "tag_equals":
      return tagIndex(condition, view) !== -1;
    case "amount_spent_at_least":
      return view.amountComparable && condition.thresholdMinor !== null && view.facts.amountSpent.minor >= condition.thresholdMinor;
    case "orders_count_at_least":
      return view.facts.ordersCount >= condition.minimum;
    case "last_order_within_days": {
      const lastOrderAt = view.facts.lastOrderAt;
      // Exactly N days ago still counts; an order dated in the future (clock skew) is recent.
      return lastOrderAt !== null && view.nowMs - lastOrderAt.getTime() <= condition.windowMs;
    }
  }
}

function explainCondition(condition: CompiledCondition, view: CustomerView, met: boolean): Phrase {
  const facts = view.facts;
  switch (condition.kind) {
    case "tag_contains": {
      const index = tagIndex(condition, view);
      return index === -1
        ? why("noTagContains", { value: condition.value })
        : why("tagContains", { tag: facts.tags[index], value: condition.value });
    }
    case "tag_equals": {
      const index = tagIndex(condition, view);
      return index === -1 ? why("noTag", { value: condition.value }) : why("hasTag", { tag: facts.tags[index] });
    }
    case "amount_spent_at_least": {
      if (condition.thresholdMinor === null) return why("thresholdInvalid", { threshold: condition.thresholdLabel });
      view.amountLabel ??= moneyValue(facts.amountSpent);
      if (!view.amountComparable) {
        const currency = facts.amountSpent.currencyCode.toUpperCase();
        return why("otherCurrency", { amount: view.amountLabel, currency, threshold: condition.thresholdLabel });
      }
      return why(met ? "amountAtLeast" : "amountBelow", { amount: view.amountLabel, threshold: condition.thresholdLabel });
    }
    case "orders_count_at_least":
      return why(met ? "ordersAtLeast" : "ordersBelow", { orders: facts.ordersCount, minimum: condition.minimum });
    case "last_order_within_days": {
      const days = why("days", { count: condition.days });
      if (facts.lastOrderAt === null) return why("noOrders", { days });
      const date = facts.lastOrderAt.toISOString().slice(0, 10);
      return why(met ? "lastOrderWithin" : "lastOrderBefore", { date, days });
    }
  }
}

/** "A; B; C": every condition that held (or failed), one phrase. */
function allOf(explanations: Phrase[]): Phrase {
  if (explanations.length === 0) return why("noConditions");
  return explanations.reduce((first, next) => why("both", { first, next }));
}

/**
 * A line of why a customer holds a tier, as stored: a phrase, or the English
 * sentence a row written before reasons were phrases holds.
 */
export type ReasonLine = Phrase | string;

/**
 * Whether the rule matches, with the shortest sufficient explanation: for
 * "all", the first condition that failed or every condition that held; for
 * "any", the first that held or every one that failed.
 */
function evaluateRule(rule: CompiledRule, view: CustomerView): { matched: boolean; explanation: Phrase } {
  const wantsEvery = rule.match === "all";
  for (const condition of rule.conditions) {
    const met = conditionMet(condition, view);
    if (met !== wantsEvery) return { matched: met, explanation: explainCondition(condition, view, met) };
  }
  return {
    matched: wantsEvery,
    explanation: allOf(rule.conditions.map((condition) => explainCondition(condition, view, wantsEvery))),
  };
}

function ruleMatches(rule: CompiledRule, view: CustomerView): boolean {
  if (rule.match === "all") {
    for (const condition of rule.conditions) if (!conditionMet(condition, view)) return false;
    return true;
  }
  for (const condition of rule.conditions) if (conditionMet(condition, view)) return true;
  return false;
}

function compiledFor(rules: readonly RuleWithPrecedence[] | CompiledRuleSet, shopCurrency: string): CompiledRuleSet {
  if (isCompiled(rules)) {
    if (rules.shopCurrency !== shopCurrency.toUpperCase()) {
      throw new Error(`Rules were compiled for ${rules.shopCurrency}, not the shop currency ${shopCurrency}`);
    }
    return rules;
  }
  return compileRules(rules, { shopCurrency });
}

function isCompiled(rules: readonly RuleWithPrecedence[] | CompiledRuleSet): rules is CompiledRuleSet {
  return !Array.isArray(rules);
}

/**
 * The tier a customer holds and why. Pass compiled rules when evaluating many
 * customers; plain rules are compiled on every call.
 */
export function evaluateCustomer(
  rules: readonly RuleWithPrecedence[] | CompiledRuleSet,
  facts: CustomerFacts,
  options: { now: Date; shopCurrency: string },
): CustomerEvaluation {
  const ruleSet = compiledFor(rules, options.shopCurrency);
  const view = viewOf(facts, ruleSet, options.now);
  const reason: Phrase[] = [];
  for (const rule of ruleSet.rules) {
    if (!rule.enabled) {
      reason.push(rule.disabledReason);
      continue;
    }
    const { matched, explanation } = evaluateRule(rule, view);
    if (matched) {
      reason.push(why("qualifies", { tier: rule.tier.tierName, explanation }));
      return { tier: rule.tier, reason };
    }
    reason.push(why("fails", { tier: rule.tier.tierName, explanation }));
  }
  reason.push(why(ruleSet.rules.length === 0 ? "noRules" : "noTier"));
  return { tier: null, reason };
}

/**
 * The tier alone, without building the explanation: for re-evaluating a whole
 * shop, where only customers whose tier changed need a reason recorded.
 */
export function matchTier(ruleSet: CompiledRuleSet, facts: CustomerFacts, now: Date): VipTier | null {
  const view = viewOf(facts, ruleSet, now);
  for (const rule of ruleSet.rules) {
    if (rule.enabled && ruleMatches(rule, view)) return rule.tier;
  }
  return null;
}
