import { describe, expect, it } from "vitest";
import { orderContactKeys, typedContactKey } from "./contact-keys";
import { contactMatches } from "./lookup";

const SECRET = "test-secret";
const SHOP = "shop-a.myshopify.com";
const order = { email: "Fatima.AlMansouri@example.ae", phone: "+971 50 111 0346" };

const matches = (typed: string, shop = SHOP, secret = SECRET) => {
  const typedKey = typedContactKey(secret, shop, typed);
  return typedKey !== null && orderContactKeys(SECRET, SHOP, order).includes(typedKey);
};

describe("contact keys", () => {
  it("match exactly when the contact matches the order", () => {
    for (const typed of ["fatima.almansouri@example.ae", " FATIMA.ALMANSOURI@EXAMPLE.AE ", "0501110346", "+971501110346", "501110346"]) {
      expect(matches(typed), typed).toBe(contactMatches(order, typed));
      expect(matches(typed), typed).toBe(true);
    }
    for (const typed of ["someone@example.ae", "0501110347", "1110346", "fatima"]) {
      expect(matches(typed), typed).toBe(false);
    }
  });

  it("keep neither the email nor the phone, and differ between shops and secrets", () => {
    const keys = orderContactKeys(SECRET, SHOP, order);
    expect(keys).toHaveLength(2);
    expect(keys.join(" ")).not.toMatch(/fatima|example|0346/i);
    expect(matches("fatima.almansouri@example.ae", "shop-b.myshopify.com")).toBe(false);
    expect(matches("fatima.almansouri@example.ae", SHOP, "another-secret")).toBe(false);
  });

  it("keep nothing for an order without a usable contact", () => {
    expect(orderContactKeys(SECRET, SHOP, { email: null, phone: "12345" })).toEqual([]);
  });
});
