// An agent at a glance: what is left of this month's delight budget,
// whether they are on shift now, and whether their staff account is linked.
import { InlineGrid, Text } from "@shopify/polaris";
import type { ReactNode } from "react";
import { TitledCard } from "../TitledCard";

export interface AgentOverviewProps {
  budget: { month: string; remaining: string; spent: string; budget: string };
  onShift: boolean;
  linkedToStaff: boolean;
}

function Fact({ title, children }: { title: string; children: ReactNode }) {
  return (
    <TitledCard title={title} compact>
      {children}
    </TitledCard>
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
