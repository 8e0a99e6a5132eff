import db from "../db.server";
import { redactShop } from "../services/compliance.server";
import { webhookAction } from "../services/webhooks.server";

export const action = webhookAction(({ shop, payload }) => redactShop(db, shop, payload));
