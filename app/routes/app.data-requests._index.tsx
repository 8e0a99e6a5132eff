// The reports Concierge wrote for Shopify's customers/data_request webhook,
// for the merchant to read and send on to the customer.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Card, EmptyState, IndexTable, Link, Page, Text } from "@shopify/polaris";
import db from "../db.server";
import { listDataRequests } from "../data/compliance.server";
import { shopSettings } from "../services/shop-settings.server";
import { authenticate } from "../shopify.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const [requests, settings] = await Promise.all([listDataRequests(db, session.shop), shopSettings(db, admin, session.shop)]);
  // On the shop's clock, as every other page.
  const shopTime = new Intl.DateTimeFormat("en-US", { timeZone: settings.ianaTimezone, dateStyle: "medium", timeStyle: "short" });
  return {
    requests: requests.map((request) => ({
      id: request.id,
      customerId: request.customerId,
      customerEmail: request.customerEmail,
      createdAt: request.createdAt.toISOString(),
      received: shopTime.format(request.createdAt),
    })),
  };
};

export default function DataRequests() {
  const { requests } = useLoaderData<typeof loader>();
  return (
    <Page title="Customer data requests" backAction={{ url: "/app" }}>
      <Card padding="0">
        {requests.length === 0 ? (
          <EmptyState heading="No data requests yet" image="">
            <p>When a customer asks your store for their data, Shopify tells Concierge and the report appears here.</p>
          </EmptyState>
        ) : (
          <IndexTable
            itemCount={requests.length}
            selectable={false}
            headings={[{ title: "Received" }, { title: "Customer" }, { title: "Report" }]}
          >
            {requests.map((request, index) => (
              <IndexTable.Row id={request.id} key={request.id} position={index}>
                <IndexTable.Cell>{request.received}</IndexTable.Cell>
                <IndexTable.Cell>
                  <Text as="span">{request.customerEmail ?? `Customer ${request.customerId}`}</Text>
                </IndexTable.Cell>
                <IndexTable.Cell>
                  <Link url={`/app/data-requests/${request.id}`}>View report</Link>
                </IndexTable.Cell>
              </IndexTable.Row>
            ))}
          </IndexTable>
        )}
      </Card>
    </Page>
  );
}
