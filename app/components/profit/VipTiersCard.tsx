// Customers in each VIP tier now, and how many joined it during the period.
import { Box, Card, DataTable, Text } from "@shopify/polaris";
import type { Dashboard } from "./dashboard";
import { SectionTitle } from "./SectionTitle";

export function VipTiersCard({ tiers }: { tiers: Dashboard["vipTiers"] }) {
  return (
    <Card padding="0">
      <Box padding="400">
        <SectionTitle title="VIP tiers" detail="Customers in each tier now, and how many joined it during the period." table="vipTiers" />
      </Box>
      {tiers.length > 0 ? (
        <DataTable
          columnContentTypes={["text", "numeric", "numeric"]}
          headings={["Tier", "Customers now", "Joined in the period"]}
          rows={tiers.map((tier) => [tier.tierName, tier.members, tier.joined])}
        />
      ) : (
        <Box paddingInline="400" paddingBlockEnd="400">
          <Text as="p" tone="subdued">
            No customer is in a VIP tier yet.
          </Text>
        </Box>
      )}
    </Card>
  );
}
