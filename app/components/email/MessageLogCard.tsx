// The log of Concierge's latest messages: when, to whom, what (a subject, or
// the Flow trigger it started) and how it went, with the server's words when
// it failed.
import { Badge, BlockStack, Card, DataTable, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format";
import type { NotSentKey } from "../../domain/outreach/not-sent";

export interface MessageLogRow {
  id: string;
  kind: string;
  status: string;
  toEmail: string | null;
  subject: string | null;
  error: string | null;
  /** Concierge's own reason, by key; null for a server's words (shown as they came). */
  notSent: NotSentKey | null;
  createdAt: string;
}

const STATUS_TONES: Record<string, "success" | "critical" | "attention" | "info" | undefined> = {
  sent: "success",
  failed: "critical",
  perhaps_sent: "attention",
  skipped: "info",
};

export function MessageLogCard({ messages }: { messages: MessageLogRow[] }) {
  const { t } = useTranslation("email");
  const format = useFormat();
  const what = (message: MessageLogRow) => {
    if (message.subject) return message.subject;
    if (!message.kind.startsWith("flow:")) return t(`templates.kinds.${message.kind}`, { defaultValue: message.kind.replace("_", " ") });
    const trigger = message.kind.slice("flow:".length);
    return t("messages.flow", { kind: t(`messages.flowTriggers.${trigger}`, { defaultValue: trigger.replace(/-/g, " ") }) });
  };
  return (
    <Card padding="0">
      <BlockStack gap="200">
        <div style={{ padding: "var(--p-space-400)" }}>
          <Text as="h2" variant="headingMd">
            {t("messages.title")}
          </Text>
          <Text as="p" tone="subdued">
            {t("messages.detail")}
          </Text>
        </div>
        <DataTable
          columnContentTypes={["text", "text", "text", "text"]}
          headings={[t("messages.when"), t("messages.to"), t("messages.subject"), t("messages.status")]}
          rows={messages.map((message) => [
            format.instant(message.createdAt, undefined, "dateTime"),
            message.toEmail ?? "",
            what(message),
            <BlockStack key="status" gap="050">
              <Badge tone={STATUS_TONES[message.status]}>
                {t(`messages.statuses.${message.status}`, { defaultValue: message.status.replace("_", " ") })}
              </Badge>
              {message.error ? (
                <Text as="span" tone="subdued">
                  {message.notSent ? t(`messages.notSent.${message.notSent}`) : message.error}
                </Text>
              ) : null}
            </BlockStack>,
          ])}
        />
      </BlockStack>
    </Card>
  );
}
