// The profit dashboard: what support earned against what it cost, month by
// month, since when it has been a profit center, the funnels behind the
// revenue, the agents and VIP tiers of the same period, and the merchant's
// figures (margin, the team's share of refunds and exchanges, team costs,
// outreach campaigns). Each of its forms posts its own intent
// (app.profit.forms.server.ts); the screen's parts are app/components/profit.
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Layout, Page } from "@shopify/polaris";
import { PolarisVizProvider } from "@shopify/polaris-viz";
import polarisVizStyles from "@shopify/polaris-viz/build/esm/styles.css?url";
import { adminContext } from "../http/admin-context.server";
import { pageFormsAction } from "../http/settings-form.server";
import { LeaderboardCard } from "../components/agents/LeaderboardCard";
import { CampaignsCard } from "../components/profit/CampaignsCard";
import { FunnelsCard } from "../components/profit/FunnelsCard";
import { MonthByMonthCard } from "../components/profit/ProfitCharts";
import { ProfitBanners } from "../components/profit/ProfitBanners";
import { ProfitLossCard } from "../components/profit/ProfitLossCard";
import { ProfitSettingsForm } from "../components/profit/ProfitSettingsForm";
import { ProfitSummaryCard } from "../components/profit/ProfitSummaryCard";
import { RefundsByReasonCard } from "../components/profit/RefundsByReasonCard";
import { ExportButton, SectionTitle } from "../components/profit/SectionTitle";
import { TeamCostsCard } from "../components/profit/TeamCostsCard";
import { VipTiersCard } from "../components/profit/VipTiersCard";
import { StoreHistoryCard } from "../components/StoreHistoryCard";
import type { ProfitFormIntent } from "../domain/profit/forms";
import { loadProfitDashboard } from "../services/profit-dashboard.server";
import { loadStoreImportView } from "../services/store-import.server";
import { submitProfitForm } from "./app.profit.forms.server";
import { useTranslation } from "react-i18next";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: polarisVizStyles }];

export const loader = answeringShopifyUnavailable(async ({ request }: LoaderFunctionArgs) => {
  const { context } = await adminContext(request);
  const [dashboard, history] = await Promise.all([
    loadProfitDashboard(context, new URL(request.url).searchParams),
    loadStoreImportView(context.db, context.shop),
  ]);
  return { ...dashboard, history };
});

export const action = pageFormsAction(submitProfitForm);

export default function Profit() {
  const { t } = useTranslation("profit");
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  /** The action's answer, to the form that sent it only. */
  const answerTo = (intent: ProfitFormIntent) => (answer?.intent === intent ? answer : undefined);
  const history = <StoreHistoryCard history={data.history} timeZone={data.timeZone} />;

  return (
    <PolarisVizProvider>
      <Page
        title={t("title")}
        subtitle={t("subtitle")}
        backAction={{ content: t("common:back"), url: "/app" }}
        secondaryActions={<ExportButton label={t("export.button")} />}
      >
        <Layout>
          {/* The history first while it is being read (the figures below are still filling in), last once it is in. */}
          {data.history?.status !== "completed" ? <Layout.Section>{history}</Layout.Section> : null}
          <ProfitBanners data={data} />
          <Layout.Section>
            <ProfitSummaryCard data={data} />
          </Layout.Section>
          <Layout.Section>
            <MonthByMonthCard months={data.chart} locale={data.locale} currencyCode={data.currencyCode} />
          </Layout.Section>
          <Layout.Section>
            <ProfitLossCard data={data} />
          </Layout.Section>
          <Layout.Section>
            <FunnelsCard funnels={data.funnels} periodLabel={data.period.label} />
          </Layout.Section>
          <Layout.Section>
            <CampaignsCard
              campaigns={data.campaigns}
              currentMonth={data.currentMonth}
              answer={answerTo("addCampaign")}
              deleted={answerTo("deleteCampaign")}
            />
          </Layout.Section>
          <Layout.Section>
            <LeaderboardCard
              board={data.leaderboard}
              header={
                <SectionTitle title={t("agents.title")} detail={t("agents.detail", { period: data.period.label })} table="leaderboard" />
              }
              empty={{ heading: t("agents.none"), action: { content: t("agents.noneAction"), url: "/app/agents/new" } }}
            />
          </Layout.Section>
          <Layout.Section>
            <RefundsByReasonCard reasons={data.refundsByReason} periodLabel={data.period.label} />
          </Layout.Section>
          <Layout.Section>
            <VipTiersCard tiers={data.vipTiers} />
          </Layout.Section>
          <Layout.Section>
            {/* The home page's setup guide and the chat trigger page link here. */}
            <div id="settings" />
            <TeamCostsCard
              months={data.teamCosts}
              currencyCode={data.currencyCode}
              currentMonth={data.currentMonth}
              answer={answerTo("teamCosts")}
            />
          </Layout.Section>
          <Layout.Section>
            <ProfitSettingsForm
              values={data.settings.values}
              placeholderMarginPercent={data.settings.placeholderMarginPercent}
              costPerTicket={data.settings.costPerTicket.text}
              answer={answerTo("settings")}
            />
          </Layout.Section>
          {data.history?.status === "completed" ? <Layout.Section>{history}</Layout.Section> : null}
        </Layout>
      </Page>
    </PolarisVizProvider>
  );
}
