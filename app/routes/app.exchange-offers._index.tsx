// Exchange offers: the offers in the order they are tried (move, delete),
// what they brought in by offer and by agent over the last 30 or 90 days,
// and the shoppers' requests from the tracking page waiting for an agent.
// The screen's parts are app/components/exchange-offers.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Banner, Layout, Page } from "@shopify/polaris";
import { OfferOutcomesCard } from "../components/exchange-offers/OfferOutcomesCard";
import { OfferRequestsCard } from "../components/exchange-offers/OfferRequestsCard";
import { OffersCard } from "../components/exchange-offers/OffersCard";
import { adminContext } from "../http/admin-context.server";
import { deleteOffer, loadOffersIndex, moveOffer } from "../services/exchange-offers.server";
import { answerFromForm, answerMessages } from "../http/exchange-answer.server";
import { useTranslation } from "react-i18next";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";
import { requestedPage } from "../http/paging.server";

export const loader = answeringShopifyUnavailable(async ({ request }: LoaderFunctionArgs) => {
  const { context } = await adminContext(request);
  return loadOffersIndex(context, new URL(request.url).searchParams, requestedPage(request, "requestsPage"));
});

type ActionData = { ok: boolean; message: string };

export const action = answeringShopifyUnavailable(async ({ request }: ActionFunctionArgs) => {
  const { context, language, t } = await adminContext(request);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const offerId = String(form.get("offerId") ?? "");
  if (intent === "up" || intent === "down") {
    const moved = await moveOffer(context, offerId, intent);
    return json({ ok: moved, message: moved ? t("offers:messages.moved") : t("offers:messages.cantMove") } satisfies ActionData, {
      status: moved ? 200 : 400,
    });
  }
  if (intent === "delete") {
    const deleted = await deleteOffer(context, offerId);
    if (!deleted) throw new Response("Not found", { status: 404 });
    return { ok: true, message: t("offers:messages.deleted") } satisfies ActionData;
  }
  if (intent === "accept_outcome" || intent === "refuse_outcome") {
    // A shopper's request: the same answer as on the exchange desk, by the signed-in agent.
    const outcome = await context.db.exchangeOutcome.findFirst({ where: { shop: context.shop, id: String(form.get("outcomeId") ?? "") } });
    if (!outcome) throw new Response("Not found", { status: 404 });
    const result = await answerFromForm(context, outcome.orderId, form, language);
    if (!result.ok) return json({ ok: false, message: answerMessages(result.result) } satisfies ActionData, { status: result.httpStatus });
    const made = result.created
      ? ` ${
          result.created.draftOrderName
            ? t("offers:messages.createdWithDraft", { returnName: result.created.returnName, draftName: result.created.draftOrderName })
            : t("offers:messages.created", { returnName: result.created.returnName })
        }`
      : "";
    return {
      ok: true,
      message: intent === "accept_outcome" ? `${t("offers:messages.accepted")}${made}` : t("offers:messages.refused"),
    } satisfies ActionData;
  }
  return json({ ok: false, message: t("offers:messages.unknown") } satisfies ActionData, { status: 400 });
});

export default function ExchangeOffers() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<ActionData>();
  const { t } = useTranslation("offers");
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";

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
