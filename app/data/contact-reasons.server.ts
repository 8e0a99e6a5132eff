// The reasons contacts carried, one row per contact, and the merchant's own
// reasons, always by shop. See docs/decisions/030-contact-reasons.md.
import type { DatabaseClient } from "../db.server";
import type { ReasonWeekSum } from "../domain/reasons/report";
import { Sql } from "./sql.server";
import { numericId, shopifyGid } from "../domain/shopify-ids";
import type { CustomReason } from "../domain/reasons/catalog";

export const CONTACT_SOURCES = ["shopify_return", "tracking_page", "agent_desk", "helpdesk"] as const;
export type ContactSource = (typeof CONTACT_SOURCES)[number];

export interface NewContactReason {
  source: ContactSource;
  /** The event it came from (the return, the exchange outcome, the touch): the same one again adds nothing. */
  sourceId: string;
  reasonKey: string;
  reasonText: string | null;
  productId: string | null;
  /** The product's title when the contact came, when the source knows it. */
  productTitle: string | null;
  variantId: string | null;
  orderId: string | null;
  currencyCode: string | null;
  refundMinor: bigint;
  exchangeMinor: bigint;
  occurredAt: Date;
}

/** Stores a contact's reason once per source event; true when this call stored it. Safe inside a transaction (ON CONFLICT DO NOTHING). */
export async function insertContactReason(db: DatabaseClient, shop: string, reason: NewContactReason): Promise<boolean> {
  const { count } = await db.contactReason.createMany({ data: [{ shop, ...reason }], skipDuplicates: true });
  return count === 1;
}

/** The value exchanged instead of refunded, once the exchange is made (whichever source the contact came from). */
export async function setContactExchange(db: DatabaseClient, shop: string, sourceId: string, exchange: { minor: bigint; currencyCode: string }) {
  await db.contactReason.updateMany({
    where: { shop, sourceId, source: { in: ["tracking_page", "agent_desk"] } },
    data: { exchangeMinor: exchange.minor, currencyCode: exchange.currencyCode },
  });
}

/** Forgets the reason of an agent's exchange Shopify refused to make (its outcome is gone too; the agent will try again). */
export async function deleteAgentDeskReason(db: DatabaseClient, shop: string, outcomeId: string) {
  await db.contactReason.deleteMany({ where: { shop, source: "agent_desk", sourceId: outcomeId } });
}

/** Whether Concierge made this Shopify return (numeric id) for an exchange: its contact is that exchange's. */
export async function exchangeOfReturn(db: DatabaseClient, shop: string, returnId: string) {
  return (await db.exchangeOutcome.count({ where: { shop, returnId } })) > 0;
}

/** Forgets what a return's lines were counted as, once it turns out to be one of Concierge's exchanges. */
export async function forgetReturnReasons(db: DatabaseClient, shop: string, returnId: string) {
  await db.contactReason.deleteMany({ where: { shop, source: "shopify_return", sourceId: { startsWith: `${returnId}:` } } });
}

/** The shop's own reasons, for the catalog (at most a few dozen: the settings form bounds them). */
export async function listCustomReasons(db: DatabaseClient, shop: string) {
  return db.customReason.findMany({ where: { shop }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: MAX_CUSTOM_REASONS });
}

export const MAX_CUSTOM_REASONS = 50;

export async function countCustomReasons(db: DatabaseClient, shop: string) {
  return db.customReason.count({ where: { shop } });
}

export async function upsertCustomReason(db: DatabaseClient, shop: string, reason: CustomReason & { labelAr: string | null; labelFr: string | null }) {
  const data = { labelEn: reason.label, labelAr: reason.labelAr, labelFr: reason.labelFr, helpdeskAliases: reason.helpdeskAliases };
  return db.customReason.upsert({ where: { shop_key: { shop, key: reason.key } }, create: { shop, key: reason.key, ...data }, update: data });
}

export async function deleteCustomReason(db: DatabaseClient, shop: string, key: string) {
  const { count } = await db.customReason.deleteMany({ where: { shop, key } });
  return count === 1;
}

