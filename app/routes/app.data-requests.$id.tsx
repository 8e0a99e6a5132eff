// One customers/data_request report: a table per source of what Concierge
// holds on the customer, times on the shop's clock, and the report to
// download (JSON or CSV: app.data-requests.$id.download.tsx) and send to the customer.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { BlockStack, Card, InlineStack, Page, Text } from "@shopify/polaris";
import { getDataRequest } from "../data/compliance.server";
import { dataReportOf, reportTables } from "../domain/compliance/data-report";
import { shopSettings } from "../services/shop-settings.server";
import { adminContext } from "../http/admin-context.server";
import { DownloadButton } from "../components/DownloadButton";
import { WideTable } from "../components/WideTable";
import { formatInstant } from "../domain/time/format";
import { useFormat } from "../i18n/format";
import { useTranslation } from "react-i18next";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";

export const loader = answeringShopifyUnavailable(async ({ request, params }: LoaderFunctionArgs) => {
  const { context, locale } = await adminContext(request);
  // Scoped by shop: another shop's report id finds nothing.
  const stored = await getDataRequest(context.db, context.shop, params.id ?? "");
  if (!stored) throw new Response("Not found", { status: 404 });
  const report = dataReportOf(stored.report);
  const { ianaTimezone } = await shopSettings(context.db, context.admin, context.shop);
  return {
    id: stored.id,
    customerId: stored.customerId,
    customerEmail: stored.customerEmail,
    createdAt: stored.createdAt.toISOString(),
    timeZone: ianaTimezone,
    // Times on the shop's clock, in the admin's language.
    tables: reportTables(report, (instant) => formatInstant(instant, { locale, timeZone: ianaTimezone, style: "dateTime" })),
  };
});

export default function DataRequestReport() {
  const request = useLoaderData<typeof loader>();
  const { t } = useTranslation("dataRequests");
  const format = useFormat();
  const base = `/app/data-requests/${request.id}/download`;
  return (
    <Page
      title={t("reportTitle", { customer: request.customerEmail ?? t("customerId", { id: request.customerId }) })}
      backAction={{ content: t("common:back"), url: "/app/data-requests" }}
    >
      <BlockStack gap="400">
        <Card>
          <InlineStack align="space-between" blockAlign="center" gap="200">
            <Text as="p">
              {t("receivedIn", { date: format.instant(request.createdAt, request.timeZone, "dateTime"), timeZone: request.timeZone })}
            </Text>
            <InlineStack gap="200">
              <DownloadButton url={`${base}?format=csv`} fallbackName="data-request.csv" label={t("downloadCsv")} />
              <DownloadButton url={`${base}?format=json`} fallbackName="data-request.json" label={t("downloadJson")} />
            </InlineStack>
          </InlineStack>
        </Card>
        {/* The report as stored and sent to the customer: its sections and values are shown as they are kept. */}
        <div data-stored-values="">
          <BlockStack gap="400">
            {request.tables.map((table) => {
              const title = table.name.charAt(0).toUpperCase() + table.name.slice(1);
              return (
                <Card key={table.name} padding={table.rows.length > 0 ? "0" : undefined}>
                  <BlockStack gap="200">
                    <div style={{ padding: table.rows.length > 0 ? "var(--p-space-400) var(--p-space-400) 0" : 0 }}>
                      <Text as="h2" variant="headingSm">
                        {title}
                      </Text>
                    </div>
                    {table.rows.length === 0 ? (
                      <Text as="p" tone="subdued">
                        {t("nothingHeld")}
                      </Text>
                    ) : (
                      <WideTable label={title} headings={table.columns} rows={table.rows} />
                    )}
                  </BlockStack>
                </Card>
              );
            })}
          </BlockStack>
        </div>
      </BlockStack>
    </Page>
  );
}
