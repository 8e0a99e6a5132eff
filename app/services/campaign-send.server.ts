// The campaign-send job: one batch of a welcome campaign (decision 028).
// A batch asks Shopify once for its customers' address, language and email
// marketing consent (the Admin budget's "backfill" share), takes its emails
// from the shop's per-minute SMTP allowance (all workers together), then
// sends to each recipient at most once, as the delay emails are sent
// (decision 019): queued -> sending is committed before the SMTP
// conversation, so a worker that dies mid-batch leaves at most one
// "perhaps sent" message and the retried job carries on with the rest.
// Then, its lock let go, it queues the next batch, or marks the campaign sent.
import { describeSmtpError, isPermanentRefusal } from "../domain/outreach/smtp-errors";
import type { OutreachMessage } from "@prisma/client";
import { adminQuery, type AdminGraphqlClient } from "../admin-api.server";
import { inTransaction, type Database } from "../db.server";
import {
  claimRecipients,
  countQueuedRecipients,
  markBounced,
  markRecipients,
  nextRecipients,
  whileSendingAlone,
} from "../data/campaigns.server";
import { takeRateLimitSlots } from "../data/rate-limits.server";
import { emailBranding, messageTemplate } from "./outreach-templates.server";
import { welcomeDestination } from "../domain/outreach/links";
import { mayReceive } from "../domain/outreach/consent";
import { outreachLocale, renderMessage, type MessageTemplate, type OutreachLocale } from "../domain/outreach/templates";
import { numericId, shopifyGid } from "../domain/shopify-ids";
import { CampaignRecipientsQuery } from "../graphql/campaign-recipients";
import { enqueue, isJobQueued } from "../jobs/queue.server";
import { queueFlowTrigger } from "./flow-triggers.server";
import { messageLinks } from "./outreach-links.server";
import { outreachMail, PERHAPS_SENT_ERROR, SMTP_CONVERSATION_DEADLINE_MS, smtpTransport } from "./outreach-email.server";
import type { JobServiceContext } from "./context";

/** Recipients a batch job handles: one Admin call (`nodes` takes at most 250 ids) and one SMTP pool for them. */
export const CAMPAIGN_BATCH_SIZE = 250;

/**
 * Messages of a batch claimed together and in flight at once, each on its own
 * SMTP connection of the batch's pool: a worker that dies leaves at most these
 * "perhaps sent".
 */
const SENDS_AT_ONCE = 10;

export type BatchOutcome = "sent" | "rate_limited" | "done" | "not_sending" | "already_sending";

interface Ready {
  row: OutreachMessage;
  email: string;
  locale: string;
  rendered: { subject: string; html: string; text: string } | null;
  unsubscribeUrl: string;
}

type Recipient = { email: string | null; firstName: string | null; locale: string | null; marketingState: string | null };

/** What a batch asks for next: another batch (now or after `startAfter` seconds), or nothing. */
interface BatchResult {
  outcome: BatchOutcome;
  next?: { startAfter?: number };
}

/** Another attempt holds the campaign's lock and no next batch is queued: this attempt is retried. */
export class CampaignBatchBusyError extends Error {
  constructor() {
    super("Another batch of this campaign still holds its lock, and no next batch is queued");
    this.name = "CampaignBatchBusyError";
  }
}

export async function sendCampaignBatch(context: JobServiceContext, shop: string, campaignId: string): Promise<BatchOutcome> {
  // One batch of a campaign at a time, and one chain of batches: a batch queues the next once it has
  // let go of the lock, so the next never finds it still held by the batch before.
  const result = await whileSendingAlone(context.db, shop, campaignId, async (): Promise<BatchResult> => {
    // Two chains can meet (an attempt retried below while the lock's holder queued its next): the
    // later one defers to the batch already queued.
    if (await nextBatchQueued(shop, campaignId)) return { outcome: "already_sending" };
    return sendBatch(context, shop, campaignId);
  });
  if (result === null) {
    // The lock's holder is a live batch, which queues the next when it ends, or a worker that died
    // and whose session PostgreSQL has not ended yet, which never will. Ending here in the second
    // case would leave the campaign "sending" forever, so this attempt is retried unless a next
    // batch is already queued.
    if (await nextBatchQueued(shop, campaignId)) return "already_sending";
    throw new CampaignBatchBusyError();
  }
  if (result.next) await enqueue(context.db, "campaign-send", { shop, campaignId }, result.next);
  return result.outcome;
}

/** Whether a batch of this campaign waits in the queue (queued or to be retried), this running one left out. */
function nextBatchQueued(shop: string, campaignId: string): Promise<boolean> {
  return isJobQueued("campaign-send", { shop, campaignId });
}

