// App Bridge's contextual save bar for a settings form: shown while the
// merchant has changes, its Save sends the form (checked by its schema as
// any submit is) and its Discard puts the form back as it was loaded.
import type { FormMetadata } from "@conform-to/react";
import { SaveBar } from "@shopify/app-bridge-react";

// ui-save-bar reads `variant` and `loading` off its <button> children.
const saveButton = (saving: boolean) => ({ variant: "primary" as const, ...(saving ? { loading: "" } : {}) });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function FormSaveBar({ form, saving }: { form: FormMetadata<any>; saving: boolean }) {
  return (
    <SaveBar id={`${form.id}-save-bar`} open={form.dirty}>
      <button {...saveButton(saving)} onClick={() => document.forms.namedItem(form.id)?.requestSubmit()}>
        Save
      </button>
      <button onClick={() => form.reset()}>Discard</button>
    </SaveBar>
  );
}
