// The code just issued, with the reply ready to paste; copying says so in
// App Bridge's toast.
import { Badge, BlockStack, Button, Card, InlineStack, Text, TextField } from "@shopify/polaris";
import { showToast } from "../form/app-bridge";
import type { IssuedDelightCode } from "../../services/delight-code-issue.server";
import { useTranslation } from "react-i18next";
import { usePhraseText } from "../../i18n/format";
import { DeskCardHeading } from "./DeskCardHeading";

/**
 * Copies text to the clipboard. The Clipboard API can be refused inside the
 * admin's iframe; a selected text area and the copy command still work there.
 */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    const copied = document.execCommand("copy");
    area.remove();
    return copied;
  }
}

export function IssuedCode({ issued }: { issued: IssuedDelightCode }) {
  const { t } = useTranslation("desk");
  const phraseText = usePhraseText();
  const copy = async (text: string) => {
    const copied = await copyText(text);
    showToast(copied ? t("issued.copied") : t("issued.copyFailed"), { isError: !copied });
  };
  return (
    <Card>
      <BlockStack gap="300">
        <DeskCardHeading title={issued.code} badge={<Badge tone="success">{phraseText(issued.value)}</Badge>} />
        <Text as="p" tone="subdued">
          {t("issued.detail", { until: issued.expiresLabel, cost: issued.cost, remaining: issued.remaining })}
        </Text>
        <TextField label={t("issued.reply")} value={issued.reply} multiline={4} readOnly autoComplete="off" />
        <InlineStack gap="200">
          <Button variant="primary" onClick={() => void copy(issued.reply)}>
            {t("issued.copyReply")}
          </Button>
          <Button onClick={() => void copy(issued.code)}>{t("issued.copyCode")}</Button>
        </InlineStack>
      </BlockStack>
    </Card>
  );
}
