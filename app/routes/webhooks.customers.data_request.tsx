import db from "../db.server";
import { answerCustomerDataRequest } from "../services/compliance.server";
import { webhookAction } from "../services/webhooks.server";

export const action = webhookAction(({ shop, payload }) => answerCustomerDataRequest(db, shop, payload));
