// Posts a webhook to the app's own route module, signed as Shopify signs it
// (local-shopify/webhooks.ts), the way Remix would call the action; then, as a
// worker would, runs the jobs the delivery queued (unless `process: false`).
import { TEST_APP } from "../setup/test-environment";
import { buildWebhookRequest } from "../../local-shopify/webhooks";
import { runQueuedJobs } from "./jobs";

type Action = (args: {
  request: Request;
  params: Record<string, string>;
  context: Record<string, unknown>;
}) => Promise<Response> | Response;

export interface DeliverOptions {
  shop?: string;
  eventId?: string;
  webhookId?: string;
  secret?: string;
  /** Run the queued jobs after the delivery (default true). */
  process?: boolean;
}

/** The shop as installing the app leaves it (Shop row): webhooks for shops without the app are ignored. */
export async function installShop(shop = "amira-boutique.myshopify.com", settings: { currencyCode?: string; ianaTimezone?: string } = {}) {
  const { default: db } = await import("../../app/db.server");
  await db.shop.upsert({ where: { shop }, create: { shop, ...settings }, update: { uninstalledAt: null, ...settings } });
}

export async function deliver(action: Action, topic: string, payload: unknown, options: DeliverOptions = {}) {
  const request = buildWebhookRequest({
    topic,
    shop: options.shop ?? "amira-boutique.myshopify.com",
    payload,
    secret: options.secret ?? TEST_APP.apiSecret,
    appUrl: TEST_APP.appUrl,
    uri: `/webhooks/${topic}`,
    eventId: options.eventId,
    webhookId: options.webhookId,
  });
  let response: Response;
  try {
    response = await action({ request, params: {}, context: {} });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
  if (options.process !== false) await runQueuedJobs();
  return response;
}
