import db from "../db.server";
import { syncOrder } from "../services/store-sync.server";
import { webhookAction } from "../services/webhooks.server";

export const action = webhookAction(({ shop, payload }) => syncOrder(db, shop, payload));
