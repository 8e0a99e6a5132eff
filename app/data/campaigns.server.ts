// Welcome campaigns' rows (decision 028): the recipients a segment selects
// from what Concierge keeps (orders, VIP tiers, customers and their stored
// consent, never an Admin scan), their codes, and the figures the campaign
// page shows. Every query is scoped by shop.
import { Prisma, type WelcomeCampaign } from "@prisma/client";
import { databasePool, type Database, type DatabaseClient } from "../db.server";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The customers of the campaign's segment, as a subquery of customer ids. */
function segmentCustomers(campaign: WelcomeCampaign, now: Date): Prisma.Sql {
  const { shop } = campaign;
  if (campaign.segment === "vip_tier")
    return Prisma.sql`SELECT "customerId" FROM "CustomerTier" WHERE "shop" = ${shop} AND lower("tierName") = lower(${campaign.tierName ?? ""})`;
  const cutoff = new Date(now.getTime() - (campaign.segmentDays ?? 30) * DAY_MS);
  const having =
    campaign.segment === "first_order" ? Prisma.sql`min("processedAt") >= ${cutoff}` : Prisma.sql`max("processedAt") < ${cutoff}`;
  return Prisma.sql`SELECT "customerId" FROM "Order"
    WHERE "shop" = ${shop} AND "customerId" IS NOT NULL AND "cancelledAt" IS NULL
    GROUP BY "customerId" HAVING ${having}`;
}

/**
 * One recipient row per customer (its id 32 lower-case hex characters, as the
 * signed links accept) of the segment with an email whose stored
 * consent is subscribed or not known yet (the batch asks Shopify before
 * sending), each with a random single-use code. Unique per campaign and
 * customer: a second run adds only newcomers. Returns how many were added.
 */
export async function addSegmentRecipients(db: DatabaseClient, campaign: WelcomeCampaign, now: Date): Promise<number> {
  const prefix = campaign.baseCode.split("-")[0] ?? "WELCOME";
  return db.$executeRaw`
    INSERT INTO "OutreachMessage" ("id", "shop", "kind", "dedupeKey", "customerId", "agentId", "campaignId", "discountCode", "toEmail", "status", "createdAt")
    SELECT replace(gen_random_uuid()::text, '-', ''), ${campaign.shop}, 'welcome', 'welcome:' || ${campaign.id} || ':' || c."customerId", c."customerId",
      ${campaign.agentId}, ${campaign.id}, ${prefix} || '-' || upper(substr(replace(gen_random_uuid()::text, '-', ''), 1, 12)),
      c."email", 'queued', ${now}
    FROM "Customer" c
    WHERE c."shop" = ${campaign.shop} AND c."email" IS NOT NULL AND c."email" <> ''
      AND (c."emailMarketingState" IS NULL OR c."emailMarketingState" = 'SUBSCRIBED')
      AND c."customerId" IN (${segmentCustomers(campaign, now)})
    ON CONFLICT ("shop", "dedupeKey") DO NOTHING`;
}

/** The next recipients whose code Shopify does not have yet, in key order. */
export function recipientsWithoutCode(db: DatabaseClient, shop: string, campaignId: string, take: number) {
  return db.outreachMessage.findMany({
    where: { shop, campaignId, codeAddedAt: null, discountCode: { not: null } },
    orderBy: { id: "asc" },
    take,
    select: { id: true, discountCode: true, customerId: true },
  });
}

/**
 * The codes now exist in Shopify: marked on their recipients, and kept as the
 * agent's codes (kind campaign), so an order using one is credited to the
 * agent by the agent-code rule. One statement each, in the caller's transaction.
 */
