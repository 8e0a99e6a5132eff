// The loader and action the new-rule and edit-rule pages share: they differ
// only in the rule they work on (null for a new one).
import { json } from "@remix-run/node";
import type { VipRuleActionData } from "../components/VipRuleForm";
import db from "../db.server";
import { authenticate } from "../shopify.server";
import { loadRuleFormPage, previewVipRule, saveVipRule } from "./vip-rules.server";

export async function loadVipRuleForm(request: Request, ruleId: string | null) {
  const { admin, session } = await authenticate.admin(request);
  const page = await loadRuleFormPage({ db, admin, shop: session.shop, now: new Date() }, ruleId);
  if (!page) throw new Response("Not found", { status: 404 });
  return page;
}

/** Preview (intent=preview) or save; field errors come back with a 400. */
export async function submitVipRuleForm(request: Request, ruleId: string | null) {
  const { admin, session, redirect } = await authenticate.admin(request);
  const context = { db, admin, shop: session.shop, now: new Date() };
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
  return redirect("/app/vip-rules");
}
