// Welcome campaigns: the merchant creates one (segment, signing agent, offer,
// channels, schedule) and sees every campaign with its progress.
import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Badge, Card, DataTable, Layout, Page, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { TitledCard } from "../components/TitledCard";
import { CampaignForm } from "../components/campaigns/CampaignForm";
import { parseForm, replyWithErrors, type FormResult } from "../components/form/parse";
import { useRefreshWhile } from "../components/useRefreshWhile";
import { findShopSettings } from "../data/shops.server";
import { campaignFormSchema } from "../domain/campaigns/campaign-form";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";
import { useFormat } from "../i18n/format";
import { createCampaign, listCampaigns } from "../services/campaigns.server";
import { adminContext } from "../http/admin-context.server";
import { readForm } from "../http/form-data.server";

export const loader = answeringShopifyUnavailable(async ({ request }: LoaderFunctionArgs) => {
  const { db, shop } = (await adminContext(request)).context;
  const [campaigns, agents, tiers, settings] = await Promise.all([
    listCampaigns(db, shop),
    db.agent.findMany({ where: { shop, active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.vipRule.findMany({ where: { shop }, select: { tierName: true }, orderBy: { precedence: "asc" } }),
    findShopSettings(db, shop),
  ]);
  return {
    timeZone: settings?.ianaTimezone ?? "UTC",
    agents,
    tiers: tiers.map((tier) => tier.tierName),
    campaigns: campaigns.map((campaign) => ({
      id: campaign.id,
      name: campaign.name,
      agentName: campaign.agentName,
      status: campaign.status,
      sendAt: campaign.sendAt.toISOString(),
      recipients: campaign.recipients,
    })),
  };
});

export const action = answeringShopifyUnavailable(async ({ request }: ActionFunctionArgs) => {
  const { context, redirect, language } = await adminContext(request);
  const submission = parseForm(await readForm(request), campaignFormSchema, language);
  if (submission.status !== "success") return json({ result: submission.reply() as FormResult }, { status: 400 });
  const created = await createCampaign(context, context.shop, submission.value);
  if (!created.ok) return json({ result: replyWithErrors(submission, created.fieldErrors, language) }, { status: 400 });
  return redirect(`/app/campaigns/${created.campaignId}`);
});

const TONES: Record<string, "success" | "critical" | "attention" | "info" | undefined> = {
  sent: "success",
  failed: "critical",
  sending: "attention",
  preparing: "attention",
  scheduled: "info",
};

export default function Campaigns() {
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("campaigns");
  const format = useFormat();
  useRefreshWhile(data.campaigns.some((campaign) => campaign.status === "preparing" || campaign.status === "sending"));
  return (
    <Page title={t("title")} subtitle={t("subtitle")}>
      <Layout>
        <Layout.Section>
          <TitledCard title={t("list.title")}>
            {data.campaigns.length === 0 ? (
              <Text as="p" tone="subdued">
                {t("list.empty")}
              </Text>
            ) : (
              <DataTable
                columnContentTypes={["text", "text", "text", "text", "numeric"]}
                headings={[t("list.campaign"), t("list.agent"), t("list.sendAt"), t("list.status"), t("list.recipients")]}
                rows={data.campaigns.map((campaign) => [
                  <Link key={campaign.id} to={`/app/campaigns/${campaign.id}`}>
                    {campaign.name}
                  </Link>,
                  campaign.agentName,
                  format.instant(campaign.sendAt, data.timeZone, "dateTime"),
                  <Badge key="status" tone={TONES[campaign.status]}>
                    {t(`status.${campaign.status}`)}
                  </Badge>,
                  format.count(campaign.recipients),
                ])}
              />
            )}
          </TitledCard>
        </Layout.Section>
        <Layout.AnnotatedSection title={t("new.title")} description={t("new.description")}>
          <Card>
            <CampaignForm agents={data.agents} tiers={data.tiers} timeZone={data.timeZone} lastResult={answer?.result} />
          </Card>
        </Layout.AnnotatedSection>
      </Layout>
    </Page>
  );
}
