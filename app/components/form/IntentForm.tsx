// One of a page's several forms (the page's action tells them apart by their
// intent): the form's errors above its fields, one submit button below that
// spins while this form, and not another of the page, is being sent.
import { getFormProps, type FormMetadata } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { BlockStack, Button, InlineStack } from "@shopify/polaris";
import type { ReactNode } from "react";
import { FormErrors } from "./fields";
import { INTENT_FIELD } from "./schema-form";
import { useSending } from "./useSending";

// Conform types a form by its values, an object of any shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface IntentFormProps<Values extends Record<string, any>> {
  form: FormMetadata<Values>;
  intent: string;
  submitLabel: string;
  /** The submit button greyed out, when the form cannot be sent yet (say why in the form). */
  submitDisabled?: boolean;
  /** Fields that tell this form from the page's others of the same intent (a row's id), for its spinner. */
  sentWith?: Record<string, string>;
  children: ReactNode;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function IntentForm<Values extends Record<string, any>>({
  form,
  intent,
  submitLabel,
  submitDisabled,
  sentWith,
  children,
}: IntentFormProps<Values>) {
  const sending = useSending({ ...sentWith, [INTENT_FIELD]: intent });
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name={INTENT_FIELD} value={intent} />
      <BlockStack gap="300">
        <FormErrors errors={form.errors} />
        {children}
        <InlineStack>
          <Button submit disabled={submitDisabled} loading={sending}>
            {submitLabel}
          </Button>
        </InlineStack>
      </BlockStack>
    </Form>
  );
}
