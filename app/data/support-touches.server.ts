// Helpdesk settings and the touches helpdesks report, always by shop.
// See docs/decisions/018-helpdesk-touches.md.
import { randomBytes, randomUUID } from "node:crypto";
import type { DatabaseClient } from "../db.server";
import type { Touch } from "../domain/helpdesk/touches";
import { PREVIOUS_SECRET_GRACE_MS } from "../domain/helpdesk/touches";
import { ATTRIBUTION_WINDOW_DAYS } from "../domain/helpdesk/forms";
import type { TouchCredit as AttributionTouch } from "../domain/agents/attribution";
import { Sql } from "./sql.server";

export const newHelpdeskSecret = () => randomBytes(32).toString("hex");

export async function findHelpdeskSettings(db: DatabaseClient, shop: string) {
  return db.helpdeskSettings.findUnique({ where: { shop } });
}

/** The shop's helpdesk settings, made with a fresh secret the first time the merchant opens them. */
export async function helpdeskSettingsFor(db: DatabaseClient, shop: string) {
  return db.helpdeskSettings.upsert({ where: { shop }, create: { shop, secret: newHelpdeskSecret() }, update: {} });
}

/** A new secret; the old one keeps working for a day while the merchant updates their helpdesks. */
export async function rotateHelpdeskSecret(db: DatabaseClient, shop: string, now: Date) {
  const current = await helpdeskSettingsFor(db, shop);
  return db.helpdeskSettings.update({
    where: { shop },
    data: { secret: newHelpdeskSecret(), previousSecret: current.secret, previousExpiresAt: new Date(now.getTime() + PREVIOUS_SECRET_GRACE_MS), rotatedAt: now },
  });
}

export async function updateHelpdeskOptions(db: DatabaseClient, shop: string, options: { windowDays?: number; zendeskSigningSecret?: string | null }) {
  await helpdeskSettingsFor(db, shop);
  return db.helpdeskSettings.update({ where: { shop }, data: options });
}

/** The window an order looks back over for touches: the merchant's, else 3 days. */
export async function attributionWindowDays(db: DatabaseClient, shop: string) {
  const settings = await db.helpdeskSettings.findUnique({ where: { shop }, select: { windowDays: true } });
  return settings?.windowDays ?? ATTRIBUTION_WINDOW_DAYS.default;
}

/** The agent with this email (lower-case), of this shop. */
export async function agentIdByEmail(db: DatabaseClient, shop: string, email: string) {
  const agent = await db.agent.findFirst({ where: { shop, email }, select: { id: true } });
  return agent?.id ?? null;
}

/** The Shopify customer Concierge knows by this email, else this phone. */
export async function customerIdByContact(db: DatabaseClient, shop: string, email: string | null, phone: string | null) {
  if (email) {
    const byEmail = await db.customer.findFirst({ where: { shop, email: { equals: email, mode: "insensitive" } }, select: { customerId: true } });
    if (byEmail) return byEmail.customerId;
  }
  if (phone) {
    const byPhone = await db.customer.findFirst({ where: { shop, phone }, select: { customerId: true } });
    if (byPhone) return byPhone.customerId;
  }
  return null;
}

export type InsertedTouch = { inserted: true; id: string } | { inserted: false };

/** Stores a touch once: the same conversation at the same instant again (a replay) stores nothing. */
export async function insertTouch(db: DatabaseClient, shop: string, touch: Omit<Touch, "test" | "reason">, resolved: { agentId: string | null; customerId: string | null }): Promise<InsertedTouch> {
  const id = randomUUID();
  // ON CONFLICT DO NOTHING: a replay inside the caller's transaction doesn't abort it.
  const { count } = await db.supportTouch.createMany({
    data: [
      {
        id,
        shop,
        helpdesk: touch.helpdesk,
        conversationId: touch.conversationId,
        channel: touch.channel,
        agentEmail: touch.agentEmail,
        agentId: resolved.agentId,
        customerEmail: touch.customerEmail,
        customerPhone: touch.customerPhone,
        customerId: resolved.customerId,
        touchedAt: touch.touchedAt,
      },
    ],
    skipDuplicates: true,
  });
  return count === 1 ? { inserted: true, id } : { inserted: false };
}