export async function recordCodesAdded(
  db: DatabaseClient,
  campaign: WelcomeCampaign,
  messageIds: string[],
  currencyCode: string,
  now: Date,
) {
  await db.$executeRaw`
    INSERT INTO "AgentCode" ("id", "shop", "agentId", "code", "codeKey", "kind", "discountNodeId", "valueKind", "valueBasisPoints", "currencyCode", "customerId", "createdAt")
    SELECT replace(gen_random_uuid()::text, '-', ''), m."shop", ${campaign.agentId}, m."discountCode", upper(m."discountCode"), 'campaign', ${campaign.discountNodeId},
      'percentage', ${campaign.percentOff * 100}, ${currencyCode}, m."customerId", ${now}
    FROM "OutreachMessage" m
    WHERE m."shop" = ${campaign.shop} AND m."id" IN (${Prisma.join(messageIds)}) AND m."discountCode" IS NOT NULL
    ON CONFLICT ("shop", "codeKey") DO NOTHING`;
  await db.outreachMessage.updateMany({ where: { shop: campaign.shop, id: { in: messageIds } }, data: { codeAddedAt: now } });
}

/** The next batch to send: recipients still queued whose code exists, in key order. */
export function nextRecipients(db: DatabaseClient, shop: string, campaignId: string, take: number) {
  return db.outreachMessage.findMany({
    where: { shop, campaignId, kind: "welcome", status: "queued", codeAddedAt: { not: null } },
    orderBy: { id: "asc" },
    take,
  });
}

/**
 * queued -> sending for these recipients, with what they are sent; the ids
 * this call claimed. The previous chunk's accepted messages (`sent`) are
 * marked sent in the same statement: one round trip per chunk, not two.
 */
