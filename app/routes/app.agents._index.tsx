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

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  return loadRoster({ db, admin, shop: session.shop, now: new Date() }, new URL(request.url).searchParams);
};

const PERIOD_OPTIONS = [
  { label: "This month", value: "this_month" },
  { label: "Last month", value: "last_month" },
  { label: "Custom dates", value: "custom" },
];

export default function Agents() {
  const data = useLoaderData<typeof loader>();
  const board = data.leaderboard;
  const onShift = data.agents.filter((agent) => agent.onShift);

  return (
    <Page
      title="Agents"
      subtitle="Every sale made through support, credited to the agent who made it."
      primaryAction={{ content: "Add agent", url: "/app/agents/new" }}
      secondaryActions={[
        { content: "Agent desk", url: "/app/agent-desk" },
        { content: "Settings", url: "/app/settings" },
      ]}
    >
      <Layout>
        <Layout.Section>
          <Card>
            <BlockStack gap="300">
              <InlineStack align="space-between" blockAlign="center">
                <Text as="h2" variant="headingMd">
                  Leaderboard · {board.period.label}
                </Text>
                <PeriodPicker
                  options={PERIOD_OPTIONS}
                  period={board.period.key}
                  from={board.period.from}
                  to={board.period.to}
                  type="date"
                  errors={board.periodErrors}
                />
              </InlineStack>
              {board.rows.length === 0 ? (
                <Text as="p" tone="subdued">
                  No agents yet.
                </Text>
              ) : (
                <DataTable
                  columnContentTypes={["numeric", "text", "numeric", "numeric", "numeric", "numeric", "numeric"]}
                  headings={["#", "Agent", "Orders", "Net revenue", "Average order", "Commission", "Delight budget used"]}
                  rows={board.rows.map((row) => [
                    row.rank,
                    <Link key="agent" url={`/app/agents/${row.agentId}`}>
                      {row.name}
                    </Link>,
                    row.cancelledOrders > 0 ? `${row.attributedOrders} (+${row.cancelledOrders} cancelled)` : row.attributedOrders,
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
                  {board.otherCurrencyOrders} credited order(s) in another currency than {data.currencyCode} are not counted here.
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
                  Roster
                </Text>
                <Text as="p" tone="subdued">
                  {onShift.length === 0
                    ? "Nobody is on shift right now."
                    : `On shift now: ${onShift.map((agent) => agent.name).join(", ")}.`}
                </Text>
              </BlockStack>
            </Box>
            {data.agents.length === 0 ? (
              <EmptyState heading="Add your first agent" action={{ content: "Add agent", url: "/app/agents/new" }} image="">
                <p>Each agent gets a personal discount code; every sale made with it is credited to them, with their commission.</p>
              </EmptyState>
            ) : (
              <DataTable
                columnContentTypes={["text", "text", "text", "text", "numeric", "numeric"]}
                headings={["Agent", "Team", "Availability", "Personal code", "Commission", "Monthly delight budget"]}
                rows={data.agents.map((agent) => [
                  <BlockStack key="name" gap="050">
                    <Link url={`/app/agents/${agent.id}`}>{agent.name}</Link>
                    <Text as="span" tone="subdued" variant="bodySm">
                      {agent.email}
                    </Text>
                  </BlockStack>,
                  agent.team ?? "—",
                  !agent.active ? (
                    <Badge key="status">Inactive</Badge>
                  ) : agent.onShift ? (
                    <Badge key="status" tone="success">
                      On shift
                    </Badge>
                  ) : (
                    <Text key="status" as="span" tone="subdued">
                      {agent.nextShift ? `Back ${agent.nextShift}` : "No shifts set"}
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
                  Who covers which hours
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
                How sales are credited
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
