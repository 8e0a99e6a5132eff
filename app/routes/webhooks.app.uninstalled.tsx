import db from "../db.server";
import { markUninstalled } from "../data/shops.server";
import { webhookAction } from "../services/webhooks.server";

export const action = webhookAction(({ shop }) => markUninstalled(db, shop, new Date()));
