// The merchant's entries the profit dashboard keeps: its settings, the
// team's costs month by month and outreach campaigns. Every query is by shop.
import type { DatabaseClient } from "../db.server";
import { Sql, integer, count } from "./sql.server";

// ---------------------------------------------------------------------------
// The merchant's entries

export async function findProfitSettings(db: DatabaseClient, shop: string) {
  const [row] = await new Sql(`SELECT "fallbackMarginBps", "teamShareBps", "storeConversionBps" FROM "ProfitSettings" WHERE "shop" = `)
    .value(shop)
    .run<{ fallbackMarginBps: unknown; teamShareBps: unknown; storeConversionBps: unknown }>(db);
  if (!row) return null;
  return {
    fallbackMarginBps: row.fallbackMarginBps === null ? null : count(row.fallbackMarginBps),
    teamShareBps: count(row.teamShareBps),
    storeConversionBps: count(row.storeConversionBps),
  };
}

export async function saveProfitSettings(
  db: DatabaseClient,
  shop: string,
  settings: { fallbackMarginBps: number; teamShareBps: number; storeConversionBps: number },
) {
  await db.profitSettings.upsert({ where: { shop }, create: { shop, ...settings }, update: settings });
}

/** What a deflected ticket is worth, as the tracking page's settings say; null when never saved. */
export async function costPerTicketMinor(db: DatabaseClient, shop: string) {
  const [row] = await new Sql(`SELECT "costPerTicketMinor" FROM "TrackingSettings" WHERE "shop" = `).value(shop).run<{ costPerTicketMinor: unknown }>(db);
  return row ? integer(row.costPerTicketMinor) : null;
}

/** The entries of months from…to, and the latest one before `from` (it carries into the range), in order. */
export async function supportCostsFor(db: DatabaseClient, shop: string, from: string, to: string) {
  const rows = await new Sql(`SELECT "month", "salariesMinor", "toolsMinor", "otherMinor", "currencyCode" FROM "SupportCost" WHERE "shop" = `)
    .value(shop)
    .text(` AND "month" <= `)
    .value(to)
    .text(` AND "month" >= COALESCE((SELECT MAX("month") FROM "SupportCost" WHERE "shop" = `)
    .value(shop)
    .text(` AND "month" <= `)
    .value(from)
    .text(`), `)
    .value(from)
    .text(`) ORDER BY "month"`)
    .run<{ month: string; salariesMinor: unknown; toolsMinor: unknown; otherMinor: unknown; currencyCode: string }>(db);
  return rows.map((row) => ({
    month: row.month,
    salariesMinor: integer(row.salariesMinor),
    toolsMinor: integer(row.toolsMinor),
    otherMinor: integer(row.otherMinor),
    currencyCode: row.currencyCode,
  }));
}

export async function saveSupportCost(
  db: DatabaseClient,
  shop: string,
  cost: { month: string; salariesMinor: bigint; toolsMinor: bigint; otherMinor: bigint; currencyCode: string },
) {
  const { month, ...data } = cost;
  await db.supportCost.upsert({ where: { shop_month: { shop, month } }, create: { shop, month, ...data }, update: data });
}

export async function campaignsBetween(db: DatabaseClient, shop: string, from: string, to: string) {
  const rows = await new Sql(`SELECT "id", "name", "month", "contacted", "replied", "code" FROM "SupportCampaign" WHERE "shop" = `)
    .value(shop)
    .text(` AND "month" >= `)
    .value(from)
    .text(` AND "month" <= `)
    .value(to)
    .text(` ORDER BY "month", "createdAt", "id"`)
    .run<{ id: string; name: string; month: string; contacted: unknown; replied: unknown; code: string | null }>(db);
  return rows.map((row) => ({ ...row, contacted: count(row.contacted), replied: count(row.replied) }));
}

export async function campaignWithCode(db: DatabaseClient, shop: string, month: string, code: string) {
  return db.supportCampaign.findFirst({ where: { shop, month, code } });
}

export async function createCampaign(
  db: DatabaseClient,
  shop: string,
  campaign: { name: string; month: string; contacted: number; replied: number; code: string | null },
) {
  return db.supportCampaign.create({ data: { shop, ...campaign } });
}

export async function deleteCampaign(db: DatabaseClient, shop: string, id: string) {
  const { count: deleted } = await db.supportCampaign.deleteMany({ where: { shop, id } });
  return deleted > 0;
}
