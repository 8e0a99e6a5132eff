// The week's contacts by reason and by product: counts against the usual
// weekly rate, the refunds and exchanges behind them, and the spikes.
import { Link as RemixLink } from "@remix-run/react";
import { Badge, Banner, BlockStack, Card, DataTable, InlineStack, Text } from "@shopify/polaris";
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
      <TitledCard title={t("byReason")}>
        {report.byReason.length === 0 ? (
          <Text as="p">{t("empty")}</Text>
        ) : (
          <DataTable
            columnContentTypes={["text", "numeric", "text", "text", "text"]}
            headings={[t("reason"), t("contacts"), t("againstUsual"), t("refunds"), t("exchanges")]}
            rows={report.byReason.map((line) => [
              <InlineStack key="reason" gap="200">
                <span>{line.label}</span>
                {line.spike ? <Badge tone="warning">{t("spike")}</Badge> : null}
              </InlineStack>,
              line.count,
              <Change key="change" change={line.change} usual={line.usual} />,
              <MoneyCell key="refunds" money={line.money} kind="refunds" />,
              <MoneyCell key="exchanges" money={line.money} kind="exchanges" />,
            ])}
          />
        )}
      </TitledCard>
      <TitledCard title={t("byProduct")}>
        {report.byProduct.length === 0 ? (
          <Text as="p">{t("emptyProducts")}</Text>
        ) : (
          <DataTable
            columnContentTypes={["text", "numeric", "text", "text", "text", "text"]}
            headings={[t("productHeading"), t("contacts"), t("againstUsual"), t("reasonsHeading"), t("refunds"), t("exchanges")]}
            rows={report.byProduct.map((line) => [
              <InlineStack key="product" gap="200">
                <span>{product(line)}</span>
                {line.spike ? <Badge tone="warning">{t("spike")}</Badge> : null}
              </InlineStack>,
              line.count,
              <Change key="change" change={line.change} usual={line.usual} />,
              line.reasons.map((reason) => `${reason.label} (${reason.count})`).join(", "),
              <MoneyCell key="refunds" money={line.money} kind="refunds" />,
              <MoneyCell key="exchanges" money={line.money} kind="exchanges" />,
            ])}
          />
        )}
      </TitledCard>
    </BlockStack>
  );
}
