// What the profit dashboard reads, every query by shop: monthly attribution
// sums, daily counts, the kept delight spend of past months, and exchange
// outcomes through an index that covers them. Sent with $queryRaw (sql.server.ts):
// for queries this small, preparing a Prisma model query costs several times
// what the database spends answering it, and the dashboard runs a couple of
// dozen (docs/decisions/008-profit-dashboard.md).
import { createdUnlessTaken, type DatabaseClient } from "../db.server";
import { Sql, integer, count } from "./sql.server";

// ---------------------------------------------------------------------------
// Sums

/** A month of the shop's calendar and its instants [start, end). */
export interface MonthSpan {
  month: string;
  start: Date;
  end: Date;
}

/**
 * Which month a row's instant falls in: CASE WHEN col < end of the first
 * month THEN it … The rows are restricted to the months' range beforehand,
 * so the first end above the instant is its month's.
 */
function monthOf(query: Sql, column: string, months: readonly MonthSpan[]) {
  query.text("CASE");
  for (const span of months) query.text(` WHEN ${column} < `).value(span.end).text(" THEN ").value(span.month);
  return query.text(" END");
}

/** Restricts the rows to the months' instants, [first start, last end), by `column`. */
function withinMonths(query: Sql, column: string, months: readonly MonthSpan[]) {
  return query.text(` AND ${column} >= `).value(months[0].start).text(` AND ${column} < `).value(months[months.length - 1].end);
}

export async function agentNames(db: DatabaseClient, shop: string) {
  return new Sql(`SELECT "id", "name" FROM "Agent" WHERE "shop" = `).value(shop).text(` ORDER BY "name", "id"`).run<{ id: string; name: string }>(db);
}

const SOURCE_SUMS = `SUM("orders") AS "orders", SUM("cancelledOrders") AS "cancelledOrders", SUM("netMinor") AS "netMinor", SUM("commissionMinor") AS "commissionMinor"`;
type SourceSumRow = { orders: unknown; cancelledOrders: unknown; netMinor: unknown; commissionMinor: unknown };
const sourceSums = (row: SourceSumRow) => ({
  orders: count(row.orders),
  cancelledOrders: count(row.cancelledOrders),
  netMinor: integer(row.netMinor),
  commissionMinor: integer(row.commissionMinor),
});

/** The attributed orders of months from…to, summed by month and source (over agents). */
export async function attributionSourceSums(db: DatabaseClient, shop: string, from: string, to: string) {
  const rows = await new Sql(`SELECT "month", "source", "currencyCode", ${SOURCE_SUMS} FROM "AttributionMonthly" WHERE "shop" = `)
    .value(shop)
    .text(` AND "month" >= `)
    .value(from)
    .text(` AND "month" <= `)
    .value(to)
    .text(" GROUP BY 1, 2, 3")
    .run<SourceSumRow & { month: string; source: string; currencyCode: string }>(db);
  return rows.map((row) => ({ month: row.month, source: row.source, currencyCode: row.currencyCode, ...sourceSums(row) }));
}

/** Each agent's attributed orders over months from…to, summed: the leaderboard's rows. */
export async function attributionAgentSums(db: DatabaseClient, shop: string, from: string, to: string) {
  const rows = await new Sql(`SELECT "agentKey", "currencyCode", ${SOURCE_SUMS} FROM "AttributionMonthly" WHERE "shop" = `)
    .value(shop)
    .text(` AND "month" >= `)
    .value(from)
    .text(` AND "month" <= `)
    .value(to)
    .text(` AND "agentKey" <> '' GROUP BY 1, 2`)
    .run<SourceSumRow & { agentKey: string; currencyCode: string }>(db);
  return rows.map((row) => ({ agentId: row.agentKey, currencyCode: row.currencyCode, ...sourceSums(row) }));
}

/**
 * Each agent's attributed orders in part of one month, summed from their rows
 * as the monthly sums are (the cancelled ones counted apart, with no money):
 * the days of a custom period outside whole months. The month bounds the rows
 * read, through the (shop, month, …) index.
 */
