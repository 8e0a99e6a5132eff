// How every webhook route runs: verify (authenticate.webhook checks the HMAC
// and answers 401 itself), claim the event so it is processed once, do the
// work, and answer. The work is awaited, so a failure reaches Shopify as a
// 500 and Shopify retries; the claim is given back so the retry can run.
import type { ActionFunctionArgs } from "@remix-run/node";
import db from "../db.server";
import { authenticate } from "../shopify.server";
import {
  claimWebhookEvent,
  markWebhookEventProcessed,
  pruneWebhookEvents,
  releaseWebhookEvent,
} from "../data/webhook-events.server";

const PRUNE_PROBABILITY = 0.01;
const CLAIM_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

export type WebhookContext = Awaited<ReturnType<typeof authenticate.webhook>>;

export type WebhookHandler = (context: WebhookContext) => Promise<void>;

export interface WebhookOptions {
  now?: () => Date;
}

export async function handleWebhook(request: Request, handler: WebhookHandler, options: WebhookOptions = {}) {
  const now = options.now ?? (() => new Date());
  const context = await authenticate.webhook(request);
  // X-Shopify-Event-Id is the same for every delivery and retry of one event;
  // the webhook id is not. Shopify always sends both; fall back on the webhook id.
  const eventId = ("eventId" in context && context.eventId) || context.webhookId;
  const claim = await claimWebhookEvent(db, { shop: context.shop, eventId, topic: context.topic });
  if (!claim.claimed) {
    return new Response(null, { status: 200, headers: { "X-Concierge-Webhook": "duplicate" } });
  }
  try {
    await handler(context);
    await markWebhookEventProcessed(db, context.shop, claim.id, now());
    // Now and then, forget claims older than Shopify's 48-hour retry window
    // (a week, to be safe), so the ledger does not grow forever.
    if (Math.random() < PRUNE_PROBABILITY) {
      await pruneWebhookEvents(db, context.shop, new Date(now().getTime() - CLAIM_RETENTION_MS));
    }
  } catch (error) {
    await releaseWebhookEvent(db, context.shop, claim.id);
    if (error instanceof Response) return error;
    // Only the topic and the shop: a payload may hold a customer's data.
    console.error(`webhook ${context.topic} for ${context.shop} failed: ${describeFailure(error)}`);
    return new Response(null, { status: 500 });
  }
  return new Response(null, { status: 200 });
}

/** A webhook route's action: `export const action = webhookAction(handler)`. */
export function webhookAction(handler: (context: WebhookContext) => Promise<unknown>) {
  return ({ request }: ActionFunctionArgs) =>
    handleWebhook(request, async (context) => {
      await handler(context);
    });
}

/** The error's kind and first line: enough to act on, never a payload. */
function describeFailure(error: unknown) {
  if (!(error instanceof Error)) return "unknown error";
  const lines = error.message.split("\n").map((line) => line.trim()).filter(Boolean);
  const summary = lines.at(-1) ?? "";
  return `${error.name}: ${summary.slice(0, 300)}`;
}
