// Where the Shopify library's HTTP requests go. In production: Shopify. When
// SHOPIFY_ADMIN_ORIGIN is set (the demo and the tests), every request for a
// *.myshopify.com host is sent to the local Shopify instead, path unchanged,
// so the production code paths (token exchange, Admin GraphQL) run as they are.
import { setAbstractFetchFunc } from "@shopify/shopify-api/runtime";

export function redirectShopifyRequests(adminOrigin: string | undefined, baseFetch: typeof fetch = globalThis.fetch) {
  if (!adminOrigin) return;
  const origin = new URL(adminOrigin);
  setAbstractFetchFunc((async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === "string" || input instanceof URL ? input : input.url);
    if (url.hostname.endsWith(".myshopify.com")) {
      const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
      headers.set("X-Shopify-Shop-Domain", url.hostname);
      const target = new URL(url.pathname + url.search, origin);
      return baseFetch(target, { ...init, headers });
    }
    return baseFetch(input, init);
  }) as typeof fetch);
}
