// One VIP rule: edit it, preview it against the store's customers, save it
// (every customer is re-evaluated in the background). Another shop's rule is a 404.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Badge, Page } from "@shopify/polaris";
import { VipRuleForm } from "../components/vip-rules/VipRuleForm";
import { loadVipRuleForm, submitVipRuleForm } from "./app.vip-rules.form.server";
import { useTranslation } from "react-i18next";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";

export const loader = answeringShopifyUnavailable(async ({ request, params }: LoaderFunctionArgs) =>
  loadVipRuleForm(request, params.id ?? ""),
);

export const action = answeringShopifyUnavailable(async ({ request, params }: ActionFunctionArgs) =>
  submitVipRuleForm(request, params.id ?? ""),
);

export default function EditVipRule() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("vip");
  return (
    <Page
      title={page.values.tierName}
      backAction={{ content: t("common:back"), url: "/app/vip-rules" }}
      titleMetadata={page.values.enabled ? <Badge tone="success">{t("rules.on")}</Badge> : <Badge>{t("rules.off")}</Badge>}
      subtitle={t("form.subtitle", { precedence: page.precedence, holders: t("form.holders", { count: page.members }) })}
    >
      <VipRuleForm key={page.ruleId ?? "new"} mode="edit" {...page} />
    </Page>
  );
}
