// A welcome campaign at its time: recipients, codes, first batch (app/services/campaigns.server.ts).
import { failCampaign, prepareCampaign } from "../services/campaigns.server";
import type { JobDefinition } from "./job";

export const campaignPrepareJob: JobDefinition<"campaign-prepare"> = {
  // Thousands of codes are made with it: it leaves half the Admin allowance to shoppers and webhook work.
  adminPurpose: "backfill",
  async run({ shop, campaignId }, { db, adminFor, now }) {
    await prepareCampaign({ db, admin: await adminFor(shop), now }, shop, campaignId);
  },
  async describe({ shop, campaignId }, { db }) {
    const campaign = await db.welcomeCampaign.findFirst({ where: { shop, id: campaignId }, select: { name: true } });
    return campaign ? `Preparing the welcome campaign "${campaign.name}"` : "A welcome campaign since deleted";
  },
  async onFailedForGood({ shop, campaignId }, error, { db }) {
    await failCampaign(db, shop, campaignId, error);
  },
};
