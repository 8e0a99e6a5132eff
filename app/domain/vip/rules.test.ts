import { describe, expect, it } from "vitest";
import { formBody, inEnglish, parseFields, type FormFields } from "../../../tests/factories/forms";
import { parseRuleInput, ruleFormSchema, validateRuleSet } from "./rules";

const USD = { shopCurrency: "USD" };

/** The rule form parsed as the browser and the action parse it. */
const parse = (form: FormFields | URLSearchParams, shopCurrency = "USD", otherTierNames: string[] = []) =>
  parseFields(form, ruleFormSchema(shopCurrency, otherTierNames));

function seniorConciergeForm(overrides: FormFields = {}): FormFields {
  return {
    tierName: "  Senior Concierge ",
    match: "any",
    "conditions[0].kind": "amount_spent_at_least",
    "conditions[0].value": "10000",
    "conditions[1].kind": "tag_contains",
    "conditions[1].value": " vip ",
    ...overrides,
  };
}

function expectFieldErrors(form: FormFields, shopCurrency = "USD") {
  const result = parse(form, shopCurrency);
  if (result.ok) throw new Error(`expected field errors, got ${JSON.stringify(result.value)}`);
  return result.fieldErrors;
}

describe("the rule form", () => {
  it("turns a rule form into a rule: unchecked boxes are off, the VIP tag by default", () => {
    const result = parse(seniorConciergeForm());
    expect(result).toEqual({
      ok: true,
      value: {
        tierName: "Senior Concierge",
        match: "any",
        conditions: [
          { kind: "amount_spent_at_least", value: "10000.00" },
          { kind: "tag_contains", value: "vip" },
        ],
        tagsToAdd: ["VIP"],
        skipBot: false,
        skipQueue: false,
        concierge: null,
        instantRefunds: false,
        enabled: false,
      },
    });
  });

  it("reads every condition kind, the flags and the concierge from URLSearchParams", () => {
    const form = new URLSearchParams([
      ["tierName", "Gold"],
      ["match", "all"],
      ["conditions[0].kind", "tag_equals"],
      ["conditions[0].value", "Wholesale"],
      ["conditions[1].kind", "orders_count_at_least"],
      ["conditions[1].value", "12"],
      ["conditions[2].kind", "last_order_within_days"],
      ["conditions[2].value", "90"],
      ["tagsToAdd", "Gold"],
      ["tagsToAdd", "vip"],
      ["tagsToAdd", "VIP"],
      ["skipBot", "on"],
      ["skipQueue", "true"],
      ["instantRefunds", "on"],
      ["enabled", "false"],
      ["concierge.name", "Ana"],
      ["concierge.phone", "+1 (415) 555-0123"],
      ["concierge.email", " ana@example.com "],
      ["concierge.whatsapp", ""],
    ]);
    const result = parse(form);
    expect(result).toEqual({
      ok: true,
      value: {
        tierName: "Gold",
        match: "all",
        conditions: [
          { kind: "tag_equals", value: "Wholesale" },
          { kind: "orders_count_at_least", value: 12 },
          { kind: "last_order_within_days", value: 90 },
        ],
        // Deduplicated case-insensitively, first spelling kept.
        tagsToAdd: ["Gold", "vip"],
        skipBot: true,
        skipQueue: true,
        concierge: { name: "Ana", phone: "+14155550123", email: "ana@example.com", whatsapp: null },
        instantRefunds: true,
        enabled: false,
      },
    });
  });

  it("lets an unchecked checkbox win over its hidden default, the last value counting", () => {
    const form = formBody(seniorConciergeForm());
    form.append("enabled", "false");
    const result = parse(form);
    expect(result.ok && result.value.enabled).toBe(false);

    form.append("enabled", "on");
    const checked = parse(form);
    expect(checked.ok && checked.value.enabled).toBe(true);
  });

  it("asks for at least one condition", () => {
    const errors = expectFieldErrors(
      seniorConciergeForm({
        "conditions[0].kind": undefined,
        "conditions[0].value": undefined,
        "conditions[1].kind": undefined,
        "conditions[1].value": undefined,
      }),
    );
    expect(errors).toEqual({ conditions: "Add at least one condition" });
  });

  it("refuses a negative amount, and names the field the merchant sees", () => {
    expect(expectFieldErrors(seniorConciergeForm({ "conditions[0].value": "-5.00" }))).toEqual({
      "conditions[0].value": "Amount must be zero or more",
    });
  });

  it("accepts zero, and refuses amounts that are not plain decimals or too precise for the currency", () => {
    const zero = parse(seniorConciergeForm({ "conditions[0].value": "0" }));
    expect(zero.ok && zero.value.conditions[0]).toEqual({ kind: "amount_spent_at_least", value: "0.00" });

    expect(expectFieldErrors(seniorConciergeForm({ "conditions[0].value": "$10,000" }))).toEqual({
      "conditions[0].value": "Enter an amount like 10000.00",
    });
    expect(expectFieldErrors(seniorConciergeForm({ "conditions[0].value": "10.001" }))).toEqual({
      "conditions[0].value": "USD amounts have at most 2 decimals",
    });
    expect(expectFieldErrors(seniorConciergeForm({ "conditions[0].value": "1500.5" }), "JPY")).toEqual({
      "conditions[0].value": "JPY amounts have no decimals",
    });
    expect(expectFieldErrors(seniorConciergeForm({ "conditions[0].value": "" }))).toEqual({
      "conditions[0].value": "Enter an amount",
    });
  });

  it("refuses an amount or an order count beyond any customer's, stating the limit", () => {
    expect(expectFieldErrors(seniorConciergeForm({ "conditions[0].value": "12345678901234567890" }))).toEqual({
      "conditions[0].value": "Amount can be at most $10,000,000,000.00",
    });
    expect(expectFieldErrors(seniorConciergeForm({ "conditions[0].value": "10000000000.01" }))).toEqual({
      "conditions[0].value": "Amount can be at most $10,000,000,000.00",
    });
    const largest = parse(seniorConciergeForm({ "conditions[0].value": "10000000000" }));
    expect(largest.ok && largest.value.conditions[0]).toEqual({ kind: "amount_spent_at_least", value: "10000000000.00" });
    expect(
      expectFieldErrors(
        seniorConciergeForm({ "conditions[1].kind": "orders_count_at_least", "conditions[1].value": "12345678901234567890" }),
      ),
    ).toEqual({ "conditions[1].value": "Enter at most 1,000,000 orders" });
  });

  it("refuses a tier name the shop already has, ignoring case and spaces, with the form's other mistakes", () => {
    const taken = parse(seniorConciergeForm({ tierName: " senior CONCIERGE", "concierge.email": "ana@" }), "USD", [
      "Gold",
      "Senior Concierge ",
    ]);
    expect(taken).toEqual({
      ok: false,
      fieldErrors: { tierName: "A tier named “Senior Concierge” already exists", "concierge.email": "Enter a valid email address" },
    });
    expect(parse(seniorConciergeForm({ tierName: "Senior Concierge II" }), "USD", ["Senior Concierge"]).ok).toBe(true);
  });

  it("checks whole numbers and the day range", () => {
    const errors = expectFieldErrors(
      seniorConciergeForm({
        "conditions[2].kind": "orders_count_at_least",
        "conditions[2].value": "2.5",
        "conditions[3].kind": "last_order_within_days",
        "conditions[3].value": "0",
        "conditions[4].kind": "last_order_within_days",
        "conditions[4].value": "3651",
        "conditions[5].kind": "last_order_within_days",
        "conditions[5].value": "soon",
        "conditions[6].kind": "birthday_is_today",
      }),
    );
    expect(errors).toEqual({
      "conditions[2].value": "Enter a whole number",
      "conditions[3].value": "Enter at least 1 day",
      "conditions[4].value": "Enter at most 3650 days",
      "conditions[5].value": "Enter a whole number",
      "conditions[6].kind": "Choose a condition",
    });
    const longest = parse(seniorConciergeForm({ "conditions[0].kind": "last_order_within_days", "conditions[0].value": "3650" }));
    expect(longest.ok).toBe(true);
  });

  it("refuses a bad email, a bad phone number, and a concierge nobody can reach", () => {
    expect(
      expectFieldErrors(seniorConciergeForm({ "concierge.email": "ana@", "concierge.phone": "call me", "concierge.whatsapp": "+0123" })),
    ).toEqual({
      "concierge.email": "Enter a valid email address",
      "concierge.phone": "Enter a phone number with its country code, like +14155550123",
      "concierge.whatsapp": "Enter a WhatsApp number with its country code, like +14155550123",
    });
    expect(expectFieldErrors(seniorConciergeForm({ "concierge.name": "Ana", "concierge.email": "" }))).toEqual({
      concierge: "Add a phone, email or WhatsApp number",
    });
    const blank = parse(seniorConciergeForm({ "concierge.name": " ", "concierge.email": "" }));
    expect(blank.ok && blank.value.concierge).toBeNull();
    const whatsappOnly = parse(seniorConciergeForm({ "concierge.whatsapp": "447700900123" }));
    expect(whatsappOnly.ok && whatsappOnly.value.concierge).toEqual({
      name: null,
      phone: null,
      email: null,
      whatsapp: "447700900123",
    });
  });

  it("refuses a tag with a comma, an empty tag, and an over-long tier name", () => {
    expect(expectFieldErrors(seniorConciergeForm({ tagsToAdd: ["VIP", "Gold, Platinum"] }))).toEqual({
      "tagsToAdd[1]": "Tags can't contain commas",
    });
    expect(expectFieldErrors(seniorConciergeForm({ "tagsToAdd[0]": "VIP", "tagsToAdd[1]": " " }))).toEqual({
      "tagsToAdd[1]": "Enter a tag",
    });
    expect(expectFieldErrors(seniorConciergeForm({ "conditions[1].value": "a,b" }))).toEqual({
      "conditions[1].value": "Tags can't contain commas",
    });
    expect(expectFieldErrors(seniorConciergeForm({ tierName: "x".repeat(61) }))).toEqual({
      tierName: "Tier names are at most 60 characters",
    });
    expect(expectFieldErrors(seniorConciergeForm({ tierName: "   " }))).toEqual({ tierName: "Enter a tier name" });
    expect(expectFieldErrors(seniorConciergeForm({ "tagsToAdd[0]": "x".repeat(256) }))).toEqual({
      "tagsToAdd[0]": "Tags are at most 255 characters",
    });
  });

  it("reports every field's first error at once", () => {
    const errors = expectFieldErrors({ match: "some", "conditions[0].kind": "tag_equals", "conditions[0].value": "" });
    expect(errors).toEqual({
      tierName: "Enter a tier name",
      match: "Choose whether all or any conditions must match",
      "conditions[0].value": "Enter a tag",
    });
  });
});

