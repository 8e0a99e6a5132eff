// The shop's settings: what a new agent starts with (commission and monthly
// delight budget). Agents already on the roster keep their own figures.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Layout, Page } from "@shopify/polaris";
import { AgentDefaultsForm } from "../components/settings/AgentDefaultsForm";
import { agentDefaultsSchema } from "../domain/agents/settings";
import { adminContext } from "../http/admin-context.server";
import { loadAgentDefaults, saveAgentDefaultSettings } from "../services/agent-settings.server";
import { shopSettings } from "../services/shop-settings.server";
import type { ShopContext } from "../services/context";
import { useTranslation } from "react-i18next";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";
import { settingsFormAction } from "../http/settings-form.server";

export const loader = answeringShopifyUnavailable(async ({ request }: LoaderFunctionArgs) => {
  const { context } = await adminContext(request);
  return loadAgentDefaults(context);
});

// Amounts in the shop's currency.
export const action = settingsFormAction(async ({ db, admin, shop }: ShopContext) => {
  const { currencyCode } = await shopSettings(db, admin, shop);
  return agentDefaultsSchema(currencyCode);
}, saveAgentDefaultSettings);

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
