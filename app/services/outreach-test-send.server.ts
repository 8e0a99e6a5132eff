// "Send a test email" on the Email page: the delay email, as the merchant's
// template and branding make it, sent now through the saved SMTP server to an
// address of their choice, with the answer in words. The merchant waits for
// it, so it is sent in the request (each SMTP step has its time limit), a few
// a minute per shop.
import type { Database } from "../db.server";
import { consumeRateLimit } from "../data/rate-limits.server";
import { describeSmtpError } from "../domain/outreach/smtp-errors";
import { renderMessage, type OutreachLocale } from "../domain/outreach/templates";
import { smtpTransport, trackingPageUrl } from "./outreach-email.server";
import { emailBranding, messageTemplate, PREVIEW_VALUES } from "./outreach-templates.server";

/** Test sends a shop may make a minute. */
const TEST_SENDS_PER_MINUTE = 5;

export type TestSendResult =
  | { kind: "sent"; to: string }
  | { kind: "not_set_up" }
  | { kind: "rate_limited"; retryAfterSeconds: number }
  | { kind: "smtp_error"; problem: string };

export async function sendTestEmail(
  context: { db: Database; now: Date },
  shop: string,
  input: { to: string; locale: OutreachLocale },
): Promise<TestSendResult> {
  const { db } = context;
  const settings = await db.emailSettings.findUnique({ where: { shop } });
  if (!settings) return { kind: "not_set_up" };
  const slot = await consumeRateLimit(db, shop, { key: "smtp:test", limit: TEST_SENDS_PER_MINUTE, windowMs: 60_000 }, context.now);
  if (!slot.allowed) return { kind: "rate_limited", retryAfterSeconds: slot.retryAfterSeconds };
  const values = PREVIEW_VALUES[input.locale];
  const [{ template }, branding] = await Promise.all([
    messageTemplate(db, shop, "shipment_delay", input.locale),
    emailBranding(db, shop, settings),
  ]);
  const rendered = renderMessage({
    template,
    locale: input.locale,
    values,
    branding,
    trackingUrl: trackingPageUrl(shop, values.orderName ?? null),
  });
  try {
    await smtpTransport(settings).sendMail({
      from: { name: settings.fromName, address: settings.fromEmail },
      replyTo: settings.replyTo ?? undefined,
      to: input.to,
      subject: `[Test] ${rendered.subject}`,
      html: rendered.html,
      text: rendered.text,
      headers: { "X-Concierge-Test": "1" },
    });
  } catch (error) {
    return { kind: "smtp_error", problem: describeSmtpError(error, settings) };
  }
  return { kind: "sent", to: input.to };
}
