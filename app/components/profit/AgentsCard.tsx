// What each agent brought in over the period, the top 20 first.
import { Button } from "@shopify/polaris";
import { ResourceTableCard } from "../ResourceTableCard";
import { useState } from "react";
import type { Dashboard } from "./dashboard";
import { SectionTitle } from "./SectionTitle";
import { useTranslation } from "react-i18next";

const TOP = 20;

export function AgentsCard({ leaderboard, periodLabel }: { leaderboard: Dashboard["leaderboard"]; periodLabel: string }) {
  const { t } = useTranslation("profit");
  const [all, setAll] = useState(false);
  const rows = all ? leaderboard.rows : leaderboard.rows.slice(0, TOP);
  const { totals } = leaderboard;
  return (
    <ResourceTableCard
      header={<SectionTitle title={t("agents.title")} detail={t("agents.detail", { period: periodLabel })} table="leaderboard" />}
      empty={{ heading: t("agents.none"), action: { content: t("agents.noneAction"), url: "/app/agents/new" } }}
      columnContentTypes={["numeric", "text", "numeric", "numeric", "numeric", "numeric", "numeric"]}
      headings={[
        "#",
        t("agents.agent"),
        t("agents.orders"),
        t("agents.netRevenue"),
        t("agents.averageOrder"),
        t("agents.commission"),
        t("agents.delight"),
      ]}
      rows={rows.map((row) => [
        row.rank,
        row.name,
        row.orders,
        row.netRevenue.text,
        row.averageOrderValue?.text ?? "—",
        row.commission.text,
        row.delight.text,
      ])}
      totals={["", "", totals.orders, totals.netRevenue.text, "", totals.commission.text, totals.delight.text]}
      footer={
        leaderboard.rows.length > TOP ? (
          <Button variant="plain" onClick={() => setAll(!all)}>
            {all ? t("agents.showTop", { count: TOP }) : t("agents.showAll", { count: leaderboard.rows.length })}
          </Button>
        ) : null
      }
    />
  );
}
