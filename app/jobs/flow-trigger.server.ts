// Starts the merchant's Flow workflows for one moment, once (app/services/flow-triggers.server.ts).
import { failOutreachMessage } from "../services/outreach-email.server";
import { runFlowTrigger } from "../services/flow-triggers.server";
import type { JobDefinition } from "./job";

export const flowTriggerJob: JobDefinition<"flow-trigger"> = {
  async run(data, { db, adminFor, now }) {
    await runFlowTrigger({ db, admin: await adminFor(data.shop), now }, data);
  },
  async describe({ handle, payload }) {
    return payload.order_id !== undefined
      ? `The Shopify Flow trigger "${handle}" for order ${String(payload.order_id)}`
      : `The Shopify Flow trigger "${handle}" for customer ${String(payload.customer_id ?? "")}`;
  },
  async onFailedForGood({ shop, messageId }, error, { db }) {
    await failOutreachMessage(db, shop, messageId, error);
  },
};
