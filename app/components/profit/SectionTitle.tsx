// A section's title on the profit page, with its CSV download.
import { useSearchParams } from "@remix-run/react";
import { BlockStack, Box, InlineStack, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { DownloadButton } from "../DownloadButton";

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

/** What a table-less card says instead (nothing to show yet), under its title. */
export function EmptyNote({ children }: { children: string }) {
  return (
    <Box paddingInline="400" paddingBlockEnd="400">
      <Text as="p" tone="subdued">
        {children}
      </Text>
    </Box>
  );
}

/** Downloads the CSV (one table, or all) of the period shown. */
export function ExportButton({ table, label }: { table?: string; label: string }) {
  const { t } = useTranslation("profit");
  const [searchParams] = useSearchParams();
  const params = new URLSearchParams();
  for (const key of ["period", "from", "to"]) {
    const value = searchParams.get(key);
    if (value) params.set(key, value);
  }
  if (table) params.set("table", table);
  return (
    <DownloadButton
      url={`/app/profit/export?${params}`}
      fallbackName="concierge-profit.csv"
      label={label}
      accessibilityLabel={table ? t("export.table") : undefined}
    />
  );
}
