// One exchange offer: "new" adds one (tried after the shop's others), an id
// edits it. Another shop's offer is a 404.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Badge, Banner, Layout, Page } from "@shopify/polaris";
import { ExchangeOfferForm } from "../components/ExchangeOfferForm";
import db from "../db.server";
import { authenticate } from "../shopify.server";
import { blankOfferFormValues, loadOfferForm, offerFormOptions, saveExchangeOffer } from "../services/exchange-offers.server";

const NEW = "new";

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const context = { db, admin, shop: session.shop, now: new Date() };
  const options = await offerFormOptions(context);
  if (params.id === NEW) return { mode: "new" as const, offer: null, values: blankOfferFormValues(), options };
  const found = await loadOfferForm(context, params.id ?? "");
  if (!found) throw new Response("Not found", { status: 404 });
  return { mode: "edit" as const, ...found, options };
};

export const action = async ({ request, params }: ActionFunctionArgs) => {
  const { admin, session, redirect } = await authenticate.admin(request);
  const context = { db, admin, shop: session.shop, now: new Date() };
  const result = await saveExchangeOffer(context, await request.formData(), params.id === NEW ? null : (params.id ?? ""));
  if (result.kind === "not_found") throw new Response("Not found", { status: 404 });
  if (result.kind === "invalid") return json({ fieldErrors: result.fieldErrors, saved: false }, { status: 400 });
  if (params.id === NEW) return redirect(`/app/exchange-offers/${result.offer.id}`);
  return { fieldErrors: {} as Record<string, string>, saved: true };
};

export default function ExchangeOfferPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<{ fieldErrors: Record<string, string>; saved: boolean }>();
  const navigation = useNavigation();
  return (
    <Page
      title={data.offer ? data.offer.name : "Add exchange offer"}
      backAction={{ url: "/app/exchange-offers" }}
      titleMetadata={data.offer ? data.offer.enabled ? <Badge tone="success">On</Badge> : <Badge>Off</Badge> : undefined}
    >
      <Layout>
        {result?.saved ? (
          <Layout.Section>
            <Banner tone="success">Offer saved</Banner>
          </Layout.Section>
        ) : null}
        <Layout.Section>
          <ExchangeOfferForm
            key={data.offer?.id ?? NEW}
            mode={data.mode}
            initialValues={data.values}
            options={data.options}
            fieldErrors={result?.fieldErrors ?? {}}
            submitting={navigation.state === "submitting"}
          />
        </Layout.Section>
      </Layout>
    </Page>
  );
}
