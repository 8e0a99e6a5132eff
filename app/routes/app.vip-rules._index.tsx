// The shop's VIP rules in precedence order (a customer holds the highest tier
// they qualify for), with how many customers hold each, the re-evaluation
// of every customer after a change (refreshed while it runs), and the latest
// tier changes. The screen's parts are app/components/vip-rules.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Banner, Layout, Page } from "@shopify/polaris";
import { useRefreshWhile } from "../components/useRefreshWhile";
import { BackfillStatus } from "../components/vip-rules/BackfillStatus";
import { RecentTierChanges } from "../components/vip-rules/RecentTierChanges";
import { VipRulesTable } from "../components/vip-rules/VipRulesTable";
import { adminContext } from "../http/admin-context.server";
import { applyRuleListAction, loadVipRulesPage } from "../services/vip-rules.server";
import { parseForm } from "../components/form/parse";
import { useSavedToast } from "../components/form/useSavedToast";
import { ruleListActionSchema } from "../domain/vip/rule-list-actions";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";
import { readForm } from "../http/form-data.server";

export const loader = answeringShopifyUnavailable(async ({ request }: LoaderFunctionArgs) => {
  const { context } = await adminContext(request);
  return loadVipRulesPage(context);
});

/**
 * A button's answer, in the staff member's language: a toast when done, a
 * banner when the rule changed meanwhile (404 gone, 409 already first or last).
 */
export const action = answeringShopifyUnavailable(async ({ request }: ActionFunctionArgs) => {
  const { context, language } = await adminContext(request);
  const { t } = language;
  const submission = parseForm(await readForm(request), ruleListActionSchema, language);
  if (submission.status !== "success") return json({ ok: false, message: t("vip:rules.changed") }, { status: 400 });
  const result = await applyRuleListAction(context, submission.value);
  if (result.kind !== "done")
    return json({ ok: false, message: t("vip:rules.changed") }, { status: result.kind === "not_found" ? 404 : 409 });
  return json({ ok: true, message: t(`vip:rules.done.${submission.value.intent}`) });
});

export default function VipRules() {
  const { rules, backfill, recent, timeZone } = useLoaderData<typeof loader>();
  const { t } = useTranslation("vip");
  const format = useFormat();
  const navigation = useNavigation();
  const answer = useActionData<typeof action>();
  useSavedToast(answer?.ok ? answer : null, answer?.message ?? "");
  useRefreshWhile(backfill?.status === "running" || backfill?.status === "processing");

  const busy = navigation.state !== "idle";
  const when = (iso: string) => format.instant(iso, timeZone, "dateTime");

  return (
    <Page title={t("rules.title")} subtitle={t("rules.subtitle")} primaryAction={{ content: t("rules.add"), url: "/app/vip-rules/new" }}>
      <Layout>
        {answer && !answer.ok ? (
          <Layout.Section>
            <Banner tone="warning">{answer.message}</Banner>
          </Layout.Section>
        ) : null}
        {backfill ? (
          <Layout.Section>
            <BackfillStatus backfill={backfill} when={when} busy={busy} />
          </Layout.Section>
        ) : null}
        <Layout.Section>
          <VipRulesTable rules={rules} busy={busy} />
        </Layout.Section>
        <Layout.Section>
          <RecentTierChanges recent={recent} when={when} />
        </Layout.Section>
      </Layout>
    </Page>
  );
}
