// The local Shopify as the app's tests use it: the demo store served over
// HTTP, the app's Shopify traffic redirected to it (as in the demo), the app
// installed with an offline session, and webhooks delivered straight into
// the app's own route modules.
import { ACCESS_SCOPES } from "../../app/access-scopes";
import db from "../../app/db.server";
import { redirectShopifyRequests } from "../../app/shopify-transport.server";
import { TEST_APP } from "../setup/test-environment";
import { DEMO_SHOP, seedDemoStore } from "../../local-shopify/demo-store";
import { startLocalShopify, type LocalShopify, type StartLocalShopifyOptions } from "../../local-shopify/server";
import { readWebhookSubscriptions, WebhookDispatcher } from "../../local-shopify/webhooks";
import type { AdminGraphqlClient } from "../../app/admin-api.server";
import { signInStaff } from "./admin-requests";
import { startedForFile } from "./lifecycle";
import { adminClient } from "./vip";
import { runQueuedJobs } from "./jobs";
import { beforeEach, vi } from "vitest";
import fs from "node:fs";
import path from "node:path";

export { DEMO_SHOP };

export async function startLocalShopifyForApp(options: Partial<StartLocalShopifyOptions> = {}): Promise<LocalShopify> {
  // Everything deprecated is answered as removed: the app sends none of it.
  const local = await startLocalShopify({
    store: seedDemoStore(),
    apiKey: TEST_APP.apiKey,
    apiSecret: TEST_APP.apiSecret,
    refuseDeprecated: "all",
    ...options,
  });
  // The Shopify library's node adapter sets the fetch it uses when it is first
  // imported; load it now so that a route imported later (a webhook delivered
  // into the app) does not put Shopify's real hosts back.
  await import("../../app/shopify.server");
  redirectShopifyRequests(local.url);
  return local;
}

/** For a test file: the local Shopify started once, the app installed on the demo shop before each test. */
export function withInstalledLocalShopify(): () => LocalShopify {
  const local = startedForFile(() => startLocalShopifyForApp());
  beforeEach(async () => {
    await installApp(local());
  });
  return local;
}

/**
 * For a test file: the local Shopify started once, and a staff member of the demo shop signed in to the app before
 * each test; `admin()` is the Admin API as that staff member (their online session's token), for calling services.
 */
export function withSignedInStaff(email: string): { local: () => LocalShopify; staffId: () => number; admin: () => AdminGraphqlClient } {
  const local = startedForFile(() => startLocalShopifyForApp());
  let staffId = 0;
  beforeEach(async () => {
    staffId = await signInStaff(local(), DEMO_SHOP, email);
  });
  const admin = (): AdminGraphqlClient => ({
    async graphql(query, options) {
      const session = await db.session.findUniqueOrThrow({ where: { id: `${DEMO_SHOP}_${staffId}` } });
      return adminClient(local(), session.accessToken).graphql(query, options);
    },
  });
  return { local, staffId: () => staffId, admin };
}

/**
 * The app installed on the shop: the offline session token exchange would
 * have stored, with every scope the app asks for or only `scope` (a shop
 * that granted less, such as no read_all_orders).
 */
export async function installApp(local: LocalShopify, shop = DEMO_SHOP, options: { scope?: string } = {}) {
  const scope = options.scope ?? ACCESS_SCOPES.join(",");
  const accessToken = local.installApp(shop, { scope });
  const id = `offline_${shop}`;
  const data = { shop, state: "", isOnline: false, scope, accessToken };
  await db.session.upsert({ where: { id }, create: { id, ...data }, update: data });
  await db.shop.upsert({ where: { shop }, create: { shop, scopes: data.scope }, update: { uninstalledAt: null } });
  return accessToken;
}

type RouteModule = {
  action?: (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => Promise<Response>;
};
const webhookRoutes = import.meta.glob<RouteModule>("../../app/routes/webhooks.*.tsx");

/** A fetch that hands /webhooks/* requests to the app's route modules, as Remix would, then runs the queued jobs. */
export const appWebhookFetch: typeof fetch = async (input, init) => {
  const response = await deliveredToApp(input, init);
  // A worker would now run what the delivery queued.
  await runQueuedJobs();
  return response;
};

/** A webhook delivered into the app's route, and what it queued left for the test to run (no worker yet). */
async function deliveredToApp(input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]): Promise<Response> {
  const request = new Request(input, init);
  const file = `../../app/routes/${new URL(request.url).pathname.slice(1).replaceAll("/", ".")}.tsx`;
  const load = webhookRoutes[file];
  if (!load) return new Response("Not Found", { status: 404 });
  const { action } = await load();
  try {
    return await action!({ request, params: {}, context: {} });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

/**
 * Shopify's webhook delivery, signed with `secret`, into the app; a worker then runs what it queued, on the real
 * clock. With `runJobs: false` the jobs wait for the test's own `runQueuedJobs` (and its clock).
 */
export function webhookDispatcher(secret: string = TEST_APP.apiSecret, options: { runJobs?: boolean } = {}) {
  const toml = fs.readFileSync(path.resolve(__dirname, "../../shopify.app.toml"), "utf8");
  return new WebhookDispatcher({
    appUrl: TEST_APP.appUrl,
    apiSecret: secret,
    subscriptions: readWebhookSubscriptions(toml),
    maxAttempts: 1,
    fetch: options.runJobs === false ? deliveredToApp : appWebhookFetch,
  });
}

/** The names of the Admin API operations the local Shopify runs while `run` runs. */
export async function operationsDuring(local: LocalShopify, run: () => Promise<unknown>) {
  const spy = vi.spyOn(local.emulator, "execute");
  try {
    await run();
    return spy.mock.calls.map(([request]) => /\b(?:query|mutation)\s+(\w+)/.exec(request.query)?.[1] ?? "anonymous");
  } finally {
    spy.mockRestore();
  }
}
