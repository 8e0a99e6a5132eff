// How fast VIP tiers are evaluated for a large shop: 100,000 customers against
// 20 rules of mixed conditions. Run: npx tsx bench/vip-evaluation.bench.ts
// The data is generated from a fixed seed, so every run evaluates the same shop
// and prints the same tier distribution; only the timings vary.
import {
  compileRules,
  evaluateCustomer,
  matchTier,
  type CustomerFacts,
  type RuleWithPrecedence,
  type VipTier,
} from "../app/domain/vip/evaluate";
import { parseRuleInput, type RuleInputDraft } from "../app/domain/vip/rules";
import { formatCount, perSecond, seededRandom, timed } from "./lib/harness";

const CUSTOMER_COUNT = 100_000;
const SEED = 20_250_630;
const SHOP_CURRENCY = "USD";
const NOW = new Date("2025-06-30T12:00:00.000Z");
const DAY_MS = 24 * 60 * 60 * 1000;

const { random, integerBelow, pick } = seededRandom(SEED);

const TAG_POOL = [
  "newsletter",
  "wholesale",
  "VIP",
  "vip-gold",
  "vip-silver",
  "Platinum",
  "press",
  "influencer",
  "b2b",
  "returning",
  "first-order",
  "loyalty-member",
  "employee",
  "friends-and-family",
  "retail",
  "Europe",
  "repeat-buyer",
  "gift-card",
  "beta",
  "sms-subscriber",
];

function generateCustomer(index: number): CustomerFacts {
  const tags: string[] = [];
  const tagCount = integerBelow(5);
  for (let n = 0; n < tagCount; n++) tags.push(pick(TAG_POOL));
  const ordersCount = random() < 0.15 ? 0 : 1 + Math.floor(random() ** 3 * 80);
  // Spend skewed like a real shop: most spend a few hundred dollars, a few percent spend thousands.
  const dollars = random() < 0.04 ? 2_000 + random() * 58_000 : -Math.log(1 - random()) * 40 * ordersCount;
  const cents = ordersCount === 0 ? 0n : BigInt(Math.floor(dollars * 100));
  // About one in a hundred customers' totals are in another currency (a market's presentment currency).
  const currencyCode = random() < 0.01 ? "EUR" : SHOP_CURRENCY;
  const lastOrderAt = ordersCount === 0 ? null : new Date(NOW.getTime() - Math.floor(random() * 900 * DAY_MS));
  return {
    customerId: `gid://shopify/Customer/${index + 1}`,
    tags,
    amountSpent: { minor: cents, currencyCode },
    ordersCount,
    lastOrderAt,
  };
}

const RULE_DRAFTS: RuleInputDraft[] = [
  {
    tierName: "Founders Circle",
    match: "all",
    conditions: [
      { kind: "amount_spent_at_least", value: "45000" },
      { kind: "last_order_within_days", value: 60 },
    ],
  },
  {
    tierName: "Senior Concierge",
    match: "any",
    conditions: [
      { kind: "amount_spent_at_least", value: "10000.00" },
      { kind: "tag_equals", value: "platinum" },
    ],
  },
  { tierName: "Press", conditions: [{ kind: "tag_equals", value: "press" }], skipBot: true },
  { tierName: "Retired Tier", enabled: false, conditions: [{ kind: "orders_count_at_least", value: 1 }] },
  {
    tierName: "Influencers",
    match: "all",
    conditions: [
      { kind: "tag_contains", value: "influ" },
      { kind: "orders_count_at_least", value: 2 },
    ],
  },
  {
    tierName: "Gold",
    match: "any",
    conditions: [
      { kind: "tag_contains", value: "vip-gold" },
      { kind: "amount_spent_at_least", value: "5000" },
    ],
  },
  {
    tierName: "Wholesale",
    conditions: [
      { kind: "tag_equals", value: "WHOLESALE" },
      { kind: "orders_count_at_least", value: 3 },
    ],
  },
  {
    tierName: "Frequent",
    match: "all",
    conditions: [
      { kind: "orders_count_at_least", value: 40 },
      { kind: "last_order_within_days", value: 180 },
    ],
  },
  {
    tierName: "Silver",
    match: "any",
    conditions: [
      { kind: "tag_contains", value: "vip-silver" },
      { kind: "amount_spent_at_least", value: "2500" },
    ],
  },
  { tierName: "Friends", conditions: [{ kind: "tag_contains", value: "friends" }] },
  { tierName: "Employees", conditions: [{ kind: "tag_equals", value: "employee" }] },
  {
    tierName: "Winback",
    match: "all",
    conditions: [
      { kind: "amount_spent_at_least", value: "1000" },
      { kind: "orders_count_at_least", value: 5 },
    ],
  },
  { tierName: "Paused Promo", enabled: false, conditions: [{ kind: "tag_contains", value: "beta" }] },
  {
    tierName: "Loyal",
    match: "all",
    conditions: [
      { kind: "tag_contains", value: "loyalty" },
      { kind: "last_order_within_days", value: 365 },
    ],
  },
  {
    tierName: "Active Spender",
    match: "all",
    conditions: [
      { kind: "amount_spent_at_least", value: "500" },
      { kind: "last_order_within_days", value: 90 },
    ],
  },
  { tierName: "Tagged VIP", conditions: [{ kind: "tag_contains", value: "vip" }] },
  {
    tierName: "Europe",
    match: "all",
    conditions: [
      { kind: "tag_equals", value: "europe" },
      { kind: "orders_count_at_least", value: 1 },
    ],
  },
  { tierName: "Repeat", conditions: [{ kind: "orders_count_at_least", value: 10 }] },
  { tierName: "Recent", conditions: [{ kind: "last_order_within_days", value: 30 }] },
  {
    tierName: "Subscriber",
    match: "any",
    conditions: [
      { kind: "tag_equals", value: "sms-subscriber" },
      { kind: "tag_equals", value: "newsletter" },
    ],
  },
];

