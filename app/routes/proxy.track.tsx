// /apps/concierge/track on the storefront (Shopify's app proxy), answered as
// Liquid so Shopify renders it inside the shop's theme.
import type { LoaderFunctionArgs } from "@remix-run/node";
import db from "../db.server";
import { authenticate } from "../shopify.server";
import { renderTrackingPage } from "../domain/tracking/page";
import { trackingPageLiquid } from "../services/order-tracking.server";
import { visitorOf } from "../services/storefront-request.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  // Verifies the proxy signature and its timestamp; a forged or stale request gets 400.
  const { session, admin, liquid } = await authenticate.public.appProxy(request);
  const url = new URL(request.url);
  if (!session || !admin) {
    const page = renderTrackingPage({ state: { kind: "unavailable" }, recentOrders: [], timeZone: "UTC", formPath: "/apps/concierge/track" });
    return liquid(page, { status: 503 });
  }
  const page = await trackingPageLiquid({
    db,
    admin,
    shop: session.shop,
    query: url.searchParams,
    loggedInCustomerId: url.searchParams.get("logged_in_customer_id") || null,
    visitor: visitorOf(request, url),
    now: new Date(),
  });
  return liquid(page.liquid, { status: page.status });
};
