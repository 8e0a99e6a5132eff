// One batch of a welcome campaign's emails, sent once each (app/services/campaign-send.server.ts).
import { failCampaign } from "../services/campaigns.server";
import { sendCampaignBatch } from "../services/campaign-send.server";
import type { JobDefinition } from "./job";

export const campaignSendJob: JobDefinition<"campaign-send"> = {
  // One Admin call a batch for thousands of customers: the backfill's share of the allowance.
  adminPurpose: "backfill",
  async run({ shop, campaignId }, { db, adminFor, now }) {
    await sendCampaignBatch({ db, admin: await adminFor(shop), now }, shop, campaignId);
  },
  async describe({ shop, campaignId }, { db }) {
    const campaign = await db.welcomeCampaign.findFirst({ where: { shop, id: campaignId }, select: { name: true } });
    return campaign ? `Sending the welcome campaign "${campaign.name}"` : "A welcome campaign since deleted";
  },
  async onFailedForGood({ shop, campaignId }, error, { db }) {
    await failCampaign(db, shop, campaignId, error);
  },
};
