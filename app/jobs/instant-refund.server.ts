// Refunds a VIP's return on its way back, once (app/services/instant-refunds.server.ts).
import { refundReturnInTransit } from "../services/instant-refunds.server";
import type { JobDefinition } from "./job";

export const instantRefundJob: JobDefinition<"instant-refund"> = {
  async run(data, { db, adminFor, now }) {
    await refundReturnInTransit(
      { db, admin: await adminFor(data.shop), shop: data.shop, now: now() },
      `gid://shopify/ReverseDelivery/${data.reverseDeliveryId}`,
    );
  },
  async describe({ returnId, reverseDeliveryId }) {
    return returnId ? `An instant refund of return ${returnId}` : `An instant refund of the return shipped back as ${reverseDeliveryId}`;
  },
};
