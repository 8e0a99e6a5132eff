import { fulfillmentPayloadSchema, parseWebhookPayload } from "../domain/webhook-payloads";
import { webhookAction } from "../services/webhooks.server";

// Verified, validated and recorded once; order tracking refreshes its cached
// timeline for the order here.
export const action = webhookAction(async ({ payload }) => parseWebhookPayload(fulfillmentPayloadSchema, payload));
