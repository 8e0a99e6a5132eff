// The heading of the agent desk's cards: what the card is about in large
// type (the customer's name, the code issued), its badge beside it, and
// anything else on that line (a link).
import { InlineStack, Text } from "@shopify/polaris";
import type { ReactNode } from "react";

export function DeskCardHeading({ title, badge, children }: { title: string; badge: ReactNode; children?: ReactNode }) {
  return (
    <InlineStack gap="200" blockAlign="center">
      <Text as="h2" variant="headingLg">
        {title}
      </Text>
      {badge}
      {children}
    </InlineStack>
  );
}
