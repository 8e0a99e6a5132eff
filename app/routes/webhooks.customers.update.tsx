import db from "../db.server";
import { syncCustomer } from "../services/store-sync.server";
import { webhookAction } from "../services/webhooks.server";

export const action = webhookAction(({ shop, payload }) => syncCustomer(db, shop, payload));
