import { describe, expect, it } from "vitest";
import { parseShopifyJson } from "./shopify-json";

describe("parseShopifyJson", () => {
  it("keeps the body's own text to store when every number fits a double", () => {
    const body = '{"id": 450789469, "total_price": "199.65", "note": "مرحبا"}';
    const parsed = parseShopifyJson(body);
    expect(parsed).toMatchObject({ ok: true, text: body, value: { id: 450789469, total_price: "199.65", note: "مرحبا" } });
  });

  it("keeps an id beyond 2^53 as its exact digits, in the value and in the text to store", () => {
    const parsed = parseShopifyJson('{"id":820982911946154508,"total":1.5}');
    expect(parsed).toMatchObject({ ok: true, value: { id: "820982911946154508", total: 1.5 } });
    expect(parsed.ok && JSON.parse(parsed.text)).toEqual({ id: "820982911946154508", total: 1.5 });
  });

  it("refuses what is not a JSON object", () => {
    expect(parseShopifyJson("not json")).toEqual({ ok: false });
    expect(parseShopifyJson("42")).toEqual({ ok: false });
    expect(parseShopifyJson("null")).toEqual({ ok: false });
  });
});
