// What a rule would do before it is saved: how many of the store's customers
// match, how many would hold this tier (a higher rule may win), and a sample
// of them, each linked to their tier page.
import { Link as RemixLink } from "@remix-run/react";
import { Badge, BlockStack, InlineStack, List, Text } from "@shopify/polaris";
import type { RulePreview } from "../../services/vip-rules.server";
import { TitledCard } from "../TitledCard";

export function RulePreviewCard({ preview }: { preview: RulePreview }) {
  const partial = preview.checked < preview.total;
  const share = preview.checked === 0 ? 0 : (preview.matching / preview.checked) * 100;
  return (
    <TitledCard title="Preview">
      <Text as="p" variant="headingLg">
        {partial
          ? `${preview.matching} of the first ${preview.checked.toLocaleString("en-US")} customers match (${share.toFixed(1)}%)`
          : `${preview.matching} of ${preview.checked.toLocaleString("en-US")} customers match`}
      </Text>
      <Text as="p" tone="subdued">
        {preview.holding === preview.matching
          ? "All of them would hold this tier."
          : `${preview.holding} would hold this tier; the others qualify for a higher one.`}
        {partial
          ? ` Your store has ${preview.total.toLocaleString("en-US")} customers: once the rule is saved, every one of them is re-evaluated and counted.`
          : ""}
      </Text>
      {preview.sample.length > 0 ? (
        <List type="bullet">
          {preview.sample.map((customer) => (
            <List.Item key={customer.id}>
              <BlockStack gap="100">
                <InlineStack gap="200" blockAlign="center">
                  <RemixLink to={`/app/vip-rules/customers/${customer.id}`}>{customer.name || `Customer ${customer.id}`}</RemixLink>
                  <Text as="span" tone="subdued">
                    {customer.amountSpent} · {customer.ordersCount} orders
                  </Text>
                  {customer.tags.map((tag) => (
                    <Badge key={tag}>{tag}</Badge>
                  ))}
                  {customer.wouldHold ? <Badge tone="success">{`Would hold ${customer.wouldHold}`}</Badge> : null}
                </InlineStack>
                <Text as="span" tone="subdued">
                  {customer.reason[0]}
                </Text>
              </BlockStack>
            </List.Item>
          ))}
        </List>
      ) : (
        <Text as="p">No customer matches yet.</Text>
      )}
    </TitledCard>
  );
}
