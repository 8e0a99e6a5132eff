// The reports Concierge wrote for Shopify's customers/data_request webhook,
// for the merchant to read and send on to the customer; one page at a time.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link, Page } from "@shopify/polaris";
import { listDataRequests } from "../data/compliance.server";
import { shopSettings } from "../services/shop-settings.server";
import { adminContext } from "../http/admin-context.server";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";
import { requestedPage } from "../http/paging.server";
import { ResourceTableCard } from "../components/ResourceTableCard";

export const loader = answeringShopifyUnavailable(async ({ request }: LoaderFunctionArgs) => {
  const { db, admin, shop } = (await adminContext(request)).context;
  const [requests, settings] = await Promise.all([listDataRequests(db, shop, requestedPage(request)), shopSettings(db, admin, shop)]);
  return {
    // Times on the shop's clock, as every other page.
    timeZone: settings.ianaTimezone,
    page: requests.page,
    requests: requests.rows.map((request) => ({
      id: request.id,
      customerId: request.customerId,
      customerEmail: request.customerEmail,
      createdAt: request.createdAt.toISOString(),
    })),
  };
});

export default function DataRequests() {
  const { requests, timeZone, page } = useLoaderData<typeof loader>();
  const { t } = useTranslation("dataRequests");
  const format = useFormat();
  return (
    <Page title={t("title")} backAction={{ content: t("common:back"), url: "/app" }}>
      <ResourceTableCard
        empty={{ heading: t("emptyTitle"), body: t("emptyBody") }}
        page={{ info: page }}
        columnContentTypes={["text", "text", "text"]}
        headings={[t("received"), t("customer"), t("report")]}
        rows={requests.map((request) => [
          format.instant(request.createdAt, timeZone, "dateTime"),
          request.customerEmail ?? t("customerId", { id: request.customerId }),
          <Link key="report" url={`/app/data-requests/${request.id}`}>
            {t("view")}
          </Link>,
        ])}
      />
    </Page>
  );
}
