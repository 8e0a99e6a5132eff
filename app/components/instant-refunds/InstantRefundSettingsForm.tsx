// The pause switch and the SKUs kept out of instant refunds.
import { getFormProps } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { Button, Card, FormLayout, InlineStack, Text } from "@shopify/polaris";
import { instantRefundSettingsSchema, type InstantRefundSettingsValues } from "../../domain/vip/instant-refund-settings";
import { CheckboxInput, TextInput } from "../form/fields";
import { FormSaveBar } from "../form/FormSaveBar";
import type { FormResult } from "../form/parse";
import { useSchemaForm } from "../form/schema-form";
import { useSavedToast } from "../form/useSavedToast";
import { useTranslation } from "react-i18next";

export function InstantRefundSettingsForm({
  values,
  answer,
}: {
  values: InstantRefundSettingsValues;
  answer: { result: FormResult; saved: boolean } | undefined;
}) {
  const { t } = useTranslation("vip");
  const navigation = useNavigation();
  const saving = navigation.state === "submitting";
  const [form, fields] = useSchemaForm({
    id: "instant-refund-settings",
    schema: instantRefundSettingsSchema,
    defaultValue: values,
    lastResult: answer?.result,
  });
  useSavedToast(answer?.saved ? answer : null, t("instantRefunds.saved"));
  return (
    <Card>
      <Form method="post" {...getFormProps(form)}>
        <FormSaveBar form={form} saving={saving} />
        <FormLayout>
          <Text as="h2" variant="headingMd">
            {t("instantRefunds.settings")}
          </Text>
          <Text as="p" tone="subdued">
            {t("instantRefunds.settingsHelp")}
          </Text>
          <CheckboxInput field={fields.paused} label={t("instantRefunds.pause")} helpText={t("instantRefunds.pauseHelp")} />
          <TextInput
            field={fields.excludedSkus}
            label={t("instantRefunds.excludedSkus")}
            helpText={t("instantRefunds.excludedSkusHelp")}
            multiline={2}
          />
          <InlineStack>
            <Button submit variant="primary" loading={saving}>
              {t("instantRefunds.save")}
            </Button>
          </InlineStack>
        </FormLayout>
      </Form>
    </Card>
  );
}
