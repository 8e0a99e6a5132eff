// "Where is my order?" answered from what Shopify knows about it: a headline,
// one timeline per package, the items not shipped yet, and every exception
// with a plain explanation and what the shopper can do about it. The same
// view tells the merchant which orders are at risk, so they can reach out
// before the shopper does.
//
// Plain data in, plain data out. The facts are shaped after the Admin GraphQL
// Order (connections flattened to arrays, DateTime left as ISO strings or
// Dates); the view holds message keys and parameters, never sentences, so the
// page renders it in the shop's language with messages.ts.
import { formatMinorAsDecimal, parseDecimalToMinor } from "../money";
import type { MessageParams, MoneyParam, TrackingMessageKey } from "./messages";
import {
  cancelReasonMessage,
  deliveryMethodFlow,
  displayFulfillmentStatusOverall,
  financialStatusRefund,
  fulfillmentDisplayStatusStep,
  fulfillmentEventStatusStep,
  fulfillmentOrderStatusPending,
  fulfillmentStatusStep,
  lookupStatus,
  UNKNOWN_DELIVERY_FLOW,
  UNKNOWN_DISPLAY_MEANING,
  UNKNOWN_EVENT_MEANING,
  UNKNOWN_FULFILLMENT_STATUS_MEANING,
  UNKNOWN_OVERALL_STATE,
  UNKNOWN_PENDING_STATE,
  type DeliveryFlow,
  type DeliveryMethodType,
  type DisplayStatusMeaning,
  type FulfillmentDisplayStatus,
  type FulfillmentEventStatus,
  type FulfillmentOrderStatus,
  type FulfillmentStatus,
  type OpenEnum,
  type OrderCancelReason,
  type OrderDisplayFinancialStatus,
  type OrderDisplayFulfillmentStatus,
  type OverallState,
  type PackageProblem,
  type PendingState,
  type RefundExtent,
  type StatusMeaning,
  type TimelineStepKey,
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

export type TrackingExceptionKind =
  | PackageProblem
  | "ready_for_pickup"
  | "cancelled"
  | "refunded"
  | "partially_refunded";

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

export type AtRiskReasonKind =
  | "delayed"
  | "attempted_delivery"
  | "failure"
  | "not_delivered"
  | "past_estimated_delivery";

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
const STEP_AT_FULFILLMENT: Readonly<Record<DeliveryFlow, TimelineStepKey>> = {
  shipping: "shipped",
  pickup_point: "shipped",
  local_pickup: "ready_for_pickup",
  local_delivery: "out_for_delivery",
  no_delivery: "delivered",
};

/** Steps a package can go through more than once (another delivery attempt): the latest time counts. */
const LATEST_TIME_WINS: ReadonlySet<TimelineStepKey> = new Set([
  "out_for_delivery",
  "ready_for_pickup",
  "delivered",
  "picked_up",
]);

/** How far along a step is, across flows, to find the least advanced package. */
const STEP_RANK: Readonly<Record<TimelineStepKey, number>> = {
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

const PICKUP_FLOWS: ReadonlySet<DeliveryFlow> = new Set(["local_pickup", "pickup_point"]);
const DEAD_SHIPMENT: ReadonlySet<PackageProblem> = new Set(["label_voided", "shipment_cancelled"]);

// ---------------------------------------------------------------------------
// Reading the facts.

interface Context {
  readonly facts: OrderTrackingFacts;
  readonly now: Date;
  readonly lateAfterMs: number;
  readonly orderName: string;
  readonly orderPlacedAt: Date | null;
  readonly unrecognized: Set<string>;
}

function toDate(value: DateTimeInput | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  const date = new Date(value instanceof Date ? value.getTime() : value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A table lookup that records values it does not know and returns the safe fallback for them. */
function meaningOf<Known extends string, Meaning>(
  context: Context,
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

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function safeUrl(value: string | null | undefined): string | null {
  const candidate = text(value);
  if (!candidate) return null;
  try {
    const url = new URL(candidate);
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null;
  } catch {
    return null;
  }
}

function latest(dates: readonly (Date | null)[]): Date | null {
  return dates.reduce<Date | null>((best, date) => (date && (!best || date > best) ? date : best), null);
}

function earliest(dates: readonly (Date | null)[]): Date | null {
  return dates.reduce<Date | null>((best, date) => (date && (!best || date < best) ? date : best), null);
}

function contactSupport(context: Context): ShopperAction {
  return {
    kind: "contact_support",
    messageKey: "tracking.action.contact_support",
    params: { orderName: context.orderName },
    url: null,
  };
}

const WAIT: ShopperAction = { kind: "wait", messageKey: "tracking.action.wait", params: {}, url: null };
const PICK_UP: ShopperAction = { kind: "pick_up", messageKey: "tracking.action.pick_up", params: {}, url: null };

function trackWithCarrier(carrier: string | null, url: string | null): ShopperAction[] {
  if (!url) return [];
  return carrier
    ? [{ kind: "track_with_carrier", messageKey: "tracking.action.track_with_carrier", params: { carrier }, url }]
    : [{ kind: "track_with_carrier", messageKey: "tracking.action.track_with_carrier.generic", params: {}, url }];
}

// ---------------------------------------------------------------------------
// One package.

interface DatedEvent {
  status: string;
  at: Date;
  meaning: StatusMeaning;
  message: string | null;
  estimatedDeliveryAt: Date | null;
}

interface AnalyzedPackage {
  timeline: PackageTimeline;
  createdAt: Date | null;
  dead: boolean;
  final: boolean;
  /** Set when the package is late or in trouble: what the headline should say. */
  trouble: "problem" | "attempted_delivery" | "delayed" | null;
  labelCreated: boolean;
  overdue: boolean;
  risks: AtRiskReason[];
}

function relatedFulfillmentOrders(fulfillment: FulfillmentFact, context: Context): FulfillmentOrderFact[] {
  const ids = fulfillment.fulfillmentOrderIds ?? [];
  const linked = context.facts.fulfillmentOrders.filter((order) => ids.includes(order.id));
  if (linked.length > 0) return linked;
  // Without links, a lone fulfillment order is the only one it can belong to.
  return context.facts.fulfillmentOrders.length === 1 ? context.facts.fulfillmentOrders : [];
}

function deliveryFlowOf(
  fulfillment: FulfillmentFact,
  related: readonly FulfillmentOrderFact[],
  events: readonly DatedEvent[],
  hasTracking: boolean,
  context: Context,
): DeliveryFlow {
  let methodType = related.find((order) => order.deliveryMethod)?.deliveryMethod?.methodType ?? null;
  if (!methodType) {
    // An order whose fulfillment orders all share one method tells us this package's.
    const methods = new Set(
      context.facts.fulfillmentOrders.flatMap((order) => (order.deliveryMethod ? [order.deliveryMethod.methodType] : [])),
    );
    if (methods.size === 1) [methodType] = methods;
  }
  const display = fulfillment.displayStatus;
  let flow: DeliveryFlow;
  if (methodType) {
    flow = meaningOf(context, "DeliveryMethodType", deliveryMethodFlow, methodType, UNKNOWN_DELIVERY_FLOW);
  } else {
    // No method known: a pickup status with no tracking number can only be a local pickup.
    flow = !hasTracking && (display === "READY_FOR_PICKUP" || display === "PICKED_UP") ? "local_pickup" : "shipping";
  }
  // A carrier holding a shipped parcel at a depot or locker turns it into a pickup.
  if (
    flow === "shipping" &&
    (display === "READY_FOR_PICKUP" || events.some((event) => event.status === "READY_FOR_PICKUP"))
  ) {
    flow = "pickup_point";
  }
  return flow;
}

function analyzePackage(fulfillment: FulfillmentFact, context: Context): AnalyzedPackage {
  const { now } = context;
  const createdAt = toDate(fulfillment.createdAt);
  const deliveredAt = toDate(fulfillment.deliveredAt);
  const inTransitAt = toDate(fulfillment.inTransitAt);

  const events: DatedEvent[] = fulfillment.events
    .flatMap((event) => {
      const at = toDate(event.happenedAt);
      if (!at) return [];
      return [
        {
          status: event.status,
          at,
          meaning: meaningOf(context, "FulfillmentEventStatus", fulfillmentEventStatusStep, event.status, UNKNOWN_EVENT_MEANING),
          message: text(event.message),
          estimatedDeliveryAt: toDate(event.estimatedDeliveryAt),
        },
      ];
    })
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const latestEvent = events.at(-1) ?? null;
  const latestStepEvent = events.findLast((event) => event.meaning.step !== null) ?? null;

  const statusMeaning = meaningOf(
    context,
    "FulfillmentStatus",
    fulfillmentStatusStep,
    fulfillment.status,
    UNKNOWN_FULFILLMENT_STATUS_MEANING,
  );
  const displayMeaning: DisplayStatusMeaning | null =
    fulfillment.displayStatus === null
      ? null
      : meaningOf(
          context,
          "FulfillmentDisplayStatus",
          fulfillmentDisplayStatusStep,
          fulfillment.displayStatus,
          UNKNOWN_DISPLAY_MEANING,
        );

  const links: TrackingLink[] = fulfillment.trackingInfo
    .map((info) => ({ company: text(info.company), number: text(info.number), url: safeUrl(info.url) }))
    .filter((link) => link.company || link.number || link.url);
  const primary = links[0] ?? null;
  const carrier = links.find((link) => link.company)?.company ?? null;
  const trackingUrl = primary?.url ?? null;

  const related = relatedFulfillmentOrders(fulfillment, context);
  const flow = deliveryFlowOf(fulfillment, related, events, links.length > 0, context);
  const steps = FLOW_STEPS[flow];

  // How far it got: the latest carrier event, Shopify's own timestamps, and
  // the display status unless it is a generic "fulfilled" and the carrier has
  // said more. The fulfillment status is the floor when nothing else speaks.
  const reachedKeys: TimelineStepKey[] = [];
  if (deliveredAt) reachedKeys.push("delivered");
  if (inTransitAt) reachedKeys.push("in_transit");
  if (latestStepEvent?.meaning.step) reachedKeys.push(latestStepEvent.meaning.step);
  if (displayMeaning?.step && !(displayMeaning.generic && latestStepEvent)) reachedKeys.push(displayMeaning.step);
  if (reachedKeys.length === 0) reachedKeys.push(statusMeaning.step ?? "preparing");
  const reachedIndex = Math.max(...reachedKeys.map((key) => steps.indexOf(projectStep(flow, key))));
  const final = reachedIndex === steps.length - 1;

  // What went wrong: the fulfillment failing or being cancelled, else a
  // specific display status, else the carrier's latest event. Delivery ends
  // every transient trouble (an attempt, a delay) except a dead shipment.
  let problem: PackageProblem | null =
    statusMeaning.problem ??
    displayMeaning?.problem ??
    (displayMeaning === null || displayMeaning.generic ? (latestEvent?.meaning.problem ?? null) : null);
  if (problem && final && !DEAD_SHIPMENT.has(problem)) problem = null;
  const dead = problem !== null && DEAD_SHIPMENT.has(problem);

  const promisedBy = latest(related.map((order) => toDate(order.deliveryMethod?.maxDeliveryDateTime)));
  const estimatedDeliveryAt =
    toDate(fulfillment.estimatedDeliveryAt) ??
    events.findLast((event) => event.estimatedDeliveryAt)?.estimatedDeliveryAt ??
    promisedBy;

  const currentStep = dead ? null : steps[reachedIndex];
  const waitingForDelivery =
    !dead && !final && currentStep !== "ready_for_pickup" && flow !== "local_pickup" && flow !== "no_delivery";
  const overdue =
    waitingForDelivery &&
    estimatedDeliveryAt !== null &&
    now.getTime() > estimatedDeliveryAt.getTime() + context.lateAfterMs;

  const labelCreated =
    events.some((event) => event.status === "LABEL_PURCHASED" || event.status === "LABEL_PRINTED") ||
    fulfillment.displayStatus === "LABEL_PURCHASED" ||
    fulfillment.displayStatus === "LABEL_PRINTED";
  const carrierPickedUp =
    events.some((event) => event.status === "CARRIER_PICKED_UP") || fulfillment.displayStatus === "CARRIER_PICKED_UP";

  // When each step happened: every event and timestamp that lands on it.
  const timesByStep = new Map<TimelineStepKey, Date[]>();
  const addTime = (key: TimelineStepKey, at: Date | null) => {
    if (!at) return;
    const step = projectStep(flow, key);
    timesByStep.set(step, [...(timesByStep.get(step) ?? []), at]);
  };
  for (const event of events) if (event.meaning.step) addTime(event.meaning.step, event.at);
  addTime("in_transit", inTransitAt);
  const stepTime = (key: TimelineStepKey): Date | null => {
    if (key === "ordered") return context.orderPlacedAt;
    if (key === "confirmed") return null; // Shopify records no time for confirming an order.
    if (key === "in_transit" && inTransitAt) return inTransitAt;
    if ((key === "delivered" || key === "picked_up") && deliveredAt) return deliveredAt;
    const times = timesByStep.get(key) ?? [];
    const at = LATEST_TIME_WINS.has(key) ? latest(times) : earliest(times);
    return at ?? (key === STEP_AT_FULFILLMENT[flow] ? createdAt : null);
  };

  const timelineSteps: TimelineStep[] = dead
    ? []
    : steps.map((key, index) => {
        const state: StepState =
          index < reachedIndex || (index === reachedIndex && final) ? "done" : index === reachedIndex ? "current" : "upcoming";
        let messageKey: TrackingMessageKey = `tracking.step.${key}`;
        let params: MessageParams = {};
        if (key === "preparing" && labelCreated) messageKey = "tracking.step.preparing.label_created";
        if (key === "shipped" && carrierPickedUp) messageKey = "tracking.step.shipped.carrier_picked_up";
        else if (key === "shipped" && carrier) {
          messageKey = "tracking.step.shipped.carrier";
          params = { carrier };
        }
        if (key === "in_transit" && state === "current" && estimatedDeliveryAt && !overdue) {
          messageKey = "tracking.step.in_transit.eta";
          params = { date: estimatedDeliveryAt };
        }
        return { key, state, at: state === "upcoming" ? null : stepTime(key), messageKey, params };
      });

  const exception = packageException({
    fulfillmentId: fulfillment.id,
    problem,
    overdue,
    flow,
    currentStep,
    events,
    estimatedDeliveryAt,
    carrier,
    trackingUrl,
    pickupLocation: text(fulfillment.location?.name) ?? text(related[0]?.assignedLocation?.name),
    readyAt: currentStep === "ready_for_pickup" ? stepTime("ready_for_pickup") : null,
    context,
  });

  const risks: AtRiskReason[] = [];
  const sinceEvent = (kind: PackageProblem) => events.findLast((event) => event.meaning.problem === kind)?.at ?? null;
  if (problem === "delayed" || problem === "attempted_delivery" || problem === "failure" || problem === "not_delivered") {
    risks.push({ kind: problem, fulfillmentId: fulfillment.id, since: sinceEvent(problem) });
  }
  if (overdue) risks.push({ kind: "past_estimated_delivery", fulfillmentId: fulfillment.id, since: estimatedDeliveryAt });

  const trouble =
    problem === "failure" || problem === "not_delivered"
      ? "problem"
      : problem === "attempted_delivery"
        ? "attempted_delivery"
        : problem === "delayed" || overdue
          ? "delayed"
          : null;

  return {
    timeline: {
      fulfillmentId: fulfillment.id,
      deliveryFlow: flow,
      carrier,
      trackingNumber: primary?.number ?? null,
      trackingUrl,
      additionalTracking: links.slice(1),
      items: fulfillment.fulfillmentLineItems.map((item) => ({
        title: item.title,
        variantTitle: text(item.variantTitle),
        quantity: item.quantity,
      })),
      steps: timelineSteps,
      currentStep,
      estimatedDeliveryAt,
      deliveredAt: final ? (deliveredAt ?? stepTime(steps[reachedIndex])) : null,
      lastCarrierUpdate: latestEvent ? { at: latestEvent.at, message: latestEvent.message } : null,
      exception,
    },
    createdAt,
    dead,
    final,
    trouble,
    labelCreated,
    overdue,
    risks,
  };
}

interface PackageExceptionInput {
  fulfillmentId: string;
  problem: PackageProblem | null;
  overdue: boolean;
  flow: DeliveryFlow;
  currentStep: TimelineStepKey | null;
  events: readonly DatedEvent[];
  estimatedDeliveryAt: Date | null;
  carrier: string | null;
  trackingUrl: string | null;
  pickupLocation: string | null;
  readyAt: Date | null;
  context: Context;
}

function packageException(input: PackageExceptionInput): TrackingException | null {
  const { fulfillmentId, problem, context, carrier, trackingUrl, estimatedDeliveryAt } = input;
  const support = contactSupport(context);
  const track = trackWithCarrier(carrier, trackingUrl);
  const eventTime = (kind: PackageProblem) =>
    input.events.findLast((event) => event.meaning.problem === kind)?.at ?? null;
  const exception = (
    kind: TrackingExceptionKind,
    severity: ExceptionSeverity,
    messageKey: TrackingMessageKey,
    params: MessageParams,
    at: Date | null,
    actions: ShopperAction[],
  ): TrackingException => ({ kind, severity, fulfillmentId, at, messageKey, params, actions });

  switch (problem) {
    case "delayed": {
      const newEstimate = estimatedDeliveryAt && !input.overdue ? estimatedDeliveryAt : null;
      return newEstimate
        ? exception("delayed", "warning", "tracking.exception.delayed.new_eta", { date: newEstimate }, eventTime("delayed"), [
            ...track,
            WAIT,
            support,
          ])
        : exception("delayed", "warning", "tracking.exception.delayed", {}, eventTime("delayed"), [...track, WAIT, support]);
    }
    case "attempted_delivery":
      return exception(
        "attempted_delivery",
        "action_needed",
        "tracking.exception.attempted_delivery",
        {},
        eventTime("attempted_delivery"),
        [...track, support],
      );
    case "failure":
      return exception("failure", "problem", "tracking.exception.failure", {}, eventTime("failure"), [support]);
    case "not_delivered":
      return exception("not_delivered", "problem", "tracking.exception.not_delivered", {}, null, [support]);
    case "label_voided":
      return exception("label_voided", "info", "tracking.exception.label_voided", {}, null, [WAIT, support]);
    case "shipment_cancelled":
      return exception("shipment_cancelled", "info", "tracking.exception.shipment_cancelled", {}, null, [support]);
    case null:
      break;
  }
  if (input.overdue && estimatedDeliveryAt) {
    // Nobody reported a delay, but the date has passed: say so plainly.
    return exception("delayed", "warning", "tracking.exception.overdue", { date: estimatedDeliveryAt }, estimatedDeliveryAt, [
      ...track,
      WAIT,
      support,
    ]);
  }
  if (input.currentStep === "ready_for_pickup") {
    if (input.flow === "local_pickup") {
      return input.pickupLocation
        ? exception(
            "ready_for_pickup",
            "action_needed",
            "tracking.exception.ready_for_pickup.location",
            { location: input.pickupLocation },
            input.readyAt,
            [PICK_UP, support],
          )
        : exception("ready_for_pickup", "action_needed", "tracking.exception.ready_for_pickup", {}, input.readyAt, [
            PICK_UP,
            support,
          ]);
    }
    return exception("ready_for_pickup", "action_needed", "tracking.exception.ready_for_pickup.carrier", {}, input.readyAt, [
      ...track,
      support,
    ]);
  }
  return null;
}

// ---------------------------------------------------------------------------
// Items not shipped yet.

function unfulfilledGroups(context: Context): UnfulfilledGroup[] {
  if (toDate(context.facts.cancelledAt)) return []; // A cancelled order will not ship what is left.
  return context.facts.fulfillmentOrders.flatMap((order) => {
    const state = meaningOf(
      context,
      "FulfillmentOrderStatus",
      fulfillmentOrderStatusPending,
      order.status,
      UNKNOWN_PENDING_STATE,
    );
    const items: TrackedItem[] = order.lineItems
      .filter((item) => item.remainingQuantity > 0)
      .map((item) => ({ title: item.title, variantTitle: text(item.variantTitle), quantity: item.remainingQuantity }));
    if (state === null || items.length === 0) return [];

    const flow = order.deliveryMethod
      ? meaningOf(context, "DeliveryMethodType", deliveryMethodFlow, order.deliveryMethod.methodType, UNKNOWN_DELIVERY_FLOW)
      : UNKNOWN_DELIVERY_FLOW;
    const fulfillAt = state === "scheduled" ? toDate(order.fulfillAt) : null;
    const steps = FLOW_STEPS[flow];
    const reachedIndex = steps.indexOf(context.facts.confirmed ? projectStep(flow, "preparing") : "ordered");

    const timeline: TimelineStep[] = steps.map((key, index) => {
      const stepState: StepState = index < reachedIndex ? "done" : index === reachedIndex ? "current" : "upcoming";
      let messageKey: TrackingMessageKey = `tracking.step.${key}`;
      let params: MessageParams = {};
      if (key === "preparing" && state === "on_hold") messageKey = "tracking.step.preparing.on_hold";
      if (key === "preparing" && fulfillAt) {
        messageKey = "tracking.step.preparing.scheduled";
        params = { date: fulfillAt };
      }
      const at = key === "ordered" ? context.orderPlacedAt : null;
      return { key, state: stepState, at: stepState === "upcoming" ? null : at, messageKey, params };
    });

    const group: UnfulfilledGroup = {
      fulfillmentOrderId: order.id,
      deliveryFlow: flow,
      state,
      scheduledFor: fulfillAt,
      items,
      steps: timeline,
      messageKey:
        state === "on_hold"
          ? "tracking.pending.on_hold"
          : state === "scheduled"
            ? fulfillAt
              ? "tracking.pending.scheduled.date"
              : "tracking.pending.scheduled"
            : "tracking.pending.preparing",
      params: fulfillAt ? { date: fulfillAt } : {},
    };
    return [group];
  });
}

// ---------------------------------------------------------------------------
// The whole order: refunds, cancellation, headline.

interface RefundSummary {
  extent: RefundExtent;
  amount: MoneyParam | null;
  at: Date | null;
}

function minorOrNull(amount: MoneyFact): bigint | null {
  try {
    return parseDecimalToMinor(amount.amount, amount.currencyCode);
  } catch {
    return null; // An amount Concierge cannot read exactly is left out rather than guessed.
  }
}

function refundSummary(context: Context): RefundSummary {
  const { facts } = context;
  const currencies = new Set(facts.refunds.map((refund) => refund.totalRefunded.currencyCode.toUpperCase()));
  const [currencyCode] = currencies;
  let refundedMinor: bigint | null = null;
  if (currencies.size === 1 && currencyCode) {
    const amounts = facts.refunds.map((refund) => minorOrNull(refund.totalRefunded));
    if (amounts.every((amount) => amount !== null)) refundedMinor = amounts.reduce<bigint>((sum, amount) => sum + amount, 0n);
  }
  const amount =
    refundedMinor !== null && refundedMinor > 0n && currencyCode
      ? { amount: formatMinorAsDecimal(refundedMinor, currencyCode), currencyCode }
      : null;
  const at = latest(facts.refunds.map((refund) => toDate(refund.createdAt)));

  // Shopify's financial status is the verdict; the sums decide only when it is missing or new.
  const status = facts.displayFinancialStatus;
  const known = status === null ? null : lookupStatus(financialStatusRefund, status);
  if (status !== null && known && !known.known) context.unrecognized.add(`OrderDisplayFinancialStatus.${status}`);
  if (known?.known) return { extent: known.meaning, amount, at };

  if (refundedMinor === null || refundedMinor <= 0n) return { extent: "none", amount: null, at: null };
  const totalMinor =
    facts.totalPrice.currencyCode.toUpperCase() === currencyCode ? minorOrNull(facts.totalPrice) : null;
  return { extent: totalMinor !== null && refundedMinor >= totalMinor ? "full" : "partial", amount, at };
}

function orderExceptions(context: Context, refund: RefundSummary): TrackingException[] {
  const exceptions: TrackingException[] = [];
  const { facts } = context;
  const cancelledAt = toDate(facts.cancelledAt);
  if (cancelledAt) {
    const messageKey: TrackingMessageKey =
      facts.cancelReason === null
        ? "tracking.exception.cancelled"
        : meaningOf(context, "OrderCancelReason", cancelReasonMessage, facts.cancelReason, "tracking.exception.cancelled");
    exceptions.push({
      kind: "cancelled",
      severity: "info",
      fulfillmentId: null,
      at: cancelledAt,
      messageKey,
      params: {},
      actions: [contactSupport(context)],
    });
  }
  if (refund.extent !== "none") {
    const full = refund.extent === "full";
    exceptions.push({
      kind: full ? "refunded" : "partially_refunded",
      severity: "info",
      fulfillmentId: null,
      at: refund.at,
      messageKey: full
        ? refund.amount
          ? "tracking.exception.refunded.amount"
          : "tracking.exception.refunded"
        : refund.amount
          ? "tracking.exception.partially_refunded.amount"
          : "tracking.exception.partially_refunded",
      params: refund.amount ? { amount: refund.amount } : {},
      actions: [contactSupport(context)],
    });
  }
  return exceptions;
}

function overallOf(
  context: Context,
  analyzed: readonly AnalyzedPackage[],
  pending: readonly UnfulfilledGroup[],
  refund: RefundSummary,
): TrackingView["overall"] {
  const { facts } = context;
  const base = { orderName: context.orderName };
  const headline = (state: OverallState, params: MessageParams = {}, messageKey?: TrackingMessageKey) => ({
    state,
    messageKey: messageKey ?? (`tracking.overall.${state}` as const),
    params: { ...base, ...params },
  });

  if (toDate(facts.cancelledAt)) return headline("cancelled");
  if (refund.extent === "full") return headline("refunded");

  const live = analyzed.filter((pkg) => !pkg.dead);
  if (live.some((pkg) => pkg.trouble === "problem")) return headline("problem");
  if (live.some((pkg) => pkg.trouble === "attempted_delivery")) return headline("attempted_delivery");
  if (live.some((pkg) => pkg.trouble === "delayed")) return headline("delayed");

  if (live.length === 0) {
    let state = meaningOf(
      context,
      "OrderDisplayFulfillmentStatus",
      displayFulfillmentStatusOverall,
      facts.displayFulfillmentStatus,
      UNKNOWN_OVERALL_STATE,
    );
    if (pending.length > 0) {
      state = pending.every((group) => group.state === "on_hold")
        ? "on_hold"
        : pending.every((group) => group.state === "scheduled")
          ? "scheduled"
          : "preparing";
    }
    if (state === "preparing" && !facts.confirmed) return headline("received");
    if (state === "scheduled") {
      const date = earliest(pending.map((group) => group.scheduledFor));
      return date ? headline("scheduled", { date }, "tracking.overall.scheduled.date") : headline("scheduled");
    }
    return headline(state);
  }

  // Without fulfillment orders to count, Shopify's own status says whether items remain.
  const itemsRemain =
    facts.fulfillmentOrders.length > 0 ? pending.length > 0 : facts.displayFulfillmentStatus === "PARTIALLY_FULFILLED";
  if (itemsRemain) return headline(live.some((pkg) => pkg.final) ? "partially_delivered" : "partially_shipped");

  if (live.every((pkg) => pkg.final)) {
    return headline(live.every((pkg) => PICKUP_FLOWS.has(pkg.timeline.deliveryFlow)) ? "picked_up" : "delivered");
  }
  if (live.some((pkg) => pkg.final)) return headline("partially_delivered");
  // Something to collect is what the shopper most needs to hear.
  if (live.some((pkg) => pkg.timeline.currentStep === "ready_for_pickup")) return headline("ready_for_pickup");

  // Otherwise the headline follows the package furthest behind.
  const behind = live.reduce((slowest, pkg) =>
    STEP_RANK[pkg.timeline.currentStep ?? "preparing"] < STEP_RANK[slowest.timeline.currentStep ?? "preparing"]
      ? pkg
      : slowest,
  );
  switch (behind.timeline.currentStep) {
    case "ordered":
    case "confirmed":
    case "preparing":
    case null:
      return behind.labelCreated ? headline("preparing", {}, "tracking.overall.label_created") : headline("preparing");
    case "shipped":
      return headline("shipped");
    case "in_transit": {
      const eta = latest(
        live.map((pkg) => (pkg.timeline.currentStep === "in_transit" ? pkg.timeline.estimatedDeliveryAt : null)),
      );
      return eta ? headline("in_transit", { date: eta }, "tracking.overall.in_transit.eta") : headline("in_transit");
    }
    case "out_for_delivery":
      return headline("out_for_delivery");
    case "ready_for_pickup":
      return headline("ready_for_pickup");
    case "delivered":
      return headline("delivered");
    case "picked_up":
      return headline("picked_up");
  }
}

// ---------------------------------------------------------------------------

/** The tracking page's view of an order, and whether the merchant should reach out first. */
export function buildTrackingView(facts: OrderTrackingFacts, options: BuildTrackingViewOptions): TrackingView {
  const context: Context = {
    facts,
    now: options.now,
    lateAfterMs: options.lateAfterMs ?? DEFAULT_LATE_AFTER_MS,
    orderName: facts.name,
    orderPlacedAt: toDate(facts.processedAt) ?? toDate(facts.createdAt),
    unrecognized: new Set(),
  };

  const analyzed = facts.fulfillments
    .map((fulfillment) => analyzePackage(fulfillment, context))
    // Live packages first, oldest first; cancelled shipments at the end.
    .sort(
      (a, b) =>
        Number(a.dead) - Number(b.dead) || (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0),
    );
  const unfulfilledItems = unfulfilledGroups(context);
  const refund = refundSummary(context);
  const overall = overallOf(context, analyzed, unfulfilledItems, refund);

  const exceptions = [
    ...orderExceptions(context, refund),
    ...analyzed.flatMap((pkg) => (pkg.timeline.exception ? [pkg.timeline.exception] : [])),
  ];
  // A cancelled or fully refunded order has nothing left for the merchant to chase.
  const settled = overall.state === "cancelled" || overall.state === "refunded";
  const atRiskReasons = settled ? [] : analyzed.flatMap((pkg) => pkg.risks);

  return {
    orderName: facts.name,
    overall,
    packages: analyzed.map((pkg) => pkg.timeline),
    unfulfilledItems,
    exceptions,
    support: { subjectKey: "tracking.support.subject", subjectParams: { orderName: facts.name } },
    atRisk: atRiskReasons.length > 0,
    atRiskReasons,
    unrecognizedValues: [...context.unrecognized].sort(),
  };
}
