// The period shown, how to choose another, and its four headline figures:
// revenue, costs, the result, and since when support has made a profit.
import { BlockStack, Card, InlineGrid, InlineStack } from "@shopify/polaris";
import { CardTitle } from "../CardTitle";
import { PeriodPicker } from "../PeriodPicker";
import { StatTile } from "../StatTile";
import type { Dashboard } from "./dashboard";
import { FigureText } from "./FigureText";
import { useTranslation } from "react-i18next";

export function ProfitSummaryCard({ data }: { data: Dashboard }) {
  const { t } = useTranslation("profit");
  const { summary, period } = data;
  const soFar = period.partialMonthLabel ? t("summary.soFar", { month: period.partialMonthLabel }) : undefined;
  return (
    <Card>
      <BlockStack gap="400">
        <InlineStack align="space-between" blockAlign="end" gap="200">
          <CardTitle
            title={period.label}
            detail={
              <>
                {t("summary.clock", { timeZone: data.timeZone, currency: data.currencyCode })}
                {period.partialMonthLabel ? ` ${t("summary.inProgress", { month: period.partialMonthLabel })}` : ""}
              </>
            }
          />
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
          <StatTile title={t("summary.revenue")} detail={soFar}>
            <FigureText figure={summary.totalRevenue} />
          </StatTile>
          <StatTile title={t("summary.costs")} detail={soFar}>
            <FigureText figure={summary.totalCosts} />
          </StatTile>
          <StatTile title={summary.isProfitable ? t("summary.profit") : t("summary.loss")} detail={soFar}>
            <FigureText figure={summary.result} text={summary.resultMagnitude} tone={summary.isProfitable ? "success" : "critical"} />
          </StatTile>
          <StatTile
            title={t("summary.profitCenter")}
            detail={
              summary.profitCenterSince
                ? t("summary.profitableSince", { month: summary.lastCompleteMonth.label })
                : t("summary.notProfitable", { month: summary.lastCompleteMonth.label })
            }
          >
            {summary.profitCenterSince ? t("summary.since", { month: summary.profitCenterSince.label }) : t("summary.notYet")}
          </StatTile>
        </InlineGrid>
      </BlockStack>
    </Card>
  );
}
