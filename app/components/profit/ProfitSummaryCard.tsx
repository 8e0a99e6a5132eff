// The period shown, how to choose another, and its four headline figures:
// revenue, costs, the result, and since when support has made a profit.
import { BlockStack, Card, InlineStack } from "@shopify/polaris";
import { CardTitle } from "../CardTitle";
import { PeriodPicker } from "../PeriodPicker";
import { StatTileGrid } from "../StatTile";
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
        <StatTileGrid
          columns={{ xs: 1, sm: 2, md: 4 }}
          tiles={[
            { title: t("summary.revenue"), detail: soFar, value: <FigureText figure={summary.totalRevenue} /> },
            { title: t("summary.costs"), detail: soFar, value: <FigureText figure={summary.totalCosts} /> },
            {
              title: summary.isProfitable ? t("summary.profit") : t("summary.loss"),
              detail: soFar,
              value: (
                <FigureText figure={summary.result} text={summary.resultMagnitude} tone={summary.isProfitable ? "success" : "critical"} />
              ),
            },
            {
              title: t("summary.profitCenter"),
              detail: summary.profitCenterSince
                ? t("summary.profitableSince", { month: summary.lastCompleteMonth.label })
                : t("summary.notProfitable", { month: summary.lastCompleteMonth.label }),
              value: summary.profitCenterSince ? t("summary.since", { month: summary.profitCenterSince.label }) : t("summary.notYet"),
            },
          ]}
        />
      </BlockStack>
    </Card>
  );
}
