// Shopify's order and fulfillment status enums (Admin GraphQL 2026-10) and
// what each value means for the shopper's tracking timeline.
//
// Every table is a Record over the whole enum, deprecated values included, so
// TypeScript refuses a table that forgets a value, and statuses.test.ts checks
// the tables against Shopify's official schema, so a value Shopify adds in a
// later API version fails a test instead of falling through unnoticed. At
// runtime a value no table knows (a newer API version, a typo in a fixture)
// is looked up with a fallback that claims no progress and no problem.
import type { TrackingMessageKey } from "./messages";

// ---------------------------------------------------------------------------
// Shopify's enums, exactly as the 2026-10 schema lists them.

// FulfillmentEvent.status, Fulfillment.displayStatus, Fulfillment.status (OPEN
// and PENDING deprecated) and Order.displayFulfillmentStatus: the types
// generated from the official schema (npm run graphql-codegen), which the
// local Shopify answers with too.
export type {
  FulfillmentDisplayStatus,
  FulfillmentEventStatus,
  FulfillmentStatus,
  OrderDisplayFulfillmentStatus,
} from "../../types/admin.types";
import type {
  FulfillmentDisplayStatus,
  FulfillmentEventStatus,
  FulfillmentStatus,
  OrderDisplayFulfillmentStatus,
} from "../../types/admin.types";

/** The order's payment status (Order.displayFinancialStatus). */
export type OrderDisplayFinancialStatus =
  "AUTHORIZED" | "EXPIRED" | "PAID" | "PARTIALLY_PAID" | "PARTIALLY_REFUNDED" | "PENDING" | "REFUNDED" | "VOIDED";

/** FulfillmentOrder.status: a group of items to be fulfilled from one location by one method. */
export type FulfillmentOrderStatus = "CANCELLED" | "CLOSED" | "INCOMPLETE" | "IN_PROGRESS" | "ON_HOLD" | "OPEN" | "SCHEDULED";

/** FulfillmentOrder.deliveryMethod.methodType. */
export type DeliveryMethodType = "LOCAL" | "NONE" | "PICKUP_POINT" | "PICK_UP" | "RETAIL" | "SHIPPING";

/** Order.cancelReason. */
export type OrderCancelReason = "CUSTOMER" | "DECLINED" | "FRAUD" | "INVENTORY" | "OTHER" | "STAFF";

/**
 * An enum value as it arrives at runtime: one of the known values, or a
 * value added by a later API version. (`string & Record<never, never>` keeps
 * editor completion for the known values while accepting any string.)
 */
export type OpenEnum<Known extends string> = Known | (string & Record<never, never>);

// ---------------------------------------------------------------------------
// Concierge's vocabulary for the timeline.

export type TimelineStepKey =
  "ordered" | "confirmed" | "preparing" | "shipped" | "in_transit" | "out_for_delivery" | "delivered" | "ready_for_pickup" | "picked_up";

/**
 * How a package reaches the shopper, which decides the steps of its timeline.
 * `pickup_point` is a carrier parcel held at a locker or depot for collection;
 * `local_pickup` is collection from the merchant's own location.
 */
export type DeliveryFlow = "shipping" | "pickup_point" | "local_pickup" | "local_delivery" | "no_delivery";

/** Something going wrong with one package, as a carrier or Shopify reports it. */
export type PackageProblem = "delayed" | "attempted_delivery" | "failure" | "not_delivered" | "label_voided" | "shipment_cancelled";

/** Where the whole order stands, for the headline of the tracking page. */
export type OverallState =
  | "received"
  | "preparing"
  | "on_hold"
  | "scheduled"
  | "partially_shipped"
  | "shipped"
  | "in_transit"
  | "out_for_delivery"
  | "ready_for_pickup"
  | "partially_delivered"
  | "delivered"
  | "picked_up"
  | "delayed"
  | "attempted_delivery"
  | "problem"
  | "cancelled"
  | "refunded"
  | "no_shipping_needed";

/** Why items that have not shipped yet are waiting. */
export type PendingState = "preparing" | "on_hold" | "scheduled";

export type RefundExtent = "full" | "partial" | "none";

