// Keeps the exchange offers' catalog facts true (services/catalog-cache.server.ts):
// with product ids, after a products/update or inventory_levels/update
// webhook named them; without, hourly, the products no webhook refreshed
// for a while (webhooks can be missed); without a shop, the fan-out to every
// shop with such products.
import { shopsWithStaleCatalog, staleProductIds } from "../data/catalog.server";
import { refreshCatalog } from "../services/catalog-cache.server";
import { shopSettings } from "../services/shop-settings.server";
import type { JobDefinition } from "./job";
import { enqueue } from "./queue.server";

/** Kept facts no webhook refreshed for this long are asked for again. */
export const CATALOG_REFRESH_AFTER_MS = 6 * 60 * 60 * 1000;
/** Products one scheduled run refreshes per shop: at most 50 small queries. */
const PRODUCTS_PER_RUN = 250;

export const catalogRefreshJob: JobDefinition<"catalog-refresh"> = {
  async run({ shop, productIds }, { db, adminFor, now }) {
    const staleBefore = new Date(now().getTime() - CATALOG_REFRESH_AFTER_MS);
    if (!shop) {
      for (const each of await shopsWithStaleCatalog(db, staleBefore)) {
        await enqueue(db, "catalog-refresh", { shop: each }, { singletonKey: `${each}:scheduled` });
      }
      return;
    }
    const ids = productIds ?? (await staleProductIds(db, shop, staleBefore, PRODUCTS_PER_RUN));
    if (ids.length === 0) return;
    const admin = await adminFor(shop);
    const { currencyCode } = await shopSettings(db, admin, shop);
    await refreshCatalog({ db, admin, shop, now: now() }, ids, currencyCode);
  },
  async describe({ shop, productIds }) {
    if (!shop) return "Finding the shops whose exchange products to refresh";
    return productIds ? "Refreshing an exchange offer's product after Shopify said it changed" : "Refreshing the exchange offers' products";
  },
};
