import { describe, expect, it } from "vitest";
import { serverTranslate } from "../../i18n/resources.server";
import { phraseText } from "../phrase";
import { compileRules, type RuleWithPrecedence } from "./evaluate";
import { parseRuleInput, type RuleInputDraft } from "./rules";
import {
  customerSnapshot,
  planMutatesShopify,
  planTierSync,
  tierMetafieldMatches,
  tierTagsOf,
  type CustomerNode,
  type StoredTier,
} from "./sync";

const NOW = new Date("2025-06-30T12:00:00.000Z");

function rule(id: string, precedence: number, draft: Partial<RuleInputDraft>): RuleWithPrecedence {
  const parsed = parseRuleInput({ tierName: id, ...draft }, { shopCurrency: "USD" });
  if (!parsed.ok) throw new Error(`invalid test rule: ${JSON.stringify(parsed.fieldErrors)}`);
  return { ...parsed.rule, id, precedence };
}

const rules = [
  rule("Senior Concierge", 1, {
    conditions: [{ kind: "amount_spent_at_least", value: "10000.00" }],
    tagsToAdd: ["VIP", "Senior"],
    skipBot: true,
  }),
  rule("Gold", 2, { conditions: [{ kind: "orders_count_at_least", value: 10 }], tagsToAdd: ["Gold"] }),
];
const ruleSet = compileRules(rules, { shopCurrency: "USD" });
const tierTags = tierTagsOf(rules);

function node(overrides: Partial<CustomerNode> = {}): CustomerNode {
  return {
    id: "gid://shopify/Customer/42",
    tags: [],
    amountSpent: { amount: "0.0", currencyCode: "USD" },
    numberOfOrders: "0",
    lastOrder: null,
    updatedAt: "2025-06-30T10:00:00Z",
    metafield: null,
    ...overrides,
  };
}

function plan(customer: CustomerNode, stored: StoredTier | null = null) {
  return planTierSync({ ruleSet, tierTags, snapshot: customerSnapshot(customer), stored, now: NOW });
}

const seniorMetafield = {
  tier: "Senior Concierge",
  skipBot: true,
  skipQueue: false,
  instantRefunds: false,
  concierge: null,
  evaluatedAt: "2025-06-01T00:00:00.000Z",
};

describe("customerSnapshot", () => {
  it("reads the Admin API's customer exactly, amounts as minor units", () => {
    const snapshot = customerSnapshot(
      node({
        amountSpent: { amount: "12345.6", currencyCode: "usd" },
        numberOfOrders: "12",
        lastOrder: { processedAt: "2025-06-01T09:00:00Z", createdAt: "2025-05-31T09:00:00Z" },
        metafield: { jsonValue: { tier: "Gold" } },
      }),
    );
    expect(snapshot.facts).toEqual({
      customerId: "gid://shopify/Customer/42",
      tags: [],
      amountSpent: { minor: 1234560n, currencyCode: "USD" },
      ordersCount: 12,
      lastOrderAt: new Date("2025-06-01T09:00:00Z"),
    });
    expect(snapshot.tierMetafield).toEqual({ tier: "Gold" });
    expect(snapshot.updatedAt).toEqual(new Date("2025-06-30T10:00:00Z"));
  });

  it("falls back on the order's creation when it has no processing date", () => {
    const snapshot = customerSnapshot(node({ lastOrder: { processedAt: null, createdAt: "2025-05-31T09:00:00Z" } }));
    expect(snapshot.facts.lastOrderAt).toEqual(new Date("2025-05-31T09:00:00Z"));
  });
});

