// The tracking timeline's building blocks: which steps each delivery flow
// shows, and reading the facts (dates, texts, links, Shopify's open enums)
// without trusting any of them.
import { lookupStatus, type DeliveryFlow, type PackageProblem, type TimelineStepKey } from "./statuses";
import type { DateTimeInput, FulfillmentOrderFact, OrderTrackingFacts, ShopperAction } from "./timeline-facts";

// ---------------------------------------------------------------------------
// Steps per delivery flow.

/** The steps each kind of delivery goes through, in order. */
export const FLOW_STEPS: Readonly<Record<DeliveryFlow, readonly TimelineStepKey[]>> = {
  shipping: ["ordered", "confirmed", "preparing", "shipped", "in_transit", "out_for_delivery", "delivered"],
  pickup_point: ["ordered", "confirmed", "preparing", "shipped", "in_transit", "ready_for_pickup", "picked_up"],
  local_pickup: ["ordered", "confirmed", "preparing", "ready_for_pickup", "picked_up"],
  local_delivery: ["ordered", "confirmed", "preparing", "out_for_delivery", "delivered"],
  no_delivery: ["ordered", "confirmed", "delivered"],
};

/**
 * Where a status lands in a flow that lacks its step. A local pickup that
 * Shopify shows only as "fulfilled" is ready to collect, never "picked up":
 * telling a shopper someone collected their order is the one wrong answer
 * that would alarm them.
 */
const STEP_IN_FLOW: Readonly<Record<DeliveryFlow, Partial<Record<TimelineStepKey, TimelineStepKey>>>> = {
  shipping: { ready_for_pickup: "out_for_delivery", picked_up: "delivered" },
  pickup_point: { out_for_delivery: "in_transit", delivered: "picked_up" },
  local_pickup: {
    shipped: "ready_for_pickup",
    in_transit: "preparing",
    out_for_delivery: "ready_for_pickup",
    delivered: "picked_up",
  },
  local_delivery: {
    shipped: "out_for_delivery",
    in_transit: "out_for_delivery",
    ready_for_pickup: "out_for_delivery",
    picked_up: "delivered",
  },
  no_delivery: {
    preparing: "confirmed",
    shipped: "delivered",
    in_transit: "delivered",
    out_for_delivery: "delivered",
    ready_for_pickup: "delivered",
    picked_up: "delivered",
  },
};

/** The step of `flow` that a status reaching `step` stands for. */
export function projectStep(flow: DeliveryFlow, step: TimelineStepKey): TimelineStepKey {
  return STEP_IN_FLOW[flow][step] ?? step;
}

/** The step a fulfillment's creation stands for, which takes its time when no event gives one. */
export const STEP_AT_FULFILLMENT: Readonly<Record<DeliveryFlow, TimelineStepKey>> = {
  shipping: "shipped",
  pickup_point: "shipped",
  local_pickup: "ready_for_pickup",
  local_delivery: "out_for_delivery",
  no_delivery: "delivered",
};

/** Steps a package can go through more than once (another delivery attempt): the latest time counts. */
export const LATEST_TIME_WINS: ReadonlySet<TimelineStepKey> = new Set(["out_for_delivery", "ready_for_pickup", "delivered", "picked_up"]);

/** How far along a step is, across flows, to find the least advanced package. */
export const STEP_RANK: Readonly<Record<TimelineStepKey, number>> = {
  ordered: 0,
  confirmed: 1,
  preparing: 2,
  shipped: 3,
  in_transit: 4,
  out_for_delivery: 5,
  ready_for_pickup: 5,
  delivered: 6,
  picked_up: 6,
};

export const PICKUP_FLOWS: ReadonlySet<DeliveryFlow> = new Set(["local_pickup", "pickup_point"]);
export const DEAD_SHIPMENT: ReadonlySet<PackageProblem> = new Set(["label_voided", "shipment_cancelled"]);

// ---------------------------------------------------------------------------
// Reading the facts.

export interface TimelineContext {
  readonly facts: OrderTrackingFacts;
  readonly now: Date;
  readonly lateAfterMs: number;
  readonly orderName: string;
  readonly orderPlacedAt: Date | null;
  readonly unrecognized: Set<string>;
}

export function toDate(value: DateTimeInput | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  const date = new Date(value instanceof Date ? value.getTime() : value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A table lookup that records values it does not know and returns the safe fallback for them. */
export function meaningOf<Known extends string, Meaning>(
  context: TimelineContext,
  enumName: string,
  table: Record<Known, Meaning>,
  value: string,
  fallback: Meaning,
): Meaning {
  const found = lookupStatus(table, value);
  if (found.known) return found.meaning;
  context.unrecognized.add(`${enumName}.${value}`);
  return fallback;
}

export function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function safeUrl(value: string | null | undefined): string | null {
  const candidate = text(value);
  if (!candidate) return null;
  try {
    const url = new URL(candidate);
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null;
  } catch {
    return null;
  }
}

export function latest(dates: readonly (Date | null)[]): Date | null {
  return dates.reduce<Date | null>((best, date) => (date && (!best || date > best) ? date : best), null);
}

export function earliest(dates: readonly (Date | null)[]): Date | null {
  return dates.reduce<Date | null>((best, date) => (date && (!best || date < best) ? date : best), null);
}

/**
 * When a step before the package happened, from what Shopify records.
 * Placed: the order's processedAt (else createdAt). Confirmed: Shopify records
 * no time of its own for it; it confirms an order (reserves its stock) as it
 * creates it, so the order's time stands for it, once `confirmed` is true.
 * Being prepared: the time Shopify opened the fulfillment order(s) the items
 * are in (FulfillmentOrder.createdAt: at the order's creation, or later when
 * a hold, a schedule or a move to another location made a new one), the
 * earliest when several; the order's time when Shopify names none. Shopify
 * records no time for "fulfillment in progress", and Concierge keeps no
 * history of when it first saw it, so this is the best fact it holds. A
 * package's label events, when there are any, are read before this.
 */
export function stepTimeBeforePackage(
  context: TimelineContext,
  key: "ordered" | "confirmed" | "preparing",
  fulfillmentOrders: readonly FulfillmentOrderFact[],
): Date | null {
  if (key === "ordered") return context.orderPlacedAt;
  if (key === "confirmed") return context.facts.confirmed ? context.orderPlacedAt : null;
  return earliest(fulfillmentOrders.map((order) => toDate(order.createdAt))) ?? context.orderPlacedAt;
}

export function contactSupport(context: TimelineContext): ShopperAction {
  return {
    kind: "contact_support",
    messageKey: "tracking.action.contact_support",
    params: { orderName: context.orderName },
    url: null,
  };
}

export const WAIT: ShopperAction = { kind: "wait", messageKey: "tracking.action.wait", params: {}, url: null };
export const PICK_UP: ShopperAction = { kind: "pick_up", messageKey: "tracking.action.pick_up", params: {}, url: null };

export function trackWithCarrier(carrier: string | null, url: string | null): ShopperAction[] {
  if (!url) return [];
  return carrier
    ? [{ kind: "track_with_carrier", messageKey: "tracking.action.track_with_carrier", params: { carrier }, url }]
    : [{ kind: "track_with_carrier", messageKey: "tracking.action.track_with_carrier.generic", params: {}, url }];
}
