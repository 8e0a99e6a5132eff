// An agent at a glance: what is left of this month's delight budget,
// whether they are on shift now, and whether their staff account is linked.
import { InlineGrid, Text } from "@shopify/polaris";
import type { ReactNode } from "react";
import { TitledCard } from "../TitledCard";
import { useTranslation } from "react-i18next";

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
  const { t } = useTranslation("agents");
  return (
    <InlineGrid columns={3} gap="400">
      <Fact title={t("overview.budget", { month: budget.month })}>
        <Text as="p" variant="headingLg">
          {t("overview.left", { amount: budget.remaining })}
        </Text>
        <Text as="p" tone="subdued">
          {t("overview.spent", { spent: budget.spent, budget: budget.budget })}
        </Text>
      </Fact>
      <Fact title={t("overview.now")}>
        <Text as="p" variant="headingLg">
          {onShift ? t("status.onShift") : t("status.offShift")}
        </Text>
      </Fact>
      <Fact title={t("overview.staff")}>
        <Text as="p">{linkedToStaff ? t("overview.linked") : t("overview.notLinked")}</Text>
      </Fact>
    </InlineGrid>
  );
}
