// The tier a rule gives: its name, and whether the rule is on.
import type { FormMetadata } from "@conform-to/react";
import { FormLayout } from "@shopify/polaris";
import type { RuleFormValues } from "../../domain/vip/rule-form";
import { CheckboxInput, TextInput } from "../form/fields";
import { TitledCard } from "../TitledCard";

export function TierCard({ fields }: { fields: ReturnType<FormMetadata<RuleFormValues>["getFieldset"]> }) {
  return (
    <TitledCard title="Tier">
      <FormLayout>
        <TextInput field={fields.tierName} label="Tier name" helpText="Shown to your team and written on the customer's Shopify profile." />
        <CheckboxInput
          field={fields.enabled}
          label="Rule is on"
          helpText="A rule that is off gives no one its tier; customers who hold it lose it."
        />
      </FormLayout>
    </TitledCard>
  );
}
