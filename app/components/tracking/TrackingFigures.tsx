// What the tracking page did over 30 days: lookups answered, tickets saved,
// and what those tickets would have cost.
import { InlineGrid, Text } from "@shopify/polaris";
import { TitledCard } from "../TitledCard";

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
  return (
    <InlineGrid columns={3} gap="400">
      <Figure title="Lookups answered (30 days)" value={lookups} detail={`${misses} found no order`} />
      <Figure title="Tickets saved" value={lookups} detail="One per lookup that found an order" />
      <Figure title="Support cost avoided" value={saved} detail={`${lookups} × ${costPerTicket} per ticket`} />
    </InlineGrid>
  );
}
