// What the offers brought in over the period, by offer and by agent: shown,
// accepted, refused, pending, and the money (kept, upsell, bonus cost, net),
// with what still awaits the shopper's payment apart.
import { Form } from "@remix-run/react";
import { BlockStack, Button, Card, DataTable, InlineStack, Select, Text, Tooltip } from "@shopify/polaris";
import { useState } from "react";
import type { OffersIndex } from "../../services/exchange-offers.server";
import { useTranslation } from "react-i18next";
import type { UnnamedOutcomeRow } from "../../domain/exchange/outcomes";

const HEADINGS = ["shown", "accepted", "refused", "pending", "acceptance", "kept", "upsell", "bonusCost", "net", "awaiting"] as const;
const TYPES: ("text" | "numeric")[] = [
  "text",
  "numeric",
  "numeric",
  "numeric",
  "numeric",
  "numeric",
  "numeric",
  "numeric",
  "numeric",
  "numeric",
  "numeric",
];

type Row = {
  label: string;
  unnamed: UnnamedOutcomeRow | null;
  shown: number;
  accepted: number;
  refused: number;
  pending: number;
  acceptance: string;
  kept: string;
  upsell: string;
  bonusCost: string;
  net: string;
  awaiting: string;
  awaitingText: string | null;
};
/** What awaits payment, with its draft orders on hover, as the profit page explains its figures. */
function Awaiting({ row }: { row: Row }) {
  const { t } = useTranslation("offers");
  if (!row.awaitingText) return <>{row.awaiting}</>;
  return (
    <Tooltip content={t("outcomes.awaitingTooltip", { text: row.awaitingText })}>
      <span tabIndex={0} aria-label={t("outcomes.awaitingLabel", { text: row.awaitingText })}>
        {row.awaiting}
      </span>
    </Tooltip>
  );
}

const cells = (row: Row, label = row.label) => [
  label,
  row.shown,
  row.accepted,
  row.refused,
  row.pending,
  row.acceptance,
  row.kept,
  row.upsell,
  row.bonusCost,
  row.net,
  <Awaiting key="awaiting" row={row} />,
];

export function OfferOutcomesCard({ period, outcomes, currencyCode }: Pick<OffersIndex, "period" | "outcomes" | "currencyCode">) {
  const { t } = useTranslation("offers");
  const named = (row: Row) => (row.unnamed ? t(`outcomes.unnamed.${row.unnamed}`) : row.label);
  const periods = [
    { label: t("outcomes.last", { count: 30 }), value: "30" },
    { label: t("outcomes.last", { count: 90 }), value: "90" },
  ];
  const headings = ["", ...HEADINGS.map((key) => t(`outcomes.headings.${key}`))];
  const [days, setDays] = useState(String(period.days));
  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack align="space-between" blockAlign="center">
          <Text as="h2" variant="headingMd">
            {t("outcomes.title", { period: t("outcomes.last", { count: period.days }) })}
          </Text>
          <Form method="get">
            <InlineStack gap="200" blockAlign="end">
              <Select label={t("common:period.label")} labelHidden name="period" options={periods} value={days} onChange={setDays} />
              <Button submit>{t("common:period.show")}</Button>
            </InlineStack>
          </Form>
        </InlineStack>
        <Text as="p" tone="subdued">
          {t("outcomes.explanation", { currency: currencyCode })}
        </Text>
        {outcomes.totals.awaitingText ? <Text as="p">{t("outcomes.awaitingTotal", { text: outcomes.totals.awaitingText })}</Text> : null}
        <Text as="h3" variant="headingSm">
          {t("outcomes.byOffer")}
        </Text>
        <DataTable
          columnContentTypes={TYPES}
          headings={headings}
          rows={outcomes.byOffer.map((row) => cells(row, named(row)))}
          totals={cells(outcomes.totals).map((cell, index) => (index === 0 ? "" : cell))}
          showTotalsInFooter
        />
        <Text as="h3" variant="headingSm">
          {t("outcomes.byAgent")}
        </Text>
        <DataTable columnContentTypes={TYPES} headings={headings} rows={outcomes.byAgent.map((row) => cells(row, named(row)))} />
        {outcomes.otherCurrencyRows > 0 ? (
          <Text as="p" tone="caution">
            {t("outcomes.otherCurrency", { count: outcomes.otherCurrencyRows, currency: currencyCode })}
          </Text>
        ) : null}
      </BlockStack>
    </Card>
  );
}
