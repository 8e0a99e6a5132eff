// Email from Concierge itself, through the merchant's own SMTP server (issue
// 15). A message is decided inside the transaction that learns why it is
// owed (a shipment's new risk), as an OutreachMessage row with a unique key
// ("late:<fulfillment id>") and its outreach-send job, so it exists exactly
// once however often the event is delivered. The job reads the recipient fresh from Shopify, checks
// consent, renders the template in the shopper's language, and sends it:
//   queued  -> sending (committed before the SMTP conversation)
//   sending -> sent, or back to queued when the server refused it (retried)
// A retry that finds "sending" cannot know whether the server accepted the
// message before the worker died: it never sends again (at most once), and
// the message reads "perhaps sent" (decision 019).
import { NOT_SENT } from "../domain/outreach/not-sent";
import nodemailer, { type SendMailOptions } from "nodemailer";
import { adminQuery } from "../admin-api.server";
import type { Database, DatabaseClient } from "../db.server";
import { consumeRateLimit } from "../data/rate-limits.server";
import { MESSAGE_PURPOSE, mayReceive, type MessageKind } from "../domain/outreach/consent";
import { describeSmtpError, isPermanentRefusal } from "../domain/outreach/smtp-errors";
import { outreachLocale, renderMessage } from "../domain/outreach/templates";
import { numericId, shopifyGid } from "../domain/shopify-ids";
import type { ShipmentRiskKind } from "../domain/tracking/shipment-risk";
import { OutreachRecipientQuery } from "../graphql/outreach-recipient";
import { enqueue } from "../jobs/queue.server";
import { openSecret, sealSecret, SettingsKeyMissingError } from "../secret-box.server";
import { messageLinks } from "./outreach-links.server";
import { emailBranding, messageTemplate } from "./outreach-templates.server";
import type { EmailServerSettings } from "../domain/outreach/email-settings";
import { hasEmailServer, outreachChoicesOf } from "../data/outreach-choices.server";
import type { JobServiceContext } from "./context";

/** The risks a shopper hears about first, as "your order is running late". */
const LATE_KINDS: ReadonlySet<ShipmentRiskKind> = new Set(["delayed", "past_estimated_delivery", "no_movement"]);

/** How long one SMTP conversation may take, in parts. */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

/**
 * How long a message may stay "sending" in a live worker: its SMTP conversation ends by then, sent
 * or refused (the transport's connection and greeting timeouts and two silences of the socket's).
 * One older than this was being sent by a worker that died.
 */
export const SMTP_CONVERSATION_DEADLINE_MS =
  SMTP_TIMEOUTS.connectionTimeout + SMTP_TIMEOUTS.greetingTimeout + 2 * SMTP_TIMEOUTS.socketTimeout;

export interface SmtpSettings {
  host: string;
  port: number;
  security: string;
  username: string | null;
  passwordSealed: string | null;
}

/** A nodemailer transport to the merchant's server, with time limits on every step; for a batch, a pool of `pool` connections. */
export function smtpTransport(settings: SmtpSettings, options: { pool?: number } = {}) {
  return nodemailer.createTransport({
    ...(options.pool ? { pool: true as const, maxConnections: options.pool, maxMessages: Infinity } : {}),
    host: settings.host,
    port: settings.port,
    secure: settings.security === "tls",
    requireTLS: settings.security === "starttls",
    ignoreTLS: settings.security === "none",
    auth: settings.username
      ? { user: settings.username, pass: settings.passwordSealed ? openSecret(settings.passwordSealed) : "" }
      : undefined,
    ...SMTP_TIMEOUTS,
  });
}

/** The sender of outreach email as the merchant set it up (EmailSettings). */
export interface SenderSettings {
  fromName: string;
  fromEmail: string;
  replyTo: string | null;
}

/**
 * One outreach email as it is handed to the SMTP server: from the shop's sender (a campaign puts its
 * agent's name first), the message id the mailbox and the bounce handling read back, and for marketing
 * the one-click unsubscribe in the mail client (RFC 8058).
 */
