import db from "../db.server";
import { redactCustomer } from "../services/compliance.server";
import { webhookAction } from "../services/webhooks.server";

export const action = webhookAction(({ shop, payload }) => redactCustomer(db, shop, payload));
