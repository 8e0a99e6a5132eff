// The agent desk: find a customer by email, phone or order number, see them
// at a glance, issue a single-use delight code from the month's budget and
// copy a ready reply. The signed-in staff member is the agent.
// json(), not Response.json(): the production server installs Remix's fetch
// globals, whose Response has no static json().
import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Layout, Page } from "@shopify/polaris";
import { CustomerCard } from "../components/agent-desk/CustomerCard";
import { CustomerLookup } from "../components/agent-desk/CustomerLookup";
import { DelightCodeForm } from "../components/agent-desk/DelightCodeForm";
import { IssuedCode } from "../components/agent-desk/IssuedCode";
import { OnShiftCard } from "../components/agent-desk/OnShiftCard";
import { parseForm, replyWithErrors } from "../components/form/parse";
import { NotOnRosterSection } from "../components/NotOnRosterBanner";
import { delightCodeFormSchema } from "../domain/agents/desk";
import { adminContext } from "../http/admin-context.server";
import { loadDesk } from "../services/agent-desk.server";
import { issueDelightCode } from "../services/delight-code-issue.server";
import { shopSettings } from "../services/shop-settings.server";
import { useTranslation } from "react-i18next";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";
import { readForm } from "../http/form-data.server";

export const loader = answeringShopifyUnavailable(async ({ request }: LoaderFunctionArgs) => {
  const { context } = await adminContext(request);
  return loadDesk(context, new URL(request.url).searchParams);
});

export const action = answeringShopifyUnavailable(async ({ request }: ActionFunctionArgs) => {
  const { context, language } = await adminContext(request);
  const { currencyCode } = await shopSettings(context.db, context.admin, context.shop);
  const submission = parseForm(await readForm(request), delightCodeFormSchema(currencyCode), language);
  if (submission.status !== "success") return json({ result: submission.reply(), issued: null }, { status: 400 });
  const result = await issueDelightCode(context, submission.value);
  if (!result.ok) return json({ result: replyWithErrors(submission, result.fieldErrors, language), issued: null }, { status: 400 });
  return json({ result: submission.reply(), issued: result.issued });
});

export default function AgentDesk() {
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("desk");
  const customer = data.lookup?.customer ?? null;

  return (
    <Page
      title={t("title")}
      subtitle={data.agent ? t("signedInAs", { name: data.agent.name }) : undefined}
      backAction={{ content: t("common:back"), url: "/app/agents" }}
    >
      <Layout>
        <NotOnRosterSection agent={data.agent} staff={data.staff} why={t("notAgentWhy")} />
        <Layout.Section>
          <CustomerLookup query={data.lookup?.query ?? ""} error={data.lookup?.error ?? null} />
        </Layout.Section>
        {customer ? (
          <Layout.Section>
            <CustomerCard
              customer={customer}
              otherMatches={data.lookup?.otherMatches ?? 0}
              timeZone={data.shopTimeZone}
              searchedOrder={data.lookup?.order ?? null}
            />
          </Layout.Section>
        ) : null}
        {data.agent ? (
          <Layout.Section variant="oneThird">
            <DelightCodeForm
              shopCurrency={data.shopCurrency}
              budget={data.budget}
              customer={customer}
              active={data.agent.active}
              lastResult={answer?.result}
            />
          </Layout.Section>
        ) : null}
        {answer?.issued ? (
          <Layout.Section>
            <IssuedCode issued={answer.issued} />
          </Layout.Section>
        ) : null}
        <Layout.Section variant="oneThird">
          <OnShiftCard
            agents={data.onShift}
            suggested={data.suggestedAgent}
            nextOnShift={data.nextOnShift}
            shopTimeZone={data.shopTimeZone}
          />
        </Layout.Section>
      </Layout>
    </Page>
  );
}
