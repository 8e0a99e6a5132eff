// What each agent brought in over the period, the top 20 first.
import { Box, Button, Card, DataTable, Text } from "@shopify/polaris";
import { useState } from "react";
import type { Dashboard } from "./dashboard";
import { SectionTitle } from "./SectionTitle";

const TOP = 20;

export function AgentsCard({ leaderboard, periodLabel }: { leaderboard: Dashboard["leaderboard"]; periodLabel: string }) {
  const [all, setAll] = useState(false);
  const rows = all ? leaderboard.rows : leaderboard.rows.slice(0, TOP);
  const { totals } = leaderboard;
  return (
    <Card padding="0">
      <Box padding="400">
        <SectionTitle
          title="Agents"
          detail={`What each agent brought in over ${periodLabel}, credited by the rule above.`}
          table="leaderboard"
        />
      </Box>
      {leaderboard.rows.length > 0 ? (
        <DataTable
          columnContentTypes={["numeric", "text", "numeric", "numeric", "numeric", "numeric", "numeric"]}
          headings={["#", "Agent", "Orders", "Net revenue", "Average order", "Commission", "Delight codes"]}
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
          showTotalsInFooter
        />
      ) : (
        <Box paddingInline="400" paddingBlockEnd="400">
          <Text as="p" tone="subdued">
            No agents yet.
          </Text>
        </Box>
      )}
      {leaderboard.rows.length > TOP ? (
        <Box padding="400">
          <Button variant="plain" onClick={() => setAll(!all)}>
            {all ? `Show the top ${TOP}` : `Show all ${leaderboard.rows.length} agents`}
          </Button>
        </Box>
      ) : null}
    </Card>
  );
}
