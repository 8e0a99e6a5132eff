// Shipments at risk, kept from events (issue 15): fulfillments/create,
// fulfillments/update and fulfillment_events/create write what they say
// about a package to its Shipment row, the package is assessed again, and
// each kind of trouble becomes a ShipmentRisk an agent handles. What the
// clock alone changes (past the estimated delivery, no scan for N days) is
// found by the hourly watch (app/jobs/scheduled.server.ts), which reads the
// open shipments only.
import type { Prisma } from "@prisma/client";
import type { z } from "zod";
import type { Database, DatabaseClient } from "../db.server";
import {
  createRisk,
  lockShipment,
  markRiskHandled,
  openRisks,
  reopenRisk,
  resolveRisks,
  risksOfShipment,
  shipmentEventsOf,
  shipmentsToWatch,
  stalledAfterDaysByShop,
  stalledAfterDaysOf,
  updateShipment,
  type ShipmentRow,
} from "../data/shipments.server";
import { assessShipment, STALLED_AFTER_DAYS_RANGE, withEvent, type ShipmentRiskKind } from "../domain/tracking/shipment-risk";
import { DEFAULT_LATE_AFTER_MS } from "../domain/tracking/timeline-facts";
import type { fulfillmentEventPayloadSchema, fulfillmentPayloadSchema } from "../domain/webhook-payloads";
import type { ServiceContext } from "./context";
import { queueShipmentAlerts, trackingPageUrl } from "./outreach-email.server";
import { flowStagesOf, queueStageUpdates } from "./shipment-stages.server";
import { queueFlowTrigger } from "./flow-triggers.server";
import type { PageInfo, PageRequest } from "../domain/paging";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Shipments the hourly watch re-evaluates per transaction. */
const WATCH_PAGE = 200;

type Tx = Prisma.TransactionClient;

/** A risk Concierge saw begin (or begin again): what a proactive message is about. */
export interface NewShipmentRisk {
  riskId: string;
  fulfillmentId: string;
  kind: ShipmentRiskKind;
  episode: number;
}

const upper = (value: string | null | undefined) => (value ? value.trim().toUpperCase() : null);

/** fulfillments/create and fulfillments/update: the package's status, tracking and order. */
export async function recordFulfillment(tx: Tx, shop: string, payload: z.infer<typeof fulfillmentPayloadSchema>, receivedAt: Date) {
  const row = await lockShipment(tx, shop, payload.id, payload.order_id);
  // Deliveries can come out of order: an older fulfillment state never replaces a newer one.
  const newer = !row.statusChangedAt || !payload.updated_at || payload.updated_at.getTime() >= row.statusChangedAt.getTime();
  const data = {
    orderName: payload.name ? payload.name.replace(/\.\d+$/, "") : row.orderName,
    email: payload.email ?? row.email,
    shippedAt: payload.created_at ?? row.shippedAt,
    ...(newer
      ? {
          status: upper(payload.status),
          shipmentStatus: upper(payload.shipment_status),
          statusChangedAt: payload.updated_at ?? row.statusChangedAt ?? receivedAt,
          trackingCompany: payload.tracking_company ?? null,
          trackingNumber: payload.tracking_number ?? null,
          trackingUrl: payload.tracking_url ?? null,
        }
      : {}),
  };
  const started = await reassess(tx, { ...row, ...data }, receivedAt, data);
  // A new fulfillment is a shipped package, whether or not the carrier has scanned it yet.
  if (!row.shippedAt && payload.created_at && !upper(payload.status)?.match(/CANCELLED|ERROR|FAILURE/)) {
    await queueStageUpdates(tx, shop, {
      fulfillmentId: payload.id,
      orderId: payload.order_id,
      orderName: data.orderName,
      carrier: data.trackingCompany ?? row.trackingCompany,
      status: "CONFIRMED",
      happenedAt: payload.created_at,
      now: receivedAt,
    });
  }
  return started;
}

