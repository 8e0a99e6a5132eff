// Attribution rows (the one source each order is credited to) and their
// monthly sums for the profit dashboard.
import type { DatabaseClient } from "../db.server";
import type { AttributionSource } from "../domain/agents/attribution";
import type { MonthDelta } from "../domain/profit/sum-deltas";

export interface AttributionRow {
  orderId: string;
  source: AttributionSource;
  agentId: string | null;
  code: string | null;
  currencyCode: string;
  grossMinor: bigint;
  refundedMinor: bigint;
  netMinor: bigint;
  commissionBps: number;
  commissionMinor: bigint;
  cancelled: boolean;
  processedAt: Date;
  month: string;
  /** Source "outreach": the email whose link the customer clicked. */
  messageId: string | null;
}

export async function findAttributions(db: DatabaseClient, shop: string, orderIds: string[]) {
  if (orderIds.length === 0) return [];
  return db.attribution.findMany({ where: { shop, orderId: { in: orderIds } } });
}

export async function saveAttribution(db: DatabaseClient, shop: string, row: AttributionRow) {
  const { orderId, ...data } = row;
  await db.attribution.upsert({
    where: { shop_orderId: { shop, orderId } },
    create: { shop, orderId, ...data },
    update: data,
  });
}

export async function removeAttribution(db: DatabaseClient, shop: string, orderId: string) {
  await db.attribution.deleteMany({ where: { shop, orderId } });
}

export interface MonthlyGroup {
  month: string;
  source: AttributionSource;
  agentId: string | null;
  currencyCode: string;
}

/**
 * Recomputes one month/source/agent sum from its attribution rows. The sum's
 * row is written first: on PostgreSQL that locks it until the transaction
 * ends, so two orders of the same group changing at once are summed one
 * after the other and neither is lost.
 */
export async function refreshMonthlySum(db: DatabaseClient, shop: string, group: MonthlyGroup) {
  const agentKey = group.agentId ?? "";
  const key = { shop_month_source_agentKey: { shop, month: group.month, source: group.source, agentKey } };
  await db.attributionMonthly.upsert({
    where: key,
    create: { shop, month: group.month, source: group.source, agentKey, currencyCode: group.currencyCode },
    update: { currencyCode: group.currencyCode },
  });
  const rows = { shop, month: group.month, source: group.source, agentId: group.agentId };
  const live = await db.attribution.aggregate({
    where: { ...rows, cancelled: false },
    _count: { _all: true },
    _sum: { grossMinor: true, refundedMinor: true, netMinor: true, commissionMinor: true },
  });
  const cancelledOrders = await db.attribution.count({ where: { ...rows, cancelled: true } });
  await db.attributionMonthly.update({
    where: key,
    data: {
      orders: live._count._all,
      cancelledOrders,
      grossMinor: live._sum.grossMinor ?? 0n,
      refundedMinor: live._sum.refundedMinor ?? 0n,
      netMinor: live._sum.netMinor ?? 0n,
      commissionMinor: live._sum.commissionMinor ?? 0n,
    },
  });
}

/** Which agent owns each of these codes (upper-case), for this shop. */
export async function codeOwners(db: DatabaseClient, shop: string, codes: string[]) {
  if (codes.length === 0) return new Map<string, string>();
  const rows = await db.agentCode.findMany({
    where: { shop, codeKey: { in: codes.map((code) => code.toUpperCase()) } },
    select: { codeKey: true, agentId: true },
  });
  return new Map(rows.map((row) => [row.codeKey, row.agentId]));
}

export async function agentCommissionBps(db: DatabaseClient, shop: string, agentId: string) {
  const agent = await db.agent.findFirst({ where: { shop, id: agentId }, select: { commissionBps: true } });
  return agent?.commissionBps ?? 0;
}

/**
 * Adds these changes to the monthly sums (the webhook path: one order's
 * credit changed). Applied in key order, so two transactions touching the
 * same sums never wait on each other crosswise.
 */
export async function addToMonthlySums(db: DatabaseClient, shop: string, changes: MonthDelta[]) {
  const sorted = [...changes].sort((a, b) => `${a.month}|${a.source}|${a.agentKey}`.localeCompare(`${b.month}|${b.source}|${b.agentKey}`));
  for (const change of sorted) {
    const { month, agentKey, currencyCode, source: sourceName, ...figures } = change;
    const source = sourceName as AttributionSource;
    await db.attributionMonthly.upsert({
      where: { shop_month_source_agentKey: { shop, month, source, agentKey } },
      create: { shop, month, source, agentKey, currencyCode, ...figures },
      update: {
        currencyCode,
        orders: { increment: figures.orders },
        cancelledOrders: { increment: figures.cancelledOrders },
        grossMinor: { increment: figures.grossMinor },
        refundedMinor: { increment: figures.refundedMinor },
        netMinor: { increment: figures.netMinor },
        commissionMinor: { increment: figures.commissionMinor },
      },
    });
  }
}
