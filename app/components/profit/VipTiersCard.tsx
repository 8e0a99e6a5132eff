// Customers in each VIP tier now, and how many joined it during the period.
import { ResourceTableCard } from "../ResourceTableCard";
import type { Dashboard } from "./dashboard";
import { SectionTitle } from "./SectionTitle";
import { useTranslation } from "react-i18next";

export function VipTiersCard({ tiers }: { tiers: Dashboard["vipTiers"] }) {
  const { t } = useTranslation("profit");
  return (
    <ResourceTableCard
      header={<SectionTitle title={t("vipTiers.title")} detail={t("vipTiers.detail")} table="vipTiers" />}
      empty={{ heading: t("vipTiers.none"), action: { content: t("vipTiers.noneAction"), url: "/app/vip-rules/new" } }}
      columnContentTypes={["text", "numeric", "numeric"]}
      headings={[t("vipTiers.tier"), t("vipTiers.members"), t("vipTiers.joined")]}
      rows={tiers.map((tier) => [tier.tierName, tier.members, tier.joined])}
    />
  );
}
