import { describe, expect, it } from "vitest";
import { mayReceive } from "./consent";
import { emailServerSchema, outreachChoicesSchema } from "./email-settings";
import { parseFields } from "../../../tests/factories/forms";
import { stagesToAnnounce } from "./stages";
import { DEFAULT_TEMPLATES, outreachLocale, renderMessage, unknownPlaceholders } from "./templates";

const branding = {
  shopName: "Maison <Nour>",
  logoUrl: null,
  primaryColor: "#0b5394",
  accentColor: null,
  supportEmail: "help@nour.example",
};

describe("mayReceive", () => {
  it("sends transactional messages to every shopper with an email", () => {
    expect(mayReceive("transactional", { email: "a@example.com", marketingState: "NOT_SUBSCRIBED" })).toEqual({ send: true });
    expect(mayReceive("transactional", { email: null, marketingState: "SUBSCRIBED" })).toEqual({ send: false, reason: "no_email" });
  });

  it("sends marketing only to customers subscribed to email marketing", () => {
    expect(mayReceive("marketing", { email: "a@example.com", marketingState: "SUBSCRIBED" })).toEqual({ send: true });
    for (const state of ["NOT_SUBSCRIBED", "UNSUBSCRIBED", "PENDING", "REDACTED", "INVALID", null]) {
      expect(mayReceive("marketing", { email: "a@example.com", marketingState: state })).toEqual({
        send: false,
        reason: "no_marketing_consent",
      });
    }
  });
});

describe("renderMessage", () => {
  it("writes the delay email in Arabic right to left, with the tracking link and the shop's colour", () => {
    const message = renderMessage({
      template: DEFAULT_TEMPLATES.shipment_delay.ar,
      locale: "ar",
      values: { firstName: "فاطمة", orderName: "#1001" },
      branding,
      trackingUrl: "https://shop.example/apps/concierge/track?order=1001",
    });
    expect(message.subject).toBe("طلبك #1001 متأخر قليلاً");
    expect(message.html).toContain('<html lang="ar" dir="rtl">');
    expect(message.html).toContain('href="https://shop.example/apps/concierge/track?order=1001"');
    expect(message.html).toContain("border-top:4px solid #0b5394");
    expect(message.html).toContain("Maison &lt;Nour&gt;");
    expect(message.text).toContain("تتبع طلبي: https://shop.example/apps/concierge/track?order=1001");
  });

  it("escapes what the shopper's data holds", () => {
    const message = renderMessage({
      template: DEFAULT_TEMPLATES.shipment_delay.en,
      locale: "en",
      values: { firstName: "<script>alert(1)</script>", orderName: "#1001" },
      branding,
      trackingUrl: "https://shop.example/t",
    });
    expect(message.html).not.toContain("<script>");
    expect(message.html).toContain('dir="ltr"');
  });

  it("names the placeholders a template may not use", () => {
    expect(
      unknownPlaceholders("shipment_delay", { subject: "{{orderName}} {{discountCode}}", body: "{{ password }}", button: "Go" }),
    ).toEqual(["discountCode", "password"]);
    expect(unknownPlaceholders("shipment_delay", DEFAULT_TEMPLATES.shipment_delay.fr)).toEqual([]);
  });

  it("reads the shopper's locale as one of the three languages, English otherwise", () => {
    expect(outreachLocale("ar-AE")).toBe("ar");
    expect(outreachLocale("fr")).toBe("fr");
    expect(outreachLocale("ja")).toBe("en");
    expect(outreachLocale(null)).toBe("en");
  });
});

describe("the email server form", () => {
  it("refuses an unencrypted connection to another machine, and bad fields, each with its error", () => {
    const parsed = parseFields(
      { fromName: "", fromEmail: "nope", host: "smtp.example.com", port: "70000", security: "none", ratePerMinute: "0" },
      emailServerSchema,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.keys(parsed.fieldErrors).sort()).toEqual(["fromEmail", "fromName", "port", "ratePerMinute"]);
    const insecure = { fromName: "Shop", fromEmail: "a@shop.example", host: "smtp.example.com", port: "25", security: "none" };
    expect(parseFields(insecure, emailServerSchema, "en")).toEqual({
      ok: false,
      fieldErrors: { security: "Use TLS or STARTTLS for a server on another machine" },
    });
    expect(parseFields(insecure, emailServerSchema, "fr")).toEqual({
      ok: false,
      fieldErrors: { security: "Utilisez TLS ou STARTTLS pour un serveur sur une autre machine" },
    });
  });

  it("reads a blank rate as 60 a minute and a blank password as the stored one kept", () => {
    const parsed = parseFields(
      {
        fromName: "Shop",
        fromEmail: "A@Shop.example",
        host: "SMTP.example.com",
        port: "587",
        security: "starttls",
        ratePerMinute: "",
        password: "",
      },
      emailServerSchema,
    );
    expect(parsed).toEqual({
      ok: true,
      value: {
        fromName: "Shop",
        fromEmail: "a@shop.example",
        host: "smtp.example.com",
        port: 587,
        security: "starttls",
        ratePerMinute: 60,
      },
    });
  });
});

describe("stage updates", () => {
  const now = new Date("2026-06-20T12:00:00Z");
  it("announce the stage a fresh scan marks, when the merchant chose it", () => {
    expect(stagesToAnnounce({ status: "OUT_FOR_DELIVERY", happenedAt: now, now, chosen: ["out_for_delivery"] })).toEqual([
      "out_for_delivery",
    ]);
    expect(stagesToAnnounce({ status: "in_transit", happenedAt: now, now, chosen: ["shipped"] })).toEqual(["shipped"]);
    expect(stagesToAnnounce({ status: "DELIVERED", happenedAt: now, now, chosen: ["shipped"] })).toEqual([]);
    expect(stagesToAnnounce({ status: "DELAYED", happenedAt: now, now, chosen: ["shipped", "delivered"] })).toEqual([]);
    expect(
      stagesToAnnounce({ status: "DELIVERED", happenedAt: new Date(now.getTime() - 2 * 86_400_000), now, chosen: ["delivered"] }),
    ).toEqual([]);
  });

  it("are chosen on the form among the three stages only, without a server", () => {
    const chosen = parseFields({ stageUpdates: ["delivered", "shipped", "delivered"], flowStages: "shipped" }, outreachChoicesSchema);
    expect(chosen).toEqual({
      ok: true,
      value: { sendDelayAlerts: false, stageUpdates: ["delivered", "shipped"], flowStages: ["shipped"] },
    });
    const none = parseFields({ sendDelayAlerts: "on" }, outreachChoicesSchema);
    expect(none).toEqual({ ok: true, value: { sendDelayAlerts: true, stageUpdates: [], flowStages: [] } });
    const bogus = parseFields({ stageUpdates: "lost", flowStages: ["delivered", "teleported"] }, outreachChoicesSchema, "fr");
    expect(bogus.ok).toBe(false);
    expect(Object.keys(bogus.ok ? {} : bogus.fieldErrors).sort()).toEqual(["flowStages[1]", "stageUpdates[0]"]);
  });
});
