// What every webhook route does (app/routes/webhooks.*.tsx): verify, check,
// store, answer. Nothing here calls Shopify or does the event's work, so
// Shopify's five-second limit is never at stake; a worker does the work
// (app/jobs/webhook-event.server.ts).
//   401  the HMAC does not verify
//   400  headers missing, a shop domain Shopify could not sign for, a body
//        that is not JSON or lacks what the topic needs (named in the answer)
//   200  stored (or stored already, or a shop without the app: ignored)
//   500  the event could not be stored: Shopify retries
import db from "../db.server";
import { env } from "../env.server";
import { parseShopifyJson } from "../domain/shopify-json";
import { isWebhookTopic, parseTopicPayload } from "../services/shopify-events.server";
import { acceptWebhookEvent } from "../services/webhook-intake.server";
import { sanitizeShopDomain } from "../shopify.server";
import { verifyWebhook } from "./webhook-signature.server";

const answer = (status: number, outcome: string, body?: string) =>
  new Response(body ?? null, {
    status,
    headers: { "X-Concierge-Webhook": outcome, ...(body ? { "Content-Type": "text/plain; charset=utf-8" } : {}) },
  });

/** Compliance payloads name the shop again; it must be the one that signed. */
function namedShop(payload: unknown): string | undefined {
  if (typeof payload !== "object" || payload === null || !("shop_domain" in payload)) return undefined;
  return String((payload as { shop_domain: unknown }).shop_domain);
}

export async function receiveWebhook(request: Request, now: () => Date = () => new Date()): Promise<Response> {
  if (request.method !== "POST") return new Response(null, { status: 405, headers: { Allow: "POST" } });
  const rawBody = await request.text();
  const check = verifyWebhook(rawBody, request.headers, env.SHOPIFY_API_SECRET);
  if (!check.valid) {
    if (check.reason === "invalid_hmac") return answer(401, "unauthorized");
    return answer(400, "invalid", `Invalid webhook: missing ${check.missing?.join(", ")}`);
  }
  const shop = sanitizeShopDomain(check.shop);
  if (!shop) return answer(400, "invalid", "X-Shopify-Shop-Domain is not a shop domain");
  // A topic the app does not subscribe to is not ours to process.
  if (!isWebhookTopic(check.topic)) return answer(200, "ignored");
  const body = parseShopifyJson(rawBody);
  if (!body.ok) return answer(400, "invalid", "The body is not JSON");
  const parsed = parseTopicPayload(check.topic, body.value);
  if (!parsed.ok) return answer(400, "invalid", `Invalid webhook payload: ${parsed.problems.join("; ")}`);
  const named = namedShop(body.value);
  if (named !== undefined && named !== shop) return answer(400, "invalid", "shop_domain does not match the signed shop");

  const intake = await acceptWebhookEvent(db, {
    shop,
    topic: check.topic,
    // The event id is the same for every delivery of one event; old API
    // versions only send the webhook id.
    eventId: check.eventId ?? check.webhookId,
    payloadJson: body.text,
    receivedAt: now(),
  });
  if (intake.kind === "accepted") return answer(200, "accepted");
  if (intake.kind === "duplicate") return answer(200, "duplicate");
  return answer(200, "not-installed");
}
