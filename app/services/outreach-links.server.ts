// The signed links of Concierge's emails (decision 026). A click link is
// checked, logged on its message (and as an OutreachClick, which outreach
// attribution reads), then leads to the page it was signed for; an
// unsubscribe link asks first, then records the wish and queues the
// `outreach-unsubscribe` job, which withdraws the customer's email marketing
// consent in Shopify. A forged or altered link is refused before the
// database is read, and nothing is recorded.
import { AdminUserErrors, adminMutation, type AdminGraphqlClient } from "../admin-api.server";
import type { Database, DatabaseClient } from "../db.server";
import { consumeRateLimit } from "../data/rate-limits.server";
import { env } from "../env.server";
import { clickLink, isShopDestination, unsubscribeLink, verifyLink } from "../domain/outreach/links";
import { renderLinkPage } from "../domain/outreach/link-pages";
import { outreachLocale } from "../domain/outreach/templates";
import { shopifyGid } from "../domain/shopify-ids";
import { CustomerEmailMarketingConsentUpdateMutation } from "../graphql/customer-email-marketing-consent-update";
import { enqueue } from "../jobs/queue.server";
import { PermanentJobError } from "../jobs/job";

/** Clicks logged per message an hour: a link shared or opened by a crawler in a loop logs no more (it still leads on). */
const CLICKS_LOGGED_PER_HOUR = 20;

function linkKey(): Buffer {
  return Buffer.from(env.OUTREACH_LINK_KEY ?? env.SHOPIFY_API_SECRET, "utf8");
}

/** The links one message carries. */
export function messageLinks(shop: string, messageId: string) {
  return {
    click: (destination: string) => clickLink(env.SHOPIFY_APP_URL, linkKey(), shop, messageId, destination),
    unsubscribe: () => unsubscribeLink(env.SHOPIFY_APP_URL, linkKey(), shop, messageId),
  };
}

export type ClickResult = { kind: "redirect"; to: string } | { kind: "invalid" };

/** A click on a message's link: logged, then the destination; a link Concierge did not sign goes nowhere. */
export async function followClickLink(
  context: { db: Database; now: Date },
  link: { shop: string; messageId: string; destination: string; signature: string | null },
): Promise<ClickResult> {
  const { shop, messageId, destination } = link;
  if (!isShopDestination(shop, destination) || !verifyLink(linkKey(), "click", shop, messageId, destination, link.signature))
    return { kind: "invalid" };
  const { db, now } = context;
  const message = await db.outreachMessage.findFirst({ where: { shop, id: messageId }, select: { customerId: true, toEmail: true } });
  if (!message) return { kind: "invalid" };
  const limit = await consumeRateLimit(
    db,
    shop,
    { key: `outreach-click:${messageId}`, limit: CLICKS_LOGGED_PER_HOUR, windowMs: 3_600_000 },
    now,
  );
  if (limit.allowed) {
    await db.$transaction([
      db.outreachClick.create({
        data: { shop, messageId, customerId: message.customerId, email: message.toEmail?.toLowerCase() ?? null, clickedAt: now },
      }),
      db.outreachMessage.updateMany({ where: { shop, id: messageId, firstClickedAt: null }, data: { firstClickedAt: now } }),
      db.outreachMessage.updateMany({ where: { shop, id: messageId }, data: { lastClickedAt: now, clickCount: { increment: 1 } } }),
    ]);
  }
  return { kind: "redirect", to: destination };
}

export interface LinkPageResult {
  status: number;
  html: string;
}

async function unsubscribingMessage(db: DatabaseClient, link: { shop: string; messageId: string; signature: string | null }) {
  if (!verifyLink(linkKey(), "unsubscribe", link.shop, link.messageId, "", link.signature)) return null;
  const message = await db.outreachMessage.findFirst({
    where: { shop: link.shop, id: link.messageId, customerId: { not: null } },
    select: { id: true, locale: true, toEmail: true, unsubscribedAt: true },
  });
  if (!message) return null;
  const settings = await db.emailSettings.findUnique({ where: { shop: link.shop }, select: { fromName: true } });
  return { ...message, values: { shopName: settings?.fromName ?? link.shop, email: message.toEmail ?? "" } };
}

export const INVALID_LINK_PAGE: LinkPageResult = {
  status: 404,
  html: renderLinkPage({ kind: "invalid" }, "en", { shopName: "", email: "" }),
};

/** GET of an unsubscribe link: the question, in the message's language (a mail scanner opening the link changes nothing). */
export async function unsubscribePage(
  db: DatabaseClient,
  link: { shop: string; messageId: string; signature: string | null; formAction: string },
): Promise<LinkPageResult> {
  const message = await unsubscribingMessage(db, link);
  if (!message) return INVALID_LINK_PAGE;
  const locale = outreachLocale(message.locale);
  if (message.unsubscribedAt) return { status: 200, html: renderLinkPage({ kind: "done" }, locale, message.values) };
  return { status: 200, html: renderLinkPage({ kind: "ask", formAction: link.formAction }, locale, message.values) };
}

/**
 * POST of an unsubscribe link (the page's button, or a mail client's
 * one-click unsubscribe, RFC 8058): recorded with its job in one
 * transaction, once however often it is sent, then confirmed.
 */
export async function unsubscribe(
  context: { db: Database; now: Date },
  link: { shop: string; messageId: string; signature: string | null },
): Promise<LinkPageResult> {
  const { db, now } = context;
  const message = await unsubscribingMessage(db, link);
  if (!message) return INVALID_LINK_PAGE;
  await db.$transaction(async (tx) => {
    const marked = await tx.outreachMessage.updateMany({
      where: { shop: link.shop, id: message.id, unsubscribedAt: null },
      data: { unsubscribedAt: now },
    });
    if (marked.count === 1) await enqueue(tx, "outreach-unsubscribe", { shop: link.shop, messageId: message.id });
  });
  return { status: 200, html: renderLinkPage({ kind: "done" }, outreachLocale(message.locale), message.values) };
}

/** The outreach-unsubscribe job: the customer's email marketing consent becomes UNSUBSCRIBED in Shopify. */
export async function withdrawMarketingConsent(context: { db: Database; admin: AdminGraphqlClient }, shop: string, messageId: string) {
  const message = await context.db.outreachMessage.findFirst({
    where: { shop, id: messageId },
    select: { customerId: true, unsubscribedAt: true },
  });
  if (!message?.customerId || !message.unsubscribedAt) return;
  try {
    await adminMutation(
      context.admin,
      CustomerEmailMarketingConsentUpdateMutation,
      {
        input: {
          customerId: shopifyGid("Customer", message.customerId),
          emailMarketingConsent: { marketingState: "UNSUBSCRIBED", consentUpdatedAt: message.unsubscribedAt.toISOString() },
        },
      },
      "customerEmailMarketingConsentUpdate",
    );
  } catch (error) {
    // The customer is gone or has no email any more: no retry will change that.
    if (error instanceof AdminUserErrors) throw new PermanentJobError(error.message);
    throw error;
  }
}
