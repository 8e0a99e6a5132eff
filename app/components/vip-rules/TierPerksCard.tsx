// What the tier means: the tags written on the customer in Shopify (at least
// one), and how support treats them.
import type { FormMetadata } from "@conform-to/react";
import { Box, Button, InlineStack, Text } from "@shopify/polaris";
import type { RuleFormValues } from "../../domain/vip/rule-form";
import { CheckboxInput, FieldError, TextInput } from "../form/fields";
import { TitledCard } from "../TitledCard";

export function TierPerksCard({ form }: { form: FormMetadata<RuleFormValues> }) {
  const fields = form.getFieldset();
  const tags = fields.tagsToAdd.getFieldList();
  return (
    <TitledCard title="What the tier means">
      <Text as="p" tone="subdued">
        Tags are added to the customer in Shopify, where your storefront, Gorgias and Zendesk can route on them. Concierge only ever removes
        tags it added itself.
      </Text>
      {tags.map((tag, index) => (
        <InlineStack key={tag.key} gap="200" blockAlign="start" wrap={false}>
          <Box width="100%">
            <TextInput field={tag} label="Tag to add" labelHidden />
          </Box>
          <Button
            accessibilityLabel="Remove this tag"
            onClick={() => form.remove({ name: fields.tagsToAdd.name, index })}
            disabled={tags.length === 1}
          >
            Remove
          </Button>
        </InlineStack>
      ))}
      <FieldError field={fields.tagsToAdd} />
      <InlineStack>
        <Button onClick={() => form.insert({ name: fields.tagsToAdd.name, defaultValue: "" })}>Add tag</Button>
      </InlineStack>
      <CheckboxInput field={fields.skipBot} label="Skip the bot" helpText="The chat opens straight to a person." />
      <CheckboxInput field={fields.skipQueue} label="Skip the queue" helpText="Their conversations go to the front." />
      <TextInput
        field={fields.priorityTag}
        label="Priority tag"
        helpText="Added to the customer while the tier skips the queue: your Gorgias or Zendesk rule routes on it."
      />
      <CheckboxInput
        field={fields.instantRefunds}
        label="Eligible for instant refunds"
        helpText="Refund a return as soon as its parcel has tracking, within the limits below."
      />
      <InlineStack gap="300" wrap={false}>
        <Box width="100%">
          <TextInput field={fields.instantRefundMaxPerRefund} label="Largest instant refund" helpText="Blank: none are instant." />
        </Box>
        <Box width="100%">
          <TextInput
            field={fields.instantRefundMaxPerMonth}
            label="Instant refunds per customer per month"
            helpText="In your store currency."
          />
        </Box>
      </InlineStack>
    </TitledCard>
  );
}
