// An agent at a glance: what is left of this month's delight budget,
// whether they are on shift now, and whether their staff account is linked.
import { BlockStack, Card, InlineGrid, Text } from "@shopify/polaris";
import type { ReactNode } from "react";

export interface AgentOverviewProps {
  budget: { month: string; remaining: string; spent: string; budget: string };
  onShift: boolean;
  linkedToStaff: boolean;
}

function Fact({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card>
      <BlockStack gap="100">
        <Text as="h2" variant="headingSm">
          {title}
        </Text>
        {children}
      </BlockStack>
    </Card>
  );
}

export function AgentOverview({ budget, onShift, linkedToStaff }: AgentOverviewProps) {
  return (
    <InlineGrid columns={3} gap="400">
      <Fact title={`Delight budget · ${budget.month}`}>
        <Text as="p" variant="headingLg">
          {budget.remaining} left
        </Text>
        <Text as="p" tone="subdued">
          {budget.spent} of {budget.budget} spent
        </Text>
      </Fact>
      <Fact title="Right now">
        <Text as="p" variant="headingLg">
          {onShift ? "On shift" : "Off shift"}
        </Text>
      </Fact>
      <Fact title="Shopify staff account">
        <Text as="p">{linkedToStaff ? "Linked: their actions are recorded as theirs." : "Not signed in to Concierge yet."}</Text>
      </Fact>
    </InlineGrid>
  );
}
