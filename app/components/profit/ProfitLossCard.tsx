// Support's P&L: a line per figure, a column per month and the period's
// total, every amount explained on hover; then how the figures are reached.
import { BlockStack, Text } from "@shopify/polaris";
import { Detail } from "../CardTitle";
import { AttributionRuleLines } from "../agents/AttributionRuleLines";
import { ResourceTableCard } from "../ResourceTableCard";
import type { FigureView } from "../../domain/profit/views";
import type { Dashboard } from "./dashboard";
import { FigureText } from "./FigureText";
import { SectionTitle } from "./SectionTitle";
import { useTranslation } from "react-i18next";

const isTotal = (key: string) => key === "result" || key.startsWith("total");

function Cell({ figure, lineKey }: { figure: FigureView | undefined; lineKey: string }) {
  if (!figure) return <>—</>;
  return (
    <FigureText
      figure={figure}
      bold={isTotal(lineKey)}
      tone={lineKey === "result" && figure.minor.startsWith("-") ? "critical" : undefined}
    />
  );
}

export function ProfitLossCard({ data }: { data: Dashboard }) {
  const { t } = useTranslation("profit");
  const total = new Map(data.total.figures.map((figure) => [figure.key, figure]));
  return (
    <ResourceTableCard
      header={<SectionTitle title={t("pnl.title")} detail={t("pnl.detail")} table="pnl" />}
      empty=""
      // The period's total first, next to the lines' names: a year of months is wider than the card at
      // 1366 px, and the months scroll sideways without taking the total out of view.
      columnContentTypes={["text", "numeric", ...data.months.map(() => "numeric" as const)]}
      headings={[
        "",
        t("pnl.period"),
        ...data.months.map((month) => (month.partial ? t("pnl.soFar", { month: month.label }) : month.label)),
      ]}
      rows={data.lines.map((line, index) => [
        <Text key="label" as="span" fontWeight={isTotal(line.key) ? "semibold" : undefined}>
          {line.label}
        </Text>,
        <Cell key="period" figure={total.get(line.key)} lineKey={line.key} />,
        ...data.months.map((month) => <Cell key={month.month} figure={month.figures[index]} lineKey={line.key} />),
      ])}
      table={{ hasZebraStripingOnData: true, stickyHeader: true }}
      footer={
        <BlockStack gap="200">
          <Detail>{t("pnl.costOfGoods")}</Detail>
          <Text as="h3" variant="headingSm">
            {t("pnl.howCredited")}
          </Text>
          <AttributionRuleLines lines={data.attributionRule} />
          <Text as="p">{t("pnl.campaigns")}</Text>
          <Text as="p">
            {t("pnl.exchanges")}
            {data.funnels.exchange.awaitingPayment
              ? ` ${t("pnl.awaitingPayment", { amount: data.funnels.exchange.awaitingPayment.text })}`
              : ""}
          </Text>
        </BlockStack>
      }
    />
  );
}
