// The merchant's own reasons ("zipper broke"), or more helpdesk words for a
// built-in one, with their names in English, Arabic and French.
import { getFormProps } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { BlockStack, Button, FormLayout, InlineStack, Text } from "@shopify/polaris";
import { PostButton } from "../form/PostButton";
import { useTranslation } from "react-i18next";
import { customReasonFormSchema } from "../../domain/reasons/custom-reason-form";
import type { ReasonsReportView } from "../../services/reasons-report.server";
import { FormErrors, TextInput } from "../form/fields";
import type { FormResult } from "../form/parse";
import { useSchemaForm } from "../form/schema-form";
import { useSavedToast } from "../form/useSavedToast";
import { TitledCard } from "../TitledCard";

export function CustomReasonsCard({
  reasons,
  answer,
}: {
  reasons: ReasonsReportView["customReasons"];
  answer: { result: FormResult | null; saved: boolean } | undefined;
}) {
  const { t } = useTranslation("reasons");
  const navigation = useNavigation();
  const saving = navigation.state === "submitting";
  const [form, fields] = useSchemaForm({
    id: "custom-reason",
    schema: customReasonFormSchema,
    defaultValue: { key: "", labelEn: "", labelAr: "", labelFr: "", aliases: "" },
    lastResult: answer?.result ?? undefined,
  });
  useSavedToast(answer?.saved ? answer : null, t("saved"));
  return (
    <TitledCard title={t("custom.title")}>
      <Text as="p" tone="subdued">
        {t("custom.help")}
      </Text>
      {reasons.length === 0 ? (
        <Text as="p">{t("custom.none")}</Text>
      ) : (
        <BlockStack gap="200">
          {reasons.map((reason) => (
            <InlineStack key={reason.key} align="space-between" blockAlign="center">
              <Text as="p">
                <strong>{reason.labelEn}</strong> ({reason.key}){reason.labelAr ? ` · ${reason.labelAr}` : ""}
                {reason.labelFr ? ` · ${reason.labelFr}` : ""}
                {reason.aliases ? ` — ${t("custom.aliasesShown", { aliases: reason.aliases })}` : ""}
              </Text>
              <PostButton
                fields={{ intent: "delete", key: reason.key }}
                plain
                tone="critical"
                label={t("custom.deleteLabel", { label: reason.labelEn })}
              >
                {t("custom.delete")}
              </PostButton>
            </InlineStack>
          ))}
        </BlockStack>
      )}
      <Form method="post" {...getFormProps(form)}>
        <FormLayout>
          <FormErrors errors={form.errors} />
          <FormLayout.Group>
            <TextInput field={fields.key} label={t("custom.key")} helpText={t("custom.keyHelp")} />
            <TextInput field={fields.labelEn} label={t("custom.labelEn")} />
          </FormLayout.Group>
          <FormLayout.Group>
            <TextInput field={fields.labelAr} label={t("custom.labelAr")} />
            <TextInput field={fields.labelFr} label={t("custom.labelFr")} />
          </FormLayout.Group>
          <TextInput field={fields.aliases} label={t("custom.aliases")} helpText={t("custom.aliasesHelp")} multiline={2} />
          <InlineStack>
            <Button submit variant="primary" loading={saving}>
              {t("custom.add")}
            </Button>
          </InlineStack>
        </FormLayout>
      </Form>
    </TitledCard>
  );
}
