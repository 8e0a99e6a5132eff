// The tracking page, as the merchant sees it: tickets it saved, shipments
// at risk for agents to get ahead of, and its branding.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Layout, Page } from "@shopify/polaris";
import { parseForm } from "../components/form/parse";
import { ShipmentsAtRisk } from "../components/tracking/ShipmentsAtRisk";
import { TrackingFigures } from "../components/tracking/TrackingFigures";
import { TrackingSettingsForm } from "../components/tracking/TrackingSettingsForm";
import db from "../db.server";
import { formatMinorAsDecimal, formatMoney } from "../domain/money";
import { trackingSettingsSchema, type TrackingSettingsValues } from "../domain/tracking/settings";
import { authenticate } from "../shopify.server";
import { shipmentsAtRisk, trackingOverview, updateTrackingSettings } from "../services/tracking-admin.server";
import { faqLinksOf } from "../data/tracking.server";
import { shopSettings } from "../services/shop-settings.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const now = new Date();
  const [overview, atRisk] = await Promise.all([
    trackingOverview({ db, admin, shop: session.shop, now }),
    shipmentsAtRisk(admin, now),
  ]);
  const stored = overview.settings;
  return {
    shop: session.shop,
    currencyCode: overview.currencyCode,
    lookups: overview.deflection.lookups,
    misses: overview.misses,
    saved: formatMoney({ minor: overview.deflection.savedMinor, currencyCode: overview.currencyCode }),
    costPerTicket: formatMoney({ minor: overview.costPerTicketMinor, currencyCode: overview.currencyCode }),
    atRisk,
    settings: {
      headline: stored?.headline ?? "",
      logoUrl: stored?.logoUrl ?? "",
      primaryColor: stored?.primaryColor ?? "",
      accentColor: stored?.accentColor ?? "",
      supportEmail: stored?.supportEmail ?? "",
      supportPhone: stored?.supportPhone ?? "",
      supportWhatsApp: stored?.supportWhatsApp ?? "",
      faqLinks: stored ? faqLinksOf(stored) : [],
      pinnedCollection: stored?.pinnedCollection ?? "",
      costPerTicket: formatMinorAsDecimal(overview.costPerTicketMinor, overview.currencyCode),
    } satisfies TrackingSettingsValues,
  };
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const { currencyCode } = await shopSettings(db, admin, session.shop);
  const submission = parseForm(await request.formData(), trackingSettingsSchema(currencyCode));
  if (submission.status !== "success") return json({ result: submission.reply(), saved: false }, { status: 400 });
  await updateTrackingSettings(db, session.shop, submission.value);
  return json({ result: submission.reply(), saved: true });
};

export default function TrackingPageAdmin() {
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  return (
    <Page title="Order tracking" subtitle="Your /track page answers “where is my order?” before anyone asks.">
      <Layout>
        <Layout.Section>
          <TrackingFigures lookups={data.lookups} misses={data.misses} saved={data.saved} costPerTicket={data.costPerTicket} />
        </Layout.Section>
        <Layout.Section>
          <ShipmentsAtRisk shipments={data.atRisk} />
        </Layout.Section>
        <Layout.Section>
          <TrackingSettingsForm currencyCode={data.currencyCode} values={data.settings} answer={answer} />
        </Layout.Section>
      </Layout>
    </Page>
  );
}
