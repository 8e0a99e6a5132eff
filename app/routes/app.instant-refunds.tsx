// Instant refunds for VIPs: the ledger of what Concierge refunded, what
// Shopify refused and what waits for an agent, with the pause switch and the
// SKUs never refunded at once.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Layout, Page } from "@shopify/polaris";
import { InstantRefundLedger } from "../components/instant-refunds/InstantRefundLedger";
import { InstantRefundSettingsForm } from "../components/instant-refunds/InstantRefundSettingsForm";
import { instantRefundSettingsSchema } from "../domain/vip/instant-refund-settings";
import { instantRefundLedger, updateInstantRefundSettings } from "../services/instant-refund-ledger.server";
import { adminContext } from "../http/admin-context.server";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";
import { requestedPage } from "../http/paging.server";
import { settingsFormAction } from "../http/settings-form.server";
import { useTranslation } from "react-i18next";

export const loader = answeringShopifyUnavailable(async ({ request }: LoaderFunctionArgs) => {
  const { context } = await adminContext(request);
  const { entries, page, settings } = await instantRefundLedger(context, requestedPage(request));
  return json({ entries, page, settings: { paused: settings.paused, excludedSkus: settings.excludedSkus.join(", ") } });
});

export const action = settingsFormAction(async () => instantRefundSettingsSchema, updateInstantRefundSettings);

export default function InstantRefundsPage() {
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("vip");
  return (
    <Page title={t("instantRefunds.title")} subtitle={t("instantRefunds.subtitle")}>
      <Layout>
        <Layout.Section>
          <InstantRefundSettingsForm values={data.settings} answer={answer} />
        </Layout.Section>
        <Layout.Section>
          <InstantRefundLedger entries={data.entries} page={data.page} />
        </Layout.Section>
      </Layout>
    </Page>
  );
}
