// What the tracking page did over 30 days: lookups answered, tickets saved,
// and what those tickets would have cost.
import { InlineGrid, Text } from "@shopify/polaris";
import { TitledCard } from "../TitledCard";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format";

export interface TrackingFiguresProps {
  lookups: number;
  misses: number;
  saved: string;
  costPerTicket: string;
}

function Figure({ title, value, detail }: { title: string; value: number | string; detail: string }) {
  return (
    <TitledCard title={title} compact>
      <Text as="p" variant="heading2xl">
        {value}
      </Text>
      <Text as="p" tone="subdued">
        {detail}
      </Text>
    </TitledCard>
  );
}

export function TrackingFigures({ lookups, misses, saved, costPerTicket }: TrackingFiguresProps) {
  const { t } = useTranslation("tracking");
  const format = useFormat();
  return (
    <InlineGrid columns={3} gap="400">
      <Figure title={t("figures.lookups")} value={format.count(lookups)} detail={t("figures.misses", { count: misses })} />
      <Figure title={t("figures.saved")} value={format.count(lookups)} detail={t("figures.savedDetail")} />
      <Figure
        title={t("figures.avoided")}
        value={saved}
        detail={t("figures.avoidedDetail", { lookups: format.count(lookups), cost: costPerTicket })}
      />
    </InlineGrid>
  );
}
