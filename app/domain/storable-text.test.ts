import { describe, expect, it } from "vitest";
import { mayHoldUnstorableText, parseStorableJson, storableText } from "./storable-text";

describe("storableText", () => {
  it("drops U+0000 and keeps everything else", () => {
    expect(storableText("Ramadan\u0000 gifts")).toBe("Ramadan gifts");
    expect(storableText("\u0000\u0000")).toBe("");
    expect(storableText("هدايا رمضان 🎁")).toBe("هدايا رمضان 🎁");
  });

  it("replaces a lone surrogate with U+FFFD and keeps a pair", () => {
    expect(storableText("a\ud800b")).toBe("a\ufffdb");
    expect(storableText("a\udc00")).toBe("a\ufffd");
    expect(storableText("\ud83c\udf81")).toBe("🎁");
  });
});

describe("parseStorableJson", () => {
  it("cleans every string and key of a body that holds a NUL or a lone surrogate escape", () => {
    const body = String.raw`{"note":"gift\u0000","note_attributes":[{"name":"wrap\u0000","value":"\ud800yes"}],"k\u0000ey":1}`;
    expect(parseStorableJson(body)).toEqual({
      note: "gift",
      note_attributes: [{ name: "wrap", value: "\ufffdyes" }],
      key: 1,
    });
  });

  it("reads an escaped backslash before u0000 as the text it is", () => {
    const body = String.raw`{"path":"C:\\u0000"}`;
    expect(mayHoldUnstorableText(body)).toBe(true);
    expect(parseStorableJson(body)).toEqual({ path: "C:\\u0000" });
  });

  it("leaves the ordinary body alone, escaped emoji included", () => {
    expect(mayHoldUnstorableText(`{"name":"Fatima","note":"شكراً"}`)).toBe(false);
    expect(parseStorableJson(String.raw`{"gift":"\ud83c\udf81"}`)).toEqual({ gift: "🎁" });
  });

  it("refuses what is not JSON, as JSON.parse does", () => {
    expect(() => parseStorableJson("{")).toThrow(SyntaxError);
  });
});
