// What happens when a shop installs Concierge (Shopify's afterAuth hook, on
// the first visit of each new session): the installation, the history import
// and the setup it owes are written to the database at once; Shopify is asked
// nothing while the merchant waits. The `shop-setup` job then does what needs
// Shopify's answers, retried until they come (decision 055).
import { inTransaction, type Database, type DatabaseClient } from "../db.server";
import { adminMutation, adminQuery, AdminUserErrors, type AdminGraphqlClient } from "../admin-api.server";
import { recordInstallation, rememberTrackRedirect } from "../data/shops.server";
import { TRACK_PATH, TRACK_PROXY_PATH } from "../domain/tracking/track-link";
import { UrlRedirectCreateMutation, UrlRedirectsByPathQuery } from "../graphql/url-redirects";
import { enqueue } from "../jobs/queue.server";
import { listVipRules } from "../data/vip.server";
import { shopSettings } from "./shop-settings.server";
import { startVipBackfill } from "./vip-backfill.server";
import { queueStoreImport, queueStoreImportOnInstall } from "./store-import.server";

export async function onInstall(input: { db: DatabaseClient; shop: string; scopes: string | null; now?: Date }) {
  const { shop } = input;
  const now = input.now ?? new Date();
  await inTransaction(input.db, async (tx) => {
    const { uninstalledAt } = await recordInstallation(tx, { shop, scopes: input.scopes });
    // The orders before install, so every figure is true from the first visit (the first page
    // already shows the import under way). Shopify sends no webhook to an uninstalled app: a
    // reinstall reads the history again, for the days it was away.
    const reinstalled = uninstalledAt !== null;
    if (reinstalled) await queueStoreImport(tx, shop, "reinstall", now);
    else await queueStoreImportOnInstall(tx, shop, now);
    // A setup still waiting covers this one; a reinstall's is its own, for the tiers it owes.
    await enqueue(tx, "shop-setup", { shop, reinstalled }, { singletonKey: reinstalled ? `${shop}:reinstall` : shop });
  });
}

/** The install's work that needs Shopify: each step finds what an earlier attempt did, so a retry repeats nothing. */
export async function setUpShop(
  deps: { db: Database; admin: AdminGraphqlClient; shop: string; now: () => Date },
  options: { reinstalled: boolean },
) {
  const { db, admin, shop } = deps;
  // The shop's currency and time zone, before any order needs them.
  await shopSettings(db, admin, shop);
  const { redirect } = await ensureTrackingRedirect(admin);
  // What the Tracking page tells the merchant to print: /track, or the link that works when /track is theirs.
  await rememberTrackRedirect(db, shop, redirect?.target ?? null, deps.now());
  // No webhook came while Concierge was away: a customer who crossed a tier's line meanwhile is
  // evaluated again now, not at their next order. (A retry supersedes the backfill it started.)
  if (options.reinstalled && (await listVipRules(db, shop)).length > 0) await startVipBackfill(deps, "reinstall");
}

/**
 * /track → the tracking page, so the short URL merchants print on packing
 * slips just works. A /track the merchant already redirects elsewhere is
 * theirs and stays as it is.
 */
export async function ensureTrackingRedirect(admin: AdminGraphqlClient) {
  const existing = await trackingRedirect(admin);
  if (existing) return { created: false, redirect: existing };
  try {
    const { urlRedirect } = await adminMutation(
      admin,
      UrlRedirectCreateMutation,
      { urlRedirect: { path: TRACK_PATH, target: TRACK_PROXY_PATH } },
      "urlRedirectCreate",
    );
    return { created: true, redirect: urlRedirect };
  } catch (error) {
    // "Path has already been taken": by an attempt whose answer was lost
    // (then retried), or by the merchant meanwhile. Either way /track leads
    // somewhere, and what leads there is not ours to change.
    const taken = error instanceof AdminUserErrors ? await trackingRedirect(admin) : null;
    if (!taken) throw error;
    return { created: false, redirect: taken };
  }
}

async function trackingRedirect(admin: AdminGraphqlClient) {
  const { urlRedirects } = await adminQuery(admin, UrlRedirectsByPathQuery, { query: `path:${TRACK_PATH}` });
  return urlRedirects.nodes.find((redirect) => redirect.path === TRACK_PATH) ?? null;
}
