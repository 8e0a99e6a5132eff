// Welcome campaigns (issue 15, decision 028). The merchant creates one on the
// Campaigns page; at its time the campaign-prepare job selects its recipients
// from what Concierge keeps, makes one Shopify discount holding a single-use
// code per recipient (discountCodeBasicCreate, then discountRedeemCodeBulkAdd
// 250 codes a call), records each code as the signing agent's, and hands the
// sending to the campaign-send job (campaign-send.server.ts), batch by batch.
import { randomBytes } from "node:crypto";
import { adminMutation, adminQuery } from "../admin-api.server";
import { inTransaction, type Database } from "../db.server";
import { addSegmentRecipients, campaignFigures, recipientsWithoutCode, recordCodesAdded } from "../data/campaigns.server";
import { findShopSettings } from "../data/shops.server";
import { campaignSendAt, type CampaignForm } from "../domain/campaigns/campaign-form";
import { formMessage } from "../domain/form-message";
import { BASIS_POINTS_PER_WHOLE } from "../domain/money/arithmetic";
import { CampaignDiscountByCodeQuery } from "../graphql/campaign-discount-by-code";
import { DiscountRedeemCodeBulkAddMutation } from "../graphql/discount-redeem-code-bulk-add";
import { enqueue } from "../jobs/queue.server";
import { PermanentJobError } from "../jobs/job";
import { createCodeInShopify, customerGetsOf } from "./agent-codes.server";
import type { JobServiceContext, ServiceContext } from "./context";

/** Codes one discountRedeemCodeBulkAdd may add (shopify.dev: "Maximum: 250 codes"). */
export const CODES_PER_CALL = 250;

export type CreateCampaignResult = { ok: true; campaignId: string } | { ok: false; fieldErrors: Record<string, string> };

/** Saves the campaign and schedules its preparation at its time (now, or the time typed on the shop's clock). */
export async function createCampaign(
  context: Pick<ServiceContext, "db" | "now">,
  shop: string,
  form: CampaignForm,
): Promise<CreateCampaignResult> {
  const { db, now } = context;
  const agent = await db.agent.findFirst({ where: { shop, id: form.agentId, active: true }, select: { id: true } });
  if (!agent) return { ok: false, fieldErrors: { agentId: formMessage("campaigns:refusals.activeAgent") } };
  if (form.segment === "vip_tier") {
    const tier = await db.vipRule.findFirst({ where: { shop, tierKey: form.tierName!.trim().toLowerCase() }, select: { id: true } });
    if (!tier) return { ok: false, fieldErrors: { tierName: formMessage("campaigns:refusals.knownTier") } };
  }
  const settings = await findShopSettings(db, shop);
  const sendAt = campaignSendAt(form, now, settings?.ianaTimezone ?? "UTC");
  const campaign = await inTransaction(db, async (tx) => {
    const created = await tx.welcomeCampaign.create({
      data: {
        shop,
        name: form.name,
        segment: form.segment,
        segmentDays: form.segment === "vip_tier" ? null : (form.segmentDays ?? null),
        tierName: form.segment === "vip_tier" ? form.tierName!.trim() : null,
        agentId: form.agentId,
        percentOff: form.percentOff,
        channel: form.channel,
        sendAt,
        // The discount's own code, never sent: unguessable, like every code of the campaign.
        baseCode: `WELCOME-${randomBytes(8).toString("hex").toUpperCase()}`,
      },
    });
    const delaySeconds = Math.max(0, Math.ceil((sendAt.getTime() - now.getTime()) / 1000));
    // Keyed on the campaign: the queue is "stately", so without a key a campaign waiting for its
    // time would swallow every campaign created after it.
    await enqueue(
      tx,
      "campaign-prepare",
      { shop, campaignId: created.id },
      { singletonKey: created.id, ...(delaySeconds > 0 ? { startAfter: delaySeconds } : {}) },
    );
    return created;
  });
  return { ok: true, campaignId: campaign.id };
}

/**
 * The campaign-prepare job: recipients, the discount and its codes, then the
 * first batch. Each step is kept as it is done, so a retry resumes after it.
 */
