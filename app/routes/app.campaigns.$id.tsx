// One welcome campaign: its progress and what it brought (contacted, clicked,
// replied, orders, revenue), each figure with where it comes from.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Badge, Banner, BlockStack, Layout, Page, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { CampaignFigures } from "../components/campaigns/CampaignFigures";
import { useRefreshWhile } from "../components/useRefreshWhile";
import { findShopSettings } from "../data/shops.server";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";
import { useFormat } from "../i18n/format";
import { campaignView } from "../services/campaigns.server";
import { adminContext } from "../http/admin-context.server";

const params = z.object({ id: z.string().min(1).max(64) });

export const loader = answeringShopifyUnavailable(async ({ request, params: raw }: LoaderFunctionArgs) => {
  const { context } = await adminContext(request);
  const parsed = params.safeParse(raw);
  const view = parsed.success ? await campaignView(context.db, context.shop, parsed.data.id) : null;
  if (!view) throw new Response("Not Found", { status: 404 });
  const settings = await findShopSettings(context.db, context.shop);
  const { campaign, figures } = view;
  return {
    timeZone: settings?.ianaTimezone ?? "UTC",
    agentName: view.agentName,
    campaign: {
      name: campaign.name,
      status: campaign.status,
      percentOff: campaign.percentOff,
      sendAt: campaign.sendAt.toISOString(),
      error: campaign.error,
    },
    figures: { ...figures, revenue: figures.revenue.map((row) => ({ currencyCode: row.currencyCode, netMinor: row.netMinor.toString() })) },
  };
});

export default function CampaignPage() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation("campaigns");
  const format = useFormat();
  const { campaign } = data;
  useRefreshWhile(campaign.status === "scheduled" || campaign.status === "preparing" || campaign.status === "sending");
  return (
    <Page
      title={campaign.name}
      backAction={{ content: t("detail.back"), url: "/app/campaigns" }}
      titleMetadata={<Badge tone={campaign.status === "sent" ? "success" : undefined}>{t(`status.${campaign.status}`)}</Badge>}
    >
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            {campaign.error ? <Banner tone="critical">{t("detail.error", { error: campaign.error })}</Banner> : null}
            <Text as="p">
              {t("detail.summary", {
                agent: data.agentName,
                percent: campaign.percentOff,
                sendAt: format.instant(campaign.sendAt, data.timeZone, "dateTime"),
              })}
            </Text>
            <CampaignFigures figures={data.figures} />
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