export function outreachMail(
  settings: SenderSettings,
  mail: {
    shop: string;
    messageId: string;
    to: string;
    rendered: { subject: string; html: string; text: string };
    /** The agent a campaign's email comes from. */
    agentName?: string | null;
    /** Marketing only. */
    unsubscribeUrl?: string | null;
  },
): SendMailOptions {
  return {
    from: { name: mail.agentName ? `${mail.agentName} · ${settings.fromName}` : settings.fromName, address: settings.fromEmail },
    replyTo: settings.replyTo ?? undefined,
    to: mail.to,
    subject: mail.rendered.subject,
    html: mail.rendered.html,
    text: mail.rendered.text,
    messageId: `<${mail.messageId}@${mail.shop}>`,
    headers: {
      "X-Concierge-Message": mail.messageId,
      ...(mail.unsubscribeUrl
        ? { "List-Unsubscribe": `<${mail.unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
        : {}),
    },
  };
}

/**
 * Called in the transaction that found the risks: one delay email per new
 * risk episode that makes the package late, when the merchant sends them.
 */
export async function queueShipmentAlerts(
  tx: DatabaseClient,
  shop: string,
  started: { kind: ShipmentRiskKind; fulfillmentId: string; orderId: string }[],
) {
  const late = started.filter((risk) => LATE_KINDS.has(risk.kind));
  if (late.length === 0) return;
  if (!(await outreachChoicesOf(tx, shop)).sendDelayAlerts || !(await hasEmailServer(tx, shop))) return;
  // One delay email per shipment: a package late for two reasons (delayed,
  // then past its estimate), or late again later, is the agents' to follow.
  for (const fulfillmentId of new Set(late.map((risk) => risk.fulfillmentId))) {
    const risk = late.find((candidate) => candidate.fulfillmentId === fulfillmentId)!;
    const created = await tx.outreachMessage.createManyAndReturn({
      data: [{ shop, kind: "shipment_delay", dedupeKey: `late:${fulfillmentId}`, orderId: risk.orderId, fulfillmentId }],
      skipDuplicates: true,
      select: { id: true },
    });
    for (const message of created) await enqueue(tx, "outreach-send", { shop, messageId: message.id });
  }
}

/** The shop's tracking page, opened on the order when its name is known. */
export function trackingPageUrl(shop: string, orderName: string | null): string {
  const base = `https://${shop}/apps/concierge/track`;
  return orderName ? `${base}?order=${encodeURIComponent(orderName.replace(/^#/, ""))}` : base;
}

/** What a message a worker was sending when it stopped says: it is never sent again (decision 019). */
export const PERHAPS_SENT_ERROR = NOT_SENT.stoppedDuringSmtp;

export type SendOutcome = "sent" | "skipped" | "already_handled" | "rate_limited" | "bounced";

/** The outreach-send job: sends one message once. Throws (to be retried) when Shopify or the SMTP server fails. */
export async function sendOutreachMessage(context: JobServiceContext, shop: string, messageId: string): Promise<SendOutcome> {
  const { db } = context;
  const message = await db.outreachMessage.findFirst({ where: { shop, id: messageId } });
  if (!message || message.status !== "queued") {
    if (message?.status === "sending") {
      await db.outreachMessage.updateMany({
        where: { shop, id: messageId, status: "sending" },
        data: { status: "perhaps_sent", error: PERHAPS_SENT_ERROR },
      });
    }
    return "already_handled";
  }
  const settings = await db.emailSettings.findUnique({ where: { shop } });
  if (!settings) return skip(db, shop, messageId, NOT_SENT.noServer);
  if (!message.orderId) return skip(db, shop, messageId, NOT_SENT.noOrder);
  // The merchant's server takes ratePerMinute emails a minute from this shop, all workers together:
  // beyond that the message waits for the next minute in a job of its own (no retry spent).
  const slot = await consumeRateLimit(db, shop, { key: "smtp:send", limit: settings.ratePerMinute, windowMs: 60_000 }, context.now());
  if (!slot.allowed) {
    await enqueue(db, "outreach-send", { shop, messageId }, { startAfter: slot.retryAfterSeconds });
    return "rate_limited";
  }

  const { order } = await adminQuery(context.admin, OutreachRecipientQuery, { id: shopifyGid("Order", message.orderId) });
  if (!order) return skip(db, shop, messageId, NOT_SENT.orderGone);
  const kind = message.kind as MessageKind;
  const address = order.customer?.defaultEmailAddress?.emailAddress ?? order.email;
  const decision = mayReceive(MESSAGE_PURPOSE[kind], {
    email: address,
    marketingState: order.customer?.defaultEmailAddress?.marketingState ?? null,
  });
  if (!decision.send) return skip(db, shop, messageId, decision.reason === "no_email" ? NOT_SENT.noEmail : NOT_SENT.noConsent);

  const locale = outreachLocale(order.customerLocale);
  const links = messageLinks(shop, messageId);
  const marketing = MESSAGE_PURPOSE[kind] === "marketing";
  const [{ template }, branding] = await Promise.all([messageTemplate(db, shop, kind, locale), emailBranding(db, shop, settings)]);
  const rendered = renderMessage({
    template,
    locale,
    values: { firstName: order.customer?.firstName ?? "", orderName: order.name, carrier: "" },
    branding,
    trackingUrl: links.click(trackingPageUrl(shop, order.name)),
    unsubscribeUrl: marketing ? links.unsubscribe() : undefined,
  });

  // Committed before the SMTP conversation: a retry after this point never sends again.
  const claimed = await db.outreachMessage.updateMany({
    where: { shop, id: messageId, status: "queued" },
    data: {
      status: "sending",
      sendingAt: context.now(),
      toEmail: address,
      locale,
      subject: rendered.subject,
      customerId: order.customer ? numericId(order.customer.id) : null,
    },
  });
  if (claimed.count === 0) return "already_handled";
  let smtpMessageId: string;
  try {
    const info = await smtpTransport(settings).sendMail(
      outreachMail(settings, {
        shop,
        messageId,
        to: address!,
        rendered,
        unsubscribeUrl: marketing ? links.unsubscribe() : null,
      }),
    );
    smtpMessageId = info.messageId;
  } catch (error) {
    if (isPermanentRefusal(error)) {
      // Refused for good (no such mailbox…): recorded as bounced, never sent again.
      await db.outreachMessage.updateMany({
        where: { shop, id: messageId, status: "sending" },
        data: { status: "bounced", error: describeSmtpError(error, settings).slice(0, 300) },
      });
      return "bounced";
    }
    // The server said no for now (or could not be reached): nothing was accepted, so it may be tried again.
    await db.outreachMessage.updateMany({
      where: { shop, id: messageId, status: "sending" },
      data: { status: "queued", sendingAt: null, error: describeSmtpError(error, settings).slice(0, 300) },
    });
    throw error;
  }
  await db.outreachMessage.updateMany({
    where: { shop, id: messageId },
    data: { status: "sent", sentAt: context.now(), smtpMessageId, error: null },
  });
  return "sent";
}

async function skip(db: Database, shop: string, messageId: string, reason: string): Promise<SendOutcome> {
  await db.outreachMessage.updateMany({ where: { shop, id: messageId, status: "queued" }, data: { status: "skipped", error: reason } });
  return "skipped";
}

/** After the last retry: the message is recorded as failed, for the merchant. */
export async function failOutreachMessage(db: DatabaseClient, shop: string, messageId: string, error: string) {
  await db.outreachMessage.updateMany({
    where: { shop, id: messageId, status: "queued" },
    data: { status: "failed", error: error.slice(0, 300) },
  });
}

export type SaveEmailServerResult = { ok: true } | { ok: false; problem: "no_encryption_key" };

/**
 * Saves the sender and server; the password is sealed, and kept when the form
 * leaves it empty. Without the key to seal it (production, unset), nothing is saved.
 */
export async function saveEmailServer(db: DatabaseClient, shop: string, form: EmailServerSettings): Promise<SaveEmailServerResult> {
  const { password, ...rest } = form;
  let passwordSealed: string | undefined;
  try {
    passwordSealed = password ? sealSecret(password) : undefined;
  } catch (error) {
    if (error instanceof SettingsKeyMissingError) return { ok: false, problem: "no_encryption_key" };
    throw error;
  }
  const data = {
    ...rest,
    replyTo: rest.replyTo ?? null,
    username: rest.username ?? null,
    ...(passwordSealed ? { passwordSealed } : {}),
  };
  await db.emailSettings.upsert({ where: { shop }, create: { shop, ...data }, update: data });
  return { ok: true };
}

/** The settings as the form shows them: never the password, only whether one is stored. */
export async function emailSettingsView(db: DatabaseClient, shop: string) {
  const settings = await db.emailSettings.findUnique({ where: { shop } });
  if (!settings) return null;
  const { passwordSealed, ...rest } = settings;
  return { ...rest, hasPassword: passwordSealed !== null };
}

/** The latest messages, for the merchant's log. */
export async function recentMessages(db: DatabaseClient, shop: string, take = 50) {
  return db.outreachMessage.findMany({
    where: { shop },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      kind: true,
      status: true,
      toEmail: true,
      locale: true,
      subject: true,
      error: true,
      createdAt: true,
      sentAt: true,
      orderId: true,
    },
  });
}
