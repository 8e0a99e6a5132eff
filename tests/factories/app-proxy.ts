// A storefront request that reaches the app through Shopify's app proxy
// (/apps/concierge/<subpath> → the app's /proxy/<subpath>), signed as Shopify
// signs it, for the demo shop unless told.
import { signedAppProxyUrl } from "../../local-shopify/app-proxy";
import { DEMO_SHOP } from "../../local-shopify/demo-store";
import { TEST_APP } from "../setup/test-environment";

export interface AppProxyRequestOptions {
  /** The logged-in shopper's customer id; none when the shopper is not logged in. */
  customerId?: number | string | null;
  /** X-Forwarded-For as it reaches the app (the shopper's address). */
  forwardedFor?: string;
  shop?: string;
  /** The secret it is signed with: the app's unless told (a forged request). */
  secret?: string;
  init?: RequestInit;
}

export function appProxyRequest(subpath: string, query: Record<string, string> = {}, options: AppProxyRequestOptions = {}): Request {
  const url = signedAppProxyUrl(
    TEST_APP.appUrl,
    subpath,
    new URLSearchParams(query),
    { shop: options.shop ?? DEMO_SHOP, loggedInCustomerId: options.customerId ? String(options.customerId) : "" },
    options.secret ?? TEST_APP.apiSecret,
  );
  const headers = new Headers(options.init?.headers);
  if (options.forwardedFor !== undefined) headers.set("X-Forwarded-For", options.forwardedFor);
  return new Request(url, { ...options.init, headers });
}
