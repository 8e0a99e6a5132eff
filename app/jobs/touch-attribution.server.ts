// Credits again the orders a helpdesk touch may lead to: those of its
// customer placed within the window after it. A touch usually comes before
// the order, and the order's own event reads it; this covers the touch that
// arrives late (a helpdesk catching up) and the unknown agent the merchant
// has just mapped. Crediting is recomputed from each order's facts, so
// running it twice changes nothing.
import { creditOrdersAfterTouch } from "../services/attribution.server";
import type { JobDefinition } from "./job";

export const touchAttributionJob: JobDefinition<"touch-attribution"> = {
  async run({ shop, touchId }, { db }) {
    await creditOrdersAfterTouch(db, shop, touchId);
  },
  async describe() {
    return "Crediting the orders that followed a helpdesk conversation";
  },
};
