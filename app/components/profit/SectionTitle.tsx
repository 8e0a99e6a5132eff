// A section's title on the profit page, with its CSV download.
import { useSearchParams } from "@remix-run/react";
import { BlockStack, Button, InlineStack, Text } from "@shopify/polaris";
import { useState } from "react";
import { useTranslation } from "react-i18next";

const CSV_LABEL = "CSV";

export function SectionTitle({ title, detail, table }: { title: string; detail?: string; table?: string }) {
  return (
    <InlineStack align="space-between" blockAlign="start" gap="200">
      <BlockStack gap="100">
        <Text as="h2" variant="headingMd">
          {title}
        </Text>
        {detail ? (
          <Text as="p" tone="subdued">
            {detail}
          </Text>
        ) : null}
      </BlockStack>
      {table ? <ExportButton table={table} label={CSV_LABEL} /> : null}
    </InlineStack>
  );
}

/** Downloads the CSV (one table, or all) of the period shown, through App Bridge's fetch, which carries the session token. */
export function ExportButton({ table, label }: { table?: string; label: string }) {
  const { t } = useTranslation("profit");
  const [searchParams] = useSearchParams();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const params = new URLSearchParams();
      for (const key of ["period", "from", "to"]) {
        const value = searchParams.get(key);
        if (value) params.set(key, value);
      }
      if (table) params.set("table", table);
      const response = await fetch(`/app/profit/export?${params}`);
      if (!response.ok) throw new Error(`Export failed (${response.status})`);
      const disposition = response.headers.get("Content-Disposition") ?? "";
      const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? "concierge-profit.csv";
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = filename;
      link.click();
      URL.revokeObjectURL(url);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button onClick={download} loading={busy} accessibilityLabel={table ? t("export.table") : undefined}>
      {label}
    </Button>
  );
}
