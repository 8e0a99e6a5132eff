// Stores a Shopify return's reasons in the shop's list (app/services/return-reasons.server.ts).
import { recordReturnReasons } from "../services/return-reasons.server";
import type { JobDefinition } from "./job";

export const returnReasonsJob: JobDefinition<"return-reasons"> = {
  async run(data, { db, adminFor, now }) {
    await recordReturnReasons({ db, admin: await adminFor(data.shop), shop: data.shop, now: now() }, data.returnId);
  },
  async describe({ returnId }) {
    return `The return reasons of return ${returnId}`;
  },
};