function buildRules(): RuleWithPrecedence[] {
  return RULE_DRAFTS.map((draft, index) => {
    const parsed = parseRuleInput(draft, { shopCurrency: SHOP_CURRENCY });
    if (!parsed.ok) throw new Error(`Rule ${draft.tierName} is invalid: ${JSON.stringify(parsed.fieldErrors)}`);
    return { ...parsed.rule, id: `rule-${index + 1}`, precedence: index + 1 };
  });
}

const rules = buildRules();
const generation = timed(() => Array.from({ length: CUSTOMER_COUNT }, (_, index) => generateCustomer(index)));
const customers = generation.result;
const compilation = timed(() => compileRules(rules, { shopCurrency: SHOP_CURRENCY }));
const ruleSet = compilation.result;
const options = { now: NOW, shopCurrency: SHOP_CURRENCY };
const positionOfRule = new Map(ruleSet.rules.map((rule, position) => [rule.tier.ruleId, position]));

// Warm up the JIT on a slice, so the timed passes measure steady-state code.
for (let index = 0; index < 10_000; index++) {
  evaluateCustomer(ruleSet, customers[index], options);
  matchTier(ruleSet, customers[index], NOW);
}

// Each pass tallies as it goes rather than keeping 100,000 results, as a
// shop-wide re-evaluation would: holding every reason would measure the
// garbage collector, not the evaluation.
const distribution = new Map<string, number>();
const tiers: Array<VipTier | null> = new Array(CUSTOMER_COUNT);
let rulesConsidered = 0;
let reasonLines = 0;
const explained = timed(() => {
  for (let index = 0; index < CUSTOMER_COUNT; index++) {
    const evaluation = evaluateCustomer(ruleSet, customers[index], options);
    const tier = evaluation.tier;
    tiers[index] = tier;
    reasonLines += evaluation.reason.length;
    rulesConsidered += tier ? (positionOfRule.get(tier.ruleId) ?? 0) + 1 : ruleSet.rules.length;
    const name = tier?.tierName ?? "(no tier)";
    distribution.set(name, (distribution.get(name) ?? 0) + 1);
  }
});
let disagreements = 0;
const tierOnly = timed(() => {
  for (let index = 0; index < CUSTOMER_COUNT; index++) {
    if (matchTier(ruleSet, customers[index], NOW) !== tiers[index]) disagreements++;
  }
});

const nominalEvaluations = CUSTOMER_COUNT * rules.length;

console.log(`VIP evaluation: ${formatCount(CUSTOMER_COUNT)} customers × ${rules.length} rules (seed ${SEED})`);
console.log(`  generate customers           ${generation.ms.toFixed(1)} ms`);
console.log(`  compileRules                 ${compilation.ms.toFixed(3)} ms`);
console.log("");
for (const [label, pass] of [
  ["evaluateCustomer (with reasons)", explained],
  ["matchTier (tier only)", tierOnly],
] as const) {
  console.log(`  ${label}`);
  console.log(`    total                      ${pass.ms.toFixed(1)} ms`);
  console.log(`    customers/second           ${perSecond(CUSTOMER_COUNT, pass.ms)}`);
  console.log(
    `    evaluations/second         ${perSecond(nominalEvaluations, pass.ms)} (customer × rule, ${formatCount(nominalEvaluations)} in all)`,
  );
  console.log(
    `    rules reached/second       ${perSecond(rulesConsidered, pass.ms)} (${formatCount(rulesConsidered)} reached before the first match)`,
  );
}
console.log("");
console.log(`  reason lines written         ${formatCount(reasonLines)}`);
console.log(`  tier disagreements           ${disagreements} (evaluateCustomer vs matchTier; must be 0)`);
console.log("");
console.log("  tier distribution (precedence order)");
const tierOrder = [...ruleSet.rules.map((rule) => rule.tier.tierName), "(no tier)"];
for (const name of tierOrder) {
  const count = distribution.get(name) ?? 0;
  const share = ((count / CUSTOMER_COUNT) * 100).toFixed(2).padStart(6);
  console.log(`    ${name.padEnd(20)} ${formatCount(count).padStart(7)}  ${share}%`);
}

// A sanity check, not a timing assertion: the two paths must agree.
if (disagreements > 0) process.exitCode = 1;
