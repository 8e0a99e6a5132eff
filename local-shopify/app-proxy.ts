// Shopify's app proxy, as the local storefront performs it: a storefront
// request to https://{shop}/apps/concierge/<path> reaches the app at
// {appUrl}/proxy/<path> with the shop, the logged-in customer, the path
// prefix and a timestamp, signed with the app secret.
// Signature: hex HMAC-SHA256 over the query parameters other than
// `signature`, each as key=value (several values joined by commas), sorted,
// and concatenated with no separator.
import { createHmac } from "node:crypto";

export interface AppProxyParameters {
  shop: string;
  /** Empty for an anonymous shopper, as Shopify sends it. */
  loggedInCustomerId?: string | null;
  pathPrefix?: string;
  /** Seconds since the epoch. */
  timestamp?: number;
}

export function appProxySignature(query: URLSearchParams, secret: string): string {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of query) {
    if (key === "signature") continue;
    grouped.set(key, [...(grouped.get(key) ?? []), value]);
  }
  const message = [...grouped.entries()]
    .map(([key, values]) => `${key}=${values.join(",")}`)
    .sort()
    .join("");
  return createHmac("sha256", secret).update(message).digest("hex");
}

/** The URL the app receives for a storefront request to /apps/concierge/<subpath>. */
export function signedAppProxyUrl(
  appUrl: string,
  subpath: string,
  storefrontQuery: URLSearchParams,
  parameters: AppProxyParameters,
  secret: string,
): URL {
  const url = new URL(`/proxy/${subpath.replace(/^\/+/, "")}`, appUrl);
  const query = new URLSearchParams(storefrontQuery);
  for (const key of ["shop", "logged_in_customer_id", "path_prefix", "timestamp", "signature"]) query.delete(key);
  query.set("shop", parameters.shop);
  query.set("logged_in_customer_id", parameters.loggedInCustomerId ?? "");
  query.set("path_prefix", parameters.pathPrefix ?? "/apps/concierge");
  query.set("timestamp", String(parameters.timestamp ?? Math.floor(Date.now() / 1000)));
  query.set("signature", appProxySignature(query, secret));
  url.search = query.toString();
  return url;
}
