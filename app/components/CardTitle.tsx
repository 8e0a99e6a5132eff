// A card's title with the line under it that says what the card is for: the
// heading every admin card opens with, and the subdued detail, shown only
// when there is one.
import { BlockStack, Text } from "@shopify/polaris";
import type { ReactNode } from "react";

/** A subdued line under a title or a figure; nothing when there is nothing to say. */
export function Detail({ children }: { children?: ReactNode }) {
  if (children === undefined || children === null || children === false || children === "") return null;
  return (
    <Text as="p" tone="subdued">
      {children}
    </Text>
  );
}

/** `sub`: a part's title inside a card (h3), not the card's own. */
export function CardTitle({ title, detail, sub = false }: { title: string; detail?: ReactNode; sub?: boolean }) {
  return (
    <BlockStack gap="100">
      <Text as={sub ? "h3" : "h2"} variant={sub ? "headingSm" : "headingMd"}>
        {title}
      </Text>
      <Detail>{detail}</Detail>
    </BlockStack>
  );
}
