// The latest re-evaluation of every customer: its progress while it runs,
// why it stopped when it failed, or when it finished; and the button that
// starts another.
import { Banner, BlockStack, Card, InlineStack, ProgressBar, Text } from "@shopify/polaris";
import type { VipRulesPage } from "../../services/vip-rules.server";
import { PostButton } from "../form/PostButton";

const TRIGGERS: Record<string, string> = {
  rule_created: "a rule was added",
  rule_updated: "a rule was changed",
  rule_deleted: "a rule was deleted",
  rules_reordered: "the rules were reordered",
  manual: "you asked for it",
};

type BackfillView = NonNullable<VipRulesPage["backfill"]>;

export function BackfillStatus({ backfill, when, busy }: { backfill: BackfillView; when: (iso: string) => string; busy: boolean }) {
  const because = TRIGGERS[backfill.trigger] ?? backfill.trigger;
  const reevaluate = (
    <PostButton fields={{ intent: "reevaluate" }} disabled={busy}>
      Re-evaluate every customer
    </PostButton>
  );
  if (backfill.status === "running" || backfill.status === "processing") {
    const progress = backfill.customersTotal > 0 ? Math.round((backfill.customersProcessed / backfill.customersTotal) * 100) : 0;
    return (
      <Card>
        <BlockStack gap="200">
          <Text as="h2" variant="headingMd">
            Re-evaluating every customer
          </Text>
          <Text as="p" tone="subdued">
            {backfill.status === "running"
              ? `Shopify is exporting your customers (started ${when(backfill.startedAt)}, because ${because}).`
              : `${backfill.customersProcessed.toLocaleString("en-US")} of ${backfill.customersTotal.toLocaleString("en-US")} customers checked; ${backfill.customersChanged.toLocaleString("en-US")} changed tier or tags.`}
          </Text>
          <ProgressBar progress={backfill.status === "running" ? 0 : progress} />
        </BlockStack>
      </Card>
    );
  }
  if (backfill.status === "failed") {
    return (
      <Banner tone="critical" title="Customers could not all be re-evaluated">
        <BlockStack gap="200">
          <p>
            The re-evaluation started {when(backfill.startedAt)} because {because} stopped: {backfill.error ?? "unknown error"}. Tiers
            update as usual when orders, refunds and customer changes come in.
          </p>
          {reevaluate}
        </BlockStack>
      </Banner>
    );
  }
  return (
    <Card>
      <InlineStack align="space-between" blockAlign="center">
        <Text as="p" tone="subdued">
          {backfill.status === "completed"
            ? `Every customer was re-evaluated ${backfill.finishedAt ? when(backfill.finishedAt) : ""} (${backfill.customersTotal.toLocaleString("en-US")} customers, ${backfill.customersChanged.toLocaleString("en-US")} changed).`
            : "The last re-evaluation was replaced by a newer one."}
        </Text>
        {reevaluate}
      </InlineStack>
    </Card>
  );
}
