import type { ActionFunctionArgs } from "@remix-run/node";
import { receiveWebhook } from "../http/webhooks.server";

// Verified, stored and answered here; processed by a worker (app/services/shopify-events.server.ts).
export const action = ({ request }: ActionFunctionArgs) => receiveWebhook(request);