async function sendBatch(context: JobServiceContext, shop: string, campaignId: string): Promise<BatchResult> {
  const { db } = context;
  const campaign = await db.welcomeCampaign.findFirst({ where: { shop, id: campaignId } });
  if (!campaign || campaign.status !== "sending") return { outcome: "not_sending" };
  // A row "sending" for longer than an SMTP conversation can last is one a dead worker was sending:
  // perhaps sent, never sent again. A younger one may be in a live batch (an attempt the queue took
  // for lost while it still ran): left to it, so that what it sends is recorded as sent.
  await db.outreachMessage.updateMany({
    where: {
      shop,
      campaignId,
      kind: "welcome",
      status: "sending",
      sendingAt: { lt: new Date(context.now().getTime() - SMTP_CONVERSATION_DEADLINE_MS) },
    },
    data: { status: "perhaps_sent", error: PERHAPS_SENT_ERROR },
  });
  const batch = await nextRecipients(db, shop, campaignId, CAMPAIGN_BATCH_SIZE);
  if (batch.length === 0) return finishIfDone(db, shop, campaignId, context.now());

  const email = campaign.channel !== "flow";
  const settings = email ? await db.emailSettings.findUnique({ where: { shop } }) : null;
  if (email && !settings) {
    await skipAll(db, shop, batch, "Email is not set up");
    return { outcome: "sent", next: {} };
  }
  // The merchant's server takes ratePerMinute emails a minute from this shop: the batch takes what is left of this minute.
  let allowance = batch.length;
  if (settings) {
    const slots = await takeRateLimitSlots(
      db,
      shop,
      { key: "smtp:send", limit: settings.ratePerMinute, windowMs: 60_000 },
      batch.length,
      context.now(),
    );
    if (slots.granted === 0) return { outcome: "rate_limited", next: { startAfter: slots.retryAfterSeconds } };
    allowance = slots.granted;
  }
  const recipients = batch.slice(0, allowance);
  const fresh = await freshRecipients(context.admin, recipients);
  const agent = await db.agent.findFirst({ where: { shop, id: campaign.agentId }, select: { name: true } });
  const branding = settings ? await emailBranding(db, shop, settings) : null;
  // The welcome as the merchant edited it in the template editor (else Concierge's), read once per language a batch needs.
  const templates = new Map<OutreachLocale, MessageTemplate>();
  const welcomeIn = async (locale: OutreachLocale) => {
    if (!templates.has(locale)) templates.set(locale, (await messageTemplate(db, shop, "welcome", locale)).template);
    return templates.get(locale)!;
  };
  // Who may be welcomed now, as Shopify says; the others are skipped with the reason.
  const ready: Ready[] = [];
  for (const row of recipients) {
    const customer = fresh.get(row.customerId ?? "");
    const decision = mayReceive("marketing", { email: customer?.email ?? null, marketingState: customer?.marketingState ?? null });
    if (!customer || !decision.send) {
      await skip(db, shop, row.id, !customer ? "The customer is gone" : decision.send ? "" : reasonOf(decision.reason));
      continue;
    }
    const locale = outreachLocale(customer.locale);
    const values = {
      firstName: customer.firstName ?? "",
      agentName: agent?.name ?? settings?.fromName ?? "",
      code: row.discountCode ?? "",
      percentOff: String(campaign.percentOff),
    };
    const links = messageLinks(shop, row.id);
    const rendered =
      settings && branding
        ? renderMessage({
            template: await welcomeIn(locale),
            locale,
            values,
            branding,
            trackingUrl: links.click(welcomeDestination(shop, row.discountCode ?? "")),
            unsubscribeUrl: links.unsubscribe(),
          })
        : null;
    ready.push({ row, email: customer.email!, locale, rendered, unsubscribeUrl: links.unsubscribe() });
  }

  // Shopify Flow's "Welcome due", once per customer and campaign, for the merchant's own tools.
  if (campaign.channel !== "email")
    for (const { row } of ready)
      await queueFlowTrigger(db, shop, {
        handle: "welcome-due",
        dedupeKey: `flow:welcome:${campaignId}:${row.customerId}`,
        customerId: row.customerId,
        payload: {
          customer_id: Number(row.customerId),
          Campaign: campaign.name,
          "Discount code": row.discountCode ?? "",
          "Percent off": campaign.percentOff,
          Agent: agent?.name ?? "",
        },
      });

  const transport = settings ? smtpTransport(settings, { pool: SENDS_AT_ONCE }) : null;
  // The previous chunk's accepted messages, marked sent with the next chunk's claim (one round trip a chunk).
  let accepted: string[] = [];
  try {
    for (let start = 0; start < ready.length; start += SENDS_AT_ONCE) {
      const chunk = ready.slice(start, start + SENDS_AT_ONCE);
      // Committed before the SMTP conversations: a retry after this point never sends these again.
      const claimed = await claimRecipients(
        db,
        shop,
        chunk.map((item) => ({ id: item.row.id, toEmail: item.email, locale: item.locale, subject: item.rendered?.subject ?? null })),
        context.now(),
        accepted,
      );
      accepted = [];
      const mine = chunk.filter((item) => claimed.has(item.row.id));
      if (!transport || !settings) {
        accepted = mine.map((item) => item.row.id);
        continue;
      }
      const outcomes = await Promise.allSettled(
        mine.map((item) =>
          transport.sendMail(
            outreachMail(settings, {
              shop,
              messageId: item.row.id,
              to: item.email,
              rendered: item.rendered!,
              agentName: agent?.name,
              unsubscribeUrl: item.unsubscribeUrl,
            }),
          ),
        ),
      );
      const failures = outcomes.flatMap((outcome, index) =>
        outcome.status === "rejected" ? [{ item: mine[index]!, error: outcome.reason as unknown }] : [],
      );
      // Refused for good (no such mailbox…): recorded as bounced and not sent again; the batch goes on.
      const bounced = failures.filter((failure) => isPermanentRefusal(failure.error));
      if (bounced.length > 0)
        await markBounced(
          db,
          shop,
          bounced.map((failure) => ({ id: failure.item.row.id, error: describeSmtpError(failure.error, settings) })),
        );
      const refused = failures.filter((failure) => !isPermanentRefusal(failure.error));
      accepted = mine.filter((_item, index) => outcomes[index]!.status === "fulfilled").map((item) => item.row.id);
      if (refused.length > 0) {
        await markRecipients(
          db,
          shop,
          accepted.map((id) => ({ row: { id } })),
          refused.map((failure) => failure.item),
          refused[0]!.error,
          context.now(),
        );
        // The server said no to one: nothing of it was accepted, so it waits in the queue; the job is retried from here.
        throw refused[0]!.error;
      }
    }
    await markRecipients(
      db,
      shop,
      accepted.map((id) => ({ row: { id } })),
      [],
      null,
      context.now(),
    );
  } finally {
    transport?.close();
  }
  return { outcome: "sent", next: {} };
}

