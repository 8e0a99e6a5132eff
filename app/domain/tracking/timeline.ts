// "Where is my order?" answered from what Shopify knows about it: a headline,
// one timeline per package, the items not shipped yet, and every exception
// with a plain explanation and what the shopper can do about it. The same
// view tells the merchant which orders are at risk, so they can reach out
// before the shopper does.
//
// Plain data in, plain data out. The facts are shaped after the Admin GraphQL
// Order (connections flattened to arrays, DateTime left as ISO strings or
// Dates); the view holds message keys and parameters, never sentences, so the
// page renders it in the shop's language with messages.ts. The facts and the
// view are timeline-facts.ts; one package is package-timeline.ts.
import { formatMinorAsDecimal, parseDecimalToMinor } from "../money";
import type { MessageParams, MoneyParam, TrackingMessageKey } from "./messages";
import {
  cancelReasonMessage,
  deliveryMethodFlow,
  displayFulfillmentStatusOverall,
  financialStatusRefund,
  fulfillmentOrderStatusPending,
  lookupStatus,
  UNKNOWN_DELIVERY_FLOW,
  UNKNOWN_OVERALL_STATE,
  UNKNOWN_PENDING_STATE,
  type OverallState,
  type RefundExtent,
} from "./statuses";
import {
  DEFAULT_LATE_AFTER_MS,
  type MoneyFact,
  type OrderTrackingFacts,
  type StepState,
  type TimelineStep,
  type TrackedItem,
  type TrackingException,
  type UnfulfilledGroup,
  type TrackingView,
  type BuildTrackingViewOptions,
} from "./timeline-facts";
import {
  FLOW_STEPS,
  projectStep,
  STEP_RANK,
  PICKUP_FLOWS,
  toDate,
  meaningOf,
  text,
  latest,
  earliest,
  contactSupport,
  stepTimeBeforePackage,
  type TimelineContext,
} from "./timeline-reading";
import { analyzePackage, type AnalyzedPackage } from "./package-timeline";

// ---------------------------------------------------------------------------
// Items not shipped yet.

function unfulfilledGroups(context: TimelineContext): UnfulfilledGroup[] {
  if (toDate(context.facts.cancelledAt)) return []; // A cancelled order will not ship what is left.
  return context.facts.fulfillmentOrders.flatMap((order) => {
    const state = meaningOf(context, "FulfillmentOrderStatus", fulfillmentOrderStatusPending, order.status, UNKNOWN_PENDING_STATE);
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
      const at = key === "ordered" || key === "confirmed" || key === "preparing" ? stepTimeBeforePackage(context, key, [order]) : null;
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

function refundSummary(context: TimelineContext): RefundSummary {
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
  const totalMinor = facts.totalPrice.currencyCode.toUpperCase() === currencyCode ? minorOrNull(facts.totalPrice) : null;
  return { extent: totalMinor !== null && refundedMinor >= totalMinor ? "full" : "partial", amount, at };
}

function orderExceptions(context: TimelineContext, refund: RefundSummary): TrackingException[] {
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
  context: TimelineContext,
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
  const itemsRemain = facts.fulfillmentOrders.length > 0 ? pending.length > 0 : facts.displayFulfillmentStatus === "PARTIALLY_FULFILLED";
  if (itemsRemain) return headline(live.some((pkg) => pkg.final) ? "partially_delivered" : "partially_shipped");

  if (live.every((pkg) => pkg.final)) {
    return headline(live.every((pkg) => PICKUP_FLOWS.has(pkg.timeline.deliveryFlow)) ? "picked_up" : "delivered");
  }
  if (live.some((pkg) => pkg.final)) return headline("partially_delivered");
  // Something to collect is what the shopper most needs to hear.
  if (live.some((pkg) => pkg.timeline.currentStep === "ready_for_pickup")) return headline("ready_for_pickup");

  // Otherwise the headline follows the package furthest behind.
  const behind = live.reduce((slowest, pkg) =>
    STEP_RANK[pkg.timeline.currentStep ?? "preparing"] < STEP_RANK[slowest.timeline.currentStep ?? "preparing"] ? pkg : slowest,
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
      const eta = latest(live.map((pkg) => (pkg.timeline.currentStep === "in_transit" ? pkg.timeline.estimatedDeliveryAt : null)));
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
  const context: TimelineContext = {
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
    .sort((a, b) => Number(a.dead) - Number(b.dead) || (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0));
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
