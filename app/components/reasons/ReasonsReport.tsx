// The week's contacts by reason and by product: counts against the usual
// weekly rate, the refunds and exchanges behind them, and the spikes.
import { Link as RemixLink } from "@remix-run/react";
import { Badge, Banner, BlockStack, Card, DataTable, InlineStack, Text } from "@shopify/polaris";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ReasonsReportView } from "../../services/reasons-report.server";
import { TitledCard } from "../TitledCard";

type Money = ReasonsReportView["byReason"][number]["money"];

function MoneyCell({ money, kind }: { money: Money; kind: "refunds" | "exchanges" }) {
  if (money.length === 0) return <>—</>;
  return <>{money.map((entry) => entry[kind]).join(" · ")}</>;
}

function Change({ change, usual }: { change: number; usual: number }) {
  const { t } = useTranslation("reasons");
  return <>{t("change", { usual: usual.toFixed(1), change: change > 0 ? `+${change}` : String(change) })}</>;
}

type Line = ReasonsReportView["byReason"][number];

/** A line's name, flagged when it spikes. */
function LineName({ name, spike }: { name: string; spike: boolean }) {
  const { t } = useTranslation("reasons");
  return (
    <InlineStack gap="200">
      <span>{name}</span>
      {spike ? <Badge tone="warning">{t("spike")}</Badge> : null}
    </InlineStack>
  );
}

/**
 * A line of either table: its name, the contacts against the usual week, what
 * it says beside (the product's reasons), and the refunds and exchanges behind it.
 */
function lineCells(name: string, line: Pick<Line, "spike" | "count" | "change" | "usual" | "money">, ...beside: string[]) {
  return [
    <LineName key="name" name={name} spike={line.spike} />,
    line.count,
    <Change key="change" change={line.change} usual={line.usual} />,
    ...beside,
    <MoneyCell key="refunds" money={line.money} kind="refunds" />,
    <MoneyCell key="exchanges" money={line.money} kind="exchanges" />,
  ];
}

/** One table of the report: the contacts column numeric, every other one text; one line when it is empty. */
function ReportTable({ title, empty, headings, rows }: { title: string; empty: string; headings: string[]; rows: ReactNode[][] }) {
  return (
    <TitledCard title={title}>
      {rows.length === 0 ? (
        <Text as="p">{empty}</Text>
      ) : (
        <DataTable columnContentTypes={headings.map((_, index) => (index === 1 ? "numeric" : "text"))} headings={headings} rows={rows} />
      )}
    </TitledCard>
  );
}

export function ReasonsReport({ report }: { report: ReasonsReportView }) {
  const { t } = useTranslation("reasons");
  const product = (line: { productId: string; title: string | null }) => line.title ?? t("product", { id: line.productId });
  return (
    <BlockStack gap="400">
      <Card>
        <BlockStack gap="200">
          <InlineStack align="space-between" blockAlign="center">
            <Text as="h2" variant="headingMd">
              {t("week", { start: report.week, end: report.weekEnd, timeZone: report.timeZone })}
            </Text>
            <InlineStack gap="200">
              <RemixLink to={`?week=${report.previousWeek}`}>{t("previousWeek")}</RemixLink>
              {report.nextWeek ? <RemixLink to={`?week=${report.nextWeek}`}>{t("nextWeek")}</RemixLink> : null}
            </InlineStack>
          </InlineStack>
          <Text as="p" tone="subdued">
            {t("source")} {t("usualRate", { count: report.baselineWeeks })}
          </Text>
        </BlockStack>
      </Card>
      {report.spikes.map((spike) => (
        <Banner
          key={`${spike.key}:${spike.productId}`}
          tone="warning"
          title={t("spikeTitle", { reason: spike.label, product: product(spike) })}
        >
          <p>{t("spikeBody", { contacts: spike.count, usual: spike.usual.toFixed(1) })}</p>
        </Banner>
      ))}
      <ReportTable
        title={t("byReason")}
        empty={t("empty")}
        headings={[t("reason"), t("contacts"), t("againstUsual"), t("refunds"), t("exchanges")]}
        rows={report.byReason.map((line) => lineCells(line.label, line))}
      />
      <ReportTable
        title={t("byProduct")}
        empty={t("emptyProducts")}
        headings={[t("productHeading"), t("contacts"), t("againstUsual"), t("reasonsHeading"), t("refunds"), t("exchanges")]}
        rows={report.byProduct.map((line) =>
          lineCells(product(line), line, line.reasons.map((reason) => `${reason.label} (${reason.count})`).join(", ")),
        )}
      />
    </BlockStack>
  );
}