export async function attributionAgentSumsWithin(db: DatabaseClient, shop: string, part: MonthSpan) {
  const live = `WHERE NOT "cancelled"`;
  const rows = await new Sql(
    `SELECT "agentId" AS "agentKey", "currencyCode", COUNT(*) FILTER (${live}) AS "orders", COUNT(*) FILTER (WHERE "cancelled") AS "cancelledOrders", ` +
      `COALESCE(SUM("netMinor") FILTER (${live}), 0) AS "netMinor", COALESCE(SUM("commissionMinor") FILTER (${live}), 0) AS "commissionMinor" ` +
      `FROM "Attribution" WHERE "shop" = `,
  )
    .value(shop)
    .text(` AND "month" = `)
    .value(part.month)
    .text(` AND "agentId" IS NOT NULL AND "processedAt" >= `)
    .value(part.start)
    .text(` AND "processedAt" < `)
    .value(part.end)
    .text(" GROUP BY 1, 2")
    .run<SourceSumRow & { agentKey: string; currencyCode: string }>(db);
  return rows.map((row) => ({ agentId: row.agentKey, currencyCode: row.currencyCode, ...sourceSums(row) }));
}

/** Which agent owns each of these codes (upper-case). */
export async function codeOwnerIds(db: DatabaseClient, shop: string, codes: readonly string[]) {
  if (codes.length === 0) return new Map<string, string>();
  const rows = await new Sql(`SELECT "codeKey", "agentId" FROM "AgentCode" WHERE "shop" = `)
    .value(shop)
    .text(` AND "codeKey" IN (`)
    .list(codes)
    .text(")")
    .run<{ codeKey: string; agentId: string }>(db);
  return new Map(rows.map((row) => [row.codeKey, row.agentId]));
}

/**
 * The net revenue and count of the orders credited to each campaign's code in
 * its month, not cancelled: one branch per campaign, each read through the
 * (shop, month, source, agentId) index, so only the code's agent's orders of
 * the month are looked at.
 */
export async function campaignOrderSums(
  db: DatabaseClient,
  shop: string,
  campaigns: ReadonlyArray<{ month: string; code: string; agentId: string }>,
  currencyCode: string,
) {
  if (campaigns.length === 0) return [];
  const query = new Sql();
  campaigns.forEach((campaign, index) => {
    if (index > 0) query.text(" UNION ALL ");
    query
      .text(`SELECT "month", "code", COUNT(*) AS "orders", SUM("netMinor") AS "netMinor" FROM "Attribution" WHERE "shop" = `)
      .value(shop)
      .text(` AND "month" = `)
      .value(campaign.month)
      .text(` AND "source" = 'agent_code' AND "agentId" = `)
      .value(campaign.agentId)
      .text(` AND "code" = `)
      .value(campaign.code)
      .text(` AND "cancelled" = false AND "currencyCode" = `)
      .value(currencyCode)
      .text(` GROUP BY "month", "code"`);
  });
  const rows = await query.run<{ month: string; code: string; orders: unknown; netMinor: unknown }>(db);
  return rows.map((row) => ({ month: row.month, code: row.code, orders: count(row.orders), netMinor: integer(row.netMinor) }));
}

type DelightRow = { month: string; agentId: string; currencyCode: string; codes: number; costMinor: bigint };
const delightRows = (rows: Array<{ month: string; agentId: string; currencyCode: string; codes: unknown; cost: unknown }>): DelightRow[] =>
  rows.map((row) => ({ month: row.month, agentId: row.agentId, currencyCode: row.currencyCode, codes: count(row.codes), costMinor: integer(row.cost) }));

/**
 * The delight codes issued in each month, from the codes themselves (not
 * those Shopify never created), by currency, and by agent too when `byAgent`.
 */
export async function delightSpendByMonth(db: DatabaseClient, shop: string, months: readonly MonthSpan[], byAgent: boolean) {
  const query = new Sql("SELECT ");
  monthOf(query, '"createdAt"', months).text(` AS "month", ${byAgent ? '"agentId"' : "''"} AS "agentId", "currencyCode", COUNT(*) AS "codes", SUM("costMinor") AS "cost"`);
  withinMonths(query.text(` FROM "AgentCode" WHERE "shop" = `).value(shop).text(` AND "kind" = 'delight'`), '"createdAt"', months).text(` AND "status" <> 'pending' GROUP BY 1, 2, 3`);
  return delightRows(await query.run(db));
}

