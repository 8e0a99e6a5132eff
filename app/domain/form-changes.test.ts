import { describe, expect, it } from "vitest";
import { changedFields, fieldTexts, valueAtField } from "./form-changes";

// An exchange offer as its page loads it: a discount is kept for the bonus kind that shows it, though the bonus is "none".
const loaded = {
  name: "New cut",
  enabled: "on",
  match: { productIds: ["gid://shopify/Product/1"], tags: [] },
  bonus: { kind: "none", discount: { kind: "percentage" } },
  texts: { en: { headline: "Exchange for {exchange_item}" }, ar: { headline: null } },
  returnWindowDays: "30",
  conditions: [{ kind: "total_spent", value: "500" }],
};
// The same form as the browser reads it back from its fields, unchanged.
const unchanged = {
  name: "New cut",
  enabled: "on",
  match: { productIds: "gid://shopify/Product/1", tags: "" },
  bonus: { kind: "none" },
  texts: { en: { headline: "Exchange for {exchange_item}" }, ar: { headline: "" } },
  returnWindowDays: "30",
  conditions: [{ kind: "total_spent", value: "500" }],
};
const onScreen = [
  "name",
  "enabled",
  "match.productIds",
  "match.tags",
  "bonus.kind",
  "texts.en.headline",
  "texts.ar.headline",
  "returnWindowDays",
  "conditions[0].kind",
  "conditions[0].value",
];

describe("a form's unsaved changes", () => {
  it("are none when the fields on screen hold what was loaded, however the browser sends them", () => {
    expect(changedFields(onScreen, unchanged, loaded)).toEqual([]);
  });

  it("name each field the merchant changed: a text, a box unticked, a choice added, a list item's value", () => {
    const changed = {
      ...unchanged,
      returnWindowDays: "45",
      enabled: undefined,
      match: { productIds: ["gid://shopify/Product/1", "gid://shopify/Product/2"], tags: "" },
      conditions: [{ kind: "total_spent", value: "750" }],
    };
    expect(changedFields(onScreen, changed, loaded)).toEqual(["enabled", "match.productIds", "returnWindowDays", "conditions[0].value"]);
  });

  it("count a text cleared, or written where there was none", () => {
    expect(changedFields(["name"], { name: "" }, loaded)).toEqual(["name"]);
    expect(changedFields(["texts.ar.headline"], { texts: { ar: { headline: "بدّل" } } }, loaded)).toEqual(["texts.ar.headline"]);
  });

  it("count a part of the form once it is shown and differs (the discount, once the bonus offers one)", () => {
    const upsell = { ...unchanged, bonus: { kind: "upsell_discount", discount: { kind: "percentage", value: "10" } } };
    expect(changedFields([...onScreen, "bonus.discount.kind", "bonus.discount.value"], upsell, loaded)).toEqual([
      "bonus.kind",
      "bonus.discount.value",
    ]);
  });
});

describe("a field's value", () => {
  it("is found by its name, through objects and lists", () => {
    expect(valueAtField(loaded, "texts.en.headline")).toBe("Exchange for {exchange_item}");
    expect(valueAtField(loaded, "conditions[0].value")).toBe("500");
    expect(valueAtField(loaded, "conditions[3].value")).toBeUndefined();
    expect(valueAtField(loaded, "name.first")).toBeUndefined();
  });

  it("is read as the texts a form sends", () => {
    expect(fieldTexts(["a", "", "b"])).toEqual(["a", "b"]);
    expect(fieldTexts("")).toEqual([]);
    expect(fieldTexts(null)).toEqual([]);
    expect(fieldTexts(true)).toEqual(["on"]);
    expect(fieldTexts(false)).toEqual([]);
    expect(fieldTexts(7.5)).toEqual(["7.5"]);
  });
});
