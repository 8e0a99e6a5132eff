// The period shown, how to choose another, and its four headline figures:
// revenue, costs, the result, and since when support has made a profit.
import { BlockStack, Card, InlineGrid, InlineStack, Text } from "@shopify/polaris";
import { PeriodPicker } from "../PeriodPicker";
import { StatTile } from "../StatTile";
import type { Dashboard } from "./dashboard";
import { FigureText } from "./FigureText";

export function ProfitSummaryCard({ data }: { data: Dashboard }) {
  const { summary, period } = data;
  const soFar = period.partialMonthLabel ? `Including ${period.partialMonthLabel} so far.` : undefined;
  return (
    <Card>
      <BlockStack gap="400">
        <InlineStack align="space-between" blockAlign="end" gap="200">
          <BlockStack gap="100">
            <Text as="h2" variant="headingMd">
              {period.label}
            </Text>
            <Text as="p" tone="subdued">
              Months on the shop&apos;s clock ({data.timeZone}), amounts in {data.currencyCode}.
              {period.partialMonthLabel ? ` ${period.partialMonthLabel} is in progress: its figures are so far.` : ""}
            </Text>
          </BlockStack>
          <PeriodPicker
            options={data.periodOptions}
            period={period.key}
            from={period.custom.from}
            to={period.custom.to}
            type="month"
            errors={data.periodErrors}
          />
        </InlineStack>
        <InlineGrid columns={{ xs: 1, sm: 2, md: 4 }} gap="400">
          <StatTile title="Revenue support generated" detail={soFar}>
            <FigureText figure={summary.totalRevenue} />
          </StatTile>
          <StatTile title="Support's costs" detail={soFar}>
            <FigureText figure={summary.totalCosts} />
          </StatTile>
          <StatTile title={summary.isProfitable ? "Profit" : "Loss"} detail={soFar}>
            <FigureText figure={summary.result} text={summary.resultMagnitude} tone={summary.isProfitable ? "success" : "critical"} />
          </StatTile>
          <StatTile
            title="Profit center"
            detail={
              summary.profitCenterSince
                ? `Every complete month since has made a profit, through ${summary.lastCompleteMonth.label}.`
                : `${summary.lastCompleteMonth.label} didn't make a profit.`
            }
          >
            {summary.profitCenterSince ? `Since ${summary.profitCenterSince.label}` : "Not yet"}
          </StatTile>
        </InlineGrid>
      </BlockStack>
    </Card>
  );
}
