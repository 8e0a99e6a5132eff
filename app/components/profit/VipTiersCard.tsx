// Customers in each VIP tier now, and how many joined it during the period.
import { Box, Card, DataTable } from "@shopify/polaris";
import type { Dashboard } from "./dashboard";
import { EmptyNote, SectionTitle } from "./SectionTitle";
import { useTranslation } from "react-i18next";

export function VipTiersCard({ tiers }: { tiers: Dashboard["vipTiers"] }) {
  const { t } = useTranslation("profit");
  return (
    <Card padding="0">
      <Box padding="400">
        <SectionTitle title={t("vipTiers.title")} detail={t("vipTiers.detail")} table="vipTiers" />
      </Box>
      {tiers.length > 0 ? (
        <DataTable
          columnContentTypes={["text", "numeric", "numeric"]}
          headings={[t("vipTiers.tier"), t("vipTiers.members"), t("vipTiers.joined")]}
          rows={tiers.map((tier) => [tier.tierName, tier.members, tier.joined])}
        />
      ) : (
        <EmptyNote>{t("vipTiers.none")}</EmptyNote>
      )}
    </Card>
  );
}
