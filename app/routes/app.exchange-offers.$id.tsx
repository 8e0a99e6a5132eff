// One exchange offer: "new" adds one (tried after the shop's others), an id
// edits it. Another shop's offer is a 404.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Badge, Layout, Page } from "@shopify/polaris";
import { ExchangeOfferForm } from "../components/exchange-offers/ExchangeOfferForm";
import { parseForm } from "../components/form/parse";
import { useSavedToast } from "../components/form/useSavedToast";
import { offerFormSchema } from "../domain/exchange/offers";
import { adminContext } from "../http/admin-context.server";
import { blankOfferFormValues, loadOfferForm, offerFormOptions, saveExchangeOffer } from "../services/exchange-offers.server";
import { shopSettings } from "../services/shop-settings.server";
import { useTranslation } from "react-i18next";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";
import { readForm } from "../http/form-data.server";

const NEW = "new";

export const loader = answeringShopifyUnavailable(async ({ request, params }: LoaderFunctionArgs) => {
  const { context } = await adminContext(request);
  const options = await offerFormOptions(context);
  if (params.id === NEW) return { mode: "new" as const, offer: null, values: blankOfferFormValues(), options };
  const found = await loadOfferForm(context, params.id ?? "");
  if (!found) throw new Response("Not found", { status: 404 });
  return { mode: "edit" as const, ...found, options };
});

export const action = answeringShopifyUnavailable(async ({ request, params }: ActionFunctionArgs) => {
  const { context, redirect, language } = await adminContext(request);
  const { currencyCode } = await shopSettings(context.db, context.admin, context.shop);
  const submission = parseForm(await readForm(request), offerFormSchema(currencyCode), language);
  if (submission.status !== "success") return json({ result: submission.reply(), saved: false }, { status: 400 });
  const result = await saveExchangeOffer(context, submission.value, params.id === NEW ? null : (params.id ?? ""));
  if (result.kind === "not_found") throw new Response("Not found", { status: 404 });
  if (params.id === NEW) return redirect(`/app/exchange-offers/${result.offer.id}`);
  return json({ result: submission.reply(), saved: true });
});

export default function ExchangeOfferPage() {
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation("offers");
  useSavedToast(answer?.saved ? answer : null, t("saved"));
  return (
    <Page
      title={data.offer ? data.offer.name : t("addTitle")}
      backAction={{ content: t("common:back"), url: "/app/exchange-offers" }}
      titleMetadata={data.offer ? data.offer.enabled ? <Badge tone="success">{t("on")}</Badge> : <Badge>{t("off")}</Badge> : undefined}
    >
      <Layout>
        <Layout.Section>
          <ExchangeOfferForm
            key={data.offer?.id ?? NEW}
            mode={data.mode}
            values={data.values}
            options={data.options}
            lastResult={answer?.result}
            submitting={navigation.state === "submitting"}
          />
        </Layout.Section>
      </Layout>
    </Page>
  );
}
