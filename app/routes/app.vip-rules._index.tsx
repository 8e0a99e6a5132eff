// The shop's VIP rules in precedence order (a customer holds the highest tier
// they qualify for), with how many customers hold each, the re-evaluation
// of every customer after a change (refreshed while it runs), and the latest
// tier changes. The screen's parts are app/components/vip-rules.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData, useNavigation } from "@remix-run/react";
import { Layout, Page } from "@shopify/polaris";
import { useRefreshWhile } from "../components/useRefreshWhile";
import { BackfillStatus } from "../components/vip-rules/BackfillStatus";
import { RecentTierChanges } from "../components/vip-rules/RecentTierChanges";
import { VipRulesTable } from "../components/vip-rules/VipRulesTable";
import { adminContext } from "../http/admin-context.server";
import {
  deleteVipRuleAndReevaluate,
  loadVipRulesPage,
  moveVipRuleAndReevaluate,
  startBackfillAfterChange,
} from "../services/vip-rules.server";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";

export const loader = answeringShopifyUnavailable(async ({ request }: LoaderFunctionArgs) => {
  const { context } = await adminContext(request);
  return loadVipRulesPage(context);
});

export const action = answeringShopifyUnavailable(async ({ request }: ActionFunctionArgs) => {
  const { context } = await adminContext(request);
  const form = await request.formData();
  const intent = form.get("intent");
  const id = String(form.get("id") ?? "");
  const started =
    intent === "move-up" || intent === "move-down"
      ? await moveVipRuleAndReevaluate(context, id, intent === "move-up" ? "up" : "down")
      : intent === "delete"
        ? await deleteVipRuleAndReevaluate(context, id)
        : intent === "reevaluate"
          ? await startBackfillAfterChange(context, "manual")
          : undefined;
  if (started === undefined) return json({ error: "Unknown action" }, { status: 400 });
  return { ok: started !== null };
});

export default function VipRules() {
  const { rules, backfill, recent, timeZone } = useLoaderData<typeof loader>();
  const { t } = useTranslation("vip");
  const format = useFormat();
  const navigation = useNavigation();
  useRefreshWhile(backfill?.status === "running" || backfill?.status === "processing");

  const busy = navigation.state !== "idle";
  const when = (iso: string) => format.instant(iso, timeZone, "dateTime");

  return (
    <Page title={t("rules.title")} subtitle={t("rules.subtitle")} primaryAction={{ content: t("rules.add"), url: "/app/vip-rules/new" }}>
      <Layout>
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
