// The rules in precedence order: each tier with who holds it, what it gets
// and how many customers hold it; moved up or down, or deleted (which takes
// the tier off its customers, so it asks first).
import { Link as RemixLink } from "@remix-run/react";
import { Badge, Card, EmptyState, IndexTable, InlineStack, Text } from "@shopify/polaris";
import type { VipRulesPage } from "../../services/vip-rules.server";
import { PostButton } from "../form/PostButton";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format";

type Rule = VipRulesPage["rules"][number];

function RuleGets({ rule }: { rule: Rule }) {
  const { t } = useTranslation("vip");
  return (
    <InlineStack gap="100">
      {rule.tags.map((tag) => (
        <Badge key={tag} tone="info">
          {tag}
        </Badge>
      ))}
      {rule.skipBot ? <Badge>{t("rules.skipsBot")}</Badge> : null}
      {rule.skipQueue ? <Badge>{t("rules.skipsQueue")}</Badge> : null}
      {rule.instantRefunds ? <Badge>{t("rules.instantRefunds")}</Badge> : null}
      {rule.concierge ? <Badge>{t("rules.concierge", { name: rule.concierge })}</Badge> : null}
    </InlineStack>
  );
}

function RuleActions({ rule, first, last, busy }: { rule: Rule; first: boolean; last: boolean; busy: boolean }) {
  const { t } = useTranslation("vip");
  return (
    <InlineStack gap="100" wrap={false}>
      <PostButton fields={{ intent: "move-up", id: rule.id }} disabled={first || busy} label={t("rules.moveUp", { tier: rule.tierName })}>
        ↑
      </PostButton>
      <PostButton
        fields={{ intent: "move-down", id: rule.id }}
        disabled={last || busy}
        label={t("rules.moveDown", { tier: rule.tierName })}
      >
        ↓
      </PostButton>
      <PostButton
        fields={{ intent: "delete", id: rule.id }}
        disabled={busy}
        label={t("rules.deleteLabel", { tier: rule.tierName })}
        tone="critical"
        confirm={t("rules.deleteConfirm", { tier: rule.tierName })}
      >
        {t("rules.delete")}
      </PostButton>
    </InlineStack>
  );
}

export function VipRulesTable({ rules, busy }: { rules: Rule[]; busy: boolean }) {
  const { t } = useTranslation("vip");
  const format = useFormat();
  return (
    <Card padding="0">
      {rules.length === 0 ? (
        <EmptyState heading={t("rules.emptyTitle")} action={{ content: t("rules.add"), url: "/app/vip-rules/new" }} image="">
          <p>{t("rules.emptyBody")}</p>
        </EmptyState>
      ) : (
        <IndexTable
          itemCount={rules.length}
          selectable={false}
          headings={[
            { title: t("rules.order") },
            { title: t("rules.tier") },
            { title: t("rules.who") },
            { title: t("rules.gets") },
            { title: t("rules.customers") },
            { title: "" },
          ]}
        >
          {rules.map((rule, index) => (
            <IndexTable.Row id={rule.id} key={rule.id} position={index}>
              <IndexTable.Cell>{rule.precedence}</IndexTable.Cell>
              <IndexTable.Cell>
                <InlineStack gap="200" blockAlign="center">
                  <RemixLink to={`/app/vip-rules/${rule.id}`}>{rule.tierName}</RemixLink>
                  {rule.enabled ? null : <Badge>{t("rules.off")}</Badge>}
                </InlineStack>
              </IndexTable.Cell>
              <IndexTable.Cell>
                <Text as="span">{rule.conditions}</Text>
              </IndexTable.Cell>
              <IndexTable.Cell>
                <RuleGets rule={rule} />
              </IndexTable.Cell>
              <IndexTable.Cell>{format.count(rule.members)}</IndexTable.Cell>
              <IndexTable.Cell>
                <RuleActions rule={rule} first={index === 0} last={index === rules.length - 1} busy={busy} />
              </IndexTable.Cell>
            </IndexTable.Row>
          ))}
        </IndexTable>
      )}
    </Card>
  );
}
