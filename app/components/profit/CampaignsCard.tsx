// Outreach campaigns of the period: customers contacted, replies, and the
// orders credited to the campaign's agent code; a row's Delete, and the form
// that adds one.
import { Banner, Box, Card, DataTable, Text } from "@shopify/polaris";
import { PostButton } from "../form/PostButton";
import type { FormResult } from "../form/parse";
import { useSavedToast } from "../form/useSavedToast";
import { CampaignForm } from "./CampaignForm";
import type { Dashboard } from "./dashboard";
import { SectionTitle } from "./SectionTitle";

export interface CampaignsCardProps {
  campaigns: Dashboard["campaigns"];
  currentMonth: string;
  answer: { result: FormResult; saved: boolean } | undefined;
  /** The action's answer to a row's Delete. */
  deleted: { result: FormResult; saved: boolean } | undefined;
}

export function CampaignsCard({ campaigns, currentMonth, answer, deleted }: CampaignsCardProps) {
  useSavedToast(deleted?.saved ? deleted : null, "Campaign deleted");
  const refused = deleted && !deleted.saved ? deleted.result.error?.[""]?.[0] : undefined;
  return (
    <Card padding="0">
      <Box padding="400">
        <SectionTitle
          title="Outreach campaigns"
          detail="Customers support contacted, how many replied, and the orders credited to the campaign's agent code in its month."
          table="campaigns"
        />
      </Box>
      {refused ? (
        <Box paddingInline="400" paddingBlockEnd="400">
          <Banner tone="critical">{refused}</Banner>
        </Box>
      ) : null}
      {campaigns.length > 0 ? (
        <DataTable
          columnContentTypes={["text", "text", "text", "numeric", "numeric", "numeric", "numeric", "numeric", "text"]}
          headings={["Month", "Campaign", "Code", "Contacted", "Replied", "Reply rate", "Orders", "Revenue", ""]}
          rows={campaigns.map((row) => [
            row.monthLabel,
            row.name,
            row.code ?? "—",
            row.contacted,
            row.replied,
            row.replyRate.text,
            row.code ? row.orders : "—",
            row.revenue.text,
            <PostButton key="delete" fields={{ intent: "deleteCampaign", id: row.id }} plain tone="critical" label={`Delete ${row.name}`}>
              Delete
            </PostButton>,
          ])}
        />
      ) : (
        <Box paddingInline="400">
          <Text as="p" tone="subdued">
            No campaigns in this period.
          </Text>
        </Box>
      )}
      <Box padding="400">
        <CampaignForm currentMonth={currentMonth} answer={answer} />
      </Box>
    </Card>
  );
}
