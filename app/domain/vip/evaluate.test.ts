import { describe, expect, it } from "vitest";
import { moneyFromDecimal } from "../money";
import { serverTranslate } from "../../i18n/resources.server";
import { phraseText } from "../phrase";
import {
  compileRules,
  evaluateCustomer as evaluateWithPhrases,
  matchTier,
  tagsOfTier,
  type CustomerFacts,
  type RuleWithPrecedence,
} from "./evaluate";
import { tierMetafieldValue } from "./tier-effects";
import { parseRuleInput, type RuleInputDraft } from "./rules";

const NOW = new Date("2025-06-30T12:00:00.000Z");
const DAY_MS = 24 * 60 * 60 * 1000;
const SHOP = { now: NOW, shopCurrency: "USD" };

/** Rules go through the real schema, as they would when a merchant saves them. */
function rule(id: string, precedence: number, draft: Partial<RuleInputDraft>): RuleWithPrecedence {
  const parsed = parseRuleInput({ tierName: id, ...draft }, { shopCurrency: "USD" });
  if (!parsed.ok) throw new Error(`invalid test rule: ${JSON.stringify(parsed.fieldErrors)}`);
  return { ...parsed.rule, id, precedence };
}

function customer(facts: Partial<CustomerFacts> = {}): CustomerFacts {
  return {
    customerId: "gid://shopify/Customer/1",
    tags: [],
    amountSpent: moneyFromDecimal("0.00", "USD"),
    ordersCount: 0,
    lastOrderAt: null,
    ...facts,
  };
}

function tierOf(rules: RuleWithPrecedence[], facts: CustomerFacts): string | null {
  return evaluateCustomer(rules, facts, SHOP).tier?.tierName ?? null;
}

const english = serverTranslate("en");

/** The evaluation with its reasons as the English admin reads them (they are phrases until shown). */
function evaluateCustomer(...args: Parameters<typeof evaluateWithPhrases>) {
  const result = evaluateWithPhrases(...args);
  return { ...result, reason: result.reason.map((line) => phraseText(line, english)) };
}

