// A small label over its figure, inside a card: the agent desk's customer
// (spent, orders, average order) and an exchange proposal's money.
import { BlockStack, Text } from "@shopify/polaris";

const SIZES = {
  md: { label: undefined, value: "headingMd" },
  sm: { label: "bodySm", value: "headingSm" },
} as const;

export function LabelledFigure({ label, value, size = "md" }: { label: string; value: string | number; size?: keyof typeof SIZES }) {
  return (
    <BlockStack gap="050">
      <Text as="span" tone="subdued" variant={SIZES[size].label}>
        {label}
      </Text>
      <Text as="span" variant={SIZES[size].value}>
        {value}
      </Text>
    </BlockStack>
  );
}
