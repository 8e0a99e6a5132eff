// The shop's settings: what a new agent starts with (commission and monthly
// delight budget). Agents already on the roster keep their own figures.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Layout, Page } from "@shopify/polaris";
import { AgentDefaultsForm } from "../components/settings/AgentDefaultsForm";
import db from "../db.server";
import { agentDefaultsSchema } from "../domain/agents/settings";
import { authenticate } from "../shopify.server";
import { loadAgentDefaults, saveAgentDefaultSettings } from "../services/agent-settings.server";
import { shopSettings } from "../services/shop-settings.server";
import { useTranslation } from "react-i18next";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";
import { saveSettingsForm } from "../http/settings-form.server";

export const loader = answeringShopifyUnavailable(async ({ request }: LoaderFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  return loadAgentDefaults({ db, admin, shop: session.shop });
});

export const action = answeringShopifyUnavailable(async ({ request }: ActionFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const { currencyCode } = await shopSettings(db, admin, session.shop);
  return saveSettingsForm(request, session, await request.formData(), agentDefaultsSchema(currencyCode), (defaults) =>
    saveAgentDefaultSettings({ db, admin, shop: session.shop }, defaults),
  );
});

export default function Settings() {
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("settings");
  return (
    <Page title={t("title")} backAction={{ content: t("common:back"), url: "/app" }}>
      <Layout>
        <Layout.AnnotatedSection title={t("newAgents.title")} description={t("newAgents.description")}>
          <AgentDefaultsForm currencyCode={data.currencyCode} values={data.values} answer={answer} />
        </Layout.AnnotatedSection>
      </Layout>
    </Page>
  );
}