describe("evaluateCustomer: conditions", () => {
  const bigSpender = rule("Senior Concierge", 1, {
    conditions: [{ kind: "amount_spent_at_least", value: "10000.00" }],
  });

  it("counts an amount exactly at the threshold, and not one cent below", () => {
    expect(tierOf([bigSpender], customer({ amountSpent: moneyFromDecimal("10000.00", "USD") }))).toBe("Senior Concierge");
    expect(tierOf([bigSpender], customer({ amountSpent: moneyFromDecimal("9999.99", "USD") }))).toBeNull();
  });

  it("explains the amount comparison in the shop's money", () => {
    expect(evaluateCustomer([bigSpender], customer({ amountSpent: moneyFromDecimal("12400.00", "USD") }), SHOP)).toEqual({
      tier: expect.objectContaining({ ruleId: "Senior Concierge", tierName: "Senior Concierge" }),
      reason: ["Qualifies for “Senior Concierge”: Amount spent $12,400.00 ≥ $10,000.00"],
    });
    expect(evaluateCustomer([bigSpender], customer({ amountSpent: moneyFromDecimal("9999.99", "USD") }), SHOP).reason).toEqual([
      "Not “Senior Concierge”: Amount spent $9,999.99 < $10,000.00",
      "No tier applies",
    ]);
  });

  it("compares amounts far beyond a float's exact range without losing a cent", () => {
    // Beyond what the rule form takes today (AMOUNT_LIMITS.vipAmountSpent), as a rule saved before could hold.
    const whale: RuleWithPrecedence = {
      ...rule("Whale", 1, { conditions: [{ kind: "amount_spent_at_least", value: "1.00" }] }),
      conditions: [{ kind: "amount_spent_at_least", value: "90071992547409.93" }],
    };
    expect(tierOf([whale], customer({ amountSpent: moneyFromDecimal("90071992547409.93", "USD") }))).toBe("Whale");
    expect(evaluateCustomer([whale], customer({ amountSpent: moneyFromDecimal("90071992547409.92", "USD") }), SHOP).reason[0]).toBe(
      "Not “Whale”: Amount spent $90,071,992,547,409.92 < $90,071,992,547,409.93",
    );
  });

  it("never compares an amount in another currency, and says so", () => {
    const result = evaluateCustomer([bigSpender], customer({ amountSpent: moneyFromDecimal("50000.00", "EUR") }), SHOP);
    expect(result.tier).toBeNull();
    expect(result.reason[0]).toBe(
      "Not “Senior Concierge”: Amount spent €50,000.00 is in EUR, not the shop currency, so it is not compared with $10,000.00",
    );
  });

  it("treats the shop currency without regard to case", () => {
    const lowercaseShop = { now: NOW, shopCurrency: "usd" };
    const result = evaluateCustomer([bigSpender], customer({ amountSpent: moneyFromDecimal("10000.00", "USD") }), lowercaseShop);
    expect(result.tier?.tierName).toBe("Senior Concierge");
  });

  it("matches a tag containing the text, case-insensitively, naming the tag", () => {
    const tagged = rule("Tagged", 1, { conditions: [{ kind: "tag_contains", value: "VIP" }] });
    const result = evaluateCustomer([tagged], customer({ tags: ["newsletter", "vip-gold"] }), SHOP);
    expect(result.reason).toEqual(["Qualifies for “Tagged”: Tag “vip-gold” contains “VIP”"]);
    expect(tierOf([tagged], customer({ tags: ["newsletter", "v-i-p"] }))).toBeNull();
    expect(evaluateCustomer([tagged], customer({ tags: [] }), SHOP).reason[0]).toBe("Not “Tagged”: No tag contains “VIP”");
  });

  it("matches an exact tag case-insensitively, but not a tag that merely contains it", () => {
    const wholesale = rule("Wholesale", 1, { conditions: [{ kind: "tag_equals", value: "wholesale" }] });
    expect(evaluateCustomer([wholesale], customer({ tags: ["WHOLESALE"] }), SHOP).reason).toEqual([
      "Qualifies for “Wholesale”: Has tag “WHOLESALE”",
    ]);
    expect(evaluateCustomer([wholesale], customer({ tags: ["wholesale-pending"] }), SHOP).reason[0]).toBe(
      "Not “Wholesale”: No tag “wholesale”",
    );
  });

  it("counts an order count exactly at the minimum, and not one below", () => {
    const regular = rule("Regular", 1, { conditions: [{ kind: "orders_count_at_least", value: 10 }] });
    expect(evaluateCustomer([regular], customer({ ordersCount: 10 }), SHOP).reason).toEqual([
      "Qualifies for “Regular”: Order count 10 ≥ 10",
    ]);
    expect(evaluateCustomer([regular], customer({ ordersCount: 9 }), SHOP).reason[0]).toBe("Not “Regular”: Order count 9 < 10");
    const anyone = rule("Anyone", 1, { conditions: [{ kind: "orders_count_at_least", value: 0 }] });
    expect(tierOf([anyone], customer({ ordersCount: 0 }))).toBe("Anyone");
  });

  it("counts a last order exactly N days ago, and not a millisecond earlier", () => {
    const recent = rule("Recent", 1, { conditions: [{ kind: "last_order_within_days", value: 30 }] });
    const exactly = new Date(NOW.getTime() - 30 * DAY_MS);
    const justBefore = new Date(exactly.getTime() - 1);
    expect(evaluateCustomer([recent], customer({ lastOrderAt: exactly }), SHOP).reason).toEqual([
      "Qualifies for “Recent”: Last order on 2025-05-31, within 30 days",
    ]);
    expect(evaluateCustomer([recent], customer({ lastOrderAt: justBefore }), SHOP).reason[0]).toBe(
      "Not “Recent”: Last order on 2025-05-31, more than 30 days ago",
    );
    expect(evaluateCustomer([recent], customer({ lastOrderAt: null }), SHOP).reason[0]).toBe(
      "Not “Recent”: No orders yet, so no last order within 30 days",
    );
    expect(tierOf([recent], customer({ lastOrderAt: NOW }))).toBe("Recent");
  });
});

