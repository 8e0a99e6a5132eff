// The ledger: every return Concierge looked at, latest first, with who, which
// order, how much, when and why; Shopify's own words when it refused. One
// page at a time (`?page=`).
import { Badge, BlockStack, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { messageText } from "../../domain/form-message";
import type { PageInfo } from "../../domain/paging";
import { useFormat } from "../../i18n/format";
import { translateWith } from "../../i18n/i18next";
import type { InstantRefundEntry, InstantRefundStatus } from "../../services/instant-refund-ledger.server";
import { ResourceTableCard } from "../ResourceTableCard";

const STATUS_TONE: Record<InstantRefundStatus, "success" | "critical" | "attention" | "info" | undefined> = {
  refunded: "success",
  refunding: "info",
  refused: "critical",
  waiting: "attention",
  skipped: undefined,
};

export function InstantRefundLedger({ entries, page }: { entries: InstantRefundEntry[]; page: PageInfo }) {
  const { t } = useTranslation("vip");
  const format = useFormat();
  // Reasons are stored as phrases (rows written before hold English sentences, shown as they are).
  const text = (stored: string) => messageText(stored, translateWith(t));
  return (
    <ResourceTableCard
      title={t("instantRefunds.ledgerTitle")}
      empty={{ heading: t("instantRefunds.emptyTitle"), body: t("instantRefunds.emptyBody") }}
      page={{ info: page }}
      columnContentTypes={["text", "text", "text", "numeric", "text", "text"]}
      headings={[
        t("instantRefunds.columns.when"),
        t("instantRefunds.columns.customer"),
        t("instantRefunds.columns.order"),
        t("instantRefunds.columns.amount"),
        t("instantRefunds.columns.status"),
        t("instantRefunds.columns.why"),
      ]}
      rows={entries.map((entry) => {
        const tone = STATUS_TONE[entry.status];
        return [
          format.instant(entry.decidedAt, undefined, "dateTime"),
          <BlockStack key="customer" gap="050">
            <Text as="span">{entry.customerName ?? t("instantRefunds.aCustomer")}</Text>
            {entry.tierName ? (
              <Text as="span" tone="subdued">
                {entry.tierName}
              </Text>
            ) : null}
          </BlockStack>,
          <BlockStack key="order" gap="050">
            <Text as="span">{entry.orderName}</Text>
            <Text as="span" tone="subdued">
              {entry.returnName}
            </Text>
          </BlockStack>,
          entry.amount,
          <Badge key="status" {...(tone ? { tone } : {})}>
            {t(`instantRefunds.status.${entry.status}`)}
          </Badge>,
          <BlockStack key="why" gap="050">
            <Text as="span">{text(entry.reason)}</Text>
            {entry.shopifyError ? (
              <Text as="p" tone="critical">
                {t("instantRefunds.shopifySaid", { error: text(entry.shopifyError) })}
              </Text>
            ) : null}
          </BlockStack>,
        ];
      })}
    />
  );
}
