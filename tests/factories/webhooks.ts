// Posts a webhook to the app's own route module, signed as Shopify signs it
// (tests/shopify/webhooks.ts), the way Remix would call the action.
import { TEST_APP } from "../setup/test-environment";
import { buildWebhookRequest } from "../shopify/webhooks";

type Action = (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => Promise<Response> | Response;

export interface DeliverOptions {
  shop?: string;
  eventId?: string;
  webhookId?: string;
  secret?: string;
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
  try {
    return await action({ request, params: {}, context: {} });
  } catch (thrown) {
    // authenticate.webhook answers a bad signature by throwing a Response.
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}