/** Which of months from…to have their delight spend kept already (their marker row is there). */
export async function keptDelightMonths(db: DatabaseClient, shop: string, from: string, to: string) {
  const rows = await new Sql(`SELECT "month" FROM "DelightSpendMonthly" WHERE "shop" = `)
    .value(shop)
    .text(` AND "month" >= `)
    .value(from)
    .text(` AND "month" <= `)
    .value(to)
    .text(` AND "agentKey" = '' AND "currencyCode" = ''`)
    .run<{ month: string }>(db);
  return new Set(rows.map((row) => row.month));
}

/**
 * Keeps the sums of months that are over, each with its marker row, in one
 * statement: a month is all there or not at all. Two loads summing the same
 * month at once write the same rows; the second's are refused and dropped.
 */
export async function keepDelightMonths(db: DatabaseClient, shop: string, months: readonly string[], sums: readonly DelightRow[]) {
  const wanted = new Set(months);
  const data = [
    ...months.map((month) => ({ shop, month, agentKey: "", currencyCode: "", codes: 0, costMinor: 0n })),
    ...sums
      .filter((sum) => wanted.has(sum.month))
      .map((sum) => ({ shop, month: sum.month, agentKey: sum.agentId, currencyCode: sum.currencyCode, codes: sum.codes, costMinor: sum.costMinor })),
  ];
  await createdUnlessTaken(db.delightSpendMonthly.createMany({ data }));
}

/** The kept delight spend of months from…to: by month and currency, or by agent and currency over them all. */
export async function keptDelightSums(db: DatabaseClient, shop: string, from: string, to: string, by: "month" | "agent") {
  const key = by === "month" ? `"month", '' AS "agentId"` : `'' AS "month", "agentKey" AS "agentId"`;
  const rows = await new Sql(`SELECT ${key}, "currencyCode", SUM("codes") AS "codes", SUM("costMinor") AS "cost" FROM "DelightSpendMonthly" WHERE "shop" = `)
    .value(shop)
    .text(` AND "month" >= `)
    .value(from)
    .text(` AND "month" <= `)
    .value(to)
    .text(` AND "agentKey" <> '' GROUP BY 1, 2, 3`)
    .run<{ month: string; agentId: string; currencyCode: string; codes: unknown; cost: unknown }>(db);
  return delightRows(rows);
}

/** Whether the exchange's order (or the order its draft order became) is credited to a source: 0 or 1, by primary key. */
const creditedOrder = (column: string) =>
  `(SELECT COUNT(*) FROM "Attribution" AS "a" WHERE "a"."shop" = "e"."shop" AND "a"."orderId" = ${column} AND "a"."cancelled" = false)`;
/** What waits on a draft order the shopper has not paid yet. */
const AWAITING = `"e"."draftOrderId" IS NOT NULL AND "e"."upsellPaidAt" IS NULL`;
/** The refund avoided waits on the draft order: the exchange variant is on it. */
const KEPT_WAITS = `"e"."draftOrderId" IS NOT NULL AND "e"."exchangeOnDraftOrder" = true`;

/**
 * Exchange offers put to shoppers in each month (of their outcome's
 * creation), by status and currency, with the money the accepted ones count
 * at acceptance: what their return made real at once (everything, without a
 * draft order; the refund avoided when only an upsell is on the draft order).
 * Also the part of those refunds avoided on an order credited to a source
 * (and not cancelled), which that order's net revenue holds already, and what
 * still awaits payment on a draft order, counted nowhere until it is paid
 * (draftOrderPaymentsByMonth). Read from the index that covers these columns;
 * whether an order is credited is one lookup on Attribution's primary key
 * (COUNT of 0 or 1), written so no engine trades it for a pass over every
 * Attribution row, as PostgreSQL may with EXISTS.
 */
