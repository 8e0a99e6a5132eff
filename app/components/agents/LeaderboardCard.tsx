// The agents' leaderboard, as the Profit page and the Agents page both show
// it: each agent's orders (and cancelled ones), net revenue, average order,
// commission and delight budget used over the period, ranked, with the
// exact totals; the top 20 first, the rest a click away. Each page gives the
// card its heading, what to say when nobody is on it, and a note under it.
import { BlockStack, Button, Link } from "@shopify/polaris";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { LeaderboardView } from "../../domain/agents/leaderboard-view";
import { Detail } from "../CardTitle";
import { ResourceTableCard, type ResourceTableCardProps } from "../ResourceTableCard";

const TOP = 20;

export interface LeaderboardCardProps extends Pick<ResourceTableCardProps, "title" | "detail" | "header" | "toolbar" | "empty"> {
  board: LeaderboardView;
  /** A line under the table (orders left out of it, and why). */
  note?: string | null;
}

export function LeaderboardCard({ board, note, ...card }: LeaderboardCardProps) {
  const { t } = useTranslation("agents");
  const [all, setAll] = useState(false);
  const rows = all ? board.rows : board.rows.slice(0, TOP);
  const { totals } = board;
  const toggle =
    board.rows.length > TOP ? (
      <Button variant="plain" onClick={() => setAll(!all)}>
        {all ? t("leaderboard.showTop", { count: TOP }) : t("leaderboard.showAll", { count: board.rows.length })}
      </Button>
    ) : null;
  let footer: ReactNode = note ?? toggle;
  if (note && toggle)
    footer = (
      <BlockStack gap="200" inlineAlign="start">
        <Detail>{note}</Detail>
        {toggle}
      </BlockStack>
    );
  return (
    <ResourceTableCard
      {...card}
      columnContentTypes={["numeric", "text", "numeric", "numeric", "numeric", "numeric", "numeric"]}
      headings={[
        "#",
        t("leaderboard.agent"),
        t("leaderboard.orders"),
        t("leaderboard.netRevenue"),
        t("leaderboard.averageOrder"),
        t("leaderboard.commission"),
        t("leaderboard.delightUsed"),
      ]}
      rows={rows.map((row) => [
        row.rank,
        <Link key="agent" url={`/app/agents/${row.agentId}`}>
          {row.name}
        </Link>,
        row.cancelledOrders > 0 ? t("leaderboard.withCancelled", { orders: row.orders, cancelled: row.cancelled }) : row.orders,
        row.netRevenue.text,
        row.averageOrderValue?.text ?? "—",
        row.commission.text,
        row.delightBudgetUsed.text,
      ])}
      totals={[
        "",
        "",
        totals.orders,
        totals.netRevenue.text,
        totals.averageOrderValue?.text ?? "—",
        totals.commission.text,
        totals.delightBudgetUsed.text,
      ]}
      footer={footer}
    />
  );
}
