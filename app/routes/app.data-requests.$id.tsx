import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { BlockStack, Box, Card, Page, Text } from "@shopify/polaris";
import db from "../db.server";
import { getDataRequest } from "../data/compliance.server";
import { authenticate } from "../shopify.server";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  // Scoped by shop: another shop's report id finds nothing.
  const report = await getDataRequest(db, session.shop, params.id ?? "");
  if (!report) throw new Response("Not found", { status: 404 });
  return {
    id: report.id,
    customerId: report.customerId,
    customerEmail: report.customerEmail,
    createdAt: report.createdAt.toISOString(),
    report: report.report,
  };
};

export default function DataRequestReport() {
  const request = useLoaderData<typeof loader>();
  const { t } = useTranslation("dataRequests");
  const format = useFormat();
  return (
    <Page
      title={t("reportTitle", { customer: request.customerEmail ?? t("customerId", { id: request.customerId }) })}
      backAction={{ content: t("common:back"), url: "/app/data-requests" }}
    >
      <Card>
        <BlockStack gap="300">
          <Text as="p">{t("receivedOn", { date: format.instant(request.createdAt, undefined, "dateTime") })}</Text>
          <Box background="bg-surface-secondary" padding="300" borderRadius="200">
            <pre style={{ margin: 0, whiteSpace: "pre-wrap" }}>
              <code>{JSON.stringify(request.report, null, 2)}</code>
            </pre>
          </Box>
        </BlockStack>
      </Card>
    </Page>
  );
}
