// What an install needs of Shopify (services/install.server.ts setUpShop),
// queued by the install itself so that no answer lost or late loses it.
import { setUpShop } from "../services/install.server";
import type { JobDefinition } from "./job";

export const shopSetupJob: JobDefinition<"shop-setup"> = {
  async run({ shop, reinstalled }, { db, adminFor, now }) {
    await setUpShop({ db, admin: await adminFor(shop), shop, now: now() }, { reinstalled: reinstalled ?? false });
  },
  async describe({ reinstalled }) {
    const setUp = "Setting Concierge up on the shop: its currency and time zone, the /track link and the import of its order history";
    return reinstalled ? `${setUp}, after it was installed again` : setUp;
  },
};
