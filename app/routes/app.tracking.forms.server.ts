// The Order tracking page's two forms: a shipment at risk's "Mark handled"
// button (its hidden riskId parsed with markHandledSchema, answered
// { intent, ok, message }: 400 a bad id, 404 a shipment gone from the list,
// 200 done) and the branding and help settings (answered { result, saved },
// which is all the settings form reads). Both in the staff member's language.
import { json } from "@remix-run/node";
import { parseForm, resultMessages, type FormLanguage } from "../components/form/parse";
import type { HandledAnswer } from "../components/tracking/ShipmentsAtRisk";
import { trackingSettingsSchema } from "../domain/tracking/settings";
import { markHandledSchema } from "../domain/tracking/shipment-risk-form";
import { saveSettingsForm } from "../http/settings-form.server";
import type { ServiceContext } from "../services/context";
import { markShipmentRiskHandled } from "../services/shipment-risks.server";
import { shopSettings } from "../services/shop-settings.server";
import { updateTrackingSettings } from "../services/tracking-admin.server";

const handled = (ok: boolean, message: string, status = 200) =>
  json({ intent: "handled", ok, message } satisfies HandledAnswer, { status });

async function markHandled(context: ServiceContext, form: FormData, language: FormLanguage) {
  const submission = parseForm(form, markHandledSchema, language);
  if (submission.status !== "success") return handled(false, resultMessages(submission.reply()), 400);
  const marked = await markShipmentRiskHandled(context, submission.value.riskId);
  if (marked.kind === "not_found") return handled(false, language.t("tracking:atRisk.gone"), 404);
  return handled(true, language.t("tracking:atRisk.handled"));
}

/** `language`: the staff member's, for the forms' messages. */
export async function submitTrackingForm(context: ServiceContext, form: FormData, language: FormLanguage) {
  if (form.get("intent") === "handled") return markHandled(context, form, language);
  const { currencyCode } = await shopSettings(context.db, context.admin, context.shop);
  return saveSettingsForm(language, form, trackingSettingsSchema(currencyCode), (settings) =>
    updateTrackingSettings(context.db, context.shop, settings),
  );
}
