// What a welcome campaign brought, each figure with where it comes from, set
// against the source articles' welcome campaign (23.05% replied).
import { BlockStack, Card, InlineGrid, List, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { REFERENCE_REPLY_RATE, replyRate } from "../../domain/campaigns/campaign-form";
import { useFormat } from "../../i18n/format";
import { StatTile } from "../StatTile";
import type { CampaignFigures as CampaignFigureRecord } from "../../data/campaigns.server";

export interface CampaignFiguresProps {
  /** The campaign's figures as the loader sends them: each revenue's minor units as a string (JSON has no BigInt). */
  figures: Omit<CampaignFigureRecord, "recipients" | "revenue"> & { revenue: { currencyCode: string; netMinor: string }[] };
}

export function CampaignFigures({ figures }: CampaignFiguresProps) {
  const { t } = useTranslation("campaigns");
  const format = useFormat();
  const rate = replyRate(figures.contacted, figures.replied);
  // In the staff member's numbers: "23.05%", "23,05 %", "٢٣٫٠٥٪".
  const percent = (value: number) =>
    new Intl.NumberFormat(format.locale, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
  const revenue = figures.revenue.length
    ? figures.revenue.map((row) => format.money({ minor: BigInt(row.netMinor), currencyCode: row.currencyCode })).join(" · ")
    : "—";
  return (
    <Card>
      <BlockStack gap="400">
        <InlineGrid columns={{ xs: 2, md: 4 }} gap="300">
          <StatTile title={t("detail.contacted")}>{format.count(figures.contacted)}</StatTile>
          <StatTile title={t("detail.clicked")}>{format.count(figures.clicked)}</StatTile>
          <StatTile title={t("detail.replied")}>{format.count(figures.replied)}</StatTile>
          <StatTile title={t("detail.replyRate")}>{rate === null ? "—" : percent(rate)}</StatTile>
          <StatTile title={t("detail.orders")}>{format.count(figures.orders)}</StatTile>
          <StatTile title={t("detail.revenue")}>{revenue}</StatTile>
          <StatTile title={t("detail.waiting")}>{format.count(figures.waiting)}</StatTile>
          <StatTile title={t("detail.skipped")}>{format.count(figures.skipped)}</StatTile>
        </InlineGrid>
        <Text as="p" tone="subdued">
          {t("detail.reference")} ({percent(REFERENCE_REPLY_RATE)})
        </Text>
        <List>
          {(["contacted", "clicked", "replied", "orders", "skipped"] as const).map((key) => (
            <List.Item key={key}>{t(`detail.sources.${key}`)}</List.Item>
          ))}
        </List>
      </BlockStack>
    </Card>
  );
}
