// The agent's personal code in Shopify: its text (fixed once created), what
// it takes off, and its rules.
import type { FieldMetadata } from "@conform-to/react";
import { FormLayout, Text } from "@shopify/polaris";
import type { AgentFormValues } from "../../domain/agents/agent";
import { CheckboxInput, SelectInput, TextInput } from "../form/fields";
import { TitledCard } from "../TitledCard";

const DISCOUNT_KINDS = [
  { label: "Percentage off", value: "percentage" },
  { label: "Fixed amount off", value: "fixed_amount" },
];

export interface PersonalCodeCardProps {
  field: FieldMetadata<AgentFormValues["personalCode"]>;
  shopCurrency: string;
  mode: "new" | "edit";
}

export function PersonalCodeCard({ field, shopCurrency, mode }: PersonalCodeCardProps) {
  const code = field.getFieldset();
  const discount = code.discount.getFieldset();
  const percentage = discount.kind.value === "percentage";
  return (
    <TitledCard title="Personal code">
      <Text as="p" tone="subdued">
        Created in Shopify. Every order that uses it is credited to this agent.
      </Text>
      <FormLayout>
        <FormLayout.Group>
          <TextInput
            field={code.code}
            label="Code"
            readOnly={mode === "edit"}
            helpText={mode === "edit" ? "A code can't be renamed: its sales are credited by it." : "Letters, digits, - and _."}
          />
          <SelectInput
            field={discount.kind}
            label="Discount"
            options={DISCOUNT_KINDS}
            error={code.discount.errors?.[0] ?? field.errors?.[0]}
          />
          <TextInput
            field={discount.value}
            label="Value"
            inputMode="decimal"
            {...(percentage ? { suffix: "%" } : { prefix: shopCurrency })}
          />
        </FormLayout.Group>
        <FormLayout.Group>
          <TextInput
            field={code.minimumSubtotal}
            label="Minimum order subtotal"
            prefix={shopCurrency}
            inputMode="decimal"
            helpText="Blank: no minimum."
          />
          <TextInput field={code.usageLimit} label="Total uses" inputMode="numeric" helpText="Blank: no limit." />
        </FormLayout.Group>
        <CheckboxInput field={code.appliesOncePerCustomer} label="Each customer can use it once" />
      </FormLayout>
    </TitledCard>
  );
}
