// POST /apps/concierge/exchange-request from the tracking page (Shopify's
// app proxy): a shopper asks for the exchange offered on a delivered item.
// It becomes a request an agent confirms; nothing is created in Shopify here.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { isShopifyUnavailable } from "../admin-api.server";
import db from "../db.server";
import { renderExchangeRequestPage } from "../domain/exchange/request-page";
import { requestExchange } from "../services/exchange-requests.server";
import { authenticateAppProxy, visitorOf } from "../http/app-proxy.server";
import { readForm } from "../http/form-data.server";

const STATUS = { requested: 200, already_requested: 200, invalid: 400, not_found: 404, unavailable: 422, rate_limited: 429 } as const;

export const action = async ({ request }: ActionFunctionArgs) => {
  // Verifies the proxy signature and its timestamp; a forged, stale or malformed request gets 400.
  const { session, admin, liquid, loggedInCustomerId } = await authenticateAppProxy(request);
  if (!session || !admin) return liquid(renderExchangeRequestPage("unavailable_service"), { status: 503 });
  const url = new URL(request.url);
  const form = await readForm(request);
  let result: Awaited<ReturnType<typeof requestExchange>>;
  try {
    result = await requestExchange(
      { db, admin, shop: session.shop, now: new Date(), loggedInCustomerId, visitor: visitorOf(request, url) },
      form,
    );
  } catch (error) {
    // The order and its offer are read again from Shopify: when it does not answer in time (or the
    // shop's allowance can't afford it now), the shopper is asked to try again, never shown a 500.
    if (!isShopifyUnavailable(error)) throw error;
    const retryAfterSeconds = Math.max(1, Math.ceil((error.details.retryAfterMs ?? 30_000) / 1_000));
    return liquid(renderExchangeRequestPage("unavailable_service"), { status: 503, headers: { "Retry-After": String(retryAfterSeconds) } });
  }
  if ((result.kind === "requested" || result.kind === "already_requested") && result.loggedIn) {
    // Back to the order on the tracking page, which shows the request.
    const query = new URLSearchParams({ order_id: result.orderId, exchange_request: result.kind === "requested" ? "sent" : "already" });
    return new Response(null, { status: 303, headers: { Location: `/apps/concierge/track?${query.toString()}` } });
  }
  const headers = result.kind === "rate_limited" ? { "Retry-After": String(result.retryAfterSeconds) } : undefined;
  const orderName = result.kind === "unavailable" ? result.orderName : undefined;
  return liquid(renderExchangeRequestPage(result.kind, { orderName }), { status: STATUS[result.kind], headers });
};

/** A GET (a shopper reloading the confirmation) has nothing to do: back to tracking. */
export const loader = async ({ request }: LoaderFunctionArgs) => {
  await authenticateAppProxy(request);
  return new Response(null, { status: 303, headers: { Location: "/apps/concierge/track" } });
};
