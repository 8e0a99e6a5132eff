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
import { customReasonFormSchema, deleteCustomReasonSchema } from "../domain/reasons/custom-reason-form";
import { loadReasonsReport, removeCustomReason, saveCustomReason } from "../services/reasons-report.server";
import { adminContext } from "../http/admin-context.server";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";
import { readForm } from "../http/form-data.server";

export const loader = answeringShopifyUnavailable(async ({ request }: LoaderFunctionArgs) => {
  const { context } = await adminContext(request);
  return json(await loadReasonsReport(context, new URL(request.url).searchParams.get("week")));
});

export const action = answeringShopifyUnavailable(async ({ request }: ActionFunctionArgs) => {
  const { context, language } = await adminContext(request);
  const form = await readForm(request);
  if (form.get("intent") === "delete") {
    const parsed = deleteCustomReasonSchema.safeParse({ key: form.get("key") });
    if (!parsed.success) return json({ result: null, saved: false }, { status: 400 });
    await removeCustomReason(context, parsed.data.key);
    return json({ result: null, saved: true });
  }
  const submission = parseForm(form, customReasonFormSchema, language);
  if (submission.status !== "success") return json({ result: submission.reply(), saved: false }, { status: 400 });
  const saved = await saveCustomReason(context, submission.value);
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
