// The ledger: every return Concierge looked at, latest first, with who, which
// order, how much, when and why; Shopify's own words when it refused.
import { Badge, Card, EmptyState, IndexTable, Text } from "@shopify/polaris";
import type { InstantRefundEntry, InstantRefundStatus } from "../../services/instant-refund-ledger.server";

const STATUS: Record<InstantRefundStatus, { label: string; tone?: "success" | "critical" | "attention" | "info" }> = {
  refunded: { label: "Refunded", tone: "success" },
  refunding: { label: "Refunding", tone: "info" },
  refused: { label: "Refused by Shopify", tone: "critical" },
  waiting: { label: "Waits for an agent", tone: "attention" },
  skipped: { label: "Nothing to do" },
};

const when = (iso: string) => new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));

export function InstantRefundLedger({ entries }: { entries: InstantRefundEntry[] }) {
  if (entries.length === 0)
    return (
      <Card>
        <EmptyState heading="No instant refunds yet" image="">
          <p>When a VIP’s return is on its way back, what Concierge did about it shows here.</p>
        </EmptyState>
      </Card>
    );
  return (
    <Card padding="0">
      <IndexTable
        resourceName={{ singular: "refund", plural: "refunds" }}
        itemCount={entries.length}
        selectable={false}
        headings={[
          { title: "When" },
          { title: "Customer" },
          { title: "Order" },
          { title: "Amount", alignment: "end" },
          { title: "Status" },
          { title: "Why" },
        ]}
      >
        {entries.map((entry, index) => {
          const status = STATUS[entry.status];
          return (
            <IndexTable.Row id={entry.id} key={entry.id} position={index}>
              <IndexTable.Cell>{when(entry.decidedAt)}</IndexTable.Cell>
              <IndexTable.Cell>
                {entry.customerName ?? "A customer"}
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
                <Badge {...(status.tone ? { tone: status.tone } : {})}>{status.label}</Badge>
              </IndexTable.Cell>
              <IndexTable.Cell>
                <Text as="span">{entry.reason}</Text>
                {entry.shopifyError ? (
                  <Text as="p" tone="critical">
                    Shopify: {entry.shopifyError}
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
