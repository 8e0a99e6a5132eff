import db from "../db.server";
import { syncRefund } from "../services/store-sync.server";
import { webhookAction } from "../services/webhooks.server";

export const action = webhookAction(({ shop, payload }) => syncRefund(db, shop, payload));
