// Sends one email to a shopper, once (app/services/outreach-email.server.ts).
import { failOutreachMessage, sendOutreachMessage } from "../services/outreach-email.server";
import type { JobDefinition } from "./job";

export const outreachSendJob: JobDefinition<"outreach-send"> = {
  async run({ shop, messageId }, { db, adminFor, now }) {
    await sendOutreachMessage({ db, admin: await adminFor(shop), now }, shop, messageId);
  },
  async describe({ shop, messageId }, { db }) {
    const message = await db.outreachMessage.findFirst({ where: { shop, id: messageId }, select: { kind: true, orderId: true } });
    return message ? `An email to the shopper of order ${message.orderId} (${message.kind.replace("_", " ")})` : "An email since deleted";
  },
  async onFailedForGood({ shop, messageId }, error, { db }) {
    await failOutreachMessage(db, shop, messageId, error);
  },
};
