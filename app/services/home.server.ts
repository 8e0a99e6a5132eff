// What the app's home page shows: the shop as Shopify knows it and whether
// Shopify's webhooks are reaching Concierge.
import type { Database } from "../db.server";
import { adminQuery, type AdminGraphqlClient } from "../admin-api.server";
import { ShopOverviewQuery } from "../graphql/shop-overview";
import { rememberShopSettings } from "../data/shops.server";

export async function loadHome(input: { db: Database; admin: AdminGraphqlClient; shop: string; now: Date }) {
  const { shop: shopify } = await adminQuery(input.admin, ShopOverviewQuery, {});
  await rememberShopSettings(input.db, input.shop, shopify);
  const since = new Date(input.now.getTime() - 24 * 60 * 60 * 1000);
  const [webhooksLastDay, pendingDataRequests] = await Promise.all([
    input.db.webhookEvent.count({ where: { shop: input.shop, receivedAt: { gte: since } } }),
    input.db.customerDataRequest.count({ where: { shop: input.shop } }),
  ]);
  return {
    shopName: shopify.name,
    currencyCode: shopify.currencyCode,
    timezone: shopify.ianaTimezone,
    storefrontUrl: shopify.primaryDomain.url,
    webhooksLastDay,
    dataRequests: pendingDataRequests,
  };
}
