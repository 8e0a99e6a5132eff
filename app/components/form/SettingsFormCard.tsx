// A settings form on a card of its own: App Bridge's save bar while it has
// changes, the form's errors above its fields, one Save button below them
// that spins while this form is sent, and a toast once the action saved it.
import { getFormProps, type FormMetadata } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { BlockStack, Button, Card, InlineStack, Text } from "@shopify/polaris";
import type { ReactNode } from "react";
import { FormErrors } from "./fields";
import { FormSaveBar } from "./FormSaveBar";
import type { FormResult } from "./parse";
import { INTENT_FIELD, useSchemaForm, type SchemaFormOptions } from "./schema-form";
import { useSavedToast } from "./useSavedToast";

/** The action's answer to the last save of a settings form. */
export interface SaveAnswer {
  result: FormResult;
  saved: boolean;
}

// Conform types a form by its values, an object of any shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type FormValues = Record<string, any>;

/** useSchemaForm for a settings form: the action's last answer, and `savedMessage` as a toast once it saved. */
export function useSettingsForm<Values extends FormValues>({
  answer,
  savedMessage,
  ...options
}: Omit<SchemaFormOptions<Values>, "lastResult"> & { answer: SaveAnswer | undefined; savedMessage: string }) {
  useSavedToast(answer?.saved ? answer : null, savedMessage);
  return useSchemaForm<Values>({ ...options, lastResult: answer?.result });
}

export interface SettingsFormCardProps<Values extends FormValues> {
  form: FormMetadata<Values>;
  /** The card's heading, when the page does not already name the form. */
  title?: ReactNode;
  submitLabel: string;
  /** Which of the page's forms this is, when the page has several. */
  intent?: string;
  children: ReactNode;
}

export function SettingsFormCard<Values extends FormValues>({ form, title, submitLabel, intent, children }: SettingsFormCardProps<Values>) {
  const navigation = useNavigation();
  const saving = navigation.state === "submitting" && (intent === undefined || navigation.formData?.get(INTENT_FIELD) === intent);
  return (
    <Card>
      <Form method="post" {...getFormProps(form)}>
        {intent === undefined ? null : <input type="hidden" name={INTENT_FIELD} value={intent} />}
        <FormSaveBar form={form} saving={saving} />
        <BlockStack gap="400">
          {typeof title === "string" ? (
            <Text as="h2" variant="headingMd">
              {title}
            </Text>
          ) : (
            title
          )}
          <FormErrors errors={form.errors} />
          {children}
          <InlineStack>
            <Button submit variant="primary" loading={saving}>
              {submitLabel}
            </Button>
          </InlineStack>
        </BlockStack>
      </Form>
    </Card>
  );
}
