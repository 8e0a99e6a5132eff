// Storefront requests that reach the app through Shopify's app proxy
// (app/routes/proxy.*): checked before anything is read from them, and who
// is asking, for rate limits. See docs/decisions/017.
import { interactiveClient } from "../admin-api.server";
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
