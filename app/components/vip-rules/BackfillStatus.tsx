// The latest re-evaluation of every customer: its progress while it runs,
// why it stopped when it failed, or when it finished; and the button that
// starts another.
import { Banner, BlockStack, Card, InlineStack, ProgressBar } from "@shopify/polaris";
import type { VipRulesPage } from "../../services/vip-rules.server";
import type { BackfillTrigger } from "../../services/vip-backfill.server";
import { PostButton } from "../form/PostButton";
import { Detail } from "../CardTitle";
import { TitledCard } from "../TitledCard";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format";

// Every trigger has its words (backfill.because.*): a new one fails the type check until it has them.
const TRIGGERS: Record<BackfillTrigger, true> = {
  rule_created: true,
  rule_updated: true,
  rule_deleted: true,
  rules_reordered: true,
  manual: true,
  schedule: true,
  reinstall: true,
};
const isTrigger = (trigger: string): trigger is BackfillTrigger => Object.hasOwn(TRIGGERS, trigger);

type BackfillView = NonNullable<VipRulesPage["backfill"]>;

export function BackfillStatus({ backfill, when, busy }: { backfill: BackfillView; when: (iso: string) => string; busy: boolean }) {
  const { t } = useTranslation("vip");
  const format = useFormat();
  const because = isTrigger(backfill.trigger) ? t(`backfill.because.${backfill.trigger}`) : backfill.trigger;
  const reevaluate = (
    <PostButton fields={{ intent: "reevaluate" }} disabled={busy}>
      {t("backfill.reevaluate")}
    </PostButton>
  );
  if (backfill.status === "running" || backfill.status === "processing") {
    const progress = backfill.customersTotal > 0 ? Math.round((backfill.customersChecked / backfill.customersTotal) * 100) : 0;
    return (
      <TitledCard title={t("backfill.running")}>
        <Detail>
          {backfill.status === "running"
            ? t("backfill.exporting", { when: when(backfill.startedAt), because })
            : t("backfill.progress", {
                checked: format.count(backfill.customersChecked),
                total: t("backfill.customers", { count: backfill.customersTotal }),
                changed: format.count(backfill.customersChanged),
              })}
        </Detail>
        <ProgressBar progress={backfill.status === "running" ? 0 : progress} />
      </TitledCard>
    );
  }
  if (backfill.status === "failed") {
    return (
      <Banner tone="critical" title={t("backfill.failedTitle")}>
        <BlockStack gap="200">
          <p>{t("backfill.failed", { when: when(backfill.startedAt), because, error: backfill.error ?? t("backfill.unknownError") })}</p>
          {reevaluate}
        </BlockStack>
      </Banner>
    );
  }
  return (
    <Card>
      <InlineStack align="space-between" blockAlign="center">
        <Detail>
          {backfill.status === "completed"
            ? t("backfill.completed", {
                when: backfill.finishedAt ? when(backfill.finishedAt) : "",
                total: t("backfill.customers", { count: backfill.customersTotal }),
                changed: format.count(backfill.customersChanged),
              })
            : t("backfill.replaced")}
        </Detail>
        {reevaluate}
      </InlineStack>
    </Card>
  );
}