/** What one status says about a package: how far it got, and what went wrong. */
export interface StatusMeaning {
  readonly step: TimelineStepKey | null;
  readonly problem: PackageProblem | null;
}

export interface DisplayStatusMeaning extends StatusMeaning {
  /**
   * True for summaries that say only "a fulfillment exists" (FULFILLED,
   * CONFIRMED...). A carrier's events are more precise than those, so when
   * events exist they decide; a specific display status is trusted as is.
   */
  readonly generic: boolean;
}

// ---------------------------------------------------------------------------
// The tables.

const progress = (step: TimelineStepKey): StatusMeaning => ({ step, problem: null });
const problem = (kind: PackageProblem, step: TimelineStepKey | null = null): StatusMeaning => ({ step, problem: kind });

/**
 * A carrier event's place on the timeline. CONFIRMED is Shopify's default
 * when nothing else is known about a created fulfillment, so it counts as
 * shipped; a label purchased or printed means the parcel is packed but the
 * carrier does not have it yet. DELAYED and FAILURE say nothing about where
 * the parcel is, so they leave progress alone.
 */
export const fulfillmentEventStatusStep: Record<FulfillmentEventStatus, StatusMeaning> = {
  LABEL_PURCHASED: progress("preparing"),
  LABEL_PRINTED: progress("preparing"),
  CONFIRMED: progress("shipped"),
  CARRIER_PICKED_UP: progress("shipped"),
  IN_TRANSIT: progress("in_transit"),
  OUT_FOR_DELIVERY: progress("out_for_delivery"),
  ATTEMPTED_DELIVERY: problem("attempted_delivery", "out_for_delivery"),
  READY_FOR_PICKUP: progress("ready_for_pickup"),
  DELIVERED: progress("delivered"),
  DELAYED: problem("delayed"),
  FAILURE: problem("failure"),
};

/** An event status no table knows: ignored, so the other signals decide. */
export const UNKNOWN_EVENT_MEANING: StatusMeaning = { step: null, problem: null };

const display = (meaning: StatusMeaning, generic = false): DisplayStatusMeaning => ({ ...meaning, generic });

/**
 * Shopify's display status of a fulfillment. NOT_DELIVERED is what a merchant
 * records when a local delivery failed; LABEL_VOIDED and CANCELED mean this
 * shipment will not arrive (its items go back to being unfulfilled).
 */
export const fulfillmentDisplayStatusStep: Record<FulfillmentDisplayStatus, DisplayStatusMeaning> = {
  SUBMITTED: display(progress("preparing")),
  LABEL_PURCHASED: display(progress("preparing")),
  LABEL_PRINTED: display(progress("preparing")),
  CONFIRMED: display(progress("shipped"), true),
  FULFILLED: display(progress("shipped"), true),
  MARKED_AS_FULFILLED: display(progress("shipped"), true),
  CARRIER_PICKED_UP: display(progress("shipped")),
  IN_TRANSIT: display(progress("in_transit")),
  OUT_FOR_DELIVERY: display(progress("out_for_delivery")),
  ATTEMPTED_DELIVERY: display(problem("attempted_delivery", "out_for_delivery")),
  NOT_DELIVERED: display(problem("not_delivered", "out_for_delivery")),
  READY_FOR_PICKUP: display(progress("ready_for_pickup")),
  PICKED_UP: display(progress("picked_up")),
  DELIVERED: display(progress("delivered")),
  DELAYED: display(problem("delayed")),
  FAILURE: display(problem("failure")),
  LABEL_VOIDED: display(problem("label_voided")),
  CANCELED: display(problem("shipment_cancelled")),
};

/** A display status no table knows: treated like "fulfilled", the least it can mean. */
export const UNKNOWN_DISPLAY_MEANING: DisplayStatusMeaning = { step: null, problem: null, generic: true };

/**
 * Whether the fulfillment record itself worked. ERROR and FAILURE are a
 * fulfillment request that went wrong (not a lost parcel), which the shopper
 * still needs to hear about; OPEN and PENDING are the deprecated states of a
 * request a fulfillment service has not completed.
 */
