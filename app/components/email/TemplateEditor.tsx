// One message in one language: subject, body and button, checked by the
// template form's schema (unknown placeholders refused by name), beside the
// email as it will be sent, updated as the merchant types. A toast once saved.
import { getFormProps } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { BlockStack, Button, Card, InlineGrid, InlineStack, Text } from "@shopify/polaris";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { TitledCard } from "../TitledCard";
import { templateFormSchema, type TemplateForm } from "../../domain/outreach/template-form";
import type { Branding, MessageTemplate, OutreachLocale } from "../../domain/outreach/templates";
import { FormErrors, TextInput } from "../form/fields";
import { FormSaveBar } from "../form/FormSaveBar";
import type { FormResult } from "../form/parse";
import { PostButton } from "../form/PostButton";
import { INTENT_FIELD, useSchemaForm } from "../form/schema-form";
import { useSavedToast } from "../form/useSavedToast";
import { TemplatePreview } from "./TemplatePreview";

export interface TemplateEditorProps {
  kind: TemplateForm["kind"];
  locale: OutreachLocale;
  template: MessageTemplate;
  edited: boolean;
  placeholders: readonly string[];
  branding: Branding;
  previewValues: Record<string, string>;
  trackingUrl: string;
  /** A marketing message's unsubscribe link, shown in the preview's footer as sent. */
  unsubscribeUrl: string | null;
  answer: { result: FormResult; saved: boolean; reset?: boolean } | undefined;
}

const textOf = (value: unknown) => (typeof value === "string" ? value : "");

export function TemplateEditor(props: TemplateEditorProps) {
  const { kind, locale, template, answer } = props;
  const { t } = useTranslation("email");
  const navigation = useNavigation();
  const [form, fields] = useSchemaForm({
    id: `template-${kind}-${locale}`,
    schema: templateFormSchema,
    defaultValue: { kind, locale, ...template },
    lastResult: answer?.result,
  });
  useSavedToast(answer?.saved ? answer : null, answer?.reset ? t("templates.wasReset") : t("templates.saved"));
  const saving = navigation.state === "submitting" && navigation.formData?.get(INTENT_FIELD) === "save";
  const editing = useMemo(
    () => ({ subject: textOf(fields.subject.value), body: textOf(fields.body.value), button: textOf(fields.button.value) }),
    [fields.subject.value, fields.body.value, fields.button.value],
  );
  const dir = locale === "ar" ? "rtl" : "ltr";

  return (
    <InlineGrid columns={{ xs: 1, md: 2 }} gap="400">
      <Card>
        <Form method="post" {...getFormProps(form)}>
          <FormSaveBar form={form} saving={saving} />
          <input type="hidden" name={INTENT_FIELD} value="save" />
          <input type="hidden" name={fields.kind.name} value={kind} />
          <input type="hidden" name={fields.locale.name} value={locale} />
          <BlockStack gap="400">
            <FormErrors errors={form.errors} />
            <div dir={dir}>
              <BlockStack gap="300">
                <TextInput field={fields.subject} label={t("templates.subject")} />
                <TextInput field={fields.body} label={t("templates.body")} multiline={10} helpText={t("templates.bodyHelp")} />
                <TextInput field={fields.button} label={t("templates.button")} />
              </BlockStack>
            </div>
            <Text as="p" tone="subdued">
              {t("templates.placeholders", { list: props.placeholders.map((name) => `{{${name}}}`).join(" ") })}
            </Text>
            <InlineStack gap="200">
              <Button submit variant="primary" loading={saving}>
                {t("agents:save")}
              </Button>
            </InlineStack>
          </BlockStack>
        </Form>
        {props.edited ? (
          <div style={{ marginTop: "var(--p-space-300)" }}>
            <PostButton fields={{ [INTENT_FIELD]: "reset", kind, locale }} confirm={t("templates.resetConfirm")} plain>
              {t("templates.reset")}
            </PostButton>
          </div>
        ) : null}
      </Card>
      <TitledCard title={t("templates.preview")}>
        <TemplatePreview
          template={editing}
          locale={locale}
          values={props.previewValues}
          branding={props.branding}
          trackingUrl={props.trackingUrl}
          unsubscribeUrl={props.unsubscribeUrl}
        />
      </TitledCard>
    </InlineGrid>
  );
}
