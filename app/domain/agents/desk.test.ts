import { describe, expect, it } from "vitest";
import { parseFields } from "../../../tests/factories/forms";
import { customerSearchQuery, delightCodeFormSchema, parseCustomerLookup, readyReply } from "./desk";
import { phraseText } from "../phrase";
import { serverTranslate } from "../../i18n/resources.server";

/** A lookup's refusal read in English (a phrase until a staff member reads it). */
function inEnglish(parsed: ReturnType<typeof parseCustomerLookup>) {
  return parsed.ok ? parsed : { ...parsed, error: phraseText(parsed.error, serverTranslate("en")) };
}

describe("parseCustomerLookup", () => {
  it("reads an email, in any case", () => {
    expect(parseCustomerLookup("  Emma.Johnson@Example.COM ")).toEqual({
      ok: true,
      lookup: { kind: "email", email: "emma.johnson@example.com" },
    });
    expect(inEnglish(parseCustomerLookup("emma@"))).toEqual({ ok: false, error: "Enter a valid email address" });
  });

  it("reads an order number with or without its #", () => {
    expect(parseCustomerLookup("#1001")).toEqual({ ok: true, lookup: { kind: "order", orderName: "#1001" } });
    expect(parseCustomerLookup("# 1001")).toEqual({ ok: true, lookup: { kind: "order", orderName: "#1001" } });
    expect(parseCustomerLookup("1001")).toEqual({ ok: true, lookup: { kind: "order", orderName: "#1001" } });
    expect(parseCustomerLookup("#EU-1001")).toEqual({ ok: true, lookup: { kind: "order", orderName: "#EU-1001" } });
  });

  it("reads a phone number: a leading + or 8 digits and more, punctuation ignored", () => {
    expect(parseCustomerLookup("+1 (212) 555-0100")).toEqual({ ok: true, lookup: { kind: "phone", phone: "+12125550100" } });
    expect(parseCustomerLookup("971 50 111 0346")).toEqual({ ok: true, lookup: { kind: "phone", phone: "971501110346" } });
    expect(inEnglish(parseCustomerLookup("+1 212"))).toEqual({
      ok: false,
      error: "Enter a phone number with its country code, like +1 212 555 0100",
    });
  });

  it("explains what it accepts when it can't tell", () => {
    for (const input of ["", "   ", "Emma Johnson", "1001; drop"]) {
      const parsed = parseCustomerLookup(input);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(phraseText(parsed.error, serverTranslate("en"))).toMatch(/email, phone number .* or an order number/);
    }
  });

  it("quotes the search so nothing typed is read as search syntax", () => {
    expect(customerSearchQuery({ kind: "email", email: "a@b.co" })).toBe('email:"a@b.co"');
    expect(customerSearchQuery({ kind: "phone", phone: "+12125550100" })).toBe('phone:"+12125550100"');
  });
});

describe("the issue-a-code form", () => {
  const parseDelightCodeForm = (fields: Record<string, string>) => {
    const result = parseFields(fields, delightCodeFormSchema("USD"));
    return result.ok ? ({ ok: true, request: result.value } as const) : result;
  };

  it("reads the value, the days it lasts (30 by default) and the customer", () => {
    expect(
      parseDelightCodeForm({ "discount.kind": "percentage", "discount.value": "15", customerId: "gid://shopify/Customer/7001" }),
    ).toEqual({
      ok: true,
      request: { discount: { kind: "percentage", basisPoints: 1500 }, expiresInDays: 30, customerId: "7001" },
    });
    expect(parseDelightCodeForm({ "discount.kind": "fixed_amount", "discount.value": "20", expiresInDays: "7", customerId: "" })).toEqual({
      ok: true,
      request: { discount: { kind: "fixed_amount", amount: { minor: 2000n, currencyCode: "USD" } }, expiresInDays: 7, customerId: null },
    });
  });

  it("keys errors by field", () => {
    expect(
      parseDelightCodeForm({ "discount.kind": "percentage", "discount.value": "0.5", expiresInDays: "400", customerId: "emma" }),
    ).toEqual({
      ok: false,
      fieldErrors: {
        "discount.value": "The discount must be from 1% to 100%",
        expiresInDays: "A code lasts 1 to 365 days",
        customerId: "Find the customer again: that customer id is not valid",
      },
    });
    const noKind = parseDelightCodeForm({ "discount.value": "10" });
    expect(noKind.ok).toBe(false);
    if (!noKind.ok)
      expect(noKind.fieldErrors["discount.kind"] ?? noKind.fieldErrors.discount).toBe("Choose a percentage or a fixed amount off");
  });
});

describe("readyReply", () => {
  it("writes in the customer's language: Arabic with the code kept left to right, French", () => {
    const input = {
      customerFirstName: "Fatima",
      agentName: "Nadia Haddad",
      code: "NADIA-7K2P9X",
      value: { kind: "percentage", basisPoints: 1500 } as const,
      expiresAt: new Date("2026-12-23T20:00:00Z"),
      timeZone: "Asia/Dubai",
    };
    const arabic = readyReply({ ...input, language: "ar" }).split("\n");
    expect(arabic[0]).toBe("مرحباً Fatima، شكراً لتواصلك معنا. إليك رمزاً خاصاً بك: \u2066NADIA-7K2P9X\u2069");
    expect(arabic[1]).toMatch(/^يمنحك خصماً بنسبة .+ على طلبك القادم/);
    expect(arabic[2]).toBe("استمتع! Nadia");
    const french = readyReply({
      ...input,
      customerFirstName: "Léa",
      language: "fr",
      value: { kind: "fixed_amount", amount: { minor: 2000n, currencyCode: "EUR" } },
    }).split("\n");
    expect(french[0]).toBe("Bonjour Léa, merci de nous avoir contactés. Voici un code rien que pour vous : NADIA-7K2P9X");
    expect(french[1]).toMatch(
      /^Il vous offre 20,00\s€ de réduction sur votre prochaine commande, s'utilise une fois et est valable jusqu'au 24 décembre 2026/,
    );
  });

  it("gives the code, what it takes off, that it works once, and the expiry on the shop's clock", () => {
    const reply = readyReply({
      customerFirstName: "Emma",
      agentName: "Chloé Martin",
      code: "CHLOE-7K2P9X",
      value: { kind: "percentage", basisPoints: 1500 },
      expiresAt: new Date("2026-12-23T20:00:00Z"),
      timeZone: "America/New_York",
    });
    expect(reply).toBe(
      [
        "Hi Emma, thank you for reaching out. Here is a code just for you: CHLOE-7K2P9X",
        "It takes 15% off your next order, works once, and is valid until December 23, 2026 at 3:00 PM EST.",
        "Enjoy! Chloé",
      ].join("\n"),
    );
  });

  it("greets without a name when the customer is unknown, and shows a fixed amount in the shop currency", () => {
    const reply = readyReply({
      customerFirstName: null,
      agentName: "Aiko",
      code: "AIKO-2222",
      value: { kind: "fixed_amount", amount: { minor: 2000n, currencyCode: "EUR" } },
      expiresAt: new Date("2026-07-01T10:00:00Z"),
      timeZone: "Europe/Paris",
    });
    expect(reply.split("\n")[0]).toBe("Hi, thank you for reaching out. Here is a code just for you: AIKO-2222");
    expect(reply).toContain("It takes €20.00 off your next order");
    expect(reply).toContain("July 1, 2026 at 12:00 PM GMT+2");
  });
});
