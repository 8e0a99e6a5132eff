// Helpdesks: how Gorgias, Zendesk and other helpdesks tell Concierge which
// agent handled a customer (copy-paste setups, each with a test button), the
// secret they use, the attribution window, and the helpdesk agents to map.
// Each of its forms posts its own intent (app.helpdesks.forms.server.ts); the
// screen's parts are app/components/helpdesks.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Banner, Layout, Page } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { AgentMappingCard } from "../components/helpdesks/AgentMappingCard";
import { CustomerCardSetup } from "../components/helpdesks/CustomerCardSetup";
import { HelpdeskOptionsForm } from "../components/helpdesks/HelpdeskOptionsForm";
import { HelpdeskSecretCard } from "../components/helpdesks/HelpdeskSecretCard";
import { HelpdeskSetupCard } from "../components/helpdesks/HelpdeskSetupCard";
import { env } from "../env.server";
import { adminContext } from "../http/admin-context.server";
import { pageFormsAction } from "../http/settings-form.server";
import { loadHelpdeskSetup } from "../services/helpdesk-setup.server";
import { submitHelpdeskForm } from "./app.helpdesks.forms.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  // The signed-in staff member's view of their shop: every read and write here says who made it.
  const { context, locale } = await adminContext(request);
  return loadHelpdeskSetup(context, env.SHOPIFY_APP_URL, locale);
};

export const action = pageFormsAction(submitHelpdeskForm);

export default function Helpdesks() {
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("helpdesks");
  // The action's answer, to the form that sent it only; the buttons' in the banner.
  const options = answer?.intent === "options" ? answer : undefined;
  const mapping = answer?.intent === "map" ? answer : undefined;
  const notice = answer?.intent === "rotate" || answer?.intent === "test" ? answer : undefined;

  return (
    <Page title={t("title")} backAction={{ content: t("common:back"), url: "/app" }}>
      <Layout>
        {notice ? (
          <Layout.Section>
            <Banner tone={notice.tone}>
              <p role="status">{notice.message}</p>
            </Banner>
          </Layout.Section>
        ) : null}
        <HelpdeskOptionsForm values={data.options} secretSet={data.zendeskSigningSecretSet} answer={options} />
        <HelpdeskSecretCard endpoint={data.endpoint} secret={data.secret} previousUntil={data.previousSecretUntil} />
        {data.setups.map((setup) => (
          <HelpdeskSetupCard key={setup.id} setup={setup} />
        ))}
        <CustomerCardSetup card={data.card} shopifyInbox={data.shopifyInbox} />
        <AgentMappingCard unknownAgents={data.unknownAgents} agents={data.agents} answer={mapping} />
      </Layout>
    </Page>
  );
}
