// One figure with its title and what it means, on a tinted tile: the profit
// page's summary and funnels, the chat trigger's funnel, the home page's month
// and a campaign's figures. A card's row of them is a StatTileGrid.
import { BlockStack, Box, InlineGrid, Text, type InlineGridProps } from "@shopify/polaris";
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

/** One tile of a StatTileGrid: its title, its figure and what the figure means. */
export interface StatTileEntry {
  title: string;
  value: ReactNode;
  detail?: ReactNode;
}

export interface StatTileGridProps {
  tiles: readonly StatTileEntry[];
  columns: InlineGridProps["columns"];
  gap?: InlineGridProps["gap"];
  size?: StatTileProps["size"];
}

/** A row of tiles, in the order given (titles are distinct within a grid). */
export function StatTileGrid({ tiles, columns, gap = "400", size }: StatTileGridProps) {
  return (
    <InlineGrid columns={columns} gap={gap}>
      {tiles.map((tile) => (
        <StatTile key={tile.title} title={tile.title} detail={tile.detail} size={size}>
          {tile.value}
        </StatTile>
      ))}
    </InlineGrid>
  );
}
