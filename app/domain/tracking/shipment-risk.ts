// One shipment (a Shopify fulfillment) as Concierge keeps it from the
// fulfillment webhooks, and what puts it at risk: the tracking timeline's own
// reading of a package (delayed, a failed attempt, an exception, past its
// estimated delivery), plus no carrier movement for N days. Pure: the
// services layer stores the facts and the risks it returns.
import type { AtRiskReasonKind, FulfillmentEventFact, FulfillmentFact } from "./timeline-facts";
import { buildTrackingView } from "./timeline";

const DAY_MS = 24 * 60 * 60 * 1000;

/** How many days without a carrier scan make a package "stuck", unless the merchant says otherwise. */
export const DEFAULT_STALLED_AFTER_DAYS = 5;
/** The merchant's choice is kept within reason: a day to a month. */
export const STALLED_AFTER_DAYS_RANGE = { min: 1, max: 30 } as const;

export type ShipmentRiskKind = AtRiskReasonKind | "no_movement";

/** A carrier event as stored on the shipment (FulfillmentEvent, its status upper-case as in GraphQL). */
export interface StoredShipmentEvent {
  id: string;
  status: string;
  happenedAt: string;
  message: string | null;
  estimatedDeliveryAt: string | null;
}

/** What the fulfillment webhooks told Concierge about one package. */
export interface ShipmentFacts {
  fulfillmentId: string;
  /** FulfillmentStatus, upper-case (SUCCESS, CANCELLED, …); null until fulfillments/* has been seen. */
  status: string | null;
  /** The REST `shipment_status`, upper-case (IN_TRANSIT, DELAYED, …), read as Fulfillment.displayStatus. */
  shipmentStatus: string | null;
  /** When shipmentStatus last changed, for a risk no carrier event dates. */
  statusChangedAt: Date | null;
  shippedAt: Date | null;
  estimatedDeliveryAt: Date | null;
  tracking: { company: string | null; number: string | null; url: string | null } | null;
  events: StoredShipmentEvent[];
}

export interface ShipmentRisk {
  kind: ShipmentRiskKind;
  /** When it started: the carrier's event, the estimated delivery that passed, the last movement. */
  since: Date;
}

export interface ShipmentAssessment {
  /** Still on its way: the scheduled re-evaluation keeps watching it. */
  open: boolean;
  deliveredAt: Date | null;
  /** The latest carrier event, else when it shipped. */
  lastMovementAt: Date | null;
  risks: ShipmentRisk[];
}

const CLOSED_STATUSES = new Set(["CANCELLED", "ERROR", "FAILURE"]);

/** Adds an event once (by its id), keeping them in the order they happened. */
export function withEvent(events: readonly StoredShipmentEvent[], event: StoredShipmentEvent): StoredShipmentEvent[] {
  if (events.some((known) => known.id === event.id)) return [...events];
  return [...events, event].sort((a, b) => Date.parse(a.happenedAt) - Date.parse(b.happenedAt));
}

export function assessShipment(facts: ShipmentFacts, options: { now: Date; stalledAfterDays?: number }): ShipmentAssessment {
  const events: FulfillmentEventFact[] = facts.events.map((event) => ({
    status: event.status,
    happenedAt: event.happenedAt,
    message: event.message,
    estimatedDeliveryAt: event.estimatedDeliveryAt,
  }));
  const deliveredEvent = facts.events.findLast((event) => event.status === "DELIVERED");
  const deliveredAt = deliveredEvent
    ? new Date(deliveredEvent.happenedAt)
    : facts.shipmentStatus === "DELIVERED"
      ? (facts.statusChangedAt ?? options.now)
      : null;
  const shippedAt = facts.shippedAt ?? (events[0] ? new Date(events[0].happenedAt) : options.now);
  // Shopify's shipment status follows the carrier's latest event; whichever
  // of the two webhooks came last speaks for the package.
  const latestEventAt = facts.events.length > 0 ? Date.parse(facts.events.at(-1)!.happenedAt) : null;
  const statusIsNewer = latestEventAt === null || (facts.statusChangedAt !== null && facts.statusChangedAt.getTime() > latestEventAt);
  const fulfillment: FulfillmentFact = {
    id: facts.fulfillmentId,
    status: facts.status ?? "SUCCESS",
    displayStatus: statusIsNewer ? facts.shipmentStatus : null,
    createdAt: shippedAt,
    deliveredAt,
    estimatedDeliveryAt: facts.estimatedDeliveryAt,
    trackingInfo: facts.tracking ? [facts.tracking] : [],
    events,
    fulfillmentLineItems: [],
  };
  // The timeline reads one order; a shipment is read as an order of one package.
  const view = buildTrackingView(
    {
      name: "",
      createdAt: shippedAt,
      processedAt: shippedAt,
      cancelledAt: null,
      cancelReason: null,
      confirmed: true,
      displayFinancialStatus: "PAID",
      displayFulfillmentStatus: "FULFILLED",
      totalPrice: { amount: "0", currencyCode: "USD" },
      fulfillmentOrders: [],
      fulfillments: [fulfillment],
      refunds: [],
    },
    { now: options.now },
  );
  const closed = deliveredAt !== null || CLOSED_STATUSES.has(facts.status ?? "");
  const lastMovementAt = facts.events.length > 0 ? new Date(facts.events.at(-1)!.happenedAt) : facts.shippedAt;
  const risks: ShipmentRisk[] = view.atRiskReasons.map((reason) => ({
    kind: reason.kind,
    since: reason.since ?? facts.statusChangedAt ?? options.now,
  }));
  const stalledAfterMs = (options.stalledAfterDays ?? DEFAULT_STALLED_AFTER_DAYS) * DAY_MS;
  // Stuck only says something when nothing else does.
  if (!closed && risks.length === 0 && lastMovementAt && options.now.getTime() - lastMovementAt.getTime() > stalledAfterMs) {
    risks.push({ kind: "no_movement", since: lastMovementAt });
  }
  return { open: !closed, deliveredAt, lastMovementAt, risks };
}