export async function exchangeSumsByMonth(db: DatabaseClient, shop: string, months: readonly MonthSpan[]) {
  const query = new Sql("SELECT ");
  monthOf(query, '"e"."createdAt"', months).text(` AS "month", "e"."status", "e"."currencyCode", COUNT(*) AS "outcomes",
      SUM(CASE WHEN ${KEPT_WAITS} THEN 0 ELSE "e"."keptMinor" END) AS "kept",
      SUM(CASE WHEN "e"."status" = 'accepted' AND "e"."keptMinor" > 0 AND NOT (${KEPT_WAITS}) THEN "e"."keptMinor" * ${creditedOrder('"e"."orderId"')} ELSE 0 END) AS "keptCredited",
      SUM(CASE WHEN "e"."draftOrderId" IS NULL THEN "e"."upsellMinor" ELSE 0 END) AS "upsell",
      SUM(CASE WHEN "e"."draftOrderId" IS NULL THEN "e"."bonusCostMinor" ELSE 0 END) AS "bonus",
      SUM(CASE WHEN ${AWAITING} THEN 1 ELSE 0 END) AS "awaitingDrafts",
      SUM(CASE WHEN ${AWAITING} THEN "e"."upsellMinor" ELSE 0 END) AS "awaitingUpsell",
      SUM(CASE WHEN ${AWAITING} AND "e"."exchangeOnDraftOrder" = true THEN "e"."keptMinor" ELSE 0 END) AS "awaitingKept",
      SUM(CASE WHEN ${AWAITING} THEN "e"."bonusCostMinor" ELSE 0 END) AS "awaitingBonus"
    FROM "ExchangeOutcome" AS "e" WHERE "e"."shop" = `);
  withinMonths(query.value(shop), '"e"."createdAt"', months).text(" GROUP BY 1, 2, 3");
  const rows = await query.run<{
    month: string;
    status: string;
    currencyCode: string;
    outcomes: unknown;
    kept: unknown;
    keptCredited: unknown;
    upsell: unknown;
    bonus: unknown;
    awaitingDrafts: unknown;
    awaitingUpsell: unknown;
    awaitingKept: unknown;
    awaitingBonus: unknown;
  }>(db);
  return rows.map((row) => ({
    month: row.month,
    status: row.status,
    currencyCode: row.currencyCode,
    outcomes: count(row.outcomes),
    keptMinor: integer(row.kept),
    keptOnCreditedOrdersMinor: integer(row.keptCredited),
    upsellMinor: integer(row.upsell),
    bonusCostMinor: integer(row.bonus),
    awaitingPayment: {
      draftOrders: count(row.awaitingDrafts),
      upsellMinor: integer(row.awaitingUpsell),
      keptMinor: integer(row.awaitingKept),
      bonusCostMinor: integer(row.awaitingBonus),
    },
  }));
}

/**
 * Exchanges' draft orders paid in each month (of their payment), by
 * currency: what they carried, which counts from then (the upsell, the
 * bonus, and the refund avoided when the exchange itself was on the draft
 * order), with the parts already in a credited order's net revenue: an
 * upsell whose order (the draft order made into an order) is credited to a
 * source, say because the shopper entered an agent's code at checkout, and a
 * refund avoided on an order credited to one.
 */
export async function draftOrderPaymentsByMonth(db: DatabaseClient, shop: string, months: readonly MonthSpan[]) {
  const query = new Sql("SELECT ");
  monthOf(query, '"e"."upsellPaidAt"', months).text(` AS "month", "e"."currencyCode", COUNT(*) AS "drafts",
      SUM("e"."upsellMinor") AS "upsell",
      SUM(CASE WHEN "e"."upsellMinor" > 0 THEN "e"."upsellMinor" * ${creditedOrder('"e"."upsellOrderId"')} ELSE 0 END) AS "upsellCredited",
      SUM("e"."bonusCostMinor") AS "bonus",
      SUM(CASE WHEN "e"."exchangeOnDraftOrder" = true THEN "e"."keptMinor" ELSE 0 END) AS "kept",
      SUM(CASE WHEN "e"."exchangeOnDraftOrder" = true AND "e"."keptMinor" > 0 THEN "e"."keptMinor" * ${creditedOrder('"e"."orderId"')} ELSE 0 END) AS "keptCredited"
    FROM "ExchangeOutcome" AS "e" WHERE "e"."shop" = `);
  withinMonths(query.value(shop), '"e"."upsellPaidAt"', months).text(` AND "e"."status" = 'accepted' GROUP BY 1, 2`);
  const rows = await query.run<{ month: string; currencyCode: string; drafts: unknown; upsell: unknown; upsellCredited: unknown; bonus: unknown; kept: unknown; keptCredited: unknown }>(db);
  return rows.map((row) => ({
    month: row.month,
    currencyCode: row.currencyCode,
    draftOrders: count(row.drafts),
    upsellMinor: integer(row.upsell),
    upsellOnCreditedOrdersMinor: integer(row.upsellCredited),
    bonusCostMinor: integer(row.bonus),
    keptMinor: integer(row.kept),
    keptOnCreditedOrdersMinor: integer(row.keptCredited),
  }));
}

