// The shop's currency and time zone: from the database, or once from the
// Admin API when Concierge has not seen them yet.
import type { Database } from "../db.server";
import { adminQuery, type AdminGraphqlClient } from "../admin-api.server";
import { findShopSettings, rememberShopSettings } from "../data/shops.server";
import { ShopOverviewQuery } from "../graphql/shop-overview";

export interface ShopSettings {
  currencyCode: string;
  ianaTimezone: string;
}

export async function shopSettings(db: Database, admin: AdminGraphqlClient, shop: string): Promise<ShopSettings> {
  const known = await findShopSettings(db, shop);
  if (known?.currencyCode && known.ianaTimezone) return { currencyCode: known.currencyCode, ianaTimezone: known.ianaTimezone };
  const { shop: overview } = await adminQuery(admin, ShopOverviewQuery, {});
  await rememberShopSettings(db, shop, overview);
  return { currencyCode: overview.currencyCode, ianaTimezone: overview.ianaTimezone };
}
