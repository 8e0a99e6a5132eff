import { describe, expect, it } from "vitest";
import { contactMatches, orderNameFromInput, orderNameSearch, trackLookupSchema } from "./lookup";

describe("tracking lookup", () => {
  it("reads the order number however the shopper types it", () => {
    expect(orderNameFromInput("1001")).toBe("#1001");
    expect(orderNameFromInput("#1001")).toBe("#1001");
    expect(orderNameFromInput(" # 1001 ")).toBe("#1001");
  });

  it("refuses what is not an order number or a contact, with a message for the field", () => {
    const result = trackLookupSchema.safeParse({ order: "1001; drop", contact: "" });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
    expect(messages).toContain("order: Enter the order number from your confirmation email, like #1001");
    expect(messages).toContain("contact: Enter the email or phone number used for the order");
  });

  it("searches by the quoted order name", () => {
    expect(orderNameSearch("#1001")).toBe('name:"#1001"');
  });

  it("matches the order's email in any case, and its phone in any format", () => {
    const order = { email: "Amira@Example.com", phone: "+971501110346" };
    expect(contactMatches(order, "amira@example.com")).toBe(true);
    expect(contactMatches(order, "omar@example.com")).toBe(false);
    expect(contactMatches(order, "050 111 0346")).toBe(true);
    expect(contactMatches(order, "+971 50 111 0347")).toBe(false);
    expect(contactMatches(order, "0346")).toBe(false);
    expect(contactMatches({ email: null, phone: null }, "amira@example.com")).toBe(false);
  });
});
