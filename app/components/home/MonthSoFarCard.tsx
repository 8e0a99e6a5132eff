// The month so far on the home page: support's result, where its revenue came
// from, the tickets the tracking page deflected and the top agent, from the
// sums the profit dashboard keeps.
import { BlockStack, Card, InlineGrid, InlineStack, Link, Text } from "@shopify/polaris";
import type { FigureView } from "../../domain/profit/views";
import { FigureText } from "../profit/FigureText";
import { StatTile } from "../StatTile";

export interface MonthSoFarView {
  label: string;
  result: FigureView;
  resultMagnitude: string;
  isProfitable: boolean;
  totalRevenue: FigureView;
  revenue: Array<{ key: string; label: string; text: string }>;
  ticketsDeflected: string;
  saved: FigureView;
  topAgent: { id: string; name: string; netRevenue: string; orders: string } | null;
}

export function MonthSoFarCard({ month }: { month: MonthSoFarView }) {
  return (
    <Card>
      <BlockStack gap="400">
        <InlineStack align="space-between" blockAlign="center" gap="200">
          <Text as="h2" variant="headingMd">
            {`${month.label} so far`}
          </Text>
          <Link url="/app/profit">See the profit dashboard</Link>
        </InlineStack>
        <InlineGrid columns={{ xs: 1, sm: 3 }} gap="400">
          <StatTile title={month.isProfitable ? "Support's profit" : "Support's loss"}>
            <FigureText figure={month.result} text={month.resultMagnitude} tone={month.isProfitable ? "success" : "critical"} />
          </StatTile>
          <StatTile title="Tickets deflected" detail={`The tracking page answered them: ${month.saved.text} saved.`}>
            {month.ticketsDeflected}
          </StatTile>
          <StatTile
            title="Top agent"
            detail={month.topAgent ? `${month.topAgent.orders} orders through their code.` : "No sale credited to an agent yet this month."}
          >
            {month.topAgent ? <Link url={`/app/agents/${month.topAgent.id}`}>{month.topAgent.name}</Link> : "—"}
          </StatTile>
        </InlineGrid>
        <BlockStack gap="200">
          <Text as="h3" variant="headingSm">
            Revenue by source
          </Text>
          {month.revenue.length === 0 ? (
            <Text as="p" tone="subdued">
              No revenue credited to support yet this month. It comes from agents&apos; codes, the chat, the tracking page and exchanges.
            </Text>
          ) : (
            <BlockStack gap="100" as="ul">
              {month.revenue.map((line) => (
                <li key={line.key} style={{ listStyle: "none" }}>
                  <InlineStack align="space-between" gap="200">
                    <Text as="span">{line.label}</Text>
                    <Text as="span" numeric>
                      {line.text}
                    </Text>
                  </InlineStack>
                </li>
              ))}
              <li style={{ listStyle: "none" }}>
                <InlineStack align="space-between" gap="200">
                  <Text as="span" fontWeight="semibold">
                    {month.totalRevenue.label}
                  </Text>
                  <Text as="span" numeric fontWeight="semibold">
                    {month.totalRevenue.text}
                  </Text>
                </InlineStack>
              </li>
            </BlockStack>
          )}
        </BlockStack>
      </BlockStack>
    </Card>
  );
}
