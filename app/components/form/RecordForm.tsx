// The frame of a record's form, new or edited (an agent, an exchange offer, a
// VIP rule): the form, App Bridge's save bar while editing, the errors about
// the form as a whole, its cards, and the save button at the end (other
// buttons beside it, anything after it).
import { getFormProps, type FormMetadata } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { BlockStack, Button, InlineStack } from "@shopify/polaris";
import type { ReactNode } from "react";
import { FormErrors } from "./fields";
import { FormSaveBar } from "./FormSaveBar";

export interface RecordFormProps {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: FormMetadata<any>;
  mode: "new" | "edit";
  saving: boolean;
  saveLabel: string;
  children: ReactNode;
  /** Fields posted with every submit (an intent), before the cards. */
  hidden?: ReactNode;
  /** Buttons before the save button (a preview). */
  actions?: ReactNode;
  /** Under the buttons (what a preview found). */
  after?: ReactNode;
}

export function RecordForm({ form, mode, saving, saveLabel, children, hidden, actions, after }: RecordFormProps) {
  return (
    <Form method="post" {...getFormProps(form)}>
      {hidden}
      {mode === "edit" ? <FormSaveBar form={form} saving={saving} /> : null}
      <BlockStack gap="400">
        <FormErrors errors={form.errors} />
        {children}
        <InlineStack gap="200" align="end">
          {actions}
          <Button submit variant="primary" loading={saving}>
            {saveLabel}
          </Button>
        </InlineStack>
        {after}
      </BlockStack>
    </Form>
  );
}