export interface OrderCustomer {
  orderId: string;
  customerId: string | null;
  email: string | null;
  processedAt: Date;
}

export interface OrderTouches {
  lastTouch: AttributionTouch | null;
  lastChatTouch: AttributionTouch | null;
}

/**
 * For each order, the last touch by a known agent of its customer (same
 * Shopify customer, or same email) within `windowDays` before it was
 * processed, and the last such touch on chat. One query for all the orders,
 * each answered from the (shop, customerId|customerEmail, touchedAt) indexes.
 */
/**
 * The orders that name a customer, as JSON rows for `jsonb_to_recordset`: the
 * order, its customer and lower-cased email, and the window before it
 * (fromAt to toAt). Null when no order names a customer.
 */
export function orderWindows(orders: readonly OrderCustomer[], windowDays: number): string | null {
  const wanted = orders.filter((order) => order.customerId || order.email);
  if (wanted.length === 0) return null;
  const windowMs = windowDays * 24 * 60 * 60 * 1000;
  return JSON.stringify(
    wanted.map((order) => ({
      orderId: order.orderId,
      customerId: order.customerId ?? null,
      email: order.email?.toLowerCase() ?? null,
      fromAt: new Date(order.processedAt.getTime() - windowMs).toISOString(),
      toAt: order.processedAt.toISOString(),
    })),
  );
}

export async function lastTouchesBefore(db: DatabaseClient, shop: string, orders: readonly OrderCustomer[], windowDays: number): Promise<Map<string, OrderTouches>> {
  const result = new Map<string, OrderTouches>();
  const rows = orderWindows(orders, windowDays);
  if (rows === null) return result;
  const lastOf = (channelFilter: string) =>
    `(SELECT t."agentId", t."channel", t."conversationId", t."touchedAt" FROM (
        SELECT * FROM "SupportTouch" WHERE "shop" = s.shop AND o."customerId" IS NOT NULL AND "customerId" = o."customerId" AND "agentId" IS NOT NULL AND "touchedAt" >= o."fromAt" AND "touchedAt" <= o."toAt" ${channelFilter}
        UNION ALL
        SELECT * FROM "SupportTouch" WHERE "shop" = s.shop AND o."email" IS NOT NULL AND "customerEmail" = o."email" AND "agentId" IS NOT NULL AND "touchedAt" >= o."fromAt" AND "touchedAt" <= o."toAt" ${channelFilter}
      ) t ORDER BY t."touchedAt" DESC, t."id" DESC LIMIT 1)`;
  const found = await new Sql(`SELECT o."orderId", a."agentId" AS "agentId", a."channel" AS "channel", a."conversationId" AS "conversationId", a."touchedAt" AS "touchedAt",
      c."agentId" AS "chatAgentId", c."channel" AS "chatChannel", c."conversationId" AS "chatConversationId", c."touchedAt" AS "chatTouchedAt"
    FROM (SELECT `)
    .value(shop)
    .text(`::text AS shop) s CROSS JOIN jsonb_to_recordset(`)
    .value(rows)
    .text(`::jsonb) AS o("orderId" text, "customerId" text, "email" text, "fromAt" timestamptz, "toAt" timestamptz)
    LEFT JOIN LATERAL ${lastOf("")} a ON true
    LEFT JOIN LATERAL ${lastOf(`AND "channel" = 'chat'`)} c ON true
    WHERE a."agentId" IS NOT NULL`)
    .run<{ orderId: string; agentId: string; channel: string; conversationId: string; touchedAt: Date; chatAgentId: string | null; chatChannel: string | null; chatConversationId: string | null; chatTouchedAt: Date | null }>(db);
  for (const row of found) {
    result.set(row.orderId, {
      lastTouch: { agentId: row.agentId, channel: row.channel, conversationId: row.conversationId, touchedAt: new Date(row.touchedAt) },
      lastChatTouch: row.chatAgentId
        ? { agentId: row.chatAgentId, channel: row.chatChannel!, conversationId: row.chatConversationId!, touchedAt: new Date(row.chatTouchedAt!) }
        : null,
    });
  }
  return result;
}

