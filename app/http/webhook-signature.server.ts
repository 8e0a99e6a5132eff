// Verifies a Shopify webhook: its HMAC-SHA256 over the raw body with the
// app's secret (X-Shopify-Hmac-Sha256, base64) and the headers every delivery
// carries. Written here rather than through the Shopify library's
// `webhooks.validate`, which costs about half a millisecond of CPU per
// delivery (it converts the request and hashes with WebCrypto): on a burst of
// hundreds of deliveries that alone blows Shopify's patience. Same checks,
// same constant-time comparison. See docs/decisions/010-job-queue.md.
import { createHmac, timingSafeEqual } from "node:crypto";

export type WebhookCheck =
  | { valid: true; topic: string; shop: string; webhookId: string; eventId: string | null; apiVersion: string; triggeredAt: string | null }
  | { valid: false; reason: "invalid_hmac" | "missing_headers"; missing?: string[] };

const REQUIRED = [
  "x-shopify-hmac-sha256",
  "x-shopify-topic",
  "x-shopify-shop-domain",
  "x-shopify-api-version",
  "x-shopify-webhook-id",
] as const;

export function verifyWebhook(rawBody: string, headers: Headers, secret: string): WebhookCheck {
  // Each header read once: this runs for every delivery of a burst.
  const values = REQUIRED.map((name) => headers.get(name));
  const missing = REQUIRED.filter((_name, index) => !values[index]);
  if (missing.length > 0) return { valid: false, reason: "missing_headers", missing };
  const [hmac, topic, shop, apiVersion, webhookId] = values as string[];
  const sent = Buffer.from(hmac, "base64");
  const expected = createHmac("sha256", secret).update(rawBody, "utf8").digest();
  if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) return { valid: false, reason: "invalid_hmac" };
  return {
    valid: true,
    // "orders/paid" → "ORDERS_PAID", as Shopify's libraries name topics.
    topic: topic.toUpperCase().replace(/\//g, "_").replace(/\./g, "_"),
    shop,
    webhookId,
    eventId: headers.get("x-shopify-event-id"),
    apiVersion,
    triggeredAt: headers.get("x-shopify-triggered-at"),
  };
}
