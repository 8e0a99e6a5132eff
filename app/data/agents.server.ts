// Agents, their codes in Shopify and the shop's defaults for them. Every
// query filters by shop: another shop's agent id finds nothing.
import type { Database, DatabaseClient } from "../db.server";
import type { Prisma } from "@prisma/client";
import { readPage, type PageRequest } from "../domain/paging";

/** The model's own defaults (prisma/schema.prisma), for a shop that never saved its settings. */
export const AGENT_DEFAULTS_FALLBACK = { defaultCommissionBps: 750, defaultDelightBudgetMinor: 50_000n } as const;

export async function findAgentDefaults(db: DatabaseClient, shop: string) {
  const row = await db.shop.findUnique({
    where: { shop },
    select: { defaultCommissionBps: true, defaultDelightBudgetMinor: true },
  });
  return row ?? { ...AGENT_DEFAULTS_FALLBACK };
}

export async function saveAgentDefaults(
  db: DatabaseClient,
  shop: string,
  defaults: { defaultCommissionBps: number; defaultDelightBudgetMinor: bigint },
) {
  await db.shop.upsert({ where: { shop }, create: { shop, ...defaults }, update: defaults });
}

export async function listAgents(db: DatabaseClient, shop: string) {
  return db.agent.findMany({ where: { shop }, orderBy: [{ active: "desc" }, { name: "asc" }] });
}

/** The roster's first agent (active first, by name), without reading the roster. */
export async function firstAgent(db: DatabaseClient, shop: string) {
  return db.agent.findFirst({ where: { shop }, orderBy: [{ active: "desc" }, { name: "asc" }] });
}

export async function findAgent(db: DatabaseClient, shop: string, id: string) {
  return db.agent.findFirst({ where: { shop, id } });
}

/** The agent a signed-in staff member is: by their Shopify user id once linked, else by email. */
export async function findAgentForStaff(db: DatabaseClient, shop: string, staff: { userId: string; email: string | null }) {
  const linked = await db.agent.findFirst({ where: { shop, staffUserId: staff.userId } });
  if (linked) return linked;
  if (!staff.email) return null;
  return db.agent.findFirst({ where: { shop, email: staff.email.toLowerCase() } });
}

export async function linkAgentToStaff(db: DatabaseClient, shop: string, agentId: string, staffUserId: string) {
  // Another agent of the shop linked to this staff member (their email moved
  // to a new agent) lets go first: one staff member is one agent.
  await db.agent.updateMany({ where: { shop, staffUserId, NOT: { id: agentId } }, data: { staffUserId: null } });
  await db.agent.updateMany({ where: { shop, id: agentId }, data: { staffUserId } });
}

export async function emailTaken(db: DatabaseClient, shop: string, email: string, exceptAgentId?: string) {
  const count = await db.agent.count({ where: { shop, email, ...(exceptAgentId ? { NOT: { id: exceptAgentId } } : {}) } });
  return count > 0;
}

export async function codeKeyTaken(db: DatabaseClient, shop: string, codeKey: string) {
  return (await db.agentCode.count({ where: { shop, codeKey } })) > 0;
}

/** Whether one of the shop's codes is the Shopify discount `discountNodeId`. */
export async function discountHeld(db: DatabaseClient, shop: string, discountNodeId: string) {
  return (await db.agentCode.count({ where: { shop, discountNodeId } })) > 0;
}

export interface NewAgentRow {
  name: string;
  email: string;
  team: string | null;
  languages: string[];
  timeZone: string;
  workingHours: Prisma.InputJsonValue;
  commissionBps: number;
  monthlyBudgetMinor: bigint;
  currencyCode: string;
  active: boolean;
}

export type AgentRowUpdate = Partial<NewAgentRow> & { staffUserId?: string | null };

export interface NewAgentCodeRow {
  agentId: string;
  code: string;
  kind: "personal" | "delight";
  valueKind: "percentage" | "fixed_amount";
  valueBasisPoints: number | null;
  valueAmountMinor: bigint | null;
  costMinor: bigint;
  currencyCode: string;
  customerId: string | null;
  expiresAt: Date | null;
  createdAt: Date;
}

/**
 * A new agent and their personal code, held as "pending" until Shopify has
 * created the code (then markCodeCreated), so the email and the code are
 * claimed in Concierge before anything is sent to Shopify.
 */
export async function insertAgentWithPendingCode(
  db: Database,
  shop: string,
  agent: NewAgentRow,
  code: Omit<NewAgentCodeRow, "agentId">,
) {
  return db.$transaction(async (tx) => {
    const created = await tx.agent.create({ data: { shop, ...agent } });
    const pending = await tx.agentCode.create({ data: pendingCodeData(shop, { ...code, agentId: created.id }) });
    return { agent: created, code: pending };
  });
}

function pendingCodeData(shop: string, code: NewAgentCodeRow) {
  return { shop, ...code, codeKey: code.code.toUpperCase(), status: "pending" as const };
}

export async function markCodeCreated(db: DatabaseClient, shop: string, codeId: string, discountNodeId: string) {
  await db.agentCode.updateMany({ where: { shop, id: codeId }, data: { discountNodeId, status: "active" } });
}

