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
import { useTranslation } from "react-i18next";

export interface CampaignsCardProps {
  campaigns: Dashboard["campaigns"];
  currentMonth: string;
  answer: { result: FormResult; saved: boolean } | undefined;
  /** The action's answer to a row's Delete. */
  deleted: { result: FormResult; saved: boolean } | undefined;
}

export function CampaignsCard({ campaigns, currentMonth, answer, deleted }: CampaignsCardProps) {
  const { t } = useTranslation("profit");
  useSavedToast(deleted?.saved ? deleted : null, t("campaigns.deleted"));
  const refused = deleted && !deleted.saved ? deleted.result.error?.[""]?.[0] : undefined;
  return (
    <Card padding="0">
      <Box padding="400">
        <SectionTitle title={t("campaigns.title")} detail={t("campaigns.detail")} table="campaigns" />
      </Box>
      {refused ? (
        <Box paddingInline="400" paddingBlockEnd="400">
          <Banner tone="critical">{refused}</Banner>
        </Box>
      ) : null}
      {campaigns.length > 0 ? (
        <DataTable
          columnContentTypes={["text", "text", "text", "numeric", "numeric", "numeric", "numeric", "numeric", "text"]}
          headings={[
            t("campaigns.month"),
            t("campaigns.campaign"),
            t("campaigns.code"),
            t("campaigns.contacted"),
            t("campaigns.replied"),
            t("campaigns.replyRate"),
            t("campaigns.orders"),
            t("campaigns.revenue"),
            "",
          ]}
          rows={campaigns.map((row) => [
            row.monthLabel,
            row.name,
            row.code ?? "—",
            row.contacted,
            row.replied,
            row.replyRate.text,
            row.code ? row.orders : "—",
            row.revenue.text,
            <PostButton
              key="delete"
              fields={{ intent: "deleteCampaign", id: row.id }}
              plain
              tone="critical"
              label={t("campaigns.deleteLabel", { name: row.name })}
            >
              {t("campaigns.delete")}
            </PostButton>,
          ])}
        />
      ) : (
        <Box paddingInline="400">
          <Text as="p" tone="subdued">
            {t("campaigns.none")}
          </Text>
        </Box>
      )}
      <Box padding="400">
        <CampaignForm currentMonth={currentMonth} answer={answer} />
      </Box>
    </Card>
  );
}
