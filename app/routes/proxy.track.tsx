// /apps/concierge/track on the storefront (Shopify's app proxy), answered as
// Liquid so Shopify renders it inside the shop's theme.
import type { LoaderFunctionArgs } from "@remix-run/node";
import db from "../db.server";
import { renderTrackingPage } from "../domain/tracking/page";
import { trackingPageLiquid } from "../services/order-tracking.server";
import { storefrontProxy, visitorOf } from "../http/app-proxy.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  // Verifies the proxy signature and its timestamp; a forged, stale or malformed request gets 400.
  const { shop, admin, liquid, loggedInCustomerId } = await storefrontProxy(request);
  const url = new URL(request.url);
  // No session (Concierge not installed): the library said so, or the page's one read will.
  if (!admin) return liquid(notInstalledPage(), { status: 503 });
  const page = await trackingPageLiquid({
    db,
    admin,
    shop,
    query: url.searchParams,
    loggedInCustomerId,
    visitor: visitorOf(request, url),
    now: new Date(),
  });
  const headers = page.retryAfterSeconds === undefined ? undefined : { "Retry-After": String(page.retryAfterSeconds) };
  return liquid(page.liquid, { status: page.status, headers });
};

/** The shop has no session for Concierge (not installed, or removed). */
const notInstalledPage = () =>
  renderTrackingPage({ state: { kind: "unavailable" }, recentOrders: [], timeZone: "UTC", formPath: "/apps/concierge/track" });
