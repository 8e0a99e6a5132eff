import { onFulfillmentEvent } from "../services/shopify-events.server";
import { webhookAction } from "../services/webhooks.server";

export const action = webhookAction(onFulfillmentEvent);