describe("parseRuleInput", () => {
  it("parses JSON with numbers as numbers and applies the same rules", () => {
    expect(
      parseRuleInput({ tierName: "Gold", conditions: [{ kind: "orders_count_at_least", value: 5 }], tagsToAdd: ["Gold"] }, USD),
    ).toMatchObject({ ok: true, rule: { match: "all", conditions: [{ kind: "orders_count_at_least", value: 5 }] } });
    expect(inEnglish(parseRuleInput({ tierName: "Gold", conditions: [{ kind: "amount_spent_at_least", value: 100 }] }, USD))).toEqual({
      ok: false,
      fieldErrors: { "conditions.0.value": "Enter an amount like 10000.00" },
    });
    expect(inEnglish(parseRuleInput({ tierName: "Gold" }, USD))).toEqual({
      ok: false,
      fieldErrors: { conditions: "Add at least one condition" },
    });
  });
});

describe("validateRuleSet", () => {
  it("refuses a second tier with the same name, ignoring case and spaces", () => {
    expect(inEnglish(validateRuleSet([{ tierName: "Senior Concierge" }, { tierName: "Gold" }, { tierName: " senior concierge" }]))).toEqual(
      {
        ok: false,
        fieldErrors: { tierName: "A tier named “Senior Concierge” already exists" },
      },
    );
  });

  it("accepts distinct names", () => {
    expect(validateRuleSet([{ tierName: "Senior Concierge" }, { tierName: "Gold" }])).toEqual({ ok: true });
    expect(validateRuleSet([])).toEqual({ ok: true });
  });
});
