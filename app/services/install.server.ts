// What happens when a shop installs Concierge (Shopify's afterAuth hook).
import type { Database } from "../db.server";
import { adminMutation, adminQuery, type AdminGraphqlClient } from "../admin-api.server";
import { recordInstallation } from "../data/shops.server";
import { UrlRedirectCreateMutation, UrlRedirectsByPathQuery } from "../graphql/url-redirects";
import { shopSettings } from "./shop-settings.server";
import { queueStoreImportOnInstall } from "./store-import.server";

export const TRACK_PATH = "/track";
export const TRACK_PROXY_PATH = "/apps/concierge/track";

export async function onInstall(input: { db: Database; admin: AdminGraphqlClient; shop: string; scopes: string | null; now?: Date }) {
  await recordInstallation(input.db, { shop: input.shop, scopes: input.scopes });
  // The shop's currency and time zone, before any order needs them.
  await shopSettings(input.db, input.admin, input.shop);
  await ensureTrackingRedirect(input.admin);
  // The orders before install, so every figure is true from the first visit.
  await queueStoreImportOnInstall(input.db, input.shop, input.now ?? new Date());
}

/**
 * /track → the tracking page, so the short URL merchants print on packing
 * slips just works. A /track the merchant already redirects elsewhere is
 * theirs and stays as it is.
 */
export async function ensureTrackingRedirect(admin: AdminGraphqlClient) {
  const { urlRedirects } = await adminQuery(admin, UrlRedirectsByPathQuery, { query: `path:${TRACK_PATH}` });
  const existing = urlRedirects.nodes.find((redirect) => redirect.path === TRACK_PATH);
  if (existing) return { created: false, redirect: existing };
  const { urlRedirect } = await adminMutation(
    admin,
    UrlRedirectCreateMutation,
    { urlRedirect: { path: TRACK_PATH, target: TRACK_PROXY_PATH } },
    "urlRedirectCreate",
  );
  return { created: true, redirect: urlRedirect };
}
