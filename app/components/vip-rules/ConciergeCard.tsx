// The concierge a tier's customers reach directly: optional, but a name
// needs a phone, an email or a WhatsApp number beside it.
import type { FieldMetadata } from "@conform-to/react";
import { FormLayout, Text } from "@shopify/polaris";
import type { RuleFormValues } from "../../domain/vip/rule-form";
import { FieldError, TextInput } from "../form/fields";
import { TitledCard } from "../TitledCard";

export function ConciergeCard({ field }: { field: FieldMetadata<RuleFormValues["concierge"]> }) {
  const contact = field.getFieldset();
  return (
    <TitledCard title="Concierge contact">
      <Text as="p" tone="subdued">
        Optional: the person these customers reach directly. Give a phone, an email or a WhatsApp number.
      </Text>
      <FieldError field={field} />
      <FormLayout>
        <FormLayout.Group>
          <TextInput field={contact.name} label="Concierge name" />
          <TextInput field={contact.email} label="Concierge email" type="email" />
        </FormLayout.Group>
        <FormLayout.Group>
          <TextInput field={contact.phone} label="Concierge phone" type="tel" placeholder="+14155550123" />
          <TextInput field={contact.whatsapp} label="Concierge WhatsApp" type="tel" placeholder="+447700900123" />
        </FormLayout.Group>
      </FormLayout>
    </TitledCard>
  );
}
