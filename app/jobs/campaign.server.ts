// A welcome campaign's two jobs (decision 028): campaign-prepare at its time
// (recipients, codes, first batch: app/services/campaigns.server.ts) and
// campaign-send, one batch of its emails each, sent once each
// (app/services/campaign-send.server.ts). Both work on one campaign with the
// backfill's share of the Admin allowance, and both fail it for good alike.
import { sendCampaignBatch } from "../services/campaign-send.server";
import { failCampaign, prepareCampaign } from "../services/campaigns.server";
import type { JobServiceContext } from "../services/context";
import type { JobDefinition } from "./job";

type CampaignWork = (context: JobServiceContext, shop: string, campaignId: string) => Promise<unknown>;

function campaignJob<N extends "campaign-prepare" | "campaign-send">(doing: string, work: CampaignWork): JobDefinition<N> {
  return {
    // Thousands of codes, or one Admin call a batch for thousands of customers: the backfill's share of the allowance,
    // which leaves half of it to shoppers and webhook work.
    adminPurpose: "backfill",
    async run({ shop, campaignId }, { db, adminFor, now }) {
      await work({ db, admin: await adminFor(shop), now }, shop, campaignId);
    },
    async describe({ shop, campaignId }, { db }) {
      const campaign = await db.welcomeCampaign.findFirst({ where: { shop, id: campaignId }, select: { name: true } });
      return campaign ? `${doing} the welcome campaign "${campaign.name}"` : "A welcome campaign since deleted";
    },
    async onFailedForGood({ shop, campaignId }, error, { db }) {
      await failCampaign(db, shop, campaignId, error);
    },
  };
}

export const campaignPrepareJob = campaignJob<"campaign-prepare">("Preparing", prepareCampaign);
export const campaignSendJob = campaignJob<"campaign-send">("Sending", sendCampaignBatch);
