// The reports Concierge wrote for Shopify's customers/data_request webhook,
// for the merchant to read and send on to the customer.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Card, EmptyState, IndexTable, Link, Page, Text } from "@shopify/polaris";
import db from "../db.server";
import { listDataRequests } from "../data/compliance.server";
import { shopSettings } from "../services/shop-settings.server";
import { authenticate } from "../shopify.server";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";

export const loader = answeringShopifyUnavailable(async ({ request }: LoaderFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const [requests, settings] = await Promise.all([listDataRequests(db, session.shop), shopSettings(db, admin, session.shop)]);
  return {
    // Times on the shop's clock, as every other page.
    timeZone: settings.ianaTimezone,
    requests: requests.map((request) => ({
      id: request.id,
      customerId: request.customerId,
      customerEmail: request.customerEmail,
      createdAt: request.createdAt.toISOString(),
    })),
  };
});

export default function DataRequests() {
  const { requests, timeZone } = useLoaderData<typeof loader>();
  const { t } = useTranslation("dataRequests");
  const format = useFormat();
  return (
    <Page title={t("title")} backAction={{ content: t("common:back"), url: "/app" }}>
      <Card padding="0">
        {requests.length === 0 ? (
          <EmptyState heading={t("emptyTitle")} image="">
            <p>{t("emptyBody")}</p>
          </EmptyState>
        ) : (
          <IndexTable
            itemCount={requests.length}
            selectable={false}
            headings={[{ title: t("received") }, { title: t("customer") }, { title: t("report") }]}
          >
            {requests.map((request, index) => (
              <IndexTable.Row id={request.id} key={request.id} position={index}>
                <IndexTable.Cell>{format.instant(request.createdAt, timeZone, "dateTime")}</IndexTable.Cell>
                <IndexTable.Cell>
                  <Text as="span">{request.customerEmail ?? t("customerId", { id: request.customerId })}</Text>
                </IndexTable.Cell>
                <IndexTable.Cell>
                  <Link url={`/app/data-requests/${request.id}`}>{t("view")}</Link>
                </IndexTable.Cell>
              </IndexTable.Row>
            ))}
          </IndexTable>
        )}
      </Card>
    </Page>
  );
}