describe("planTierSync", () => {
  it("enters a tier: adds its tags, writes the metafield, records the app's tags and the entry", () => {
    const result = plan(node({ tags: ["newsletter"], amountSpent: { amount: "10000.00", currencyCode: "USD" } }));
    expect(result).toMatchObject({
      stale: false,
      tagsAdd: ["VIP", "Senior"],
      tagsRemove: [],
      appliedTags: ["VIP", "Senior"],
      metafield: { kind: "set", value: { tier: "Senior Concierge", skipBot: true, evaluatedAt: NOW.toISOString() } },
      change: { kind: "entered", fromTier: null, toTier: "Senior Concierge" },
      recordChanged: true,
    });
    const english = serverTranslate("en");
    expect(result.reason.map((line) => (typeof line === "string" ? line : phraseText(line, english)))).toEqual([
      "Qualifies for “Senior Concierge”: Amount spent $10,000.00 ≥ $10,000.00",
    ]);
  });

  it("does nothing for a customer already in place, whatever the metafield's evaluation date", () => {
    const stored: StoredTier = {
      ruleId: "Senior Concierge",
      tierName: "Senior Concierge",
      appliedTags: ["VIP", "Senior"],
      factsUpdatedAt: new Date("2025-06-30T09:00:00Z"),
    };
    const result = plan(
      node({
        tags: ["Senior", "VIP"],
        amountSpent: { amount: "20000.00", currencyCode: "USD" },
        metafield: { jsonValue: seniorMetafield },
      }),
      stored,
    );
    expect(planMutatesShopify(result)).toBe(false);
    expect(result).toMatchObject({ recordChanged: false, change: null, reason: [] });
  });

  it("does nothing for a customer in no tier that Concierge never touched", () => {
    const result = plan(node({ tags: ["VIP"] }));
    expect(planMutatesShopify(result)).toBe(false);
    expect(result.recordChanged).toBe(false);
  });

  it("leaves a tier: removes only the app's tags and deletes the metafield", () => {
    const stored: StoredTier = {
      ruleId: "Senior Concierge",
      tierName: "Senior Concierge",
      appliedTags: ["Senior"],
      factsUpdatedAt: new Date("2025-06-30T09:00:00Z"),
    };
    const result = plan(node({ tags: ["Senior", "VIP"], metafield: { jsonValue: seniorMetafield } }), stored);
    expect(result).toMatchObject({
      tagsAdd: [],
      tagsRemove: ["Senior"], // VIP was the merchant's
      appliedTags: [],
      metafield: { kind: "delete" },
      change: { kind: "left", fromTier: "Senior Concierge", toTier: null },
    });
  });

  it("removes tags the app added for a rule that has since been deleted", () => {
    const stored: StoredTier = {
      ruleId: "old",
      tierName: "Platinum",
      appliedTags: ["Platinum"],
      factsUpdatedAt: new Date("2025-06-30T09:00:00Z"),
    };
    const result = plan(node({ tags: ["Platinum"], metafield: { jsonValue: { ...seniorMetafield, tier: "Platinum" } } }), stored);
    expect(result).toMatchObject({ tagsRemove: ["Platinum"], metafield: { kind: "delete" }, change: { kind: "left" } });
  });

  it("rewrites the metafield when what the tier gives changed, without a history entry", () => {
    const stored: StoredTier = {
      ruleId: "Senior Concierge",
      tierName: "Senior Concierge",
      appliedTags: [],
      factsUpdatedAt: new Date("2025-06-30T09:00:00Z"),
    };
    const result = plan(
      node({
        tags: ["Senior", "VIP"],
        amountSpent: { amount: "20000.00", currencyCode: "USD" },
        metafield: { jsonValue: { ...seniorMetafield, skipBot: false } },
      }),
      stored,
    );
    expect(result.metafield).toMatchObject({ kind: "set" });
    expect(result.change).toBeNull();
  });

  it("changes nothing from facts older than the ones Concierge acted on", () => {
    const stored: StoredTier = { ruleId: null, tierName: null, appliedTags: [], factsUpdatedAt: new Date("2025-06-30T11:00:00Z") };
    const result = plan(node({ amountSpent: { amount: "20000.00", currencyCode: "USD" } }), stored);
    expect(result.stale).toBe(true);
    expect(planMutatesShopify(result)).toBe(false);
  });

  it("acts on facts exactly as new as the last ones (a rule change re-evaluates the same facts)", () => {
    const stored: StoredTier = { ruleId: null, tierName: null, appliedTags: [], factsUpdatedAt: new Date("2025-06-30T10:00:00Z") };
    expect(plan(node({ amountSpent: { amount: "20000.00", currencyCode: "USD" } }), stored).stale).toBe(false);
  });

  it("records a renamed tier as a change", () => {
    const stored: StoredTier = {
      ruleId: "Gold",
      tierName: "Gold Old",
      appliedTags: ["Gold"],
      factsUpdatedAt: new Date("2025-06-30T09:00:00Z"),
    };
    const result = plan(node({ tags: ["Gold"], numberOfOrders: "11" }), stored);
    expect(result.change).toMatchObject({ kind: "changed", fromTier: "Gold Old", toTier: "Gold" });
  });
});

describe("tierMetafieldMatches", () => {
  const desired = { ...seniorMetafield, evaluatedAt: NOW.toISOString() };

  it("ignores when the tier was evaluated, and nothing else", () => {
    expect(tierMetafieldMatches(seniorMetafield, desired)).toBe(true);
    expect(tierMetafieldMatches({ ...seniorMetafield, instantRefunds: true }, desired)).toBe(false);
    expect(
      tierMetafieldMatches({ ...seniorMetafield, concierge: { name: "Ana", phone: null, email: null, whatsapp: null } }, desired),
    ).toBe(false);
    expect(tierMetafieldMatches("Senior Concierge", desired)).toBe(false);
    expect(tierMetafieldMatches(null, desired)).toBe(false);
    expect(tierMetafieldMatches(null, null)).toBe(true);
    expect(tierMetafieldMatches(seniorMetafield, null)).toBe(false);
  });
});
