// Who holds the tier: all or any of a list of conditions, each a kind and a
// value; rows are added and removed in the browser, at least one stays.
import type { FormMetadata } from "@conform-to/react";
import { Box, Button, InlineStack, Text } from "@shopify/polaris";
import type { RuleFormValues } from "../../domain/vip/rule-form";
import { CONDITION_KINDS, type ConditionKind } from "../../domain/vip/rules";
import { FieldError, RadioInput, SelectInput, TextInput } from "../form/fields";
import { TitledCard } from "../TitledCard";

const CONDITION_LABELS: Record<ConditionKind, string> = {
  tag_contains: "Has a tag containing",
  tag_equals: "Has the tag",
  amount_spent_at_least: "Has spent at least",
  orders_count_at_least: "Has placed at least (orders)",
  last_order_within_days: "Ordered within the last (days)",
};
const CONDITION_CHOICES = CONDITION_KINDS.map((kind) => ({ label: CONDITION_LABELS[kind], value: kind }));
const MATCH_CHOICES = [
  { label: "All of these conditions", value: "all" },
  { label: "Any of these conditions", value: "any" },
];
const NUMERIC: ReadonlySet<unknown> = new Set<ConditionKind>(["amount_spent_at_least", "orders_count_at_least", "last_order_within_days"]);
const NEW_CONDITION = { kind: "amount_spent_at_least", value: "" } as const;

/** The value's look for a kind: the shop currency after an amount, an example of what to type. */
function valueHints(kind: unknown, shopCurrency: string) {
  if (kind === "amount_spent_at_least") return { suffix: shopCurrency, placeholder: "10000.00", inputMode: "decimal" as const };
  return NUMERIC.has(kind) ? { placeholder: "5", inputMode: "decimal" as const } : { placeholder: "VIP", inputMode: "text" as const };
}

export function ConditionsCard({ form, shopCurrency }: { form: FormMetadata<RuleFormValues>; shopCurrency: string }) {
  const fields = form.getFieldset();
  const rows = fields.conditions.getFieldList();
  return (
    <TitledCard title="Who holds it">
      <RadioInput field={fields.match} title="Customers must meet" choices={MATCH_CHOICES} />
      {rows.map((row, index) => {
        const condition = row.getFieldset();
        return (
          <InlineStack key={row.key} gap="200" blockAlign="start" wrap={false}>
            <Box minWidth="16rem">
              <SelectInput field={condition.kind} label="Condition" labelHidden options={CONDITION_CHOICES} error={row.errors?.[0]} />
            </Box>
            <Box width="100%">
              <TextInput field={condition.value} label="Value" labelHidden {...valueHints(condition.kind.value, shopCurrency)} />
            </Box>
            <Button
              accessibilityLabel="Remove this condition"
              onClick={() => form.remove({ name: fields.conditions.name, index })}
              disabled={rows.length === 1}
            >
              Remove
            </Button>
          </InlineStack>
        );
      })}
      <FieldError field={fields.conditions} />
      <InlineStack>
        <Button onClick={() => form.insert({ name: fields.conditions.name, defaultValue: NEW_CONDITION })}>Add condition</Button>
      </InlineStack>
      <Text as="p" tone="subdued">
        Amounts are in the shop currency ({shopCurrency}); orders and amounts are Shopify&apos;s own totals for the customer.
      </Text>
    </TitledCard>
  );
}
