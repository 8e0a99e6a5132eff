// /apps/concierge/track on the storefront (Shopify's app proxy), answered as
// Liquid so Shopify renders it inside the shop's theme.
import type { LoaderFunctionArgs } from "@remix-run/node";
import db from "../db.server";
import { renderTrackingPage } from "../domain/tracking/page";
import { trackingPageLiquid } from "../services/order-tracking.server";
import { authenticateAppProxy, visitorOf } from "../http/app-proxy.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  // Verifies the proxy signature and its timestamp; a forged, stale or malformed request gets 400.
  const { session, admin, liquid, loggedInCustomerId } = await authenticateAppProxy(request);
  const url = new URL(request.url);
  if (!session || !admin) {
    const page = renderTrackingPage({
      state: { kind: "unavailable" },
      recentOrders: [],
      timeZone: "UTC",
      formPath: "/apps/concierge/track",
    });
    return liquid(page, { status: 503 });
  }
  const page = await trackingPageLiquid({
    db,
    admin,
    shop: session.shop,
    query: url.searchParams,
    loggedInCustomerId,
    visitor: visitorOf(request, url),
    now: new Date(),
  });
  const headers = page.retryAfterSeconds === undefined ? undefined : { "Retry-After": String(page.retryAfterSeconds) };
  return liquid(page.liquid, { status: page.status, headers });
};
