// What a welcome campaign brought, each figure with where it comes from, set
// against the source articles' welcome campaign (23.05% replied).
import { BlockStack, Card, List, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { REFERENCE_REPLY_RATE, replyRate } from "../../domain/campaigns/campaign-form";
import { useFormat } from "../../i18n/format";
import { StatTileGrid } from "../StatTile";
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
        <StatTileGrid
          columns={{ xs: 2, md: 4 }}
          gap="300"
          tiles={[
            { title: t("detail.contacted"), value: format.count(figures.contacted) },
            { title: t("detail.clicked"), value: format.count(figures.clicked) },
            { title: t("detail.replied"), value: format.count(figures.replied) },
            { title: t("detail.replyRate"), value: rate === null ? "—" : percent(rate) },
            { title: t("detail.orders"), value: format.count(figures.orders) },
            { title: t("detail.revenue"), value: revenue },
            { title: t("detail.waiting"), value: format.count(figures.waiting) },
            { title: t("detail.skipped"), value: format.count(figures.skipped) },
          ]}
        />
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
