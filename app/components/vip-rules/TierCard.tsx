// The tier a rule gives: its name, and whether the rule is on.
import type { FormMetadata } from "@conform-to/react";
import { BlockStack, Card, FormLayout, Text } from "@shopify/polaris";
import type { RuleFormValues } from "../../domain/vip/rule-form";
import { CheckboxInput, TextInput } from "../form/fields";

export function TierCard({ fields }: { fields: ReturnType<FormMetadata<RuleFormValues>["getFieldset"]> }) {
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          Tier
        </Text>
        <FormLayout>
          <TextInput field={fields.tierName} label="Tier name" helpText="Shown to your team and written on the customer's Shopify profile." />
          <CheckboxInput
            field={fields.enabled}
            label="Rule is on"
            helpText="A rule that is off gives no one its tier; customers who hold it lose it."
          />
        </FormLayout>
      </BlockStack>
    </Card>
  );
}