/** The agent of each of these conversations (a chat's id as the chat cart attribute carries it), by a known agent's touch. */
export async function conversationOwners(db: DatabaseClient, shop: string, conversationIds: readonly string[]) {
  if (conversationIds.length === 0) return new Map<string, string>();
  const rows = await db.supportTouch.findMany({
    where: { shop, conversationId: { in: [...conversationIds] }, agentId: { not: null } },
    orderBy: { touchedAt: "asc" },
    select: { conversationId: true, agentId: true },
  });
  return new Map(rows.map((row) => [row.conversationId, row.agentId!]));
}

export async function findTouch(db: DatabaseClient, shop: string, id: string) {
  return db.supportTouch.findFirst({ where: { shop, id } });
}

/** The most orders one touch re-credits: a customer's orders within a month after one conversation. */
const MAX_ORDERS_AFTER_TOUCH = 500;

/** The orders of the touch's customer (same Shopify customer, or same email) placed within the window after it. */
export async function orderIdsAfterTouch(
  db: DatabaseClient,
  shop: string,
  touch: { customerId: string | null; customerEmail: string | null; touchedAt: Date },
  windowDays: number,
) {
  const customer = [
    ...(touch.customerId ? [{ customerId: touch.customerId }] : []),
    ...(touch.customerEmail ? [{ email: { equals: touch.customerEmail, mode: "insensitive" as const } }] : []),
  ];
  if (customer.length === 0) return [];
  const rows = await db.order.findMany({
    where: { shop, processedAt: { gte: touch.touchedAt, lte: new Date(touch.touchedAt.getTime() + windowDays * 24 * 60 * 60 * 1000) }, OR: customer },
    orderBy: { orderId: "asc" },
    select: { orderId: true },
    take: MAX_ORDERS_AFTER_TOUCH,
  });
  return rows.map((row) => row.orderId);
}

/** Helpdesk agents Concierge couldn't match by email, for the merchant to map, with how many touches wait on each. */
export async function unknownTouchAgents(db: DatabaseClient, shop: string) {
  const rows = await db.supportTouch.groupBy({
    by: ["agentEmail"],
    where: { shop, agentId: null },
    _count: { _all: true },
    _max: { touchedAt: true },
    orderBy: { agentEmail: "asc" },
    take: 200,
  });
  return rows.map((row) => ({ agentEmail: row.agentEmail, touches: row._count._all, lastTouchedAt: row._max.touchedAt }));
}

/**
 * Every touch by this helpdesk email is now this agent's (the merchant
 * mapped them); returns the ids of those recent enough to credit an order.
 */
export async function assignTouchesToAgent(db: DatabaseClient, shop: string, agentEmail: string, agentId: string, since: Date) {
  const { count } = await db.supportTouch.updateMany({ where: { shop, agentEmail, agentId: null }, data: { agentId } });
  const recent = await db.supportTouch.findMany({ where: { shop, agentEmail, agentId, touchedAt: { gte: since } }, select: { id: true }, orderBy: { touchedAt: "desc" }, take: 1000 });
  return { count, recentTouchIds: recent.map((row) => row.id) };
}

/** The last touches received from each helpdesk: what the setup page shows as "last received". */
export async function lastReceivedByHelpdesk(db: DatabaseClient, shop: string) {
  const rows = await db.supportTouch.groupBy({ by: ["helpdesk"], where: { shop }, _max: { receivedAt: true }, _count: { _all: true } });
  return new Map(rows.map((row) => [row.helpdesk, { lastReceivedAt: row._max.receivedAt, touches: row._count._all }]));
}

