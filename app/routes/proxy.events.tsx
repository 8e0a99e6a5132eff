// POST /apps/concierge/events on the storefront (Shopify's app proxy): the
// chat trigger's beacons. Shopify signs the request; the body is one event
// name as JSON, sent as text/plain by navigator.sendBeacon.
import type { ActionFunctionArgs } from "@remix-run/node";
import db from "../db.server";
import { CHAT_EVENT_MAX_BYTES } from "../domain/chat/events";
import { recordChatEvent } from "../services/chat-events.server";
import { authenticateAppProxy, visitorOf } from "../http/app-proxy.server";

export const action = async ({ request }: ActionFunctionArgs) => {
  // Verifies the proxy signature and its timestamp; a forged or unsigned request gets 400.
  const { session, admin } = await authenticateAppProxy(request);
  if (request.method !== "POST") return new Response(null, { status: 405, headers: { Allow: "POST" } });
  if (!session || !admin) return new Response(null, { status: 503 });
  // A beacon is a few dozen bytes: a large body is refused before it is read.
  if (Number(request.headers.get("content-length") ?? 0) > CHAT_EVENT_MAX_BYTES) return new Response("Body too large", { status: 400 });
  const result = await recordChatEvent({
    db,
    admin,
    shop: session.shop,
    body: await request.text(),
    visitor: visitorOf(request, new URL(request.url)),
    now: new Date(),
  });
  if (result.kind === "invalid") return new Response(result.error, { status: 400, headers: { "Content-Type": "text/plain" } });
  if (result.kind === "rate_limited")
    return new Response(null, { status: 429, headers: { "Retry-After": String(result.retryAfterSeconds) } });
  return new Response(null, { status: 204 });
};
