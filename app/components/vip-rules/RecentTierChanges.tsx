// The latest customers to enter, leave or change a tier, each with why and
// a link to their tier history.
import { Link as RemixLink } from "@remix-run/react";
import { Badge, BlockStack, InlineStack, Text } from "@shopify/polaris";
import type { VipRulesPage } from "../../services/vip-rules.server";
import { TitledCard } from "../TitledCard";
import { useTranslation } from "react-i18next";
import { usePhraseText } from "../../i18n/format";
import { triggerText } from "./tier-change-text";

type Change = VipRulesPage["recent"][number];

const tiersOf = (change: Change) =>
  change.kind === "entered" ? change.toTier : change.kind === "left" ? change.fromTier : `${change.fromTier} → ${change.toTier}`;

export function RecentTierChanges({ recent, when }: { recent: Change[]; when: (iso: string) => string }) {
  const { t } = useTranslation("vip");
  const reasonText = usePhraseText();
  return (
    <TitledCard title={t("recent.title")}>
      {recent.length === 0 ? (
        <Text as="p" tone="subdued">
          {t("recent.empty")}
        </Text>
      ) : (
        <BlockStack gap="200">
          {recent.map((change) => (
            <InlineStack key={change.id} gap="200" blockAlign="center">
              <Text as="span" tone="subdued">
                {when(change.createdAt)}
              </Text>
              <RemixLink to={`/app/vip-rules/customers/${change.customerId}`}>
                {change.customerName ?? t("recent.unnamedCustomer")}
              </RemixLink>
              <Badge tone={change.kind === "left" ? "warning" : "success"}>
                {t(`kinds.${change.kind}`, { defaultValue: change.kind })}
              </Badge>
              <Text as="span">{tiersOf(change)}</Text>
              <Text as="span" tone="subdued">
                {change.why ? `${reasonText(change.why)} (${triggerText(change.trigger, t)})` : triggerText(change.trigger, t)}
              </Text>
            </InlineStack>
          ))}
        </BlockStack>
      )}
    </TitledCard>
  );
}
