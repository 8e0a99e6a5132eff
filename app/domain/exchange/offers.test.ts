import { describe, expect, it } from "vitest";
import { formFieldsOf, parseFields, type FormFields } from "../../../tests/factories/forms";
import { missingTranslations, offerFormSchema, offerFormValues } from "./offers";

const form = (fields: FormFields) => fields;

/** The offer form parsed as the browser and the action parse it. */
function parseOfferForm(fields: FormFields, options: { shopCurrency: string }) {
  const result = parseFields(fields, offerFormSchema(options.shopCurrency));
  return result.ok ? ({ ok: true, offer: result.value } as const) : result;
}

const valid = {
  name: "New cut + free belt",
  enabled: "true",
  "match.productIds": ["gid://shopify/Product/1"],
  "match.tags": "chino, Chino, bestseller",
  reasons: ["SIZE_TOO_SMALL", "SIZE_TOO_LARGE"],
  "exchange.kind": "product",
  "exchange.productId": "gid://shopify/Product/2",
  "exchange.variantId": "left over from another choice",
  "bonus.kind": "free_gift",
  "bonus.variantId": "gid://shopify/ProductVariant/301",
  "texts.en.headline": "Not the right fit? Exchange for {exchange_item} and get {bonus_item}",
  "texts.en.script": "We just released {exchange_item}. Exchange today and I'll add {bonus_item}.",
  "texts.fr.headline": "Pas la bonne coupe ?",
  "texts.fr.script": "Échangez contre {exchange_item}.",
  "texts.ar.headline": "",
  "texts.ar.script": "",
  startsOn: "2026-11-01",
  endsOn: "",
  returnWindowDays: "45",
};

describe("the offer form", () => {
  it("parses a valid offer, reading only the fields of the chosen kinds", () => {
    const parsed = parseOfferForm(form(valid), { shopCurrency: "USD" });
    expect(parsed).toEqual({
      ok: true,
      offer: {
        name: "New cut + free belt",
        enabled: true,
        match: { productIds: ["gid://shopify/Product/1"], collectionIds: [], tags: ["chino", "bestseller"] },
        reasons: ["SIZE_TOO_SMALL", "SIZE_TOO_LARGE"],
        exchange: { kind: "product", productId: "gid://shopify/Product/2" },
        bonus: { kind: "free_gift", variantId: "gid://shopify/ProductVariant/301" },
        texts: {
          en: { headline: valid["texts.en.headline"], script: valid["texts.en.script"] },
          ar: { headline: null, script: null },
          fr: { headline: "Pas la bonne coupe ?", script: "Échangez contre {exchange_item}." },
        },
        startsOn: "2026-11-01",
        endsOn: null,
        returnWindowDays: 45,
      },
    });
    if (parsed.ok) expect(missingTranslations(parsed.offer.texts)).toEqual(["ar"]);
  });

  it("defaults the return window to 30 days", () => {
    const parsed = parseOfferForm(form({ ...valid, returnWindowDays: "" }), { shopCurrency: "USD" });
    expect(parsed.ok && parsed.offer.returnWindowDays).toBe(30);
  });

  it("reads an upsell discount exactly, in the shop currency", () => {
    const percent = parseOfferForm(
      form({ ...valid, "bonus.kind": "upsell_discount", "bonus.discount.kind": "percentage", "bonus.discount.value": "12.5" }),
      { shopCurrency: "USD" },
    );
    expect(percent.ok && percent.offer.bonus).toEqual({
      kind: "upsell_discount",
      variantId: "gid://shopify/ProductVariant/301",
      discount: { kind: "percentage", basisPoints: 1250 },
    });
    const amount = parseOfferForm(
      form({ ...valid, "bonus.kind": "upsell_discount", "bonus.discount.kind": "fixed_amount", "bonus.discount.value": "10" }),
      { shopCurrency: "USD" },
    );
    expect(amount.ok && amount.offer.bonus).toMatchObject({ discount: { kind: "fixed_amount", amount: "10.00" } });
    const yen = parseOfferForm(
      form({ ...valid, "bonus.kind": "upsell_discount", "bonus.discount.kind": "fixed_amount", "bonus.discount.value": "10.5" }),
      { shopCurrency: "JPY" },
    );
    expect(yen).toEqual({ ok: false, fieldErrors: { "bonus.discount.value": "JPY amounts have no decimals" } });
  });

  it("returns an error per field, keyed by the field's name", () => {
    const parsed = parseOfferForm(
      form({
        ...valid,
        name: " ",
        "match.productIds": [],
        "match.tags": "",
        reasons: ["TOO_UGLY"],
        "exchange.kind": "variant",
        "exchange.variantId": "42",
        "texts.en.headline": "",
        "texts.fr.script": "Get {free_belt}",
        startsOn: "2026-12-10",
        endsOn: "2026-12-01",
        returnWindowDays: "0",
      }),
      { shopCurrency: "USD" },
    );
    expect(parsed).toEqual({
      ok: false,
      fieldErrors: {
        name: "Enter a name",
        "reasons[0]": "Choose a return reason",
        "exchange.variantId": "Choose the variant to exchange to",
        "texts.en.headline": "Enter the headline",
        "texts.fr.script": "Unknown placeholder {free_belt}: use {returned_item}, {exchange_item}, {bonus_item}, {price_difference}",
        returnWindowDays: "Enter a number of days from 1 to 365",
      },
    });
    // The checks across fields come once the fields themselves are valid.
    const across = parseOfferForm(
      form({ ...valid, "match.productIds": [], "match.tags": "", startsOn: "2026-12-10", endsOn: "2026-12-01" }),
      { shopCurrency: "USD" },
    );
    expect(across).toEqual({
      ok: false,
      fieldErrors: {
        match: "Choose the products, collections or tags this offer is for",
        endsOn: "The offer must end on or after the day it starts",
      },
    });
  });

  it("round-trips through the form's initial values", () => {
    const parsed = parseOfferForm(
      form({ ...valid, "bonus.kind": "upsell_discount", "bonus.discount.kind": "percentage", "bonus.discount.value": "7.5" }),
      { shopCurrency: "USD" },
    );
    if (!parsed.ok) throw new Error("invalid");
    const again = parseOfferForm(formFieldsOf(offerFormValues(parsed.offer)), { shopCurrency: "USD" });
    expect(again).toEqual(parsed);
  });
});