/** Days are "YYYY-MM-DD" on the shop's clock: their first 7 characters are their month. */
const MONTH_OF_DAY = `SUBSTR("day", 1, 7)`;

/** SELECT month, `columns` FROM a daily table, of days fromDay…toDay, GROUP BY `groupBy`. */
function dailySumsByMonth(columns: string, table: string, groupBy: string, shop: string, fromDay: string, toDay: string) {
  return new Sql(`SELECT ${MONTH_OF_DAY} AS "month", ${columns} FROM "${table}" WHERE "shop" = `)
    .value(shop)
    .text(` AND "day" >= `)
    .value(fromDay)
    .text(` AND "day" <= `)
    .value(toDay)
    .text(` GROUP BY ${groupBy}`);
}

/** The chat prompt's events of days fromDay…toDay, summed by month. */
export async function chatEventsByMonth(db: DatabaseClient, shop: string, fromDay: string, toDay: string) {
  const rows = await dailySumsByMonth(`"event", SUM("count") AS "count"`, "ChatEventDaily", "1, 2", shop, fromDay, toDay)
    .run<{ month: string; event: string; count: unknown }>(db);
  return rows.map((row) => ({ month: row.month, event: row.event, count: count(row.count) }));
}

/** The tracking page's lookups of days fromDay…toDay, summed by month. */
export async function lookupsByMonth(db: DatabaseClient, shop: string, fromDay: string, toDay: string) {
  const rows = await dailySumsByMonth(`SUM("lookups") AS "lookups", SUM("misses") AS "misses"`, "TrackingLookupDaily", "1", shop, fromDay, toDay)
    .run<{ month: string; lookups: unknown; misses: unknown }>(db);
  return rows.map((row) => ({ month: row.month, lookups: count(row.lookups), misses: count(row.misses) }));
}

/** The store's orders of days fromDay…toDay, summed by month and currency. */
export async function storeOrdersByMonth(db: DatabaseClient, shop: string, fromDay: string, toDay: string) {
  const rows = await dailySumsByMonth(`"currencyCode", SUM("orders") AS "orders", SUM("refundedMinor") AS "refunded"`, "OrderDaily", "1, 2", shop, fromDay, toDay)
    .run<{ month: string; currencyCode: string; orders: unknown; refunded: unknown }>(db);
  return rows.map((row) => ({ month: row.month, currencyCode: row.currencyCode, orders: count(row.orders), refundedMinor: integer(row.refunded) }));
}

/** The earliest month anything was credited in: a run of profitable months can't start before it. */
export async function earliestAttributionMonth(db: DatabaseClient, shop: string) {
  const [row] = await new Sql(`SELECT MIN("month") AS "month" FROM "AttributionMonthly" WHERE "shop" = `).value(shop).run<{ month: string | null }>(db);
  return row?.month ?? null;
}

/** Customers in each VIP tier now, by the tier's name: from the counts kept with CustomerTier (decision 042), a row a rule. */
export async function vipTierMembers(db: DatabaseClient, shop: string) {
  const rows = await new Sql(`SELECT "tierName", SUM("members") AS "members" FROM "CustomerTierCount" WHERE "shop" = `)
    .value(shop)
    .text(` AND "members" > 0 GROUP BY 1`)
    .run<{ tierName: string; members: unknown }>(db);
  return rows.map((row) => ({ tierName: row.tierName, members: count(row.members) }));
}

/** Customers who entered each tier (or moved into it) in [start, end). */
export async function vipTierJoins(db: DatabaseClient, shop: string, range: { start: Date; end: Date }) {
  const rows = await new Sql(`SELECT "toTier", COUNT(*) AS "joined" FROM "TierChange" WHERE "shop" = `)
    .value(shop)
    .text(` AND "createdAt" >= `)
    .value(range.start)
    .text(` AND "createdAt" < `)
    .value(range.end)
    .text(` AND "kind" IN ('entered', 'changed') AND "toTier" IS NOT NULL GROUP BY 1`)
    .run<{ toTier: string; joined: unknown }>(db);
  return rows.map((row) => ({ tierName: row.toTier, joined: count(row.joined) }));
}
