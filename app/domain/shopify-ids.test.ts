import { describe, expect, it } from "vitest";
import { isShopifyGid, numericId, shopifyGid } from "./shopify-ids";

describe("Shopify ids", () => {
  it("reads the number of a GID and keeps a number", () => {
    expect(numericId("gid://shopify/Order/450789469")).toBe("450789469");
    expect(numericId("gid://shopify/Customer/42")).toBe("42");
    expect(numericId("42")).toBe("42");
  });

  it("refuses a GID without its number", () => {
    expect(() => numericId("gid://shopify/Customer/")).toThrow();
  });

  it("makes a GID from a number and keeps a GID", () => {
    expect(shopifyGid("Order", "123")).toBe("gid://shopify/Order/123");
    expect(shopifyGid("Customer", 42)).toBe("gid://shopify/Customer/42");
    expect(shopifyGid("Customer", "gid://shopify/Customer/42")).toBe("gid://shopify/Customer/42");
  });

  it("tells a GID from a number", () => {
    expect(isShopifyGid("gid://shopify/Order/1")).toBe(true);
    expect(isShopifyGid("1")).toBe(false);
  });
});
