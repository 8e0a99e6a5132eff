// The rules in precedence order: each tier with who holds it, what it gets
// and how many customers hold it; moved up or down, or deleted (which takes
// the tier off its customers, so it asks first).
import { Link as RemixLink } from "@remix-run/react";
import { Badge, Card, EmptyState, IndexTable, InlineStack, Text } from "@shopify/polaris";
import type { VipRulesPage } from "../../services/vip-rules.server";
import { PostButton } from "../form/PostButton";

type Rule = VipRulesPage["rules"][number];

function RuleGets({ rule }: { rule: Rule }) {
  return (
    <InlineStack gap="100">
      {rule.tags.map((tag) => (
        <Badge key={tag} tone="info">
          {tag}
        </Badge>
      ))}
      {rule.skipBot ? <Badge>Skips the bot</Badge> : null}
      {rule.skipQueue ? <Badge>Skips the queue</Badge> : null}
      {rule.instantRefunds ? <Badge>Instant refunds</Badge> : null}
      {rule.concierge ? <Badge>{`Concierge: ${rule.concierge}`}</Badge> : null}
    </InlineStack>
  );
}

function RuleActions({ rule, first, last, busy }: { rule: Rule; first: boolean; last: boolean; busy: boolean }) {
  return (
    <InlineStack gap="100" wrap={false}>
      <PostButton fields={{ intent: "move-up", id: rule.id }} disabled={first || busy} label={`Move ${rule.tierName} up`}>
        ↑
      </PostButton>
      <PostButton fields={{ intent: "move-down", id: rule.id }} disabled={last || busy} label={`Move ${rule.tierName} down`}>
        ↓
      </PostButton>
      <PostButton
        fields={{ intent: "delete", id: rule.id }}
        disabled={busy}
        label={`Delete ${rule.tierName}`}
        tone="critical"
        confirm={`Delete the tier “${rule.tierName}”? Customers holding it lose it, and the tags Concierge added for it.`}
      >
        Delete
      </PostButton>
    </InlineStack>
  );
}

export function VipRulesTable({ rules, busy }: { rules: Rule[]; busy: boolean }) {
  return (
    <Card padding="0">
      {rules.length === 0 ? (
        <EmptyState heading="No VIP rules yet" action={{ content: "Add rule", url: "/app/vip-rules/new" }} image="">
          <p>Say who your VIPs are (&quot;spent over $10,000&quot;, &quot;tagged VIP&quot;) and what their tier gets them.</p>
        </EmptyState>
      ) : (
        <IndexTable
          itemCount={rules.length}
          selectable={false}
          headings={[{ title: "Order" }, { title: "Tier" }, { title: "Who" }, { title: "Gets" }, { title: "Customers" }, { title: "" }]}
        >
          {rules.map((rule, index) => (
            <IndexTable.Row id={rule.id} key={rule.id} position={index}>
              <IndexTable.Cell>{rule.precedence}</IndexTable.Cell>
              <IndexTable.Cell>
                <InlineStack gap="200" blockAlign="center">
                  <RemixLink to={`/app/vip-rules/${rule.id}`}>{rule.tierName}</RemixLink>
                  {rule.enabled ? null : <Badge>Off</Badge>}
                </InlineStack>
              </IndexTable.Cell>
              <IndexTable.Cell>
                <Text as="span">{rule.conditions}</Text>
              </IndexTable.Cell>
              <IndexTable.Cell>
                <RuleGets rule={rule} />
              </IndexTable.Cell>
              <IndexTable.Cell>{rule.members.toLocaleString("en-US")}</IndexTable.Cell>
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
