// What needs the merchant's attention, each with its page: background work
// that failed, shipments at risk, shoppers' exchange requests waiting.
import { Badge, BlockStack, Card, InlineStack, Link, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format";

export interface AttentionView {
  failedEvents: number;
  shipmentsAtRisk: number;
  exchangeRequests: number;
}

const ITEMS: Array<{ key: keyof AttentionView; url: string }> = [
  { key: "failedEvents", url: "/app/failed-events" },
  { key: "shipmentsAtRisk", url: "/app/tracking" },
  { key: "exchangeRequests", url: "/app/exchange-offers" },
];

export function AttentionCard({ attention }: { attention: AttentionView }) {
  const { t } = useTranslation("home");
  const format = useFormat();
  const waiting = ITEMS.filter((item) => attention[item.key] > 0);
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          {t("attention.title")}
        </Text>
        {waiting.length === 0 ? (
          <Text as="p" tone="subdued">
            {t("attention.nothing")}
          </Text>
        ) : (
          <BlockStack gap="200" as="ul">
            {waiting.map((item) => (
              <li key={item.key} style={{ listStyle: "none" }}>
                <InlineStack align="space-between" blockAlign="center" gap="200">
                  <Link url={item.url}>{t(`attention.${item.key}`)}</Link>
                  <Badge tone="attention">{format.count(attention[item.key])}</Badge>
                </InlineStack>
              </li>
            ))}
          </BlockStack>
        )}
      </BlockStack>
    </Card>
  );
}