/** fulfillment_events/create: one carrier scan, kept once however often it is delivered. */
export async function recordFulfillmentEvent(
  tx: Tx,
  shop: string,
  payload: z.infer<typeof fulfillmentEventPayloadSchema>,
  receivedAt: Date,
) {
  const row = await lockShipment(tx, shop, payload.fulfillment_id, payload.order_id);
  const events = withEvent(shipmentEventsOf(row), {
    id: payload.id,
    status: payload.status.trim().toUpperCase(),
    happenedAt: payload.happened_at.toISOString(),
    message: payload.message ?? null,
    estimatedDeliveryAt: payload.estimated_delivery_at?.toISOString() ?? null,
  });
  const latestEstimate = events.findLast((event) => event.estimatedDeliveryAt)?.estimatedDeliveryAt;
  const data = { events, estimatedDeliveryAt: latestEstimate ? new Date(latestEstimate) : row.estimatedDeliveryAt };
  const started = await reassess(
    tx,
    { ...row, events: data.events as unknown as Prisma.JsonValue, estimatedDeliveryAt: data.estimatedDeliveryAt },
    receivedAt,
    data,
  );
  await queueStageUpdates(tx, shop, {
    fulfillmentId: payload.fulfillment_id,
    orderId: payload.order_id,
    orderName: row.orderName,
    carrier: row.trackingCompany,
    status: payload.status,
    happenedAt: payload.happened_at,
    now: receivedAt,
  });
  return started;
}

/** Assesses the shipment as `row` now describes it, writes it with `changes`, and brings its risks in line. */
async function reassess(
  tx: DatabaseClient,
  row: ShipmentRow,
  now: Date,
  changes: Parameters<typeof updateShipment>[3],
  stalledAfterDays?: number,
): Promise<NewShipmentRisk[]> {
  const assessment = assessShipment(
    {
      fulfillmentId: row.fulfillmentId,
      status: row.status,
      shipmentStatus: row.shipmentStatus,
      statusChangedAt: row.statusChangedAt,
      shippedAt: row.shippedAt,
      estimatedDeliveryAt: row.estimatedDeliveryAt,
      tracking:
        row.trackingCompany || row.trackingNumber || row.trackingUrl
          ? { company: row.trackingCompany, number: row.trackingNumber, url: row.trackingUrl }
          : null,
      events: shipmentEventsOf(row),
    },
    { now, stalledAfterDays: stalledAfterDays ?? (await stalledAfterDaysOf(tx, row.shop)) },
  );
  await updateShipment(tx, row.shop, row.fulfillmentId, {
    ...changes,
    open: assessment.open,
    deliveredAt: assessment.deliveredAt,
    lastMovementAt: assessment.lastMovementAt,
  });

  const known = await risksOfShipment(tx, row.shop, row.fulfillmentId);
  const started: NewShipmentRisk[] = [];
  for (const risk of assessment.risks) {
    const existing = known.find((candidate) => candidate.kind === risk.kind);
    if (!existing) {
      const created = await createRisk(tx, row.shop, {
        fulfillmentId: row.fulfillmentId,
        kind: risk.kind,
        since: risk.since,
        detectedAt: now,
      });
      started.push({ riskId: created.id, fulfillmentId: row.fulfillmentId, kind: risk.kind, episode: created.episode });
    } else if (existing.resolvedAt) {
      await reopenRisk(tx, row.shop, existing.id, { since: risk.since, detectedAt: now });
      started.push({ riskId: existing.id, fulfillmentId: row.fulfillmentId, kind: risk.kind, episode: existing.episode + 1 });
    }
  }
  await queueShipmentAlerts(
    tx,
    row.shop,
    started.map((risk) => ({ ...risk, orderId: row.orderId })),
  );
  const toFlow = started.length > 0 && (await flowStagesOf(tx, row.shop)).includes("delayed");
  for (const risk of toFlow ? started : []) {
    await queueFlowTrigger(tx, row.shop, {
      handle: "shipment-at-risk",
      dedupeKey: `flow:risk:${risk.riskId}:${risk.episode}`,
      orderId: row.orderId,
      fulfillmentId: row.fulfillmentId,
      payload: {
        order_id: Number(row.orderId),
        Risk: risk.kind,
        Carrier: row.trackingCompany ?? "",
        "Tracking number": row.trackingNumber ?? "",
        "Tracking page": trackingPageUrl(row.shop, row.orderName),
      },
    });
  }
  const current = new Set<string>(assessment.risks.map((risk) => risk.kind));
  await resolveRisks(
    tx,
    row.shop,
    known.filter((risk) => !risk.resolvedAt && !current.has(risk.kind)).map((risk) => risk.id),
    now,
  );
  return started;
}

