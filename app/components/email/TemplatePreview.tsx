// The email as the shopper receives it, rendered by renderMessage — the
// function the sender uses — from the text being edited. The HTML is shown in
// a sandboxed frame: no script runs, nothing it links to opens inside admin.
import { BlockStack, Text } from "@shopify/polaris";
import { useMemo } from "react";
import { renderMessage, type Branding, type MessageTemplate, type OutreachLocale } from "../../domain/outreach/templates";
import { useTranslation } from "react-i18next";

export interface TemplatePreviewProps {
  template: MessageTemplate;
  locale: OutreachLocale;
  values: Record<string, string>;
  branding: Branding;
  trackingUrl: string;
  unsubscribeUrl?: string | null;
}

export function TemplatePreview({ template, locale, values, branding, trackingUrl, unsubscribeUrl }: TemplatePreviewProps) {
  const { t } = useTranslation("email");
  const rendered = useMemo(
    () => renderMessage({ template, locale, values, branding, trackingUrl, unsubscribeUrl: unsubscribeUrl ?? undefined }),
    [template, locale, values, branding, trackingUrl, unsubscribeUrl],
  );
  return (
    <BlockStack gap="200">
      <Text as="p" variant="bodySm" tone="subdued">
        {t("templates.previewSubject")}
      </Text>
      <Text as="p" variant="headingSm">
        <span dir={locale === "ar" ? "rtl" : "ltr"} data-testid="preview-subject">
          {rendered.subject}
        </span>
      </Text>
      <iframe
        title={t("templates.previewFrame")}
        sandbox=""
        srcDoc={rendered.html}
        style={{ width: "100%", height: 520, border: "1px solid var(--p-color-border)", borderRadius: 8, background: "#f6f6f7" }}
      />
    </BlockStack>
  );
}
