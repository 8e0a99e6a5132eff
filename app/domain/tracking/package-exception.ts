// What went wrong with one package, in plain words, with what the shopper can
// do about it: a voided label, a failed delivery, a parcel that is late.
import type { MessageParams, TrackingMessageKey } from "./messages";
import { type DeliveryFlow, type PackageProblem, type TimelineStepKey } from "./statuses";
import type { ShopperAction, TrackingExceptionKind, ExceptionSeverity, TrackingException } from "./timeline-facts";
import { contactSupport, WAIT, PICK_UP, trackWithCarrier, type TimelineContext } from "./timeline-reading";
import type { DatedEvent } from "./package-timeline";

export interface PackageExceptionInput {
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
  context: TimelineContext;
}

export function packageException(input: PackageExceptionInput): TrackingException | null {
  const { fulfillmentId, problem, context, carrier, trackingUrl, estimatedDeliveryAt } = input;
  const support = contactSupport(context);
  const track = trackWithCarrier(carrier, trackingUrl);
  const eventTime = (kind: PackageProblem) => input.events.findLast((event) => event.meaning.problem === kind)?.at ?? null;
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
        : exception("ready_for_pickup", "action_needed", "tracking.exception.ready_for_pickup", {}, input.readyAt, [PICK_UP, support]);
    }
    return exception("ready_for_pickup", "action_needed", "tracking.exception.ready_for_pickup.carrier", {}, input.readyAt, [
      ...track,
      support,
    ]);
  }
  return null;
}