export async function claimRecipients(
  db: DatabaseClient,
  shop: string,
  items: { id: string; toEmail: string; locale: string; subject: string | null }[],
  now: Date,
  sent: readonly string[] = [],
): Promise<Set<string>> {
  if (items.length === 0) {
    if (sent.length > 0) await markRecipients(db, shop, sent.map((id) => ({ row: { id } })), [], null, now);
    return new Set();
  }
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH marked AS (
      UPDATE "OutreachMessage" SET "status" = 'sent', "sentAt" = ${now}, "error" = NULL
      WHERE "shop" = ${shop} AND "status" = 'sending' AND "id" IN (SELECT jsonb_array_elements_text(${JSON.stringify(sent)}::jsonb))
      RETURNING "id"
    )
    UPDATE "OutreachMessage" m SET "status" = 'sending', "sendingAt" = ${now}, "toEmail" = v."toEmail", "locale" = v."locale", "subject" = v."subject"
    FROM jsonb_to_recordset(${JSON.stringify(items)}::jsonb) AS v("id" text, "toEmail" text, "locale" text, "subject" text)
    WHERE m."shop" = ${shop} AND m."id" = v."id" AND m."status" = 'queued'
    RETURNING m."id"`;
  return new Set(rows.map((row) => row.id));
}

/** After the SMTP conversations: those accepted are sent, those refused wait in the queue again. */
export async function markRecipients(
  db: DatabaseClient,
  shop: string,
  sent: { row: { id: string } }[],
  refused: { row: { id: string } }[],
  error: unknown,
  now: Date,
) {
  if (sent.length > 0)
    await db.outreachMessage.updateMany({
      where: { shop, id: { in: sent.map((item) => item.row.id) }, status: "sending" },
      data: { status: "sent", sentAt: now, error: null },
    });
  if (refused.length > 0)
    await db.outreachMessage.updateMany({
      where: { shop, id: { in: refused.map((item) => item.row.id) }, status: "sending" },
      data: { status: "queued", sendingAt: null, error: error instanceof Error ? error.message.slice(0, 300) : "SMTP error" },
    });
}

/** Recipients the server refused for good (no such mailbox…): bounced, never sent again. */
export async function markBounced(db: DatabaseClient, shop: string, bounced: { id: string; error: string }[]) {
  for (const { id, error } of bounced)
    await db.outreachMessage.updateMany({ where: { shop, id, status: "sending" }, data: { status: "bounced", error: error.slice(0, 300) } });
}

export function countQueuedRecipients(db: DatabaseClient, shop: string, campaignId: string) {
  return db.outreachMessage.count({ where: { shop, campaignId, kind: "welcome", status: "queued" } });
}

export interface CampaignFigures {
  recipients: number;
  contacted: number;
  waiting: number;
  skipped: number;
  clicked: number;
  replied: number;
  orders: number;
  revenue: { currencyCode: string; netMinor: bigint }[];
}

/**
 * What the campaign brought: contacted (emails sent or perhaps sent, Flow runs
 * started), clicked (a link of the email followed), replied (a helpdesk
 * reported a conversation with the customer after the message), orders and
 * their net revenue (credited to the campaign's message or to its codes).
 */
export async function campaignFigures(db: DatabaseClient, shop: string, campaignId: string): Promise<CampaignFigures> {
  const [statuses, clicked, replied, revenue] = await Promise.all([
    db.outreachMessage.groupBy({ by: ["status"], where: { shop, campaignId, kind: "welcome" }, _count: { _all: true } }),
    db.outreachMessage.count({ where: { shop, campaignId, kind: "welcome", clickCount: { gt: 0 } } }),
    db.$queryRaw<{ replied: bigint }[]>`
      SELECT count(*)::bigint AS "replied" FROM "OutreachMessage" m
      WHERE m."shop" = ${shop} AND m."campaignId" = ${campaignId} AND m."kind" = 'welcome' AND m."sentAt" IS NOT NULL
        AND EXISTS (
          SELECT 1 FROM "SupportTouch" t
          WHERE t."shop" = m."shop" AND t."touchedAt" > m."sentAt"
            AND (t."customerId" = m."customerId" OR t."customerEmail" = lower(m."toEmail")))`,
    db.$queryRaw<{ currencyCode: string; orders: bigint; netMinor: bigint }[]>`
      SELECT a."currencyCode", count(*)::bigint AS "orders", coalesce(sum(a."netMinor"), 0)::bigint AS "netMinor"
      FROM "Attribution" a
      WHERE a."shop" = ${shop} AND NOT a."cancelled"
        AND (
          a."messageId" IN (SELECT "id" FROM "OutreachMessage" WHERE "shop" = ${shop} AND "campaignId" = ${campaignId})
          OR a."code" IN (SELECT upper("discountCode") FROM "OutreachMessage" WHERE "shop" = ${shop} AND "campaignId" = ${campaignId} AND "discountCode" IS NOT NULL))
      GROUP BY a."currencyCode" ORDER BY a."currencyCode"`,
  ]);
  const count = (...names: string[]) => statuses.filter((row) => names.includes(row.status)).reduce((sum, row) => sum + row._count._all, 0);
  return {
    recipients: count("queued", "sending", "sent", "perhaps_sent", "skipped", "failed"),
    contacted: count("sent", "perhaps_sent"),
    waiting: count("queued", "sending"),
    skipped: count("skipped", "failed"),
    clicked,
    replied: Number(replied[0]?.replied ?? 0n),
    orders: revenue.reduce((sum, row) => sum + Number(row.orders), 0),
    revenue: revenue.map((row) => ({ currencyCode: row.currencyCode, netMinor: row.netMinor })),
  };
}

/**
 * Runs `send` while this process holds the campaign's sending lock, null when
 * another batch holds it. The lock is PostgreSQL's session advisory lock on a
 * connection of its own: released when the batch ends, and by the server when
 * a worker dies (its connection closes), so a batch the queue took for lost
 * while it still ran never sends beside its retry.
 */
export async function whileSendingAlone<T>(db: Database, shop: string, campaignId: string, send: () => Promise<T>): Promise<T | null> {
  const connection = await databasePool(db).connect();
  const key = `campaign-send:${shop}:${campaignId}`;
  let broken: Error | undefined;
  try {
    const { rows } = await connection.query<{ locked: boolean }>("SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked", [key]);
    if (!rows[0]?.locked) return null;
    try {
      return await send();
    } finally {
      // A connection that cannot say it let go is closed, never handed back to the pool holding the lock.
      await connection.query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [key]).catch((error: Error) => (broken = error));
    }
  } finally {
    connection.release(broken ?? false);
  }
}
