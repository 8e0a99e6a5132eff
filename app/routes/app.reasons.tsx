// The weekly reasons report: why customers got in touch this week, by reason
// and by product, the money behind each, and the spikes; and the merchant's
// own reasons.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Layout, Page } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { CustomReasonsCard } from "../components/reasons/CustomReasonsCard";
import { ReasonsReport } from "../components/reasons/ReasonsReport";
import { parseForm, replyWithErrors } from "../components/form/parse";
import db from "../db.server";
import { customReasonFormSchema, deleteCustomReasonSchema } from "../domain/reasons/custom-reason-form";
import { adminLocale } from "../i18n/locale.server";
import { loadReasonsReport, removeCustomReason, saveCustomReason } from "../services/reasons-report.server";
import { authenticate } from "../shopify.server";
import { formLanguage } from "../i18n/resources.server";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";

export const loader = answeringShopifyUnavailable(async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const week = new URL(request.url).searchParams.get("week");
  return json(await loadReasonsReport({ db, shop: session.shop, now: new Date(), locale: await adminLocale(request, session) }, week));
});

export const action = answeringShopifyUnavailable(async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const language = formLanguage(await adminLocale(request, session));
  const form = await request.formData();
  if (form.get("intent") === "delete") {
    const parsed = deleteCustomReasonSchema.safeParse({ key: form.get("key") });
    if (!parsed.success) return json({ result: null, saved: false }, { status: 400 });
    await removeCustomReason({ db, shop: session.shop }, parsed.data.key);
    return json({ result: null, saved: true });
  }
  const submission = parseForm(form, customReasonFormSchema, language);
  if (submission.status !== "success") return json({ result: submission.reply(), saved: false }, { status: 400 });
  const saved = await saveCustomReason({ db, shop: session.shop }, submission.value);
  if (!saved.ok) return json({ result: replyWithErrors(submission, saved.fieldErrors, language), saved: false }, { status: 400 });
  return json({ result: submission.reply({ resetForm: true }), saved: true });
});

export default function ReasonsPage() {
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("reasons");
  return (
    <Page title={t("title")} subtitle={t("subtitle")}>
      <Layout>
        <Layout.Section>
          <ReasonsReport report={data} />
        </Layout.Section>
        <Layout.Section>
          <CustomReasonsCard reasons={data.customReasons} answer={answer} />
        </Layout.Section>
      </Layout>
    </Page>
  );
}
