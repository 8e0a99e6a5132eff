import { describe, expect, it } from "vitest";
import { deflection, parseTrackingSettingsForm } from "./settings";

describe("tracking settings form", () => {
  it("reads branding, support contact, FAQ rows and the ticket cost exactly", () => {
    const result = parseTrackingSettingsForm(
      new URLSearchParams({
        headline: "Where's my parcel?",
        primaryColor: "#1A73E8",
        supportEmail: "Help@Example.com",
        supportWhatsApp: "+971 50 111 0346",
        "faqLinks.0.label": "Shipping times",
        "faqLinks.0.url": "https://example.com/pages/shipping",
        "faqLinks.1.label": "",
        "faqLinks.1.url": "",
        pinnedCollection: "new-arrivals",
        costPerTicket: "4.75",
      }),
      { shopCurrency: "USD" },
    );
    expect(result).toEqual({
      ok: true,
      settings: expect.objectContaining({
        headline: "Where's my parcel?",
        primaryColor: "#1a73e8",
        supportEmail: "help@example.com",
        supportWhatsApp: "971501110346",
        faqLinks: [{ label: "Shipping times", url: "https://example.com/pages/shipping" }],
        pinnedCollection: "new-arrivals",
        costPerTicket: { minor: 475n, currencyCode: "USD" },
      }),
    });
  });

  it("names each field that is wrong", () => {
    const result = parseTrackingSettingsForm(
      new URLSearchParams({
        logoUrl: "http://example.com/logo.png",
        primaryColor: "blue",
        "faqLinks.0.label": "Returns",
        "faqLinks.0.url": "javascript:alert(1)",
        costPerTicket: "-5",
      }),
      { shopCurrency: "USD" },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject({
      logoUrl: "The logo address must be an https:// address",
      primaryColor: "Use a colour like #1a73e8",
      "faqLinks.0.url": "The link must be an https:// address",
      costPerTicket: "The cost of a ticket must be zero or more",
    });
  });
});

describe("deflection", () => {
  it("counts a ticket saved for each lookup that found an order, at the merchant's cost", () => {
    expect(deflection([{ day: "2026-11-01", lookups: 40 }, { day: "2026-11-02", lookups: 3 }], 500n)).toEqual({
      lookups: 43,
      ticketsSaved: 43,
      savedMinor: 21500n,
    });
  });
});
