// The shop's settings: what a new agent starts with (commission and monthly
// delight budget). Agents already on the roster keep their own figures.
// json(), not Response.json(): the production server installs Remix's fetch
// globals, whose Response has no static json().
import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Layout, Page } from "@shopify/polaris";
import { parseForm } from "../components/form/parse";
import { formLanguage } from "../i18n/resources.server";
import { adminLocale } from "../i18n/locale.server";
import { AgentDefaultsForm } from "../components/settings/AgentDefaultsForm";
import db from "../db.server";
import { agentDefaultsSchema } from "../domain/agents/settings";
import { authenticate } from "../shopify.server";
import { loadAgentDefaults, saveAgentDefaultSettings } from "../services/agent-settings.server";
import { shopSettings } from "../services/shop-settings.server";
import { useTranslation } from "react-i18next";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";

export const loader = answeringShopifyUnavailable(async ({ request }: LoaderFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  return loadAgentDefaults({ db, admin, shop: session.shop });
});

export const action = answeringShopifyUnavailable(async ({ request }: ActionFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const { currencyCode } = await shopSettings(db, admin, session.shop);
  const language = formLanguage(await adminLocale(request, session));
  const submission = parseForm(await request.formData(), agentDefaultsSchema(currencyCode), language);
  if (submission.status !== "success") return json({ result: submission.reply(), saved: false }, { status: 400 });
  await saveAgentDefaultSettings({ db, admin, shop: session.shop }, submission.value);
  return json({ result: submission.reply(), saved: true });
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
