// Stage updates: the moments of a shipment a merchant may choose to tell
// shoppers about, and the carrier events that mark them. "Delayed" is the
// delay email (shipment risks); the others follow the carrier's scans.
import type { MessageKind } from "./consent";

export type NotifiedStage = "shipped" | "out_for_delivery" | "delivered";

export const NOTIFIED_STAGES: readonly NotifiedStage[] = ["shipped", "out_for_delivery", "delivered"];

/** A stage the merchant may send to Shopify Flow: "delayed" is a shipment at risk (the shipment-at-risk trigger). */
export type FlowStage = "delayed" | NotifiedStage;

export const FLOW_STAGES: readonly FlowStage[] = ["delayed", "shipped", "out_for_delivery", "delivered"];

/** What Flow receives before the merchant chooses (and without Email settings): at risk and delivered, as always. */
export const DEFAULT_FLOW_STAGES: readonly FlowStage[] = ["delayed", "delivered"];

export const STAGE_MESSAGE: Record<NotifiedStage, MessageKind> = {
  shipped: "stage_shipped",
  out_for_delivery: "stage_out_for_delivery",
  delivered: "stage_delivered",
};

/** An update about a scan older than this is news no more: it is not sent (a history import, a late webhook). */
export const STAGE_UPDATE_FRESH_MS = 24 * 60 * 60 * 1000;

/** The stage a carrier event (FulfillmentEvent.status) marks, if it is one shoppers hear about. */
export function stageOfEvent(status: string): NotifiedStage | null {
  switch (status.toUpperCase()) {
    case "CONFIRMED":
    case "CARRIER_PICKED_UP":
    case "IN_TRANSIT":
      return "shipped";
    case "OUT_FOR_DELIVERY":
      return "out_for_delivery";
    case "DELIVERED":
      return "delivered";
    default:
      return null;
  }
}

/** The stages a shipment reached with this event that the merchant tells shoppers about and were not told yet, in order. */
export function stagesToAnnounce(input: { status: string; happenedAt: Date; now: Date; chosen: readonly string[] }): NotifiedStage[] {
  const stage = stageOfEvent(input.status);
  if (!stage || !input.chosen.includes(stage)) return [];
  if (input.now.getTime() - input.happenedAt.getTime() > STAGE_UPDATE_FRESH_MS) return [];
  return [stage];
}
