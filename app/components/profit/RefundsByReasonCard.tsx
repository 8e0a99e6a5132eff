// The period's refunds and exchanges by the reason the contact carried, per
// currency, with what the figures count and leave out.
import { useTranslation } from "react-i18next";
import { ResourceTableCard } from "../ResourceTableCard";
import type { Dashboard } from "./dashboard";
import { SectionTitle } from "./SectionTitle";

export function RefundsByReasonCard({ reasons, periodLabel }: { reasons: Dashboard["refundsByReason"]; periodLabel: string }) {
  const { t } = useTranslation("profit");
  const amounts = (texts: string[]) => (texts.length > 0 ? texts.join(" · ") : "—");
  return (
    <ResourceTableCard
      header={<SectionTitle title={t("refundsByReason.title")} detail={t("refundsByReason.detail", { period: periodLabel })} />}
      empty={t("refundsByReason.none")}
      columnContentTypes={["text", "numeric", "numeric", "numeric"]}
      headings={[t("refundsByReason.reason"), t("refundsByReason.contacts"), t("refundsByReason.refunds"), t("refundsByReason.exchanges")]}
      rows={reasons.map((reason) => [reason.label, reason.contacts, amounts(reason.refunds), amounts(reason.exchanges)])}
    />
  );
}
