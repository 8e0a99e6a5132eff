import { describe, expect, it } from "vitest";
import { formatMessage, localeTexts, placeholdersOf, resolveLocale, TRACKING_LOCALES, trackingMessages } from "./messages";

describe("the locale files (app/locales/tracking)", () => {
  it("have every key in every language, and no other", () => {
    const english = Object.keys(localeTexts.en).sort();
    expect(english.length).toBeGreaterThan(0);
    for (const locale of TRACKING_LOCALES) {
      const keys = Object.keys(localeTexts[locale]).sort();
      expect(
        english.filter((key) => !keys.includes(key)),
        `keys missing in ${locale}.json`,
      ).toEqual([]);
      expect(
        keys.filter((key) => !english.includes(key)),
        `keys only in ${locale}.json`,
      ).toEqual([]);
    }
  });
});

describe("trackingMessages", () => {
  it.each(Object.entries(trackingMessages))("%s reads the same in every language", (_key, texts) => {
    const english = placeholdersOf(texts.en).sort();
    for (const locale of TRACKING_LOCALES) {
      expect(texts[locale].trim(), locale).not.toBe("");
      expect(placeholdersOf(texts[locale]).sort(), locale).toEqual(english);
    }
    // The Arabic text is Arabic, not an English string copied over.
    expect(texts.ar).toMatch(/[\u0600-\u06FF]/);
    expect(texts.ar.replace(/\{\w+\}/g, "")).not.toMatch(/[A-Za-z]/);
  });
});

describe("resolveLocale", () => {
  it("uses the language of a regional locale", () => {
    expect(resolveLocale("fr-CA")).toBe("fr");
    expect(resolveLocale("ar_SA")).toBe("ar");
    expect(resolveLocale("EN")).toBe("en");
  });

  it("falls back to English for languages Concierge does not have", () => {
    expect(resolveLocale("de")).toBe("en");
    expect(resolveLocale("")).toBe("en");
    expect(resolveLocale(null)).toBe("en");
  });
});

describe("formatMessage", () => {
  it("fills placeholders in the shopper's language", () => {
    expect(formatMessage("tracking.action.contact_support", "fr", { orderName: "#1001" })).toBe(
      "Nous contacter au sujet de la commande #1001",
    );
    expect(formatMessage("tracking.action.contact_support", "ar", { orderName: "#1001" })).toBe("تواصل معنا بخصوص الطلب #1001");
  });

  it("falls back to English for an unknown locale, even a malformed one", () => {
    expect(formatMessage("tracking.step.delivered", "de-DE")).toBe("Delivered");
    expect(formatMessage("tracking.step.delivered", "not a locale!")).toBe("Delivered");
  });

  it("formats dates in the shop's time zone and locale", () => {
    const date = new Date("2025-06-22T02:00:00.000Z");
    expect(formatMessage("tracking.step.in_transit.eta", "en", { date })).toBe("In transit, expected by June 22, 2025");
    // Still June 21 in Los Angeles.
    expect(formatMessage("tracking.step.in_transit.eta", "en-US", { date }, { timeZone: "America/Los_Angeles" })).toBe(
      "In transit, expected by June 21, 2025",
    );
    expect(formatMessage("tracking.step.in_transit.eta", "fr", { date })).toBe("En transit, arrivée prévue d'ici le 22 juin 2025");
  });

  it("formats amounts from their decimal string, exactly", () => {
    const amount = { amount: "15.50", currencyCode: "EUR" };
    expect(formatMessage("tracking.exception.partially_refunded.amount", "fr-FR", { amount })).toMatch(
      /^Un remboursement de 15,50\s€ a été effectué/,
    );
  });

  it("degrades instead of throwing on bad input", () => {
    expect(formatMessage("tracking.no.such.key", "en")).toBe("tracking.no.such.key");
    expect(formatMessage("tracking.step.shipped.carrier", "en")).toBe("Shipped with {carrier}");
    expect(formatMessage("tracking.exception.refunded.amount", "en", { amount: { amount: "5.00", currencyCode: "???" } })).toContain(
      "(5.00 ???)",
    );
    expect(
      formatMessage("tracking.step.in_transit.eta", "en", { date: new Date("2025-06-22T00:00:00Z") }, { timeZone: "Mars/Olympus" }),
    ).toBe("In transit, expected by 2025-06-22");
  });
});
