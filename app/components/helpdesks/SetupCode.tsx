// What a merchant copies into their helpdesk: a labelled block of text kept
// left to right (a URL, headers, a body), and a setup's numbered steps with
// its request's URL and headers.
import { BlockStack, Box, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import type { Phrase } from "../../domain/phrase";
import { PhraseList } from "../PhraseList";

export function Code({ label, text }: { label: string; text: string }) {
  return (
    <BlockStack gap="100">
      <Text as="span" variant="bodySm" tone="subdued">
        {label}
      </Text>
      <Box background="bg-surface-secondary" padding="200" borderRadius="200">
        <pre style={{ margin: 0, whiteSpace: "pre-wrap", wordBreak: "break-all", direction: "ltr" }}>{text}</pre>
      </Box>
    </BlockStack>
  );
}

export interface SetupProps {
  steps: readonly Phrase[];
  method: string;
  url: string;
  headers: Record<string, string>;
}

/** A setup's numbered steps, then its URL and headers, ready to copy. */
export function Setup({ steps, method, url, headers }: SetupProps) {
  const { t } = useTranslation("helpdesks");
  return (
    <>
      <PhraseList type="number" lines={steps} />
      <Code label={t("setup.url", { method })} text={url} />
      <Code
        label={t("setup.headers")}
        text={Object.entries(headers)
          .map(([name, value]) => `${name}: ${value}`)
          .join("\n")}
      />
    </>
  );
}
