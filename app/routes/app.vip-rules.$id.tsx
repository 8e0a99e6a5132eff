// One VIP rule: edit it, preview it against the store's customers, save it
// (every customer is re-evaluated in the background). Another shop's rule is a 404.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Badge, Page } from "@shopify/polaris";
import { VipRuleForm, type VipRuleActionData } from "../components/VipRuleForm";
import db from "../db.server";
import { authenticate } from "../shopify.server";
import { continueInBackground } from "../services/vip-backfill-runner.server";
import { loadRuleFormPage, previewVipRule, saveVipRule } from "../services/vip-rules.server";

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const page = await loadRuleFormPage({ db, admin, shop: session.shop, now: new Date() }, params.id ?? "");
  if (!page) throw new Response("Not found", { status: 404 });
  return page;
};

export const action = async ({ request, params }: ActionFunctionArgs) => {
  const { admin, session, redirect } = await authenticate.admin(request);
  const context = { db, admin, shop: session.shop, now: new Date() };
  const ruleId = params.id ?? "";
  const form = await request.formData();
  if (form.get("intent") === "preview") {
    const result = await previewVipRule(context, form, ruleId);
    if (result.kind === "not_found") throw new Response("Not found", { status: 404 });
    if (result.kind === "invalid") return json({ intent: "preview", preview: null, fieldErrors: result.fieldErrors }, { status: 400 });
    return { intent: "preview", preview: result.preview, fieldErrors: {} } satisfies VipRuleActionData;
  }
  const result = await saveVipRule(context, form, ruleId);
  if (result.kind === "not_found") throw new Response("Not found", { status: 404 });
  if (result.kind === "invalid") return json({ intent: "save", preview: null, fieldErrors: result.fieldErrors }, { status: 400 });
  await continueInBackground(session.shop, result.backfill);
  return redirect("/app/vip-rules");
};

export default function EditVipRule() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<VipRuleActionData>();
  const navigation = useNavigation();
  return (
    <Page
      title={page.values.tierName}
      backAction={{ url: "/app/vip-rules" }}
      titleMetadata={page.values.enabled ? <Badge tone="success">On</Badge> : <Badge>Off</Badge>}
      subtitle={`Precedence ${page.precedence} · ${page.members} ${page.members === 1 ? "customer holds" : "customers hold"} this tier`}
    >
      <VipRuleForm
        key={page.ruleId ?? "new"}
        mode="edit"
        initialValues={page.values}
        shopCurrency={page.shopCurrency}
        otherTierNames={page.otherTierNames}
        fieldErrors={result?.fieldErrors ?? {}}
        submitting={navigation.state === "submitting" && navigation.formData?.get("intent") === "save"}
      />
    </Page>
  );
}
