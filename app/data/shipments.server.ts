// Shipments as the fulfillment webhooks describe them, and their risks
// (prisma: Shipment, ShipmentRisk). Every read and write is filtered by shop.
import type { Prisma } from "@prisma/client";
import type { DatabaseClient } from "../db.server";
import type { StoredShipmentEvent } from "../domain/tracking/shipment-risk";
import { storedDocument, toJson } from "./json";
import { readPage, type PageRequest } from "../domain/paging";

export type ShipmentRow = Prisma.ShipmentGetPayload<object>;

/**
 * The shipment's row, created when missing and locked until the transaction
 * ends, so two events about one package (delivered at once by two workers)
 * are applied one after the other, never one over the other.
 */
export async function lockShipment(db: Prisma.TransactionClient, shop: string, fulfillmentId: string, orderId: string): Promise<ShipmentRow> {
  await db.$executeRaw`INSERT INTO "Shipment" ("shop", "fulfillmentId", "orderId", "updatedAt") VALUES (${shop}, ${fulfillmentId}, ${orderId}, now()) ON CONFLICT DO NOTHING`;
  await db.$queryRaw`SELECT 1 FROM "Shipment" WHERE "shop" = ${shop} AND "fulfillmentId" = ${fulfillmentId} FOR UPDATE`;
  return db.shipment.findUniqueOrThrow({ where: { shop_fulfillmentId: { shop, fulfillmentId } } });
}

export function shipmentEventsOf(row: { events: Prisma.JsonValue }): StoredShipmentEvent[] {
  return storedDocument<StoredShipmentEvent[]>(row.events);
}

export async function updateShipment(
  db: DatabaseClient,
  shop: string,
  fulfillmentId: string,
  data: Omit<Prisma.ShipmentUpdateInput, "events" | "shop" | "fulfillmentId"> & { events?: StoredShipmentEvent[] },
) {
  const { events, ...rest } = data;
  await db.shipment.update({
    where: { shop_fulfillmentId: { shop, fulfillmentId } },
    data: { ...rest, ...(events ? { events: toJson(events) } : {}) },
  });
}

export async function risksOfShipment(db: DatabaseClient, shop: string, fulfillmentId: string) {
  return db.shipmentRisk.findMany({ where: { shop, fulfillmentId } });
}

export async function createRisk(db: DatabaseClient, shop: string, data: { fulfillmentId: string; kind: string; since: Date; detectedAt: Date }) {
  return db.shipmentRisk.create({ data: { shop, ...data } });
}

/** The trouble came back after it had cleared: a new episode, to handle again. */
export async function reopenRisk(db: DatabaseClient, shop: string, id: string, data: { since: Date; detectedAt: Date }) {
  await db.shipmentRisk.updateMany({
    where: { shop, id },
    data: { ...data, resolvedAt: null, handledAt: null, handledBy: null, episode: { increment: 1 } },
  });
}

export async function resolveRisks(db: DatabaseClient, shop: string, ids: string[], at: Date) {
  if (ids.length === 0) return;
  await db.shipmentRisk.updateMany({ where: { shop, id: { in: ids }, resolvedAt: null }, data: { resolvedAt: at } });
}

/**
 * Open shipments the clock may have put at risk, across shops: past their
 * estimated delivery or without a scan since `stalledBefore`, after `cursor`,
 * in the order of their key so a page at a time covers them all.
 */
export async function shipmentsToWatch(
  db: DatabaseClient,
  input: { lateBefore: Date; stalledBefore: Date; after: { shop: string; fulfillmentId: string } | null; take: number },
) {
  return db.shipment.findMany({
    where: {
      open: true,
      OR: [{ estimatedDeliveryAt: { lt: input.lateBefore } }, { lastMovementAt: { lt: input.stalledBefore } }],
      ...(input.after
        ? {
            AND: [
              {
                OR: [
                  { shop: { gt: input.after.shop } },
                  { shop: input.after.shop, fulfillmentId: { gt: input.after.fulfillmentId } },
                ],
              },
            ],
          }
        : {}),
    },
    orderBy: [{ shop: "asc" }, { fulfillmentId: "asc" }],
    take: input.take,
    select: { shop: true, fulfillmentId: true, orderId: true },
  });
}

/** The shops' "no movement for N days", for the shops that chose one. */
export async function stalledAfterDaysByShop(db: DatabaseClient, shops: string[]) {
  const rows = await db.trackingSettings.findMany({ where: { shop: { in: shops } }, select: { shop: true, stalledAfterDays: true } });
  return new Map(rows.map((row) => [row.shop, row.stalledAfterDays]));
}

export async function stalledAfterDaysOf(db: DatabaseClient, shop: string): Promise<number | undefined> {
  const row = await db.trackingSettings.findUnique({ where: { shop }, select: { stalledAfterDays: true } });
  return row?.stalledAfterDays;
}

/** Risks an agent has yet to handle, on shipments still in trouble, newest first. */
export async function openRisks(db: DatabaseClient, shop: string, request: PageRequest) {
  const where = { shop, resolvedAt: null, handledAt: null };
  const { rows: risks, page } = await readPage(
    request,
    () => db.shipmentRisk.count({ where }),
    (window) => db.shipmentRisk.findMany({ where, orderBy: [{ detectedAt: "desc" }, { id: "asc" }], ...window }),
  );
  const shipments = await db.shipment.findMany({ where: { shop, fulfillmentId: { in: [...new Set(risks.map((risk) => risk.fulfillmentId))] } } });
  const orders = await db.order.findMany({
    where: { shop, orderId: { in: [...new Set(shipments.map((shipment) => shipment.orderId))] } },
    select: { orderId: true, name: true, email: true },
  });
  return { risks, page, shipments: new Map(shipments.map((row) => [row.fulfillmentId, row])), orders: new Map(orders.map((row) => [row.orderId, row])) };
}

/** Marks an open risk handled; false when the shop has no such risk open. */
export async function markRiskHandled(db: DatabaseClient, shop: string, id: string, input: { at: Date; by: string | null }) {
  const { count } = await db.shipmentRisk.updateMany({ where: { shop, id, handledAt: null }, data: { handledAt: input.at, handledBy: input.by } });
  return count === 1;
}