describe("evaluateCustomer: all and any", () => {
  const conditions: RuleInputDraft["conditions"] = [
    { kind: "amount_spent_at_least", value: "1000" },
    { kind: "orders_count_at_least", value: 5 },
  ];
  const richOnly = customer({ amountSpent: moneyFromDecimal("1500.00", "USD"), ordersCount: 2 });
  const both = customer({ amountSpent: moneyFromDecimal("1500.00", "USD"), ordersCount: 5 });
  const neither = customer({ amountSpent: moneyFromDecimal("10.00", "USD"), ordersCount: 1 });

  it("with all, needs every condition and names the first that failed", () => {
    const gold = rule("Gold", 1, { match: "all", conditions });
    expect(evaluateCustomer([gold], both, SHOP).reason).toEqual([
      "Qualifies for “Gold”: Amount spent $1,500.00 ≥ $1,000.00; Order count 5 ≥ 5",
    ]);
    expect(evaluateCustomer([gold], richOnly, SHOP)).toEqual({
      tier: null,
      reason: ["Not “Gold”: Order count 2 < 5", "No tier applies"],
    });
  });

  it("with any, needs one condition and names every one when none held", () => {
    const gold = rule("Gold", 1, { match: "any", conditions });
    expect(evaluateCustomer([gold], richOnly, SHOP).reason).toEqual(["Qualifies for “Gold”: Amount spent $1,500.00 ≥ $1,000.00"]);
    expect(evaluateCustomer([gold], neither, SHOP).reason).toEqual([
      "Not “Gold”: Amount spent $10.00 < $1,000.00; Order count 1 < 5",
      "No tier applies",
    ]);
  });
});

