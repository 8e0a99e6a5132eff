// The team's costs month by month (entered, carried from the last entry, or
// none), and the form that enters a month's.
import { Badge } from "@shopify/polaris";
import { ResourceTableCard } from "../ResourceTableCard";
import type { FormResult } from "../form/parse";
import type { Dashboard } from "./dashboard";
import { SectionTitle } from "./SectionTitle";
import { TeamCostsForm } from "./TeamCostsForm";
import { useTranslation } from "react-i18next";

export interface TeamCostsCardProps {
  months: Dashboard["teamCosts"];
  currencyCode: string;
  currentMonth: string;
  answer: { result: FormResult; saved: boolean } | undefined;
}

function Source({ month }: { month: Dashboard["teamCosts"][number] }) {
  const { t } = useTranslation("profit");
  if (month.source === "entered") return <Badge tone="success">{t("teamCosts.entered")}</Badge>;
  if (month.source === "carried") return <Badge>{t("teamCosts.carried", { month: month.from })}</Badge>;
  return <Badge tone="attention">{t("teamCosts.none")}</Badge>;
}

export function TeamCostsCard({ months, currencyCode, currentMonth, answer }: TeamCostsCardProps) {
  const { t } = useTranslation("profit");
  return (
    <ResourceTableCard
      header={<SectionTitle title={t("teamCosts.title")} detail={t("teamCosts.detail")} table="teamCosts" />}
      empty={t("teamCosts.none")}
      columnContentTypes={["text", "numeric", "numeric", "numeric", "numeric", "text"]}
      headings={[t("teamCosts.month"), t("teamCosts.salaries"), t("teamCosts.tools"), t("teamCosts.other"), t("teamCosts.total"), ""]}
      rows={months.map((month) => [
        month.label,
        month.salaries.text,
        month.tools.text,
        month.other.text,
        month.total.text,
        <Source key="source" month={month} />,
      ])}
      footer={<TeamCostsForm currencyCode={currencyCode} currentMonth={currentMonth} answer={answer} />}
    />
  );
}
