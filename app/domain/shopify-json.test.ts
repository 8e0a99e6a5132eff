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

  it("drops a U+0000 and replaces a lone surrogate, in the value and in the text to store, as PostgreSQL cannot hold them", () => {
    const parsed = parseShopifyJson(
      String.raw`{"id":820982911946154508,"note":"gift\u0000 wrap","note_attributes":[{"name":"to","value":"\udc00Amira"}]}`,
    );
    const expected = { id: "820982911946154508", note: "gift wrap", note_attributes: [{ name: "to", value: "\ufffdAmira" }] };
    expect(parsed).toMatchObject({ ok: true, value: expected });
    expect(parsed.ok && parsed.text).not.toMatch(/\\u0000|\\udc00/);
    expect(parsed.ok && JSON.parse(parsed.text)).toEqual(expected);
  });

  it("refuses what is not a JSON object", () => {
    expect(parseShopifyJson("not json")).toEqual({ ok: false });
    expect(parseShopifyJson("42")).toEqual({ ok: false });
    expect(parseShopifyJson("null")).toEqual({ ok: false });
  });
});
