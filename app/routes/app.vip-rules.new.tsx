// A new VIP rule: the form, its preview against the store's customers, and
// saving it (which re-evaluates every customer in the background).
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Page } from "@shopify/polaris";
import { VipRuleForm, type VipRuleActionData } from "../components/VipRuleForm";
import db from "../db.server";
import { authenticate } from "../shopify.server";
import { continueInBackground } from "../services/vip-backfill-runner.server";
import { loadRuleFormPage, previewVipRule, saveVipRule } from "../services/vip-rules.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const page = await loadRuleFormPage({ db, admin, shop: session.shop, now: new Date() }, null);
  if (!page) throw new Response("Not found", { status: 404 });
  return page;
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { admin, session, redirect } = await authenticate.admin(request);
  const context = { db, admin, shop: session.shop, now: new Date() };
  const form = await request.formData();
  if (form.get("intent") === "preview") {
    const result = await previewVipRule(context, form, null);
    if (result.kind === "not_found") throw new Response("Not found", { status: 404 });
    if (result.kind === "invalid") return json({ intent: "preview", preview: null, fieldErrors: result.fieldErrors }, { status: 400 });
    return { intent: "preview", preview: result.preview, fieldErrors: {} } satisfies VipRuleActionData;
  }
  const result = await saveVipRule(context, form, null);
  if (result.kind === "not_found") throw new Response("Not found", { status: 404 });
  if (result.kind === "invalid") return json({ intent: "save", preview: null, fieldErrors: result.fieldErrors }, { status: 400 });
  await continueInBackground(session.shop, result.backfill);
  return redirect("/app/vip-rules");
};

export default function NewVipRule() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<VipRuleActionData>();
  const navigation = useNavigation();
  return (
    <Page title="Add VIP rule" backAction={{ url: "/app/vip-rules" }}>
      <VipRuleForm
        mode="new"
        initialValues={page.values}
        shopCurrency={page.shopCurrency}
        otherTierNames={page.otherTierNames}
        fieldErrors={result?.fieldErrors ?? {}}
        submitting={navigation.state === "submitting" && navigation.formData?.get("intent") === "save"}
      />
    </Page>
  );
}
