import db from "../db.server";
import { updateShopScopes } from "../data/shops.server";
import { appScopesUpdatePayloadSchema, parseWebhookPayload } from "../domain/webhook-payloads";
import { webhookAction } from "../services/webhooks.server";

export const action = webhookAction(({ shop, payload }) =>
  updateShopScopes(db, shop, parseWebhookPayload(appScopesUpdatePayloadSchema, payload).current),
);
