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

export function CardTitle({ title, detail }: { title: string; detail?: ReactNode }) {
  return (
    <BlockStack gap="100">
      <Text as="h2" variant="headingMd">
        {title}
      </Text>
      <Detail>{detail}</Detail>
    </BlockStack>
  );
}
