// The merchant's own wording of each message in each language (issue 15):
// saved rows override the shipped text (DEFAULT_TEMPLATES), "reset to
// default" deletes the row. The sender and the editor's preview read the
// template and the branding here, and both render with renderMessage, the
// one renderer.
import type { DatabaseClient } from "../db.server";
import { findTrackingSettings } from "../data/tracking.server";
import type { MessageKind } from "../domain/outreach/consent";
import type { TemplateForm } from "../domain/outreach/template-form";
import { DEFAULT_TEMPLATES, type Branding, type MessageTemplate, type OutreachLocale } from "../domain/outreach/templates";

/** The template a message is sent with: the merchant's, else the shipped one. */
export async function messageTemplate(db: DatabaseClient, shop: string, kind: MessageKind, locale: OutreachLocale) {
  const saved = await db.outreachTemplate.findUnique({
    where: { shop_kind_locale: { shop, kind, locale } },
    select: { subject: true, body: true, button: true },
  });
  return { template: saved ?? DEFAULT_TEMPLATES[kind][locale], edited: saved !== null };
}

/**
 * The shop's branding in its emails: the tracking page's logo and colours,
 * the sender's name as the shop's name, and the support address (the tracking
 * page's, else the reply-to).
 */
export async function emailBranding(
  db: DatabaseClient,
  shop: string,
  sender: { fromName: string; replyTo: string | null } | null,
): Promise<Branding> {
  const tracking = await findTrackingSettings(db, shop);
  return {
    shopName: sender?.fromName || shop.replace(/\.myshopify\.com$/, ""),
    logoUrl: tracking?.logoUrl ?? null,
    primaryColor: tracking?.primaryColor ?? null,
    accentColor: tracking?.accentColor ?? null,
    supportEmail: tracking?.supportEmail ?? sender?.replyTo ?? null,
  };
}

/** What the editor shows for one message and language: the text, whether it was edited, the branding. */
export async function templateEditorView(db: DatabaseClient, shop: string, kind: MessageKind, locale: OutreachLocale) {
  const [{ template, edited }, sender] = await Promise.all([
    messageTemplate(db, shop, kind, locale),
    db.emailSettings.findUnique({ where: { shop }, select: { fromName: true, replyTo: true } }),
  ]);
  const edits = await db.outreachTemplate.findMany({ where: { shop }, select: { kind: true, locale: true } });
  return {
    template: template satisfies MessageTemplate,
    edited,
    editedKeys: edits.map((edit) => `${edit.kind}:${edit.locale}`),
    branding: await emailBranding(db, shop, sender),
  };
}

export async function saveTemplate(db: DatabaseClient, shop: string, form: TemplateForm) {
  const { kind, locale, ...text } = form;
  await db.outreachTemplate.upsert({
    where: { shop_kind_locale: { shop, kind, locale } },
    create: { shop, kind, locale, ...text },
    update: text,
  });
}

/** Back to the shipped text. */
export async function resetTemplate(db: DatabaseClient, shop: string, key: { kind: MessageKind; locale: OutreachLocale }) {
  await db.outreachTemplate.deleteMany({ where: { shop, kind: key.kind, locale: key.locale } });
}

/** The values the preview fills the placeholders with: a shopper of the demo's kind, in the template's language. */
export const PREVIEW_VALUES: Record<OutreachLocale, Record<string, string>> = {
  en: { firstName: "Emma", orderName: "#1001", carrier: "UPS", agentName: "Sarah", code: "WELCOME-3F9A1C7B2D4E", percentOff: "15" },
  ar: { firstName: "فاطمة", orderName: "#1001", carrier: "Aramex", agentName: "ليلى", code: "WELCOME-3F9A1C7B2D4E", percentOff: "15" },
  fr: {
    firstName: "Camille",
    orderName: "#1001",
    carrier: "Colissimo",
    agentName: "Chloé",
    code: "WELCOME-3F9A1C7B2D4E",
    percentOff: "15",
  },
};
