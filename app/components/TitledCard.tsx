// A card that opens with its title: the shape of most admin cards (a
// section), or, compact, of a tile that holds one figure or fact. A form's
// card says under its title what its fields are for (help).
import { BlockStack, Card, Text } from "@shopify/polaris";
import type { ReactNode } from "react";
import { Detail } from "./CardTitle";

export interface TitledCardProps {
  title: string;
  /** What the card is for, subdued under the title. */
  help?: ReactNode;
  compact?: boolean;
  children: ReactNode;
}

export function TitledCard({ title, help, compact = false, children }: TitledCardProps) {
  return (
    <Card>
      <BlockStack gap={compact ? "100" : "300"}>
        <Text as="h2" variant={compact ? "headingSm" : "headingMd"}>
          {title}
        </Text>
        <Detail>{help}</Detail>
        {children}
      </BlockStack>
    </Card>
  );
}