export async function prepareCampaign(context: JobServiceContext, shop: string, campaignId: string) {
  const { db, admin } = context;
  let campaign = await db.welcomeCampaign.findFirst({ where: { shop, id: campaignId } });
  if (!campaign || campaign.status === "sent" || campaign.status === "failed" || campaign.status === "sending") return;
  if (campaign.status === "scheduled") {
    const recipients = await addSegmentRecipients(db, campaign, context.now());
    campaign = await db.welcomeCampaign.update({ where: { id: campaign.id }, data: { status: "preparing", recipients } });
  }
  const currencyCode = (await findShopSettings(db, shop))?.currencyCode ?? "USD";
  if (!campaign.discountNodeId) {
    const created = await createCodeInShopify(admin, {
      title: `${campaign.name} · welcome codes (Concierge)`,
      code: campaign.baseCode,
      startsAt: campaign.sendAt.toISOString(),
      customerGets: customerGetsOf({
        kind: "percentage",
        basisPoints: (campaign.percentOff * BASIS_POINTS_PER_WHOLE) / 100 /* percent to basis points */,
      }),
      context: { all: "ALL" },
      // With several codes, Shopify counts the usage limit per code: each code works once.
      usageLimit: 1,
      appliesOncePerCustomer: true,
      tags: ["concierge", "concierge-welcome"],
    });
    let discountNodeId = created.ok ? created.discountNodeId : null;
    // A retry after Shopify created it but before it was kept finds it by its code.
    if (!created.ok && created.taken)
      discountNodeId =
        (await adminQuery(admin, CampaignDiscountByCodeQuery, { code: campaign.baseCode })).codeDiscountNodeByCode?.id ?? null;
    if (!discountNodeId) {
      const error = created.ok ? "Shopify did not create the discount" : created.message;
      await failCampaign(db, shop, campaign.id, error);
      throw new PermanentJobError(error);
    }
    campaign = await db.welcomeCampaign.update({ where: { id: campaign.id }, data: { discountNodeId } });
  }
  for (;;) {
    const batch = await recipientsWithoutCode(db, shop, campaign.id, CODES_PER_CALL);
    if (batch.length === 0) break;
    await adminMutation(
      admin,
      DiscountRedeemCodeBulkAddMutation,
      { discountId: campaign.discountNodeId!, codes: batch.map((row) => ({ code: row.discountCode! })) },
      "discountRedeemCodeBulkAdd",
    );
    const current = campaign;
    await inTransaction(db, (tx) =>
      recordCodesAdded(
        tx,
        current,
        batch.map((row) => row.id),
        currencyCode,
        context.now(),
      ),
    );
  }
  await inTransaction(db, async (tx) => {
    const moved = await tx.welcomeCampaign.updateMany({
      where: { shop, id: campaignId, status: "preparing" },
      data: { status: "sending" },
    });
    if (moved.count > 0) await enqueue(tx, "campaign-send", { shop, campaignId });
  });
}

/** After the last retry: the campaign says so, for the merchant. */
export async function failCampaign(db: Database, shop: string, campaignId: string, error: string) {
  await db.welcomeCampaign.updateMany({
    where: { shop, id: campaignId, status: { in: ["scheduled", "preparing", "sending"] } },
    data: { status: "failed", error: error.slice(0, 300) },
  });
}

/** The campaigns, newest first, with their agent's name. */
export async function listCampaigns(db: Database, shop: string) {
  const [campaigns, agents] = await Promise.all([
    db.welcomeCampaign.findMany({ where: { shop }, orderBy: { createdAt: "desc" }, take: 100 }),
    db.agent.findMany({ where: { shop }, select: { id: true, name: true } }),
  ]);
  const names = new Map(agents.map((agent) => [agent.id, agent.name]));
  return campaigns.map((campaign) => ({ ...campaign, agentName: names.get(campaign.agentId) ?? "" }));
}

/** One campaign and what it brought. */
export async function campaignView(db: Database, shop: string, campaignId: string) {
  const campaign = await db.welcomeCampaign.findFirst({ where: { shop, id: campaignId } });
  if (!campaign) return null;
  const [agent, figures] = await Promise.all([
    db.agent.findFirst({ where: { shop, id: campaign.agentId }, select: { name: true } }),
    campaignFigures(db, shop, campaign.id),
  ]);
  return { campaign, agentName: agent?.name ?? "", figures };
}
