// What an install needs of Shopify (services/install.server.ts setUpShop),
// queued by the install itself so that no answer lost or late loses it.
import { setUpShop } from "../services/install.server";
import type { JobDefinition } from "./job";

export const shopSetupJob: JobDefinition<"shop-setup"> = {
  async run({ shop, reinstalled }, { db, adminFor, now }) {
    await setUpShop({ db, admin: await adminFor(shop), shop, now }, { reinstalled: reinstalled ?? false });
  },
  async describe({ reinstalled }) {
    return reinstalled
      ? "Setting Concierge up on the shop again: its currency and time zone, the /track link, and every customer's VIP tier"
      : "Setting Concierge up on the shop: its currency and time zone, and the /track link";
  },
};
