// Attribution rows: the one source each order is credited to.
import type { DatabaseClient } from "../db.server";

export interface AttributionRow {
  orderId: string;
  source: string;
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
}

export async function findAttribution(db: DatabaseClient, shop: string, orderId: string) {
  return db.attribution.findUnique({ where: { shop_orderId: { shop, orderId } } });
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
