// The ledger: every return Concierge looked at, latest first, with who, which
// order, how much, when and why; Shopify's own words when it refused.
import { Badge, Card, EmptyState, IndexTable, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import type { InstantRefundEntry, InstantRefundStatus } from "../../services/instant-refund-ledger.server";

const STATUS_TONE: Record<InstantRefundStatus, "success" | "critical" | "attention" | "info" | undefined> = {
  refunded: "success",
  refunding: "info",
  refused: "critical",
  waiting: "attention",
  skipped: undefined,
};

const when = (iso: string) => new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));

export function InstantRefundLedger({ entries }: { entries: InstantRefundEntry[] }) {
  const { t } = useTranslation("vip");
  if (entries.length === 0)
    return (
      <Card>
        <EmptyState heading={t("instantRefunds.emptyTitle")} image="">
          <p>{t("instantRefunds.emptyBody")}</p>
        </EmptyState>
      </Card>
    );
  return (
    <Card padding="0">
      <IndexTable
        resourceName={{ singular: t("instantRefunds.refundSingular"), plural: t("instantRefunds.refundPlural") }}
        itemCount={entries.length}
        selectable={false}
        headings={[
          { title: t("instantRefunds.columns.when") },
          { title: t("instantRefunds.columns.customer") },
          { title: t("instantRefunds.columns.order") },
          { title: t("instantRefunds.columns.amount"), alignment: "end" },
          { title: t("instantRefunds.columns.status") },
          { title: t("instantRefunds.columns.why") },
        ]}
      >
        {entries.map((entry, index) => {
          const tone = STATUS_TONE[entry.status];
          return (
            <IndexTable.Row id={entry.id} key={entry.id} position={index}>
              <IndexTable.Cell>{when(entry.decidedAt)}</IndexTable.Cell>
              <IndexTable.Cell>
                {entry.customerName ?? t("instantRefunds.aCustomer")}
                {entry.tierName ? (
                  <Text as="span" tone="subdued">
                    {" "}
                    · {entry.tierName}
                  </Text>
                ) : null}
              </IndexTable.Cell>
              <IndexTable.Cell>
                {entry.orderName}
                <Text as="span" tone="subdued">
                  {" "}
                  ({entry.returnName})
                </Text>
              </IndexTable.Cell>
              <IndexTable.Cell>
                <Text as="span" alignment="end" numeric>
                  {entry.amount}
                </Text>
              </IndexTable.Cell>
              <IndexTable.Cell>
                <Badge {...(tone ? { tone } : {})}>{t(`instantRefunds.status.${entry.status}`)}</Badge>
              </IndexTable.Cell>
              <IndexTable.Cell>
                <Text as="span">{entry.reason}</Text>
                {entry.shopifyError ? (
                  <Text as="p" tone="critical">
                    {t("instantRefunds.shopifySaid", { error: entry.shopifyError })}
                  </Text>
                ) : null}
              </IndexTable.Cell>
            </IndexTable.Row>
          );
        })}
      </IndexTable>
    </Card>
  );
}