/** The batch's customers as Shopify holds them now, by numeric id. */
async function freshRecipients(admin: AdminGraphqlClient, rows: OutreachMessage[]): Promise<Map<string, Recipient>> {
  const ids = rows.flatMap((row) => (row.customerId ? [shopifyGid("Customer", row.customerId)] : []));
  const { nodes } = await adminQuery(admin, CampaignRecipientsQuery, { ids });
  const found = new Map<string, Recipient>();
  for (const node of nodes) {
    if (!node || !("id" in node) || !node.id) continue;
    found.set(numericId(node.id), {
      email: node.defaultEmailAddress?.emailAddress ?? null,
      firstName: node.firstName ?? null,
      locale: node.locale ?? null,
      marketingState: node.defaultEmailAddress?.marketingState ?? null,
    });
  }
  return found;
}

function reasonOf(reason: "no_email" | "no_marketing_consent") {
  return reason === "no_email" ? "The customer has no email" : "No email marketing consent";
}

async function skip(db: Database, shop: string, id: string, reason: string) {
  await db.outreachMessage.updateMany({ where: { shop, id, status: "queued" }, data: { status: "skipped", error: reason } });
}

async function skipAll(db: Database, shop: string, rows: OutreachMessage[], reason: string) {
  await db.outreachMessage.updateMany({
    where: { shop, id: { in: rows.map((row) => row.id) }, status: "queued" },
    data: { status: "skipped", error: reason },
  });
}

async function finishIfDone(db: Database, shop: string, campaignId: string, now: Date): Promise<BatchResult> {
  // Messages still in a conversation: the campaign is over once they are sent or known to be perhaps sent.
  const inFlight = await db.outreachMessage.aggregate({
    where: { shop, campaignId, kind: "welcome", status: "sending" },
    _min: { sendingAt: true },
  });
  const oldest = inFlight._min.sendingAt;
  if (oldest) {
    const waitMs = oldest.getTime() + SMTP_CONVERSATION_DEADLINE_MS - now.getTime();
    return { outcome: "sent", next: { startAfter: Math.max(1, Math.ceil(waitMs / 1_000)) } };
  }
  return inTransaction(db, async (tx): Promise<BatchResult> => {
    if ((await countQueuedRecipients(tx, shop, campaignId)) > 0) return { outcome: "sent" };
    await tx.welcomeCampaign.updateMany({ where: { shop, id: campaignId, status: "sending" }, data: { status: "sent", finishedAt: now } });
    return { outcome: "done" };
  });
}
