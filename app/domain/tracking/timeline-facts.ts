// What the tracking timeline reads and what it returns: the facts, shaped
// after the Admin GraphQL Order (connections flattened to arrays, DateTime
// left as ISO strings or Dates), and the view, which holds message keys and
// parameters, never sentences, so the page renders it in the shop's language.
import type { MessageParams, TrackingMessageKey } from "./messages";
import type {
  DeliveryFlow,
  DeliveryMethodType,
  FulfillmentDisplayStatus,
  FulfillmentEventStatus,
  FulfillmentOrderStatus,
  FulfillmentStatus,
  OpenEnum,
  OrderCancelReason,
  OrderDisplayFinancialStatus,
  OrderDisplayFulfillmentStatus,
  OverallState,
  PackageProblem,
  PendingState,
  TimelineStepKey,
} from "./statuses";

// ---------------------------------------------------------------------------
// Facts: what the services layer reads from the Admin API.

/** A GraphQL DateTime: an ISO 8601 string as Shopify sends it, or a Date. */
export type DateTimeInput = string | Date;

/** MoneyV2: `amount` is a decimal string ("19.99"). */
export interface MoneyFact {
  amount: string;
  currencyCode: string;
}

/** FulfillmentTrackingInfo. */
export interface TrackingInfoFact {
  company: string | null;
  number: string | null;
  url: string | null;
}

/** FulfillmentEvent. */
export interface FulfillmentEventFact {
  status: OpenEnum<FulfillmentEventStatus>;
  happenedAt: DateTimeInput;
  message?: string | null;
  estimatedDeliveryAt?: DateTimeInput | null;
}

/** FulfillmentLineItem, with `lineItem.title` and `lineItem.variantTitle` brought up. */
export interface FulfillmentLineItemFact {
  title: string;
  variantTitle?: string | null;
  quantity: number | null;
}

/** Fulfillment: one package (or one pickup, or one digital delivery). */
export interface FulfillmentFact {
  id: string;
  status: OpenEnum<FulfillmentStatus>;
  displayStatus: OpenEnum<FulfillmentDisplayStatus> | null;
  createdAt: DateTimeInput;
  inTransitAt?: DateTimeInput | null;
  deliveredAt?: DateTimeInput | null;
  estimatedDeliveryAt?: DateTimeInput | null;
  trackingInfo: TrackingInfoFact[];
  events: FulfillmentEventFact[];
  fulfillmentLineItems: FulfillmentLineItemFact[];
  /**
   * Fulfillment.fulfillmentOrders ids. An order can mix shipped and picked-up
   * items; this tells which delivery method this package belongs to.
   */
  fulfillmentOrderIds?: string[];
  /** Fulfillment.location: where a pickup is collected from. */
  location?: { name: string | null } | null;
}

/** FulfillmentOrderLineItem, with productTitle as `title`. */
export interface FulfillmentOrderLineItemFact {
  title: string;
  variantTitle?: string | null;
  totalQuantity: number;
  remainingQuantity: number;
}

/** DeliveryMethod. */
export interface DeliveryMethodFact {
  methodType: OpenEnum<DeliveryMethodType>;
  /** The latest delivery date promised at checkout, when the shop offers promises. */
  maxDeliveryDateTime?: DateTimeInput | null;
}

/** FulfillmentOrder: items to be fulfilled from one location by one delivery method. */
export interface FulfillmentOrderFact {
  id: string;
  status: OpenEnum<FulfillmentOrderStatus>;
  /** When Shopify opened it for its location (the order's creation, or a hold, schedule or move that made a new one). */
  createdAt?: DateTimeInput | null;
  deliveryMethod: DeliveryMethodFact | null;
  /** When a SCHEDULED fulfillment order becomes ready to fulfil. */
  fulfillAt?: DateTimeInput | null;
  assignedLocation?: { name: string | null } | null;
  lineItems: FulfillmentOrderLineItemFact[];
}

/** Refund; `totalRefunded` is totalRefundedSet.presentmentMoney, the shopper's currency. */
export interface RefundFact {
  createdAt: DateTimeInput | null;
  totalRefunded: MoneyFact;
}

export interface OrderTrackingFacts {
  name: string;
  createdAt: DateTimeInput;
  processedAt: DateTimeInput | null;
  cancelledAt: DateTimeInput | null;
  cancelReason: OpenEnum<OrderCancelReason> | null;
  displayFinancialStatus: OpenEnum<OrderDisplayFinancialStatus> | null;
  displayFulfillmentStatus: OpenEnum<OrderDisplayFulfillmentStatus>;
  /** Whether Shopify has reserved inventory for the order. */
  confirmed: boolean;
  /** totalPriceSet.presentmentMoney: what the shopper paid, in the currency they paid in. */
  totalPrice: MoneyFact;
  fulfillmentOrders: FulfillmentOrderFact[];
  fulfillments: FulfillmentFact[];
  refunds: RefundFact[];
}

