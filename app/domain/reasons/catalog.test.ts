import { describe, expect, it } from "vitest";
import { RETURN_REASON_DEFINITIONS } from "../../../local-shopify/store";
import { BUILT_IN_REASONS, customReasonSchema, reasonCatalog, reasonKeyOf, unmappedShopperReasons } from "./catalog";

describe("the one list of reasons", () => {
  const catalog = reasonCatalog([]);

  it("puts what Shopify, a shopper and a helpdesk say about the same thing on one key", () => {
    expect(reasonKeyOf(catalog, { source: "shopify", handle: "too-tight" })).toBe("too-small");
    expect(reasonKeyOf(catalog, { source: "shopper", reason: "SIZE_TOO_SMALL" })).toBe("too-small");
    expect(reasonKeyOf(catalog, { source: "helpdesk", text: "Size too small" })).toBe("too-small");
    expect(reasonKeyOf(catalog, { source: "helpdesk", text: "runs_small" })).toBe("too-small");
  });

  it("maps every reason a shopper can pick, every handle Concierge sends and every live definition of Shopify's library", () => {
    expect(unmappedShopperReasons(catalog)).toEqual([]);
    const live = RETURN_REASON_DEFINITIONS.filter((definition) => !definition.deleted);
    expect(live.filter((definition) => !catalog.some((entry) => entry.shopifyHandles.includes(definition.handle)))).toEqual([]);
  });

  it("lands on other when nobody said or the words are unknown", () => {
    expect(reasonKeyOf(catalog, { source: "helpdesk", text: null })).toBe("other");
    expect(reasonKeyOf(catalog, { source: "helpdesk", text: "zipper broke" })).toBe("other");
    expect(reasonKeyOf(catalog, { source: "shopify", handle: "never-heard-of" })).toBe("other");
  });

  it("takes the merchant's own reasons and more words for a built-in one", () => {
    const custom = [
      customReasonSchema.parse({ key: "Zipper-Broke", label: "Zipper broke", helpdeskAliases: ["zip broken", "zipper"] }),
      customReasonSchema.parse({ key: "defective", label: "Damaged", helpdeskAliases: ["torn seam"] }),
    ];
    const extended = reasonCatalog(custom);
    expect(reasonKeyOf(extended, { source: "helpdesk", text: "Zip  broken" })).toBe("zipper-broke");
    expect(reasonKeyOf(extended, { source: "helpdesk", text: "torn seam" })).toBe("defective");
    expect(extended).toHaveLength(BUILT_IN_REASONS.length + 1);
    // The built-in list itself is left as it was.
    expect(BUILT_IN_REASONS.find((entry) => entry.key === "defective")!.helpdeskAliases).not.toContain("torn seam");
  });

  it("refuses a key that is not words joined by hyphens", () => {
    expect(customReasonSchema.safeParse({ key: "zipper broke!", label: "x" }).success).toBe(false);
  });
});
