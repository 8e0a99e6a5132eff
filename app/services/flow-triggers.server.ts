// Shopify Flow triggers (extensions/flow-*): a moment Concierge knows of
// (a shipment at risk, a shipment delivered) starts the merchant's workflows,
// which send through Shopify Email, Klaviyo, SMS or a helpdesk. Each run is
// decided in the transaction that learns of the moment, as an OutreachMessage
// row (kind "flow:<handle>", unique key) with its flow-trigger job, and sent
// at most once like an email (decision 019).
import { NOT_SENT } from "../domain/outreach/not-sent";
import { AdminUserErrors, adminMutation } from "../admin-api.server";
import type { DatabaseClient } from "../db.server";
import { FlowTriggerReceiveMutation } from "../graphql/flow-trigger-receive";
import { enqueue } from "../jobs/queue.server";
import { PermanentJobError } from "../jobs/job";
import type { JobServiceContext } from "./context";

export type FlowTriggerHandle =
  | "shipment-at-risk"
  | "shipment-delivered"
  | "shipment-stage"
  | "vip-tier-changed"
  | "exchange-requested"
  | "exchange-accepted"
  | "welcome-due"
  | "reason-spike"
  | "vip-contacted";

/** Called in the transaction that records the moment: one run per dedupe key, with its job. */
export async function queueFlowTrigger(
  tx: DatabaseClient,
  shop: string,
  run: {
    handle: FlowTriggerHandle;
    dedupeKey: string;
    orderId?: string | null;
    fulfillmentId?: string | null;
    customerId?: string | null;
    payload: Record<string, string | number>;
  },
) {
  const created = await tx.outreachMessage.createManyAndReturn({
    data: [
      {
        shop,
        kind: `flow:${run.handle}`,
        dedupeKey: run.dedupeKey,
        orderId: run.orderId ?? null,
        fulfillmentId: run.fulfillmentId ?? null,
        customerId: run.customerId ?? null,
      },
    ],
    skipDuplicates: true,
    select: { id: true },
  });
  for (const message of created)
    await enqueue(tx, "flow-trigger", { shop, messageId: message.id, handle: run.handle, payload: run.payload });
}

/** The flow-trigger job: one flowTriggerReceive, once. */
export async function runFlowTrigger(
  context: JobServiceContext,
  run: { shop: string; messageId: string; handle: string; payload: Record<string, string | number> },
) {
  const { db } = context;
  const where = { shop: run.shop, id: run.messageId };
  const claimed = await db.outreachMessage.updateMany({
    where: { ...where, status: "queued" },
    data: { status: "sending", sendingAt: context.now() },
  });
  if (claimed.count === 0) {
    await db.outreachMessage.updateMany({
      where: { ...where, status: "sending" },
      data: { status: "perhaps_sent", error: NOT_SENT.stoppedCallingShopify },
    });
    return;
  }
  try {
    await adminMutation(context.admin, FlowTriggerReceiveMutation, { handle: run.handle, payload: run.payload }, "flowTriggerReceive");
  } catch (error) {
    const message = error instanceof Error ? error.message.slice(0, 300) : "Shopify error";
    if (error instanceof AdminUserErrors) {
      // Shopify refused the payload: no retry will change its mind.
      await db.outreachMessage.updateMany({ where: { ...where, status: "sending" }, data: { status: "failed", error: message } });
      throw new PermanentJobError(message);
    }
    await db.outreachMessage.updateMany({
      where: { ...where, status: "sending" },
      data: { status: "queued", sendingAt: null, error: message },
    });
    throw error;
  }
  await db.outreachMessage.updateMany({ where, data: { status: "sent", sentAt: context.now(), error: null } });
}