// ---------------------------------------------------------------------------
// The view.

export type StepState = "done" | "current" | "upcoming";

export interface TimelineStep {
  key: TimelineStepKey;
  state: StepState;
  /** When the step happened; null for upcoming steps and when Shopify records no time. */
  at: Date | null;
  messageKey: TrackingMessageKey;
  params: MessageParams;
}

export interface TrackedItem {
  title: string;
  variantTitle: string | null;
  quantity: number | null;
}

export interface TrackingLink {
  company: string | null;
  number: string | null;
  /** Only http(s): the page renders it as a link, and the merchant typed it. */
  url: string | null;
}

export type ShopperActionKind = "contact_support" | "wait" | "track_with_carrier" | "pick_up";

export interface ShopperAction {
  kind: ShopperActionKind;
  messageKey: TrackingMessageKey;
  params: MessageParams;
  /** The carrier's tracking page, for track_with_carrier. */
  url: string | null;
}

export type TrackingExceptionKind = PackageProblem | "ready_for_pickup" | "cancelled" | "refunded" | "partially_refunded";

/** How the page should present an exception: news, worry, something to do, or a fault. */
export type ExceptionSeverity = "info" | "warning" | "action_needed" | "problem";

export interface TrackingException {
  kind: TrackingExceptionKind;
  severity: ExceptionSeverity;
  /** The package it concerns; null for the whole order (cancelled, refunds). */
  fulfillmentId: string | null;
  at: Date | null;
  messageKey: TrackingMessageKey;
  params: MessageParams;
  /** What the shopper can do, most useful first; contacting support always comes with the order filled in. */
  actions: ShopperAction[];
}

export interface PackageTimeline {
  fulfillmentId: string;
  deliveryFlow: DeliveryFlow;
  carrier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
  /** Further tracking numbers when the package went out under several. */
  additionalTracking: TrackingLink[];
  items: TrackedItem[];
  /** In order; empty for a shipment that was cancelled or whose label was voided. */
  steps: TimelineStep[];
  currentStep: TimelineStepKey | null;
  estimatedDeliveryAt: Date | null;
  deliveredAt: Date | null;
  /** The carrier's latest event, its message verbatim (carrier text, not translated). */
  lastCarrierUpdate: { at: Date; message: string | null } | null;
  exception: TrackingException | null;
}

/** Items not shipped yet from one fulfillment order, with their own "being prepared" timeline. */
export interface UnfulfilledGroup {
  fulfillmentOrderId: string;
  deliveryFlow: DeliveryFlow;
  state: PendingState;
  /** When a scheduled group will start being prepared. */
  scheduledFor: Date | null;
  items: TrackedItem[];
  steps: TimelineStep[];
  messageKey: TrackingMessageKey;
  params: MessageParams;
}

export type AtRiskReasonKind = "delayed" | "attempted_delivery" | "failure" | "not_delivered" | "past_estimated_delivery";

export interface AtRiskReason {
  kind: AtRiskReasonKind;
  fulfillmentId: string;
  /** When it started: the carrier's event, or the estimated delivery date that passed. */
  since: Date | null;
}

export interface TrackingView {
  orderName: string;
  overall: { state: OverallState; messageKey: TrackingMessageKey; params: MessageParams };
  packages: PackageTimeline[];
  unfulfilledItems: UnfulfilledGroup[];
  /** Order-level exceptions first, then each package's. */
  exceptions: TrackingException[];
  support: { subjectKey: TrackingMessageKey; subjectParams: { orderName: string } };
  /** For the merchant's proactive list: a package is delayed, failed, or late. */
  atRisk: boolean;
  atRiskReasons: AtRiskReason[];
  /**
   * Enum values this module does not know ("FulfillmentEventStatus.PICKED_UP"),
   * handled with a safe fallback. The services layer logs them so a Shopify
   * API change is noticed.
   */
  unrecognizedValues: string[];
}

export interface BuildTrackingViewOptions {
  now: Date;
  /**
   * How long after the estimated delivery time a package counts as late.
   * Carriers often give a date at midnight that means "some time that day",
   * so a day's grace keeps the merchant's at-risk list free of false alarms.
   */
  lateAfterMs?: number;
}

export const DEFAULT_LATE_AFTER_MS = 24 * 60 * 60 * 1000;
