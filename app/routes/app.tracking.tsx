// The tracking page, as the merchant sees it: tickets it saved, shipments
// at risk for agents to get ahead of, and its branding.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Layout, Page } from "@shopify/polaris";
import { ShipmentsAtRisk } from "../components/tracking/ShipmentsAtRisk";
import { TrackingFigures } from "../components/tracking/TrackingFigures";
import { TrackingSettingsForm } from "../components/tracking/TrackingSettingsForm";
import { TrackLinkCard, type TrackLinkView } from "../components/tracking/TrackLinkCard";
import { formatMinorAsDecimal, formatMoney } from "../domain/money";
import type { TrackingSettingsValues } from "../domain/tracking/settings";
import { adminContext } from "../http/admin-context.server";
import { trackingOverview } from "../services/tracking-admin.server";
import { shipmentsAtRisk } from "../services/shipment-risks.server";
import { submitTrackingForm } from "./app.tracking.forms.server";
import { faqLinksOf } from "../data/tracking.server";
import { useTranslation } from "react-i18next";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";
import { requestedPage } from "../http/paging.server";
import { pageFormsAction } from "../http/settings-form.server";

export const loader = answeringShopifyUnavailable(async ({ request }: LoaderFunctionArgs) => {
  const { context, locale } = await adminContext(request);
  const [overview, atRisk] = await Promise.all([trackingOverview(context), shipmentsAtRisk(context, requestedPage(request))]);
  const stored = overview.settings;
  return {
    shop: context.shop,
    currencyCode: overview.currencyCode,
    timeZone: overview.timeZone,
    trackLink: { ...overview.trackLink, checkedAt: overview.trackLink.checkedAt?.toISOString() ?? null } satisfies TrackLinkView,
    lookups: overview.deflection.lookups,
    misses: overview.misses,
    saved: formatMoney({ minor: overview.deflection.savedMinor, currencyCode: overview.currencyCode }, locale),
    costPerTicket: formatMoney({ minor: overview.costPerTicketMinor, currencyCode: overview.currencyCode }, locale),
    atRisk: atRisk.rows,
    atRiskPage: atRisk.page,
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
      stalledAfterDays: String(overview.stalledAfterDays),
    } satisfies TrackingSettingsValues,
  };
});

export const action = pageFormsAction(submitTrackingForm);

export default function TrackingPageAdmin() {
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("tracking");
  return (
    <Page title={t("title")} subtitle={t("subtitle")}>
      <Layout>
        <Layout.Section>
          <TrackingFigures lookups={data.lookups} misses={data.misses} saved={data.saved} costPerTicket={data.costPerTicket} />
        </Layout.Section>
        <Layout.Section>
          <TrackLinkCard link={data.trackLink} timeZone={data.timeZone} />
        </Layout.Section>
        <Layout.Section>
          <ShipmentsAtRisk shipments={data.atRisk} page={data.atRiskPage} answer={answer && "intent" in answer ? answer : undefined} />
        </Layout.Section>
        <Layout.Section>
          <TrackingSettingsForm
            currencyCode={data.currencyCode}
            values={data.settings}
            answer={answer && !("intent" in answer) ? answer : undefined}
          />
        </Layout.Section>
      </Layout>
    </Page>
  );
}
