// The attribution options: the window an order looks back over for touches,
// and Zendesk's signing secret (never shown; left blank, the stored one
// stays). A settings form: App Bridge's save bar while it has changes, a
// toast saying what was saved.
import { FormLayout, Layout } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { helpdeskOptionsSchema, type HelpdeskOptionsValues } from "../../domain/helpdesk/forms";
import { TextInput } from "../form/fields";
import { SettingsFormCard, useSettingsForm, type SaveAnswer } from "../form/SettingsFormCard";

export interface HelpdeskOptionsFormProps {
  values: HelpdeskOptionsValues;
  /** Whether Zendesk's signing secret is stored. */
  secretSet: boolean;
  /** The action's answer to this form, with what was saved in the staff member's words. */
  answer: (SaveAnswer & { message?: string }) | undefined;
}

const INTENT = "options";

export function HelpdeskOptionsForm({ values, secretSet, answer }: HelpdeskOptionsFormProps) {
  const { t } = useTranslation("helpdesks");
  // The toast says what was saved, as the action words it.
  const savedMessage = answer?.message ?? "";
  const [form, fields] = useSettingsForm({
    id: "helpdesk-options",
    schema: helpdeskOptionsSchema,
    defaultValue: values,
    answer,
    savedMessage,
  });
  return (
    <Layout.AnnotatedSection title={t("credit.title")} description={t("credit.description")}>
      <SettingsFormCard form={form} intent={INTENT} submitLabel={t("agents:save")}>
        <FormLayout>
          <TextInput field={fields.windowDays} label={t("credit.window")} inputMode="numeric" helpText={t("credit.windowHelp")} />
          <TextInput
            field={fields.zendeskSigningSecret}
            label={t("credit.zendeskSecret")}
            helpText={secretSet ? t("credit.secretSaved") : t("credit.secretHelp")}
          />
        </FormLayout>
      </SettingsFormCard>
    </Layout.AnnotatedSection>
  );
}
