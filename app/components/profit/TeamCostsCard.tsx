// The team's costs month by month (entered, carried from the last entry, or
// none), and the form that enters a month's.
import { Badge, Box, Card, DataTable } from "@shopify/polaris";
import type { FormResult } from "../form/parse";
import type { Dashboard } from "./dashboard";
import { SectionTitle } from "./SectionTitle";
import { TeamCostsForm } from "./TeamCostsForm";

export interface TeamCostsCardProps {
  months: Dashboard["teamCosts"];
  currencyCode: string;
  currentMonth: string;
  answer: { result: FormResult; saved: boolean } | undefined;
}

function Source({ month }: { month: Dashboard["teamCosts"][number] }) {
  if (month.source === "entered") return <Badge tone="success">Entered</Badge>;
  if (month.source === "carried") return <Badge>{`As ${month.from}`}</Badge>;
  return <Badge tone="attention">None entered</Badge>;
}

export function TeamCostsCard({ months, currencyCode, currentMonth, answer }: TeamCostsCardProps) {
  return (
    <Card padding="0">
      <Box padding="400">
        <SectionTitle
          title="Team costs"
          detail="Salaries, tools and other costs of the support team, per month. A month without an entry carries the last one forward."
          table="teamCosts"
        />
      </Box>
      <DataTable
        columnContentTypes={["text", "numeric", "numeric", "numeric", "numeric", "text"]}
        headings={["Month", "Salaries", "Tools", "Other", "Total", ""]}
        rows={months.map((month) => [
          month.label,
          month.salaries.text,
          month.tools.text,
          month.other.text,
          month.total.text,
          <Source key="source" month={month} />,
        ])}
      />
      <Box padding="400">
        <TeamCostsForm currencyCode={currencyCode} currentMonth={currentMonth} answer={answer} />
      </Box>
    </Card>
  );
}
