import { describe, expect, it } from "vitest";
import { parseFields } from "../../../tests/factories/forms";
import { deflection, trackingSettingsSchema } from "./settings";

const parse = (fields: Record<string, string>) => parseFields(fields, trackingSettingsSchema("USD"));

describe("tracking settings form", () => {
  it("reads branding, support contact, FAQ rows and the ticket cost exactly", () => {
    const result = parse({
      headline: "Where's my parcel?",
      primaryColor: "#1A73E8",
      supportEmail: "Help@Example.com",
      supportWhatsApp: "+971 50 111 0346",
      "faqLinks[0].label": "",
      "faqLinks[0].url": "",
      "faqLinks[1].label": "Shipping times",
      "faqLinks[1].url": "https://example.com/pages/shipping",
      pinnedCollection: "new-arrivals",
      costPerTicket: "4.75",
    });
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
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
    const result = parse({
      logoUrl: "http://example.com/logo.png",
      primaryColor: "blue",
      "faqLinks[0].label": "",
      "faqLinks[0].url": "",
      "faqLinks[1].label": "Returns",
      "faqLinks[1].url": "javascript:alert(1)",
      "faqLinks[2].label": "",
      "faqLinks[2].url": "https://example.com/pages/returns",
      costPerTicket: "-5",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject({
      logoUrl: "The logo address must be an https:// address",
      primaryColor: "Use a colour like #1a73e8",
      // The rows the merchant sees: an empty row before them is no link, but still a row.
      "faqLinks[1].url": "The link must be an https:// address",
      "faqLinks[2].label": "Give the link a label",
      costPerTicket: "The cost of a ticket must be zero or more",
    });
  });
});

describe("deflection", () => {
  it("counts a ticket saved for each lookup that found an order, at the merchant's cost", () => {
    expect(
      deflection(
        [
          { day: "2026-11-01", lookups: 40 },
          { day: "2026-11-02", lookups: 3 },
        ],
        500n,
      ),
    ).toEqual({
      lookups: 43,
      ticketsSaved: 43,
      savedMinor: 21500n,
    });
  });
});
