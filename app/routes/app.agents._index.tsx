// The agents: who is on the roster and on shift now (follow-the-sun), what
// each brought in over a period, and the attribution rule those figures follow.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Badge, BlockStack, Layout, Link, Page, Text } from "@shopify/polaris";
import { TitledCard } from "../components/TitledCard";
import { PeriodPicker } from "../components/PeriodPicker";
import { adminContext } from "../http/admin-context.server";
import { loadRoster } from "../services/agent-pages.server";
import { CoverageGrid } from "../components/agents/CoverageGrid";
import { AttributionRuleLines } from "../components/agents/AttributionRuleLines";
import { LeaderboardCard } from "../components/agents/LeaderboardCard";
import { useTranslation } from "react-i18next";
import { usePhraseText } from "../i18n/format";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";
import { requestedPage } from "../http/paging.server";
import { ResourceTableCard } from "../components/ResourceTableCard";

export const loader = answeringShopifyUnavailable(async ({ request }: LoaderFunctionArgs) => {
  const { context } = await adminContext(request);
  return loadRoster(context, new URL(request.url).searchParams, requestedPage(request, "rosterPage"));
});

export default function Agents() {
  const { t } = useTranslation("agents");
  const phraseText = usePhraseText();
  const periodOptions = [
    { label: t("common:period.thisMonth"), value: "this_month" },
    { label: t("common:period.lastMonth"), value: "last_month" },
    { label: t("common:period.custom"), value: "custom" },
  ];
  const data = useLoaderData<typeof loader>();
  const board = data.leaderboard;

  return (
    <Page
      title={t("title")}
      subtitle={t("subtitle")}
      primaryAction={{ content: t("add"), url: "/app/agents/new" }}
      secondaryActions={[
        { content: t("common:nav.agentDesk"), url: "/app/agent-desk" },
        { content: t("common:nav.settings"), url: "/app/settings" },
      ]}
    >
      <Layout>
        <Layout.Section>
          <LeaderboardCard
            board={board}
            title={t("leaderboard.title", { period: board.period.label })}
            toolbar={
              <PeriodPicker
                options={periodOptions}
                period={board.period.key}
                from={board.period.from}
                to={board.period.to}
                type="date"
                errors={board.periodErrors}
              />
            }
            empty={t("leaderboard.none")}
            note={
              board.otherCurrencyOrders > 0
                ? t("leaderboard.otherCurrency", { count: board.otherCurrencyOrders, currency: data.currencyCode })
                : null
            }
          />
        </Layout.Section>

        <Layout.Section>
          <ResourceTableCard
            title={t("roster.title")}
            detail={data.onShiftNames.length === 0 ? t("roster.nobody") : t("roster.onShiftNow", { names: data.onShiftNames.join(", ") })}
            empty={{ heading: t("roster.emptyTitle"), body: t("roster.emptyBody"), action: { content: t("add"), url: "/app/agents/new" } }}
            page={{ info: data.rosterPage, param: "rosterPage" }}
            columnContentTypes={["text", "text", "text", "text", "numeric", "numeric"]}
            headings={[
              t("leaderboard.agent"),
              t("roster.team"),
              t("roster.availability"),
              t("roster.personalCode"),
              t("leaderboard.commission"),
              t("roster.monthlyBudget"),
            ]}
            rows={data.agents.map((agent) => [
              <BlockStack key="name" gap="050">
                <Link url={`/app/agents/${agent.id}`}>{agent.name}</Link>
                <Text as="span" tone="subdued" variant="bodySm">
                  {agent.email}
                </Text>
              </BlockStack>,
              agent.team ?? "—",
              !agent.active ? (
                <Badge key="status">{t("status.inactive")}</Badge>
              ) : agent.onShift ? (
                <Badge key="status" tone="success">
                  {t("status.onShift")}
                </Badge>
              ) : (
                <Text key="status" as="span" tone="subdued">
                  {agent.nextShift ? t("roster.back", { when: agent.nextShift }) : t("roster.noShifts")}
                </Text>
              ),
              agent.personalCode ? `${agent.personalCode.code} · ${phraseText(agent.personalCode.value)}` : "—",
              agent.commission,
              agent.monthlyBudget,
            ])}
          />
        </Layout.Section>

        {data.agentCount > 0 ? (
          <Layout.Section>
            <TitledCard title={t("coverage.title")}>
              <CoverageGrid coverage={data.coverage} />
            </TitledCard>
          </Layout.Section>
        ) : null}

        <Layout.Section>
          <TitledCard title={t("howCredited")}>
            <AttributionRuleLines lines={data.attributionRule} />
          </TitledCard>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
