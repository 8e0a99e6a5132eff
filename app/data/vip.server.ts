// VIP rules, each customer's tier record, the tier history and the backfills.
// Every function takes the shop and filters on it.
import { createdUnlessTaken, isUniqueViolation, type Database, type DatabaseClient } from "../db.server";
import type { RuleWithPrecedence } from "../domain/vip/evaluate";
import type { RuleInput } from "../domain/vip/rules";
import type { StoredTier } from "../domain/vip/sync";
import type { ReasonLine } from "../domain/vip/evaluate";
import { storedDocument, storedReason, toJson } from "./json";
import { orderedList } from "./precedence.server";

// ---------------------------------------------------------------------------
// Rules

type RuleDefinition = Omit<RuleInput, "tierName" | "enabled">;

export interface VipRuleRecord extends RuleWithPrecedence {
  createdAt: Date;
  updatedAt: Date;
}

function tierKeyOf(tierName: string) {
  return tierName.trim().toLowerCase();
}

function definitionOf(rule: RuleInput) {
  const definition: RuleDefinition = {
    match: rule.match,
    conditions: rule.conditions,
    tagsToAdd: rule.tagsToAdd,
    skipBot: rule.skipBot,
    skipQueue: rule.skipQueue,
    ...(rule.priorityTag === undefined ? {} : { priorityTag: rule.priorityTag }),
    concierge: rule.concierge,
    instantRefunds: rule.instantRefunds,
    ...(rule.instantRefundMaxPerRefund === undefined ? {} : { instantRefundMaxPerRefund: rule.instantRefundMaxPerRefund }),
    ...(rule.instantRefundMaxPerMonth === undefined ? {} : { instantRefundMaxPerMonth: rule.instantRefundMaxPerMonth }),
  };
  return toJson(definition);
}

type VipRuleRow = Awaited<ReturnType<Database["vipRule"]["findFirstOrThrow"]>>;

