// Revenue against costs per month, and the result, with Polaris Viz. Polaris
// Viz reads the browser (navigator, ResizeObserver) while rendering, so it
// can't render on the server: the charts appear once the page is mounted in
// the browser, and the P&L table beside them has every number meanwhile (and
// for screen readers).
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { BlockStack, Card, InlineGrid, SkeletonBodyText, Text } from "@shopify/polaris";
import { BarChart, LineChart } from "@shopify/polaris-viz";
import { SectionTitle } from "./SectionTitle";
import { useTranslation } from "react-i18next";

export interface ChartMonth {
  label: string;
  revenue: number;
  costs: number;
  result: number;
}

/** The charts' card, amounts in the shop currency in the staff member's locale. */
export function MonthByMonthCard({ months, locale, currencyCode }: { months: ChartMonth[]; locale: string; currencyCode: string }) {
  const { t } = useTranslation("profit");
  const format = useMemo(() => {
    const formatter = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: currencyCode,
      notation: "compact",
      maximumFractionDigits: 1,
    });
    return (value: number) => formatter.format(value);
  }, [locale, currencyCode]);
  return (
    <Card>
      <BlockStack gap="400">
        <SectionTitle title={t("charts.title")} detail={t("charts.detail")} />
        <ProfitCharts months={months} format={format} />
      </BlockStack>
    </Card>
  );
}

/**
 * The charts are hidden from screen readers (the P&L table has every number); inert also takes Polaris
 * Viz's focusable parts out of the tab order, so nothing hidden can take the keyboard's focus.
 */
const inert = (node: HTMLDivElement | null) => node?.setAttribute("inert", "");

/** One chart of the two, under its heading, once the page is mounted (a skeleton meanwhile). */
function ChartPanel({ title, name, mounted, children }: { title: string; name: string; mounted: boolean; children: ReactNode }) {
  return (
    <BlockStack gap="200">
      <Text as="h3" variant="headingSm">
        {title}
      </Text>
      <div style={{ height: 280 }} aria-hidden="true" ref={inert} data-profit-chart={name}>
        {mounted ? children : <SkeletonBodyText lines={8} />}
      </div>
    </BlockStack>
  );
}

export function ProfitCharts({ months, format }: { months: ChartMonth[]; format: (value: number) => string }) {
  const { t } = useTranslation("profit");
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const axes = {
    yAxisOptions: { labelFormatter: (value: unknown) => format(Number(value ?? 0)) },
    tooltipOptions: { valueFormatter: (value: unknown) => format(Number(value ?? 0)) },
  };
  return (
    <InlineGrid columns={{ xs: 1, md: 2 }} gap="400">
      <ChartPanel title={t("charts.revenueCosts")} name="revenue-costs" mounted={mounted}>
        <BarChart
          theme="Light"
          data={[
            { name: t("charts.revenue"), data: months.map((month) => ({ key: month.label, value: month.revenue })) },
            { name: t("charts.costs"), data: months.map((month) => ({ key: month.label, value: month.costs })) },
          ]}
          {...axes}
        />
      </ChartPanel>
      <ChartPanel title={t("charts.result")} name="result" mounted={mounted}>
        <LineChart
          theme="Light"
          data={[{ name: t("charts.result"), data: months.map((month) => ({ key: month.label, value: month.result })) }]}
          {...axes}
        />
      </ChartPanel>
    </InlineGrid>
  );
}
