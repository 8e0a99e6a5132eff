// The concierge a tier's customers reach directly: optional, but a name
// needs a phone, an email or a WhatsApp number beside it.
import type { FieldMetadata } from "@conform-to/react";
import { FormLayout } from "@shopify/polaris";
import type { RuleFormValues } from "../../domain/vip/rule-form";
import { FieldError, TextInput } from "../form/fields";
import { TitledCard } from "../TitledCard";
import { useTranslation } from "react-i18next";

export function ConciergeCard({ field }: { field: FieldMetadata<RuleFormValues["concierge"]> }) {
  const { t } = useTranslation("vip");
  const contact = field.getFieldset();
  return (
    <TitledCard title={t("concierge.title")} help={t("concierge.help")}>
      <FieldError field={field} />
      <FormLayout>
        <FormLayout.Group>
          <TextInput field={contact.name} label={t("concierge.name")} />
          <TextInput field={contact.email} label={t("concierge.email")} type="email" />
        </FormLayout.Group>
        <FormLayout.Group>
          <TextInput field={contact.phone} label={t("concierge.phone")} type="tel" placeholder="+14155550123" />
          <TextInput field={contact.whatsapp} label={t("concierge.whatsapp")} type="tel" placeholder="+447700900123" />
        </FormLayout.Group>
      </FormLayout>
    </TitledCard>
  );
}
