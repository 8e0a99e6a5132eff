// Credits the orders Concierge already holds that used a code, once the code
// belongs to an agent (agents.server.ts queues it when a personal code is
// made): the orders of the store's history, and any order that used the code
// before the agent had it. Crediting is recomputed from each order's facts,
// so running it twice changes nothing.
import { creditOrdersWithCode } from "../services/attribution.server";
import type { JobDefinition } from "./job";

export const codeAttributionJob: JobDefinition<"code-attribution"> = {
  async run({ shop, code }, { db }) {
    await creditOrdersWithCode(db, shop, code);
  },
  async describe({ code }) {
    return `Crediting the orders that used ${code} to its agent`;
  },
};
