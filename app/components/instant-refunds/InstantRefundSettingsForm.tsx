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

export function InstantRefundSettingsForm({
  values,
  answer,
}: {
  values: InstantRefundSettingsValues;
  answer: { result: FormResult; saved: boolean } | undefined;
}) {
  const navigation = useNavigation();
  const saving = navigation.state === "submitting";
  const [form, fields] = useSchemaForm({
    id: "instant-refund-settings",
    schema: instantRefundSettingsSchema,
    defaultValue: values,
    lastResult: answer?.result,
  });
  useSavedToast(answer?.saved ? answer : null, "Instant refunds saved");
  return (
    <Card>
      <Form method="post" {...getFormProps(form)}>
        <FormSaveBar form={form} saving={saving} />
        <FormLayout>
          <Text as="h2" variant="headingMd">
            Settings
          </Text>
          <Text as="p" tone="subdued">
            Each VIP tier that gives instant refunds sets its largest refund and its monthly limit per customer (VIP rules). Returns that
            are not eligible wait for an agent, as before.
          </Text>
          <CheckboxInput field={fields.paused} label="Pause instant refunds" helpText="While paused, every return waits for an agent." />
          <TextInput field={fields.excludedSkus} label="SKUs never refunded at once" helpText="Separated by commas." multiline={2} />
          <InlineStack>
            <Button submit variant="primary" loading={saving}>
              Save settings
            </Button>
          </InlineStack>
        </FormLayout>
      </Form>
    </Card>
  );
}
