// A card that opens with its title: the shape of most admin cards (a
// section), or, compact, of a tile that holds one figure or fact.
import { BlockStack, Card, Text } from "@shopify/polaris";
import type { ReactNode } from "react";

export function TitledCard({ title, compact = false, children }: { title: string; compact?: boolean; children: ReactNode }) {
  return (
    <Card>
      <BlockStack gap={compact ? "100" : "300"}>
        <Text as="h2" variant={compact ? "headingSm" : "headingMd"}>
          {title}
        </Text>
        {children}
      </BlockStack>
    </Card>
  );
}
