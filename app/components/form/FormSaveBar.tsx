// App Bridge's contextual save bar for a settings or edit form: shown while
// the merchant has changes, its Save sends the form (checked by its schema as
// any submit is) and its Discard puts the form back as it was loaded. Without
// App Bridge (a page opened outside Shopify admin), the same bar is drawn in
// the page, above the form.
import type { FormMetadata } from "@conform-to/react";
import { SaveBar } from "@shopify/app-bridge-react";
import { Box, Button, InlineStack, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { useLoadedAppBridge } from "./app-bridge";
import { hasUnsavedChanges } from "./schema-form";

// ui-save-bar reads `variant` and `loading` off its <button> children. They sit
// inside the form, so each is type="button": a bare <button> would submit the
// form when the bar clicks it, and Discard would save the very changes it
// throws away.
const saveButton = (saving: boolean) => ({ type: "button" as const, variant: "primary" as const, ...(saving ? { loading: "" } : {}) });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function FormSaveBar({ form, saving }: { form: FormMetadata<any>; saving: boolean }) {
  const { t } = useTranslation("common");
  const shopify = useLoadedAppBridge();
  const save = () => document.forms.namedItem(form.id)?.requestSubmit();
  const discard = () => form.reset();
  const unsaved = hasUnsavedChanges(form);
  if (shopify)
    return (
      <SaveBar id={`${form.id}-save-bar`} open={unsaved}>
        <button {...saveButton(saving)} onClick={save}>
          {t("saveBar.save")}
        </button>
        <button type="button" onClick={discard}>
          {t("saveBar.discard")}
        </button>
      </SaveBar>
    );
  if (!unsaved) return null;
  return (
    <Box padding="300" background="bg-surface-secondary" borderRadius="200" paddingBlockEnd="300">
      <div role="region" aria-label={t("saveBar.unsaved")} data-save-bar-fallback="">
        <InlineStack align="space-between" blockAlign="center" gap="200">
          <Text as="p" fontWeight="semibold">
            {t("saveBar.unsaved")}
          </Text>
          <InlineStack gap="200">
            <Button onClick={discard}>{t("saveBar.discard")}</Button>
            <Button variant="primary" onClick={save} loading={saving}>
              {t("saveBar.save")}
            </Button>
          </InlineStack>
        </InlineStack>
      </div>
    </Box>
  );
}
