// One agent: "new" adds one (their personal code is created in Shopify);
// an id edits them, shows their codes as Shopify sees them and the ledger of
// what their delight codes cost this month. Another shop's agent is a 404.
// json(), not Response.json(): the production server installs Remix's fetch
// globals, whose Response has no static json().
import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Badge, Layout, Page } from "@shopify/polaris";
import { AgentCodesLedger } from "../components/agents/AgentCodesLedger";
import { AgentForm } from "../components/agents/AgentForm";
import { AgentOverview } from "../components/agents/AgentOverview";
import { parseForm, replyWithErrors } from "../components/form/parse";
import { useSavedToast } from "../components/form/useSavedToast";
import { agentFormSchema, blankAgentFormValues } from "../domain/agents/agent";
import { timeZoneOptions } from "../domain/time/zoned-time";
import { adminContext } from "../http/admin-context.server";
import { agentFormContext, createAgent, updateAgent } from "../services/agents.server";
import { loadAgent } from "../services/agent-pages.server";
import { useTranslation } from "react-i18next";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";
import { requestedPage } from "../http/paging.server";
import { readForm } from "../http/form-data.server";

const NEW = "new";

export const loader = answeringShopifyUnavailable(async ({ request, params }: LoaderFunctionArgs) => {
  const { context } = await adminContext(request);
  if (params.id === NEW) {
    const url = new URL(request.url);
    const { settings, options } = await agentFormContext(context);
    return {
      mode: "new" as const,
      values: blankAgentFormValues(options, { name: url.searchParams.get("name") ?? "", email: url.searchParams.get("email") ?? "" }),
      options: { ...options, shopTimeZone: settings.ianaTimezone },
      timeZones: timeZoneOptions(),
      agent: null,
      budget: null,
      codes: [],
      codesPage: null,
    };
  }
  // Scoped by shop: another shop's agent id finds nothing.
  const agent = await loadAgent(context, params.id ?? "", requestedPage(request, "codesPage"));
  if (!agent) throw new Response("Not found", { status: 404 });
  return { mode: "edit" as const, timeZones: timeZoneOptions(), ...agent };
});

export const action = answeringShopifyUnavailable(async ({ request, params }: ActionFunctionArgs) => {
  const { context, redirect, language } = await adminContext(request);
  const { options } = await agentFormContext(context);
  const submission = parseForm(await readForm(request), agentFormSchema(options), language);
  if (submission.status !== "success") return json({ result: submission.reply(), saved: false }, { status: 400 });
  const result =
    params.id === NEW ? await createAgent(context, submission.value) : await updateAgent(context, params.id ?? "", submission.value);
  if (!result) throw new Response("Not found", { status: 404 });
  if (!result.ok) return json({ result: replyWithErrors(submission, result.fieldErrors, language), saved: false }, { status: 400 });
  if (params.id === NEW) return redirect(`/app/agents/${result.agentId}`);
  return json({ result: submission.reply(), saved: true });
});

export default function AgentPage() {
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation("agents");
  useSavedToast(answer?.saved ? answer : null, t("saved"));

  return (
    <Page
      title={data.mode === "new" ? t("add") : data.agent.name}
      backAction={{ content: t("common:back"), url: "/app/agents" }}
      titleMetadata={
        data.mode === "edit" ? (
          data.agent.active ? (
            <Badge tone="success">{t("status.active")}</Badge>
          ) : (
            <Badge>{t("status.inactive")}</Badge>
          )
        ) : undefined
      }
    >
      <Layout>
        {data.mode === "edit" ? (
          <Layout.Section>
            <AgentOverview budget={data.budget} onShift={data.agent.onShift} linkedToStaff={data.agent.linkedToStaff} />
          </Layout.Section>
        ) : null}
        <Layout.Section>
          <AgentForm
            key={data.mode === "edit" ? data.agent.id : NEW}
            mode={data.mode}
            values={data.values}
            options={data.options}
            timeZones={data.timeZones}
            lastResult={answer?.result}
            submitting={navigation.state === "submitting"}
          />
        </Layout.Section>
        {data.mode === "edit" ? (
          <Layout.Section>
            <AgentCodesLedger codes={data.codes} page={data.codesPage} timeZone={data.options.shopTimeZone} />
          </Layout.Section>
        ) : null}
      </Layout>
    </Page>
  );
}
