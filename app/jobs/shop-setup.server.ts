// What an install needs of Shopify (services/install.server.ts setUpShop),
// queued by the install itself so that no answer lost or late loses it.
import { setUpShop } from "../services/install.server";
import type { JobDefinition } from "./job";

export const shopSetupJob: JobDefinition<"shop-setup"> = {
  async run({ shop }, { db, adminFor }) {
    await setUpShop({ db, admin: await adminFor(shop), shop });
  },
  async describe() {
    return "Setting Concierge up on the shop: its currency and time zone, and the /track link";
  },
};