/** Shopify refused the code: the claim goes, and nothing was spent. */
export async function deletePendingCode(db: DatabaseClient, shop: string, codeId: string) {
  await db.agentCode.deleteMany({ where: { shop, id: codeId, status: "pending" } });
}

export async function deleteAgentWithPendingCode(db: Database, shop: string, agentId: string) {
  await db.$transaction([
    db.agentCode.deleteMany({ where: { shop, agentId, status: "pending" } }),
    db.agent.deleteMany({ where: { shop, id: agentId } }),
  ]);
}

export async function updateAgentRow(db: DatabaseClient, shop: string, agentId: string, data: AgentRowUpdate) {
  await db.agent.updateMany({ where: { shop, id: agentId }, data });
}

export async function updatePersonalCodeValue(
  db: DatabaseClient,
  shop: string,
  codeId: string,
  value: { valueKind: "percentage" | "fixed_amount"; valueBasisPoints: number | null; valueAmountMinor: bigint | null },
) {
  await db.agentCode.updateMany({ where: { shop, id: codeId }, data: value });
}

export async function setCodeStatus(db: DatabaseClient, shop: string, codeId: string, status: "active" | "deactivated") {
  await db.agentCode.updateMany({ where: { shop, id: codeId }, data: { status } });
}

/**
 * The agent's personal and delight codes in Shopify with this status: the ones
 * deactivating or reactivating the agent has to change, never every code ever
 * issued. A welcome campaign's thousands of codes are the campaign's (decision 028).
 */
export async function agentCodesWithStatus(db: DatabaseClient, shop: string, agentId: string, status: "active" | "deactivated") {
  return db.agentCode.findMany({
    where: { shop, agentId, kind: { not: "campaign" }, status, discountNodeId: { not: null } },
    orderBy: { createdAt: "desc" },
  });
}

/** One page of an agent's codes issued in Shopify (not the ones still being made), newest first. */
export async function issuedAgentCodes(db: DatabaseClient, shop: string, agentId: string, page: PageRequest) {
  const where = { shop, agentId, status: { not: "pending" as const } };
  return readPage(
    page,
    () => db.agentCode.count({ where }),
    (window) => db.agentCode.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...window }),
  );
}

export async function personalCodeOf(db: DatabaseClient, shop: string, agentId: string) {
  return db.agentCode.findFirst({ where: { shop, agentId, kind: "personal" }, orderBy: { createdAt: "asc" } });
}

export async function personalCodesOf(db: DatabaseClient, shop: string, agentIds: string[]) {
  if (agentIds.length === 0) return [];
  return db.agentCode.findMany({ where: { shop, kind: "personal", agentId: { in: agentIds } }, orderBy: { createdAt: "asc" } });
}

/**
 * Reserves a delight code against the agent's budget: in one transaction that
 * first writes the agent's row (so two reservations for the same agent wait
 * for each other on PostgreSQL, as SQLite's single writer does anyway), sums
 * what the period already holds, and inserts the pending code only if
 * `fits(spentMinor)` says it fits. Returns the pending row, or the spend that
 * made it not fit.
 */
export async function reserveDelightCode(
  db: Database,
  shop: string,
  code: NewAgentCodeRow,
  period: { start: Date; end: Date },
  fits: (spentMinor: bigint) => boolean,
): Promise<{ reserved: true; codeId: string } | { reserved: false; spentMinor: bigint }> {
  return db.$transaction(async (tx) => {
    await tx.agent.updateMany({ where: { shop, id: code.agentId }, data: { updatedAt: code.createdAt } });
    const spentMinor = await delightSpendMinor(tx, shop, code.agentId, period);
    if (!fits(spentMinor)) return { reserved: false as const, spentMinor };
    const row = await tx.agentCode.create({ data: pendingCodeData(shop, code) });
    return { reserved: true as const, codeId: row.id };
  });
}

/** What the agent's delight codes issued in the period cost, pending ones included (they hold budget). */
export async function delightSpendMinor(db: DatabaseClient, shop: string, agentId: string, period: { start: Date; end: Date }) {
  const { _sum } = await db.agentCode.aggregate({
    where: { shop, agentId, kind: "delight", createdAt: { gte: period.start, lt: period.end } },
    _sum: { costMinor: true },
  });
  return _sum.costMinor ?? 0n;
}

/** Every issued delight code of the shop in the period, for the leaderboard's "budget used". */
/** Net revenue and count of the shop's orders since a date: its average order value. */
export async function shopOrderTotals(db: DatabaseClient, shop: string, since: Date, currencyCode: string) {
  const { _sum, _count } = await db.order.aggregate({
    where: { shop, currencyCode, cancelledAt: null, processedAt: { gte: since } },
    _sum: { totalPriceMinor: true, refundedMinor: true },
    _count: { _all: true },
  });
  return {
    orders: _count._all,
    netMinor: (_sum.totalPriceMinor ?? 0n) - (_sum.refundedMinor ?? 0n),
  };
}

/** The customer's tier as the VIP feature last wrote it, if it did. */
export async function customerTierName(db: DatabaseClient, shop: string, customerId: string) {
  const tier = await db.customerTier.findUnique({
    where: { shop_customerId: { shop, customerId } },
    select: { tierName: true },
  });
  return tier?.tierName ?? null;
}
