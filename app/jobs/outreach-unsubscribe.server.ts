// Withdraws a shopper's email marketing consent in Shopify after they
// unsubscribed through an email's link (app/services/outreach-links.server.ts).
import { withdrawMarketingConsent } from "../services/outreach-links.server";
import type { JobDefinition } from "./job";

export const outreachUnsubscribeJob: JobDefinition<"outreach-unsubscribe"> = {
  // A shopper's wish not to hear from the shop again is still theirs: retried, it reaches Shopify if the merchant reinstalls.
  whenUninstalled: "run",
  async run({ shop, messageId }, { db, adminFor }) {
    await withdrawMarketingConsent({ db, admin: await adminFor(shop) }, shop, messageId);
  },
  async describe({ shop, messageId }, { db }) {
    const message = await db.outreachMessage.findFirst({ where: { shop, id: messageId }, select: { customerId: true } });
    return message?.customerId
      ? `Unsubscribing customer ${message.customerId} from email marketing in Shopify (they asked through an email's link)`
      : "Unsubscribing a customer from email marketing (the message was since deleted)";
  },
};