/** A stored rule as the domain reads it. The definition was validated by the rule schema when saved. */
function toRule(row: VipRuleRow): VipRuleRecord {
  const definition = storedDocument<RuleDefinition>(row.definition);
  return {
    ...definition,
    id: row.id,
    precedence: row.precedence,
    tierName: row.tierName,
    enabled: row.enabled,
    concierge: definition.concierge ?? null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const rules = orderedList((db) => db.vipRule, toRule);

/** The shop's rules, highest precedence first. */
export const listVipRules = rules.list;
export const findVipRule = rules.find;

/** Another rule of the shop already has this tier name (case and spaces ignored). */
export class TierNameTaken extends Error {
  constructor(readonly tierName: string) {
    super(`A tier named “${tierName}” already exists`);
    this.name = "TierNameTaken";
  }
}


/** Adds a rule below the shop's others (the lowest precedence). */
export async function createVipRule(db: Database, shop: string, rule: RuleInput): Promise<VipRuleRecord> {
  try {
    return await db.$transaction(async (tx) => {
      const precedence = await rules.nextPrecedence(tx, shop);
      const row = await tx.vipRule.create({
        data: {
          shop,
          tierName: rule.tierName,
          tierKey: tierKeyOf(rule.tierName),
          precedence,
          definition: definitionOf(rule),
          enabled: rule.enabled,
        },
      });
      return toRule(row);
    });
  } catch (error) {
    // Two saves racing past the form's check: the unique index decides.
    if (isUniqueViolation(error)) throw new TierNameTaken(rule.tierName);
    throw error;
  }
}

export async function updateVipRule(db: Database, shop: string, id: string, rule: RuleInput): Promise<VipRuleRecord | null> {
  try {
    const updated = await db.vipRule.updateMany({
      where: { shop, id },
      data: { tierName: rule.tierName, tierKey: tierKeyOf(rule.tierName), definition: definitionOf(rule), enabled: rule.enabled },
    });
    return updated.count === 0 ? null : findVipRule(db, shop, id);
  } catch (error) {
    if (isUniqueViolation(error)) throw new TierNameTaken(rule.tierName);
    throw error;
  }
}

/** Deletes a rule and closes the gap it leaves in the precedence order. */
export const deleteVipRule = rules.remove;

/** Moves a rule one place up (higher precedence) or down. "not_found" when the shop has no such one, "at_edge" when it cannot move that way. */
export const moveVipRule = rules.move;

// ---------------------------------------------------------------------------
// Customer tiers

type CustomerTierRow = Awaited<ReturnType<Database["customerTier"]["findFirstOrThrow"]>>;

export interface CustomerTierRecord extends StoredTier {
  customerId: string;
  reason: ReasonLine[];
  evaluatedAt: Date;
}

function toCustomerTier(row: CustomerTierRow): CustomerTierRecord {
  return {
    customerId: row.customerId,
    ruleId: row.ruleId,
    tierName: row.tierName,
    appliedTags: row.appliedTags,
    reason: storedReason(row.reason),
    factsUpdatedAt: row.factsUpdatedAt,
    evaluatedAt: row.evaluatedAt,
  };
}

export async function findCustomerTier(db: DatabaseClient, shop: string, customerId: string) {
  const row = await db.customerTier.findUnique({ where: { shop_customerId: { shop, customerId } } });
  return row ? toCustomerTier(row) : null;
}

export async function findCustomerTiers(db: DatabaseClient, shop: string, customerIds: string[]): Promise<Map<string, CustomerTierRecord>> {
  const rows = customerIds.length === 0 ? [] : await db.customerTier.findMany({ where: { shop, customerId: { in: customerIds } } });
  return new Map(rows.map((row) => [row.customerId, toCustomerTier(row)]));
}

export interface CustomerTierWrite {
  ruleId: string | null;
  tierName: string | null;
  appliedTags: string[];
  reason: ReasonLine[];
  factsUpdatedAt: Date;
  evaluatedAt: Date;
}

/**
 * Writes a customer's tier record if it is still the one the caller read
 * (`expected`, null for none): a compare-and-set, so of two evaluations of
 * one customer racing (a webhook and the backfill) only one records its
 * result. False when the record had changed in between.
 */
export async function compareAndSetCustomerTier(
  db: DatabaseClient,
  shop: string,
  customerId: string,
  expected: CustomerTierRecord | null,
  next: CustomerTierWrite,
): Promise<boolean> {
  const data = {
    ruleId: next.ruleId,
    tierName: next.tierName,
    appliedTags: next.appliedTags,
    reason: toJson(next.reason),
    factsUpdatedAt: next.factsUpdatedAt,
    evaluatedAt: next.evaluatedAt,
  };
  if (expected === null) return createdUnlessTaken(db.customerTier.create({ data: { shop, customerId, ...data } }));
  const updated = await db.customerTier.updateMany({
    where: {
      shop,
      customerId,
      ruleId: expected.ruleId,
      tierName: expected.tierName,
      appliedTags: { equals: expected.appliedTags },
      factsUpdatedAt: expected.factsUpdatedAt,
      evaluatedAt: expected.evaluatedAt,
    },
    data,
  });
  return updated.count === 1;
}

/** Records of customers who hold a tier or tags Concierge added: what there is to undo. */
const holdsSomething = { OR: [{ tierName: { not: null } }, { appliedTags: { isEmpty: false } }] };

/** Whether any of the shop's customers holds a tier or a tag Concierge added. */
export async function hasCustomerTiers(db: DatabaseClient, shop: string, customerId?: string): Promise<boolean> {
  const found = await db.customerTier.findFirst({ where: { shop, ...(customerId ? { customerId } : {}), ...holdsSomething }, select: { customerId: true } });
  return found !== null;
}

/** How many customers hold each rule's tier, by rule id: from the counts kept with CustomerTier (decision 042). */
export async function countTierMembers(db: DatabaseClient, shop: string): Promise<Map<string, number>> {
  const groups = await db.customerTierCount.groupBy({ by: ["ruleId"], where: { shop, members: { gt: 0 } }, _sum: { members: true } });
  return new Map(groups.map((group) => [group.ruleId, group._sum.members ?? 0]));
}

// ---------------------------------------------------------------------------
// Tier history

export interface TierChangeWrite {
  customerId: string;
  kind: "entered" | "left" | "changed";
  fromTier: string | null;
  toTier: string | null;
  reason: ReasonLine[];
  trigger: string;
  createdAt: Date;
}

export async function recordTierChange(db: DatabaseClient, shop: string, change: TierChangeWrite) {
  await db.tierChange.create({ data: { shop, ...change, reason: toJson(change.reason) } });
}

type TierChangeRow = Awaited<ReturnType<Database["tierChange"]["findFirstOrThrow"]>>;

function toTierChange(row: TierChangeRow) {
  return {
    id: row.id,
    customerId: row.customerId,
    kind: row.kind,
    fromTier: row.fromTier,
    toTier: row.toTier,
    reason: storedReason(row.reason),
    trigger: row.trigger,
    createdAt: row.createdAt,
  };
}

export type TierChangeRecord = ReturnType<typeof toTierChange>;

export async function listRecentTierChanges(db: DatabaseClient, shop: string, limit: number): Promise<TierChangeRecord[]> {
  const rows = await db.tierChange.findMany({ where: { shop }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit });
  return rows.map(toTierChange);
}

export async function listCustomerTierChanges(db: DatabaseClient, shop: string, customerId: string, limit = 100): Promise<TierChangeRecord[]> {
  const rows = await db.tierChange.findMany({
    where: { shop, customerId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.map(toTierChange);
}

// ---------------------------------------------------------------------------
// Backfills

export type BackfillStatus = "running" | "processing" | "completed" | "failed" | "superseded";
export const ACTIVE_BACKFILL_STATUSES: BackfillStatus[] = ["running", "processing"];

type VipBackfillRow = Awaited<ReturnType<Database["vipBackfill"]["findFirstOrThrow"]>>;
export type VipBackfillRecord = Omit<VipBackfillRow, "status"> & { status: BackfillStatus };

function toBackfill(row: VipBackfillRow): VipBackfillRecord {
  return { ...row, status: row.status as BackfillStatus };
}

export async function createBackfill(
  db: DatabaseClient,
  shop: string,
  input: { trigger: string; bulkOperationId: string; startedAt: Date },
): Promise<VipBackfillRecord> {
  const row = await db.vipBackfill.create({
    data: { shop, status: "running", trigger: input.trigger, bulkOperationId: input.bulkOperationId, startedAt: input.startedAt },
  });
  return toBackfill(row);
}

/** A backfill that could not even start, so the page can say why. */
export async function recordFailedBackfill(db: DatabaseClient, shop: string, input: { trigger: string; error: string; at: Date }) {
  await db.vipBackfill.create({
    data: { shop, status: "failed", trigger: input.trigger, error: input.error.slice(0, 500), startedAt: input.at, finishedAt: input.at },
  });
}

/** Backfills still running: a newer one replaces them, since it re-evaluates everyone anyway. */
export async function listActiveBackfills(db: DatabaseClient, shop: string): Promise<VipBackfillRecord[]> {
  const rows = await db.vipBackfill.findMany({ where: { shop, status: { in: ACTIVE_BACKFILL_STATUSES } }, orderBy: { startedAt: "desc" } });
  return rows.map(toBackfill);
}

/** Active backfills, of every shop, whose driver has not beaten since `staleBefore`. */
export async function listStalledBackfills(db: DatabaseClient, staleBefore: Date) {
  return db.vipBackfill.findMany({
    where: { status: { in: ["running", "processing"] }, OR: [{ heartbeatAt: null, startedAt: { lt: staleBefore } }, { heartbeatAt: { lt: staleBefore } }] },
    select: { id: true, shop: true },
    take: 1_000,
  });
}

export async function findBackfill(db: DatabaseClient, shop: string, id: string): Promise<VipBackfillRecord | null> {
  const row = await db.vipBackfill.findFirst({ where: { shop, id } });
  return row ? toBackfill(row) : null;
}

export async function latestBackfill(db: DatabaseClient, shop: string): Promise<VipBackfillRecord | null> {
  const row = await db.vipBackfill.findFirst({ where: { shop }, orderBy: [{ startedAt: "desc" }, { id: "desc" }] });
  return row ? toBackfill(row) : null;
}

export async function supersedeBackfills(db: DatabaseClient, shop: string, ids: string[], at: Date) {
  if (ids.length === 0) return;
  await db.vipBackfill.updateMany({
    where: { shop, id: { in: ids }, status: { in: ACTIVE_BACKFILL_STATUSES } },
    data: { status: "superseded", finishedAt: at },
  });
}

/**
 * Takes the lease on an active backfill: whoever holds a fresh heartbeat
 * drives it; a heartbeat older than `staleBefore` is a driver that died
 * (a server restarted), and the lease passes on. False when someone else
 * holds it or the backfill is no longer active.
 */
export async function claimBackfill(db: DatabaseClient, shop: string, id: string, at: Date, staleBefore: Date): Promise<boolean> {
  const claimed = await db.vipBackfill.updateMany({
    where: {
      shop,
      id,
      status: { in: ACTIVE_BACKFILL_STATUSES },
      OR: [{ heartbeatAt: null }, { heartbeatAt: { lt: staleBefore } }],
    },
    data: { heartbeatAt: at },
  });
  return claimed.count === 1;
}

export type BackfillUpdate = Partial<
  Pick<
    VipBackfillRow,
    | "customersTotal"
    | "customersProcessed"
    | "customersChecked"
    | "customersChanged"
    | "mutations"
    | "error"
    | "finishedAt"
    | "heartbeatAt"
  >
> & { status?: BackfillStatus };

/**
 * Updates an active backfill (and beats its heartbeat). False when it is no
 * longer active (a newer one superseded it): the driver stops.
 */
export async function updateActiveBackfill(db: DatabaseClient, shop: string, id: string, update: BackfillUpdate): Promise<boolean> {
  const updated = await db.vipBackfill.updateMany({ where: { shop, id, status: { in: ACTIVE_BACKFILL_STATUSES } }, data: update });
  return updated.count === 1;
}