export const fulfillmentStatusStep: Record<FulfillmentStatus, StatusMeaning> = {
  PENDING: progress("preparing"),
  OPEN: progress("preparing"),
  SUCCESS: progress("shipped"),
  CANCELLED: problem("shipment_cancelled"),
  ERROR: problem("failure"),
  FAILURE: problem("failure"),
};

/** A fulfillment status no table knows: the fulfillment exists, so "being prepared" at least. */
export const UNKNOWN_FULFILLMENT_STATUS_MEANING: StatusMeaning = progress("preparing");

/**
 * The order headline when there is no package to look at, or before the
 * packages refine it. OPEN, PENDING_FULFILLMENT and RESTOCKED are older names
 * Shopify replaced with UNFULFILLED and IN_PROGRESS; REQUEST_DECLINED means
 * the fulfillment service turned the request down and the merchant will
 * reroute it, which to the shopper is still "being prepared".
 */
export const displayFulfillmentStatusOverall: Record<OrderDisplayFulfillmentStatus, OverallState> = {
  UNFULFILLED: "preparing",
  OPEN: "preparing",
  RESTOCKED: "preparing",
  IN_PROGRESS: "preparing",
  PENDING_FULFILLMENT: "preparing",
  REQUEST_DECLINED: "preparing",
  ON_HOLD: "on_hold",
  SCHEDULED: "scheduled",
  PARTIALLY_FULFILLED: "partially_shipped",
  FULFILLED: "shipped",
  FULFILLMENT_NOT_REQUIRED: "no_shipping_needed",
};

/** An order fulfillment status no table knows: "being prepared" promises nothing false. */
export const UNKNOWN_OVERALL_STATE: OverallState = "preparing";

/**
 * Why a fulfillment order's remaining items are waiting; null when nothing
 * will ship from it any more (cancelled, or closed with items removed).
 * INCOMPLETE is a fulfillment service giving up; the merchant reroutes it.
 */
export const fulfillmentOrderStatusPending: Record<FulfillmentOrderStatus, PendingState | null> = {
  OPEN: "preparing",
  IN_PROGRESS: "preparing",
  INCOMPLETE: "preparing",
  ON_HOLD: "on_hold",
  SCHEDULED: "scheduled",
  CANCELLED: null,
  CLOSED: null,
};

export const UNKNOWN_PENDING_STATE: PendingState = "preparing";

/** NONE is non-physical items; RETAIL is an in-store sale. Neither travels. */
export const deliveryMethodFlow: Record<DeliveryMethodType, DeliveryFlow> = {
  SHIPPING: "shipping",
  PICKUP_POINT: "pickup_point",
  PICK_UP: "local_pickup",
  LOCAL: "local_delivery",
  NONE: "no_delivery",
  RETAIL: "no_delivery",
};

export const UNKNOWN_DELIVERY_FLOW: DeliveryFlow = "shipping";

/** Shopify's own verdict on refunds; null when the status says nothing about them. */
export const financialStatusRefund: Record<OrderDisplayFinancialStatus, RefundExtent> = {
  REFUNDED: "full",
  PARTIALLY_REFUNDED: "partial",
  AUTHORIZED: "none",
  EXPIRED: "none",
  PAID: "none",
  PARTIALLY_PAID: "none",
  PENDING: "none",
  VOIDED: "none",
};

/**
 * What the shopper is told about a cancellation. FRAUD, STAFF and OTHER get
 * the neutral wording: a shopper is never told their order looked fraudulent.
 */
export const cancelReasonMessage = {
  CUSTOMER: "tracking.exception.cancelled.customer",
  DECLINED: "tracking.exception.cancelled.declined",
  INVENTORY: "tracking.exception.cancelled.inventory",
  FRAUD: "tracking.exception.cancelled",
  OTHER: "tracking.exception.cancelled",
  STAFF: "tracking.exception.cancelled",
} as const satisfies Record<OrderCancelReason, TrackingMessageKey>;

/**
 * Looks a runtime value up in one of the tables. Own keys only, so a value
 * such as "constructor" is unknown rather than a prototype method.
 */
export function lookupStatus<Known extends string, Meaning>(
  table: Record<Known, Meaning>,
  value: string,
): { known: true; meaning: Meaning } | { known: false } {
  return Object.hasOwn(table, value) ? { known: true, meaning: table[value as Known] } : { known: false };
}
