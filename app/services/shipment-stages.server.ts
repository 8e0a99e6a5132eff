// Stage updates (issue 15): the moments of a shipment the merchant chose to
// tell shoppers about, each by email, through Shopify Flow, or both
// (OutreachChoices.stageUpdates and flowStages; emails once EmailSettings has
// a server). Decided in the transaction
// that records the carrier's scan (or the new fulfillment, for "shipped"),
// each once per shipment and stage, for fresh news only.
import type { DatabaseClient } from "../db.server";
import { hasEmailServer, outreachChoicesOf } from "../data/outreach-choices.server";
import { STAGE_MESSAGE, stagesToAnnounce, type FlowStage } from "../domain/outreach/stages";
import { enqueue } from "../jobs/queue.server";
import { queueFlowTrigger } from "./flow-triggers.server";
import { trackingPageUrl } from "./outreach-email.server";

/** The stages that start the merchant's Flow workflows: their choice, else at risk and delivered. */
export async function flowStagesOf(tx: DatabaseClient, shop: string): Promise<readonly FlowStage[]> {
  return (await outreachChoicesOf(tx, shop)).flowStages;
}

export interface CarrierScan {
  fulfillmentId: string;
  orderId: string;
  orderName: string | null;
  carrier: string | null;
  status: string;
  happenedAt: Date;
  now: Date;
}

export async function queueStageUpdates(tx: DatabaseClient, shop: string, scan: CarrierScan) {
  const choices = await outreachChoicesOf(tx, shop);
  const at = { status: scan.status, happenedAt: scan.happenedAt, now: scan.now };
  const emailStages = stagesToAnnounce({ ...at, chosen: choices.stageUpdates });
  for (const stage of emailStages.length > 0 && (await hasEmailServer(tx, shop)) ? emailStages : []) {
    const created = await tx.outreachMessage.createManyAndReturn({
      data: [
        {
          shop,
          kind: STAGE_MESSAGE[stage],
          dedupeKey: `stage:${scan.fulfillmentId}:${stage}`,
          orderId: scan.orderId,
          fulfillmentId: scan.fulfillmentId,
        },
      ],
      skipDuplicates: true,
      select: { id: true },
    });
    for (const message of created) await enqueue(tx, "outreach-send", { shop, messageId: message.id });
  }
  // Delivered has a trigger of its own; shipped and out for delivery share "shipment-stage".
  for (const stage of stagesToAnnounce({ ...at, chosen: choices.flowStages })) {
    const common = { order_id: Number(scan.orderId), Carrier: scan.carrier ?? "", "Tracking page": trackingPageUrl(shop, scan.orderName) };
    await queueFlowTrigger(
      tx,
      shop,
      stage === "delivered"
        ? {
            handle: "shipment-delivered",
            dedupeKey: `flow:delivered:${scan.fulfillmentId}`,
            orderId: scan.orderId,
            fulfillmentId: scan.fulfillmentId,
            payload: common,
          }
        : {
            handle: "shipment-stage",
            dedupeKey: `flow:stage:${scan.fulfillmentId}:${stage}`,
            orderId: scan.orderId,
            fulfillmentId: scan.fulfillmentId,
            payload: { ...common, Stage: stage },
          },
    );
  }
}
