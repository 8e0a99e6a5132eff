// The agents: who is on the roster and on shift now (follow-the-sun), what
// each brought in over a period, and the attribution rule those figures follow.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Badge, BlockStack, Box, Card, DataTable, EmptyState, InlineStack, Layout, Link, Page, Text } from "@shopify/polaris";
import { PeriodPicker } from "../components/PeriodPicker";
import db from "../db.server";
import { authenticate } from "../shopify.server";
import { loadRoster } from "../services/agent-pages.server";
import { CoverageGrid } from "../components/agents/CoverageGrid";
import { useTranslation } from "react-i18next";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";

export const loader = answeringShopifyUnavailable(async ({ request }: LoaderFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  return loadRoster({ db, admin, shop: session.shop, now: new Date() }, new URL(request.url).searchParams);
});

export default function Agents() {
  const { t } = useTranslation("agents");
  const periodOptions = [
    { label: t("common:period.thisMonth"), value: "this_month" },
    { label: t("common:period.lastMonth"), value: "last_month" },
    { label: t("common:period.custom"), value: "custom" },
  ];
  const data = useLoaderData<typeof loader>();
  const board = data.leaderboard;
  const onShift = data.agents.filter((agent) => agent.onShift);

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
          <Card>
            <BlockStack gap="300">
              <InlineStack align="space-between" blockAlign="center">
                <Text as="h2" variant="headingMd">
                  {t("leaderboard.title", { period: board.period.label })}
                </Text>
                <PeriodPicker
                  options={periodOptions}
                  period={board.period.key}
                  from={board.period.from}
                  to={board.period.to}
                  type="date"
                  errors={board.periodErrors}
                />
              </InlineStack>
              {board.rows.length === 0 ? (
                <Text as="p" tone="subdued">
                  {t("leaderboard.none")}
                </Text>
              ) : (
                <DataTable
                  columnContentTypes={["numeric", "text", "numeric", "numeric", "numeric", "numeric", "numeric"]}
                  headings={[
                    "#",
                    t("leaderboard.agent"),
                    t("leaderboard.orders"),
                    t("leaderboard.netRevenue"),
                    t("leaderboard.averageOrder"),
                    t("leaderboard.commission"),
                    t("leaderboard.delightUsed"),
                  ]}
                  rows={board.rows.map((row) => [
                    row.rank,
                    <Link key="agent" url={`/app/agents/${row.agentId}`}>
                      {row.name}
                    </Link>,
                    row.cancelledOrders > 0
                      ? t("leaderboard.withCancelled", { orders: row.attributedOrders, cancelled: row.cancelledOrders })
                      : row.attributedOrders,
                    row.netRevenue,
                    row.averageOrderValue ?? "—",
                    row.commission,
                    row.delightBudgetUsed,
                  ])}
                  totals={[
                    "",
                    "",
                    board.totals.attributedOrders,
                    board.totals.netRevenue,
                    board.totals.averageOrderValue ?? "—",
                    board.totals.commission,
                    board.totals.delightBudgetUsed,
                  ]}
                  showTotalsInFooter
                />
              )}
              {board.otherCurrencyOrders > 0 ? (
                <Text as="p" tone="caution">
                  {t("leaderboard.otherCurrency", { count: board.otherCurrencyOrders, currency: data.currencyCode })}
                </Text>
              ) : null}
            </BlockStack>
          </Card>
        </Layout.Section>

        <Layout.Section>
          <Card padding="0">
            <Box padding="400">
              <BlockStack gap="100">
                <Text as="h2" variant="headingMd">
                  {t("roster.title")}
                </Text>
                <Text as="p" tone="subdued">
                  {onShift.length === 0
                    ? t("roster.nobody")
                    : t("roster.onShiftNow", { names: onShift.map((agent) => agent.name).join(", ") })}
                </Text>
              </BlockStack>
            </Box>
            {data.agents.length === 0 ? (
              <EmptyState heading={t("roster.emptyTitle")} action={{ content: t("add"), url: "/app/agents/new" }} image="">
                <p>{t("roster.emptyBody")}</p>
              </EmptyState>
            ) : (
              <DataTable
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
                  agent.personalCode ? `${agent.personalCode.code} · ${agent.personalCode.value}` : "—",
                  agent.commission,
                  agent.monthlyBudget,
                ])}
              />
            )}
          </Card>
        </Layout.Section>

        {data.agents.length > 0 ? (
          <Layout.Section>
            <Card>
              <BlockStack gap="200">
                <Text as="h2" variant="headingMd">
                  {t("coverage.title")}
                </Text>
                <CoverageGrid coverage={data.coverage} />
              </BlockStack>
            </Card>
          </Layout.Section>
        ) : null}

        <Layout.Section>
          <Card>
            <BlockStack gap="200">
              <Text as="h2" variant="headingMd">
                {t("howCredited")}
              </Text>
              {data.attributionRule.split("\n").map((line) => (
                <Text as="p" key={line}>
                  {line}
                </Text>
              ))}
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
