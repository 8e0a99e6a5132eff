// What needs the merchant's attention, each with its page: background work
// that failed, shipments at risk, shoppers' exchange requests waiting.
import { Badge, BlockStack, Card, InlineStack, Link, Text } from "@shopify/polaris";

export interface AttentionView {
  failedEvents: number;
  shipmentsAtRisk: number;
  exchangeRequests: number;
}

const ITEMS: Array<{ key: keyof AttentionView; label: string; url: string }> = [
  { key: "failedEvents", label: "Failed events", url: "/app/failed-events" },
  { key: "shipmentsAtRisk", label: "Shipments at risk", url: "/app/tracking" },
  { key: "exchangeRequests", label: "Exchange requests waiting", url: "/app/exchange-offers" },
];

export function AttentionCard({ attention }: { attention: AttentionView }) {
  const waiting = ITEMS.filter((item) => attention[item.key] > 0);
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          Needs attention
        </Text>
        {waiting.length === 0 ? (
          <Text as="p" tone="subdued">
            Nothing waiting: no failed event, no shipment at risk, no exchange request.
          </Text>
        ) : (
          <BlockStack gap="200" as="ul">
            {waiting.map((item) => (
              <li key={item.key} style={{ listStyle: "none" }}>
                <InlineStack align="space-between" blockAlign="center" gap="200">
                  <Link url={item.url}>{item.label}</Link>
                  <Badge tone="attention">{String(attention[item.key])}</Badge>
                </InlineStack>
              </li>
            ))}
          </BlockStack>
        )}
      </BlockStack>
    </Card>
  );
}
