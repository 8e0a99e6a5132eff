// The loader and action the new-rule and edit-rule pages share: they differ
// only in the rule they work on (null for a new one). The action parses the
// form with ruleFormSchema, the one the form checks with in the browser, then
// previews the rule (intent=preview) or saves it.
import { json } from "@remix-run/node";
import type { VipRuleAnswer } from "../components/vip-rules/VipRuleForm";
import { parseForm, replyWithErrors } from "../components/form/parse";
import { ruleFormSchema } from "../domain/vip/rules";
import { adminContext } from "../http/admin-context.server";
import { loadRuleFormPage, previewVipRule, ruleFormOptions, saveVipRule } from "../services/vip-rules.server";
import { readForm } from "../http/form-data.server";

export async function loadVipRuleForm(request: Request, ruleId: string | null) {
  const { context } = await adminContext(request);
  const page = await loadRuleFormPage(context, ruleId);
  if (!page) throw new Response("Not found", { status: 404 });
  return page;
}

/** Preview (intent=preview) or save; field errors come back with a 400, a saved rule goes back to the list. */
export async function submitVipRuleForm(request: Request, ruleId: string | null) {
  const { context, redirect, language } = await adminContext(request);
  const formData = await readForm(request);
  const intent = formData.get("intent") === "preview" ? "preview" : "save";
  const options = await ruleFormOptions(context, ruleId);
  if (!options) throw new Response("Not found", { status: 404 });
  const submission = parseForm(formData, ruleFormSchema(options.shopCurrency, options.otherTierNames), language);
  const refused = (result: VipRuleAnswer["result"]) => json<VipRuleAnswer>({ intent, result, preview: null }, { status: 400 });
  if (submission.status !== "success") return refused(submission.reply());

  const result =
    intent === "preview" ? await previewVipRule(context, submission.value, ruleId) : await saveVipRule(context, submission.value, ruleId);
  if (result.kind === "not_found") throw new Response("Not found", { status: 404 });
  if (result.kind === "invalid") return refused(replyWithErrors(submission, result.fieldErrors, language));
  if (result.kind === "preview") return json<VipRuleAnswer>({ intent, result: submission.reply(), preview: result.preview });
  return redirect("/app/vip-rules");
}
