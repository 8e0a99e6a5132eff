// One figure with its title and what it means, on a tinted tile: the profit
// page's summary and funnels, the chat trigger's funnel.
import { BlockStack, Box, Text } from "@shopify/polaris";
import type { ReactNode } from "react";
import { Detail } from "./CardTitle";

export interface StatTileProps {
  title: string;
  children: ReactNode;
  detail?: ReactNode;
  size?: "headingXl" | "heading2xl";
}

export function StatTile({ title, children, detail, size = "headingXl" }: StatTileProps) {
  return (
    <Box padding="400" background="bg-surface-secondary" borderRadius="200">
      <BlockStack gap="100">
        <Text as="h3" variant="headingSm">
          {title}
        </Text>
        <Text as="p" variant={size}>
          {children}
        </Text>
        <Detail>{detail}</Detail>
      </BlockStack>
    </Box>
  );
}