/** The most sums one report reads: reasons × products × currencies × weeks of a busy shop fit many times over. */
export const MAX_REASON_SUMS = 20_000;

/**
 * The contacts summed per week (Monday, in the shop's time zone), reason,
 * product and currency, from `from` to before `to`: read from the index on
 * (shop, occurredAt, …) alone, bounded by MAX_REASON_SUMS rows.
 */
export async function reasonWeekSums(db: DatabaseClient, shop: string, period: { from: Date; to: Date; timeZone: string }): Promise<ReasonWeekSum[]> {
  const rows = await new Sql(`SELECT to_char(date_trunc('week', "occurredAt" AT TIME ZONE `)
    .value(period.timeZone)
    .text(`), 'YYYY-MM-DD') AS "week", "reasonKey", "productId", "currencyCode",
        count(*)::int AS "count", sum("refundMinor")::text AS "refundMinor", sum("exchangeMinor")::text AS "exchangeMinor"
      FROM "ContactReason" WHERE "shop" = `)
    .value(shop)
    .text(` AND "occurredAt" >= `)
    .value(period.from)
    .text(` AND "occurredAt" < `)
    .value(period.to)
    .text(` GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4 LIMIT `)
    .value(MAX_REASON_SUMS)
    .run<{ week: string; reasonKey: string; productId: string | null; currencyCode: string | null; count: number; refundMinor: string; exchangeMinor: string }>(db);
  return rows.map((row) => ({ ...row, count: Number(row.count), refundMinor: BigInt(row.refundMinor), exchangeMinor: BigInt(row.exchangeMinor) }));
}

/** Reasons × currencies: the shop's reasons (built-in and at most 50 of its own) in a few currencies fit many times over. */
export const MAX_REASON_MONEY_SUMS = 1_000;

export interface ReasonMoneySum {
  reasonKey: string;
  currencyCode: string;
  count: number;
  refundMinor: bigint;
  exchangeMinor: bigint;
}

/** The contacts with a refund or an exchange behind them from `start` to before `end`, summed per reason and currency. */
export async function reasonMoneySums(db: DatabaseClient, shop: string, period: { start: Date; end: Date }): Promise<ReasonMoneySum[]> {
  const groups = await db.contactReason.groupBy({
    by: ["reasonKey", "currencyCode"],
    where: {
      shop,
      occurredAt: { gte: period.start, lt: period.end },
      currencyCode: { not: null },
      OR: [{ refundMinor: { gt: 0n } }, { exchangeMinor: { gt: 0n } }],
    },
    _count: { _all: true },
    _sum: { refundMinor: true, exchangeMinor: true },
    orderBy: [{ reasonKey: "asc" }, { currencyCode: "asc" }],
    take: MAX_REASON_MONEY_SUMS,
  });
  return groups.map((group) => ({
    reasonKey: group.reasonKey,
    currencyCode: group.currencyCode!,
    count: group._count._all,
    refundMinor: group._sum.refundMinor ?? 0n,
    exchangeMinor: group._sum.exchangeMinor ?? 0n,
  }));
}

/**
 * The titles Concierge keeps of these products (numeric ids), by id: its
 * catalog cache's, else the latest title a contact about the product was
 * stored with.
 */
export async function productTitles(db: DatabaseClient, shop: string, productIds: readonly string[]): Promise<Map<string, string>> {
  if (productIds.length === 0) return new Map();
  const rows = await db.catalogProduct.findMany({
    where: { shop, productId: { in: productIds.map((id) => shopifyGid("Product", id)) } },
    select: { productId: true, title: true },
  });
  const titles = new Map(rows.map((row) => [numericId(row.productId), row.title]));
  const missing = productIds.filter((id) => !titles.has(id));
  if (missing.length === 0) return titles;
  const stored = await db.contactReason.findMany({
    where: { shop, productId: { in: missing }, productTitle: { not: null } },
    distinct: ["productId"],
    orderBy: [{ productId: "asc" }, { occurredAt: "desc" }],
    select: { productId: true, productTitle: true },
  });
  for (const row of stored) titles.set(row.productId!, row.productTitle!);
  return titles;
}