describe("evaluateCustomer: precedence", () => {
  const platinum = rule("Platinum", 1, { conditions: [{ kind: "amount_spent_at_least", value: "25000" }] });
  const senior = rule("Senior Concierge", 2, { conditions: [{ kind: "amount_spent_at_least", value: "10000" }] });
  const vip = rule("VIP", 3, { conditions: [{ kind: "tag_contains", value: "vip" }] });
  const spent12400 = customer({ amountSpent: moneyFromDecimal("12400.00", "USD"), tags: ["vip-gold"] });

  it("gives the highest-precedence tier the customer qualifies for, whatever the order given", () => {
    expect(tierOf([vip, senior, platinum], spent12400)).toBe("Senior Concierge");
    expect(evaluateCustomer([vip, platinum, senior], spent12400, SHOP).reason).toEqual([
      "Not “Platinum”: Amount spent $12,400.00 < $25,000.00",
      "Qualifies for “Senior Concierge”: Amount spent $12,400.00 ≥ $10,000.00",
    ]);
  });

  it("skips a disabled rule, saying so", () => {
    const rich = customer({ amountSpent: moneyFromDecimal("30000.00", "USD") });
    const platinumOff = { ...platinum, enabled: false };
    expect(evaluateCustomer([platinumOff, senior, vip], rich, SHOP)).toEqual({
      tier: expect.objectContaining({ tierName: "Senior Concierge", precedence: 2 }),
      reason: ["“Platinum” is turned off", "Qualifies for “Senior Concierge”: Amount spent $30,000.00 ≥ $10,000.00"],
    });
    expect(tierOf([{ ...vip, enabled: false }], customer({ tags: ["VIP"] }))).toBeNull();
  });

  it("returns what the tier means with it", () => {
    const withConcierge = rule("Senior Concierge", 1, {
      conditions: [{ kind: "tag_equals", value: "vip" }],
      tagsToAdd: ["VIP", "Senior"],
      skipBot: true,
      skipQueue: true,
      instantRefunds: true,
      concierge: { name: "Ana", email: "ana@example.com" },
    });
    expect(evaluateCustomer([withConcierge], customer({ tags: ["VIP"] }), SHOP).tier).toEqual({
      ruleId: "Senior Concierge",
      tierName: "Senior Concierge",
      precedence: 1,
      tagsToAdd: ["VIP", "Senior"],
      skipBot: true,
      skipQueue: true,
      instantRefunds: true,
      concierge: { name: "Ana", phone: null, email: "ana@example.com", whatsapp: null },
    });
  });

  it("says when the shop has no rules", () => {
    expect(evaluateCustomer([], customer(), SHOP)).toEqual({
      tier: null,
      reason: ["No tier applies: the shop has no VIP rules"],
    });
  });

  it("gives the same tier from compiled rules and from matchTier", () => {
    const compiled = compileRules([vip, senior, platinum], { shopCurrency: "USD" });
    expect(evaluateCustomer(compiled, spent12400, SHOP).tier?.tierName).toBe("Senior Concierge");
    expect(matchTier(compiled, spent12400, NOW)?.tierName).toBe("Senior Concierge");
    expect(matchTier(compiled, customer(), NOW)).toBeNull();
    expect(() => evaluateCustomer(compiled, spent12400, { now: NOW, shopCurrency: "EUR" })).toThrow(/compiled for USD/);
  });

  it("never matches a threshold the shop currency cannot hold, rather than failing every customer", () => {
    // Saved as a USD amount, evaluated after the shop moved to yen.
    const result = evaluateCustomer(
      [senior, { ...vip, conditions: [{ kind: "amount_spent_at_least", value: "10.50" }] }],
      customer({ amountSpent: moneyFromDecimal("99999", "JPY"), tags: ["vip"] }),
      {
        now: NOW,
        shopCurrency: "JPY",
      },
    );
    expect(result.tier?.tierName).toBe("Senior Concierge");
    const onlyBroken = evaluateCustomer(
      [{ ...vip, conditions: [{ kind: "amount_spent_at_least", value: "10.50" }] }],
      customer({ amountSpent: moneyFromDecimal("99999", "JPY") }),
      { now: NOW, shopCurrency: "JPY" },
    );
    expect(onlyBroken.reason[0]).toBe(
      "Not “VIP”: The threshold 10.50 JPY is not a valid amount in the shop currency, so no amount qualifies",
    );
  });
});

describe("tierMetafieldValue", () => {
  it("writes what the storefront and agent desk need to know about the tier", () => {
    const tier = evaluateCustomer(
      [
        rule("Senior Concierge", 1, {
          conditions: [{ kind: "tag_equals", value: "vip" }],
          skipBot: true,
          concierge: { name: "Ana", phone: "+14155550123" },
        }),
      ],
      customer({ tags: ["VIP"] }),
      SHOP,
    ).tier;
    expect(tierMetafieldValue(tier, NOW)).toEqual({
      tier: "Senior Concierge",
      skipBot: true,
      skipQueue: false,
      instantRefunds: false,
      concierge: { name: "Ana", phone: "+14155550123", email: null, whatsapp: null },
      evaluatedAt: "2025-06-30T12:00:00.000Z",
    });
    expect(tierMetafieldValue(null, NOW)).toBeNull();
  });
});

describe("tagsOfTier", () => {
  const rule = { tagsToAdd: ["VIP"], skipQueue: true, priorityTag: "priority" };
  it("adds the priority tag while the tier skips the queue, once whatever its case", () => {
    expect(tagsOfTier(rule)).toEqual(["VIP", "priority"]);
    expect(tagsOfTier({ ...rule, skipQueue: false })).toEqual(["VIP"]);
    expect(tagsOfTier({ ...rule, priorityTag: "vip" })).toEqual(["VIP"]);
    expect(tagsOfTier({ tagsToAdd: ["VIP"], skipQueue: true })).toEqual(["VIP"]);
  });
});
