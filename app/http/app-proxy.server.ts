// Storefront requests that reach the app through Shopify's app proxy
// (app/routes/proxy.*): checked before anything is read from them, and who
// is asking, for rate limits. See docs/decisions/017.
import { createHmac, timingSafeEqual } from "node:crypto";
import { AdminApiError, interactiveClient, type AdminGraphqlClient } from "../admin-api.server";
import { budgetedClient } from "../admin-budget.server";
import db from "../db.server";
import { env } from "../env.server";
import { authenticate, sanitizeShopDomain } from "../shopify.server";

/** The parameters Shopify adds to a proxied request and signs. */
const SHOPIFY_PARAMETERS = ["shop", "logged_in_customer_id", "path_prefix", "timestamp", "signature"] as const;

const refuse = (reason: string) =>
  new Response(`Invalid app proxy request: ${reason}`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * Verifies a proxied storefront request as Shopify's library does (signature,
 * timestamp), after refusing with 400 what Shopify never sends: a parameter
 * of its own given twice (a shopper's `?logged_in_customer_id=` before
 * Shopify's, which a signature over "a,b" would not tell apart) and a shop
 * that is not a Shopify shop domain. The Admin client it returns times out
 * as a page a person waits on should and spends the storefront's share of the
 * shop's Admin API allowance, never waiting on a throttle (decision 023).
 */
export async function authenticateAppProxy(request: Request) {
  const url = new URL(request.url);
  const repeated = SHOPIFY_PARAMETERS.find((name) => url.searchParams.getAll(name).length > 1);
  if (repeated) throw refuse(`${repeated} appears more than once`);
  const shop = url.searchParams.get("shop");
  if (!shop || !sanitizeShopDomain(shop)) throw refuse("shop is not a Shopify shop domain");
  const context = await authenticate.public.appProxy(request);
  return {
    ...context,
    admin: context.admin ? budgetedClient(interactiveClient(context.admin), { db, shop, purpose: "storefront" }) : undefined,
    /** The logged-in customer's id as Shopify signed it; null when anonymous. */
    loggedInCustomerId: url.searchParams.get("logged_in_customer_id") || null,
  };
}

/** How far a proxied request's timestamp may be from now, as Shopify's library allows. */
const TIMESTAMP_TOLERANCE_SECONDS = 90;

/**
 * Shopify's library's app proxy check (`validateHmac` with the appProxy
 * signator: the parameters other than `signature` as key=value sorted by key,
 * concatenated, hex HMAC-SHA256 with the app's secret; the timestamp within
 * 90 s) done at once with node:crypto, for the common request only: one
 * value per parameter, no `index` or `hmac`. False means "let the library
 * decide", never "accepted by something laxer".
 */
export function signedForThisApp(url: URL, secret: string, nowSeconds: number): boolean {
  const entries = [...url.searchParams];
  const keys = new Set(entries.map(([key]) => key));
  if (keys.size !== entries.length || keys.has("index") || keys.has("hmac")) return false;
  const signature = url.searchParams.get("signature") ?? "";
  const timestamp = Number(url.searchParams.get("timestamp") ?? "");
  if (!/^[0-9a-f]{64}$/.test(signature) || !Number.isInteger(timestamp)) return false;
  if (Math.abs(nowSeconds - timestamp) > TIMESTAMP_TOLERANCE_SECONDS) return false;
  const message = entries
    .filter(([key]) => key !== "signature")
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${key}=${value}`)
    .join("");
  const expected = createHmac("sha256", secret).update(message).digest("hex");
  return timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
}

/**
 * The library's `liquid` answer: Shopify renders the body inside the shop's
 * theme; relative form actions and links get the trailing slash the app
 * proxy needs, as the library adds them.
 */
export function liquidResponse(body: string, init: ResponseInit = {}): Response {
  const processed = body
    .replaceAll(/<(form[^>]+)action="(\/[^"?]+)(\?[^"]+)?">/g, '<$1action="$2/$3">')
    .replaceAll(/<(a[^>]+)href="(\/[^"?]+)(\?[^"]+)?">/g, '<$1href="$2/$3">');
  const headers = new Headers(init.headers);
  headers.set("Content-Type", "application/liquid");
  return new Response(processed, { ...init, headers });
}

/**
 * A storefront page that usually answers from what Concierge keeps (the
 * tracking page, decision 034): the signature checked as the library checks
 * it, at once and without reading the session; the Admin client made (with
 * the library's session handling, on the storefront's budget) only when a
 * call is made. A request the quick check does not pass goes through the
 * library (authenticateAppProxy), which accepts or refuses it.
 */
export async function storefrontProxy(request: Request) {
  const url = new URL(request.url);
  const signed = signedForThisApp(url, env.SHOPIFY_API_SECRET, Math.trunc(Date.now() / 1000));
  if (!signed || !sanitizeShopDomain(url.searchParams.get("shop") ?? "")) {
    const context = await authenticateAppProxy(request);
    const shop = context.session?.shop ?? url.searchParams.get("shop") ?? "";
    return { shop, loggedInCustomerId: context.loggedInCustomerId, liquid: liquidResponse, admin: context.admin };
  }
  const shop = url.searchParams.get("shop") ?? "";
  let library: ReturnType<typeof authenticate.public.appProxy> | undefined;
  const lazy: AdminGraphqlClient = {
    async graphql(query, options) {
      const { admin } = await (library ??= authenticate.public.appProxy(request));
      if (!admin) throw new AdminApiError("Concierge is no longer installed on this shop", "session", "http");
      return admin.graphql(query, options);
    },
  };
  return {
    shop,
    loggedInCustomerId: url.searchParams.get("logged_in_customer_id") || null,
    liquid: liquidResponse,
    admin: budgetedClient(interactiveClient(lazy), { db, shop, purpose: "storefront" }),
  };
}

/**
 * Who is asking, as a rate-limit key a client cannot choose: the logged-in
 * customer Shopify signed, else the shopper's address as the first trusted
 * proxy saw it. Shopify's app proxy appends the address it was reached from
 * to X-Forwarded-For; anything to the left of it is whatever the client
 * sent, so the key is the entry FORWARDED_FOR_HOPS from the right, never the
 * leftmost. Used only hashed (data/rate-limits.server.ts).
 */
export function visitorOf(request: Request, url: URL, hops: number = env.FORWARDED_FOR_HOPS): string {
  const customer = url.searchParams.get("logged_in_customer_id");
  if (customer) return `customer:${customer}`;
  const chain = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const address = chain.length >= hops ? chain[chain.length - hops] : undefined;
  // No trusted address (a deployment that strips the header): such requests share one bucket.
  return `address:${address ?? "unidentified"}`;
}
