// What the app's home page shows: the shop as Shopify knows it and whether
// Shopify's webhooks are reaching Concierge.
import type { Database } from "../db.server";
import { adminQuery, unlessShopifyUnavailable, type AdminGraphqlClient } from "../admin-api.server";
import { ShopOverviewQuery } from "../graphql/shop-overview";
import { findShopSettings, rememberShopSettings } from "../data/shops.server";

export async function loadHome(input: { db: Database; admin: AdminGraphqlClient; shop: string; now: Date }) {
  // Shopify not answering in time leaves the page with what is stored, and a "try again".
  const answered = await unlessShopifyUnavailable(adminQuery(input.admin, ShopOverviewQuery, {}));
  const shopify = answered?.data.shop ?? null;
  if (shopify) await rememberShopSettings(input.db, input.shop, shopify);
  const stored = shopify ? null : await findShopSettings(input.db, input.shop);
  const since = new Date(input.now.getTime() - 24 * 60 * 60 * 1000);
  const [webhooksLastDay, pendingDataRequests] = await Promise.all([
    input.db.webhookEvent.count({ where: { shop: input.shop, receivedAt: { gte: since } } }),
    input.db.customerDataRequest.count({ where: { shop: input.shop } }),
  ]);
  return {
    shopifyUnavailable: shopify === null,
    shopName: shopify?.name ?? null,
    currencyCode: shopify?.currencyCode ?? stored?.currencyCode ?? null,
    timezone: shopify?.ianaTimezone ?? stored?.ianaTimezone ?? null,
    storefrontUrl: shopify?.primaryDomain.url ?? null,
    webhooksLastDay,
    dataRequests: pendingDataRequests,
  };
}
