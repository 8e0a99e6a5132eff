// The sender and the SMTP server Concierge's emails go out through. A
// settings form: App Bridge's save bar while it has changes, a toast once
// saved; the password is never shown again, only whether one is stored.
import { FormLayout } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { emailServerSchema, type EmailServerValues } from "../../domain/outreach/email-settings";
import { SelectInput, TextInput } from "../form/fields";
import { SettingsFormCard, useSettingsForm, type SaveAnswer } from "../form/SettingsFormCard";

export interface EmailServerFormProps {
  /** The saved settings as text, the password left empty. */
  values: EmailServerValues;
  /** Whether a password is stored, kept when the field is left empty. */
  hasPassword: boolean;
  answer: SaveAnswer | undefined;
}

export function EmailServerForm({ values, hasPassword, answer }: EmailServerFormProps) {
  const { t } = useTranslation("email");
  const [form, fields] = useSettingsForm({
    id: "email-server",
    schema: emailServerSchema,
    defaultValue: values,
    answer,
    savedMessage: t("server.saved"),
  });
  return (
    <SettingsFormCard form={form} intent="server" submitLabel={t("agents:save")}>
      <FormLayout>
        <FormLayout.Group>
          <TextInput field={fields.fromName} label={t("server.fromName")} />
          <TextInput field={fields.fromEmail} label={t("server.fromEmail")} type="email" />
        </FormLayout.Group>
        <TextInput field={fields.replyTo} label={t("server.replyTo")} type="email" />
        <FormLayout.Group>
          <TextInput field={fields.host} label={t("server.host")} placeholder="smtp.yourprovider.com" />
          <TextInput field={fields.port} label={t("server.port")} inputMode="numeric" />
        </FormLayout.Group>
        <SelectInput
          field={fields.security}
          label={t("server.security")}
          options={[
            { label: t("server.starttls"), value: "starttls" },
            { label: t("server.tls"), value: "tls" },
            { label: t("server.none"), value: "none" },
          ]}
        />
        <FormLayout.Group>
          <TextInput field={fields.username} label={t("server.username")} />
          <TextInput
            field={fields.password}
            label={t("server.password")}
            type="password"
            helpText={hasPassword ? t("server.passwordStored") : undefined}
          />
        </FormLayout.Group>
        <TextInput field={fields.ratePerMinute} label={t("server.rate")} inputMode="numeric" />
      </FormLayout>
    </SettingsFormCard>
  );
}