/**
 * The hourly watch: every open shipment the clock may have put at risk (past
 * its estimated delivery, or no scan for a day or more) assessed again, a
 * page at a time, each page in one transaction. Returns how many it read.
 */
export async function watchOpenShipments(db: Database, now: Date): Promise<{ assessed: number; started: NewShipmentRisk[] }> {
  const lateBefore = new Date(now.getTime() - DEFAULT_LATE_AFTER_MS);
  const stalledBefore = new Date(now.getTime() - STALLED_AFTER_DAYS_RANGE.min * DAY_MS);
  let after: { shop: string; fulfillmentId: string } | null = null;
  let assessed = 0;
  const started: NewShipmentRisk[] = [];
  for (;;) {
    const page = await shipmentsToWatch(db, { lateBefore, stalledBefore, after, take: WATCH_PAGE });
    if (page.length === 0) break;
    const stalledAfter = await stalledAfterDaysByShop(db, [...new Set(page.map((shipment) => shipment.shop))]);
    await db.$transaction(async (tx) => {
      for (const shipment of page) {
        const row = await lockShipment(tx, shipment.shop, shipment.fulfillmentId, shipment.orderId);
        if (!row.open) continue;
        started.push(...(await reassess(tx, row, now, {}, stalledAfter.get(shipment.shop))));
      }
    });
    assessed += page.length;
    const last = page.at(-1)!;
    after = { shop: last.shop, fulfillmentId: last.fulfillmentId };
    if (page.length < WATCH_PAGE) break;
  }
  return { assessed, started };
}

export interface AtRiskShipmentRow {
  riskId: string;
  kind: string;
  since: string;
  detectedAt: string;
  orderId: string;
  orderName: string | null;
  email: string | null;
  carrier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
  lastEvent: { status: string; at: string; message: string | null } | null;
}

/** The merchant's list: risks no agent has handled yet on shipments still in trouble. */
export async function shipmentsAtRisk(
  context: Pick<ServiceContext, "db" | "shop">,
  request: PageRequest,
): Promise<{ rows: AtRiskShipmentRow[]; page: PageInfo }> {
  const { risks, page, shipments, orders } = await openRisks(context.db, context.shop, request);
  const rows = risks.map((risk): AtRiskShipmentRow => {
    const shipment = shipments.get(risk.fulfillmentId);
    const order = shipment ? orders.get(shipment.orderId) : undefined;
    const last = shipment ? shipmentEventsOf(shipment).at(-1) : undefined;
    return {
      riskId: risk.id,
      kind: risk.kind,
      since: risk.since.toISOString(),
      detectedAt: risk.detectedAt.toISOString(),
      orderId: shipment?.orderId ?? "",
      orderName: order?.name ?? shipment?.orderName ?? null,
      email: shipment?.email ?? order?.email ?? null,
      carrier: shipment?.trackingCompany ?? null,
      trackingNumber: shipment?.trackingNumber ?? null,
      trackingUrl: shipment?.trackingUrl ?? null,
      lastEvent: last ? { status: last.status, at: last.happenedAt, message: last.message } : null,
    };
  });
  return { rows, page };
}

export type MarkHandledResult = { kind: "handled" } | { kind: "not_found" };

/** An agent reached the shopper: the risk leaves the list, with who handled it and when. */
export async function markShipmentRiskHandled(
  context: Pick<ServiceContext, "db" | "shop" | "now" | "staff">,
  riskId: string,
): Promise<MarkHandledResult> {
  const by = context.staff ? (context.staff.name ?? context.staff.email ?? `staff ${context.staff.userId}`) : null;
  return (await markRiskHandled(context.db, context.shop, riskId, { at: context.now, by })) ? { kind: "handled" } : { kind: "not_found" };
}
