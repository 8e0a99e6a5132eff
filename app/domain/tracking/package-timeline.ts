// One package's timeline: its delivery flow, its steps as Shopify's events
// and statuses tell them, what went wrong, and whether the merchant should
// reach out first.
import type { MessageParams, TrackingMessageKey } from "./messages";
import {
  deliveryMethodFlow,
  fulfillmentDisplayStatusStep,
  fulfillmentEventStatusStep,
  fulfillmentStatusStep,
  UNKNOWN_DELIVERY_FLOW,
  UNKNOWN_DISPLAY_MEANING,
  UNKNOWN_EVENT_MEANING,
  UNKNOWN_FULFILLMENT_STATUS_MEANING,
  type DeliveryFlow,
  type DisplayStatusMeaning,
  type PackageProblem,
  type StatusMeaning,
  type TimelineStepKey,
} from "./statuses";
import type {
  FulfillmentFact,
  FulfillmentOrderFact,
  StepState,
  TimelineStep,
  TrackingLink,
  PackageTimeline,
  AtRiskReason,
} from "./timeline-facts";
import {
  FLOW_STEPS,
  projectStep,
  STEP_AT_FULFILLMENT,
  LATEST_TIME_WINS,
  DEAD_SHIPMENT,
  toDate,
  meaningOf,
  text,
  safeUrl,
  latest,
  earliest,
  stepTimeBeforePackage,
  type TimelineContext,
} from "./timeline-reading";
import { packageException } from "./package-exception";

// ---------------------------------------------------------------------------
// One package.

export interface DatedEvent {
  status: string;
  at: Date;
  meaning: StatusMeaning;
  message: string | null;
  estimatedDeliveryAt: Date | null;
}

export interface AnalyzedPackage {
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

function relatedFulfillmentOrders(fulfillment: FulfillmentFact, context: TimelineContext): FulfillmentOrderFact[] {
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
  context: TimelineContext,
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
  if (flow === "shipping" && (display === "READY_FOR_PICKUP" || events.some((event) => event.status === "READY_FOR_PICKUP"))) {
    flow = "pickup_point";
  }
  return flow;
}

export function analyzePackage(fulfillment: FulfillmentFact, context: TimelineContext): AnalyzedPackage {
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
      : meaningOf(context, "FulfillmentDisplayStatus", fulfillmentDisplayStatusStep, fulfillment.displayStatus, UNKNOWN_DISPLAY_MEANING);

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
    toDate(fulfillment.estimatedDeliveryAt) ?? events.findLast((event) => event.estimatedDeliveryAt)?.estimatedDeliveryAt ?? promisedBy;

  const currentStep = dead ? null : steps[reachedIndex];
  const waitingForDelivery = !dead && !final && currentStep !== "ready_for_pickup" && flow !== "local_pickup" && flow !== "no_delivery";
  const overdue = waitingForDelivery && estimatedDeliveryAt !== null && now.getTime() > estimatedDeliveryAt.getTime() + context.lateAfterMs;

  const labelCreated =
    events.some((event) => event.status === "LABEL_PURCHASED" || event.status === "LABEL_PRINTED") ||
    fulfillment.displayStatus === "LABEL_PURCHASED" ||
    fulfillment.displayStatus === "LABEL_PRINTED";
  const carrierPickedUp = events.some((event) => event.status === "CARRIER_PICKED_UP") || fulfillment.displayStatus === "CARRIER_PICKED_UP";

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
    if (key === "ordered" || key === "confirmed") return stepTimeBeforePackage(context, key, related);
    if (key === "in_transit" && inTransitAt) return inTransitAt;
    if ((key === "delivered" || key === "picked_up") && deliveredAt) return deliveredAt;
    const times = timesByStep.get(key) ?? [];
    const at = LATEST_TIME_WINS.has(key) ? latest(times) : earliest(times);
    if (at) return at;
    if (key === STEP_AT_FULFILLMENT[flow]) return createdAt;
    return key === "preparing" ? stepTimeBeforePackage(context, key, related) : null;
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
