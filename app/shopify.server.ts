// The one Shopify entry point: everything that authenticates a request or
// talks to Shopify imports from here.
import "@shopify/shopify-app-remix/adapters/node";
import { AppDistribution, LogSeverity, shopifyApp } from "@shopify/shopify-app-remix/server";
import { ApiVersion, shopifyApi } from "@shopify/shopify-api";
import { PrismaSessionStorage } from "@shopify/shopify-app-session-storage-prisma";
import { ADMIN_API_VERSION } from "./admin-api-version";
import { ACCESS_SCOPES } from "./access-scopes";
import db from "./db.server";
import { env } from "./env.server";
import { redirectShopifyRequests } from "./shopify-transport.server";
import { onInstall } from "./services/install.server";
import { interactiveClient } from "./admin-api.server";
import { budgetedClient } from "./admin-budget.server";

redirectShopifyRequests(env.SHOPIFY_ADMIN_ORIGIN);

// ADMIN_API_VERSION as the library names it. The one version is the constant
// in admin-api-version.ts (the local Shopify reads it too, without this
// library); the type check fails when the two differ.
const ADMIN_API = ApiVersion.October26 satisfies typeof ADMIN_API_VERSION;

const shopify = shopifyApp({
  apiKey: env.SHOPIFY_API_KEY,
  apiSecretKey: env.SHOPIFY_API_SECRET,
  apiVersion: ADMIN_API,
  scopes: env.SCOPES?.split(",") ?? [...ACCESS_SCOPES],
  appUrl: env.SHOPIFY_APP_URL,
  authPathPrefix: "/auth",
  sessionStorage: new PrismaSessionStorage(db),
  distribution: AppDistribution.AppStore,
  // The library logs every storefront request at info level: too much for
  // production logs; warnings and errors only, except while developing.
  logger: { level: env.NODE_ENV === "development" ? LogSeverity.Info : LogSeverity.Warning },
  // Online tokens identify the staff member, which is how an agent is known.
  useOnlineTokens: true,
  future: {
    unstable_newEmbeddedAuthStrategy: true,
    expiringOfflineAccessTokens: true,
  },
  hooks: {
    // Only the database, so Shopify's slowness never fails the first visit
    // (the library would answer 500 and never run this hook again for the
    // session it stored): the setup that needs Shopify is a job.
    afterAuth: async ({ session }) => {
      await onInstall({ db, shop: session.shop, scopes: session.scope ?? null });
    },
  },
  ...(env.SHOP_CUSTOM_DOMAIN ? { customShopDomains: [env.SHOP_CUSTOM_DOMAIN] } : {}),
});

export default shopify;
export const apiVersion = ADMIN_API_VERSION;
/**
 * Shopify's headers for an app page. The library preloads App Bridge from Shopify's CDN even
 * when APP_BRIDGE_URL has the page load it from elsewhere (the local Shopify): the preload then
 * fetches a script nothing runs, and on a machine without internet fails on every page.
 */
export function addDocumentResponseHeaders(request: Request, headers: Headers) {
  shopify.addDocumentResponseHeaders(request, headers);
  if (env.APP_BRIDGE_URL && headers.has("Link")) headers.set("Link", `<${env.APP_BRIDGE_URL}>; rel="preload"; as="script";`);
}
export const authenticate = { ...shopify.authenticate, admin: authenticateAdmin };
export const unauthenticated = shopify.unauthenticated;
export const login = shopify.login;
export const sessionStorage = shopify.sessionStorage;

// The shop domains Shopify could sign for (and the custom pattern, if set):
// Shopify's own check, without an OAuth flow around it.
const domains = shopifyApi({
  apiKey: env.SHOPIFY_API_KEY,
  apiSecretKey: env.SHOPIFY_API_SECRET,
  apiVersion: ADMIN_API,
  hostName: new URL(env.SHOPIFY_APP_URL).host,
  isEmbeddedApp: true,
  logger: { level: LogSeverity.Error },
  ...(env.SHOP_CUSTOM_DOMAIN ? { customShopDomains: [env.SHOP_CUSTOM_DOMAIN] } : {}),
});
/** The shop domain if it is one Shopify could sign for, else null. */
export const sanitizeShopDomain = (domain: string) => domains.utils.sanitizeShop(domain);

/** The shop a session token was issued for (its `dest`); the library has verified the token by the time this is read. */
function sessionTokenShop(request: Request): string | null {
  const token = request.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? new URL(request.url).searchParams.get("id_token");
  try {
    const payload = JSON.parse(Buffer.from(token?.split(".")[1] ?? "", "base64url").toString("utf8")) as { dest?: unknown };
    return typeof payload.dest === "string" ? new URL(payload.dest).hostname : null;
  } catch {
    return null;
  }
}

/**
 * authenticate.admin, with answers a person can act on where the library
 * answers a bare 500 (a token exchange that failed): a shop that never
 * installed Concierge (or removed it) gets 401, an installed one whose
 * Shopify did not answer gets 503 with Retry-After. The Admin client it
 * returns times out as a page a person waits on should, and spends the admin
 * pages' share of the shop's Admin API allowance (decision 023).
 */
async function authenticateAdmin(request: Request) {
  try {
    const context = await shopify.authenticate.admin(request);
    const admin = budgetedClient(interactiveClient(context.admin), { db, shop: context.session.shop, purpose: "admin" });
    return { ...context, admin };
  } catch (thrown) {
    if (!(thrown instanceof Response) || thrown.status !== 500) throw thrown;
    const shop = sessionTokenShop(request);
    const installed = shop ? await db.shop.findUnique({ where: { shop }, select: { uninstalledAt: true } }) : null;
    const text = (body: string, status: number, headers: Record<string, string> = {}) =>
      new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...headers } });
    if (!installed || installed.uninstalledAt)
      throw text("Concierge is not installed on this shop: install it from the Shopify App Store, then open it again.", 401);
    throw text("Shopify did not confirm your session in time. Please try again in a moment.", 503, { "Retry-After": "5" });
  }
}
