// A new VIP rule: the form, its preview against the store's customers, and
// saving it (which re-evaluates every customer in the background).
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Page } from "@shopify/polaris";
import { VipRuleForm } from "../components/vip-rules/VipRuleForm";
import { loadVipRuleForm, submitVipRuleForm } from "./app.vip-rules.form.server";
import { useTranslation } from "react-i18next";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";

export const loader = answeringShopifyUnavailable(async ({ request }: LoaderFunctionArgs) => loadVipRuleForm(request, null));

export const action = answeringShopifyUnavailable(async ({ request }: ActionFunctionArgs) => submitVipRuleForm(request, null));

export default function NewVipRule() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("vip");
  return (
    <Page title={t("form.addTitle")} backAction={{ content: t("common:back"), url: "/app/vip-rules" }}>
      <VipRuleForm mode="new" {...page} />
    </Page>
  );
}
