// The month so far on the home page: support's result, where its revenue came
// from, the tickets the tracking page deflected and the top agent, from the
// sums the profit dashboard keeps.
import { BlockStack, Card, InlineStack, Link, Text } from "@shopify/polaris";
import type { FigureView } from "../../domain/profit/views";
import { FigureText } from "../profit/FigureText";
import { StatTileGrid } from "../StatTile";
import { useTranslation } from "react-i18next";

export interface MonthSoFarView {
  label: string;
  result: FigureView;
  resultMagnitude: string;
  isProfitable: boolean;
  totalRevenue: FigureView;
  revenue: Array<{ key: string; label: string; text: string }>;
  ticketsDeflected: string;
  saved: FigureView;
  topAgent: { id: string; name: string; netRevenue: string; orders: number } | null;
}

export function MonthSoFarCard({ month }: { month: MonthSoFarView }) {
  const { t } = useTranslation("home");
  return (
    <Card>
      <BlockStack gap="400">
        <InlineStack align="space-between" blockAlign="center" gap="200">
          <Text as="h2" variant="headingMd">
            {t("month.title", { month: month.label })}
          </Text>
          <Link url="/app/profit">{t("month.dashboard")}</Link>
        </InlineStack>
        <StatTileGrid
          columns={{ xs: 1, sm: 3 }}
          tiles={[
            {
              title: month.isProfitable ? t("month.profit") : t("month.loss"),
              value: <FigureText figure={month.result} text={month.resultMagnitude} tone={month.isProfitable ? "success" : "critical"} />,
            },
            { title: t("month.deflected"), detail: t("month.deflectedDetail", { saved: month.saved.text }), value: month.ticketsDeflected },
            {
              title: t("month.topAgent"),
              detail: month.topAgent ? t("month.topAgentDetail", { count: month.topAgent.orders }) : t("month.noTopAgent"),
              value: month.topAgent ? <Link url={`/app/agents/${month.topAgent.id}`}>{month.topAgent.name}</Link> : "—",
            },
          ]}
        />
        <BlockStack gap="200">
          <Text as="h3" variant="headingSm">
            {t("month.bySource")}
          </Text>
          {month.revenue.length === 0 ? (
            <Text as="p" tone="subdued">
              {t("month.noRevenue")}
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
