// Exchange offers: the offers in the order they are tried (move, delete),
// what they brought in by offer and by agent over the last 30 or 90 days,
// and the shoppers' requests from the tracking page waiting for an agent.
// The screen's parts are app/components/exchange-offers.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Banner, Layout, Page } from "@shopify/polaris";
import { OfferOutcomesCard } from "../components/exchange-offers/OfferOutcomesCard";
import { OfferRequestsCard } from "../components/exchange-offers/OfferRequestsCard";
import { OffersCard } from "../components/exchange-offers/OffersCard";
import { adminContext } from "../http/admin-context.server";
import { loadOffersIndex } from "../services/exchange-offers.server";
import { submitOffersListButton } from "./app.exchange-offers.forms.server";
import { useTranslation } from "react-i18next";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";
import { requestedPage } from "../http/paging.server";
import { pageFormsAction } from "../http/settings-form.server";

export const loader = answeringShopifyUnavailable(async ({ request }: LoaderFunctionArgs) => {
  const { context } = await adminContext(request);
  return loadOffersIndex(context, new URL(request.url).searchParams, requestedPage(request, "requestsPage"));
});

export const action = pageFormsAction(submitOffersListButton);

export default function ExchangeOffers() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("offers");
  const navigation = useNavigation();
  // Until the lists are read again too: an answer's banner shows as soon as the action is done, while
  // the request it answered is still listed, and its buttons must not be pressed a second time.
  const busy = navigation.state !== "idle";

  return (
    <Page
      title={t("title")}
      subtitle={t("subtitle")}
      primaryAction={{ content: t("add"), url: "/app/exchange-offers/new" }}
      secondaryActions={[{ content: t("common:nav.agentDesk"), url: "/app/agent-desk" }]}
    >
      <Layout>
        {result ? (
          <Layout.Section>
            <Banner tone={result.ok ? "success" : "critical"}>{result.message}</Banner>
          </Layout.Section>
        ) : null}

        <Layout.Section>
          <OffersCard offers={data.offers} busy={busy} />
        </Layout.Section>
        <Layout.Section>
          <OfferRequestsCard requests={data.requests} page={data.requestsPage} timeZone={data.timeZone} busy={busy} />
        </Layout.Section>
        <Layout.Section>
          <OfferOutcomesCard period={data.period} outcomes={data.outcomes} currencyCode={data.currencyCode} />
        </Layout.Section>
      </Layout>
    </Page>
  );
}
