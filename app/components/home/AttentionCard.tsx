// What needs the merchant's attention, each with its page: background work
// that failed, shipments at risk, shoppers' exchange requests waiting.
import { Badge, BlockStack, InlineStack, Link } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format";
import { Detail } from "../CardTitle";
import { TitledCard } from "../TitledCard";

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
    <TitledCard title={t("attention.title")}>
      {waiting.length === 0 ? (
        <Detail>{t("attention.nothing")}</Detail>
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
    </TitledCard>
  );
}
