// The home page: the setup guide (what Concierge has seen set up), the month
// so far, what needs attention, and the shop as Shopify knows it.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { BlockStack, Card, InlineGrid, InlineStack, Layout, Link, Page, Text } from "@shopify/polaris";
import { z } from "zod";
import { env } from "../env.server";
import { adminContext } from "../http/admin-context.server";
import { loadHome } from "../services/home.server";
import { dismissSetupGuide, loadAttention, loadMonthSoFar, loadSetupGuide } from "../services/home-overview.server";
import { loadStoreImportView } from "../services/store-import.server";
import { TitledCard } from "../components/TitledCard";
import { StoreHistoryCard } from "../components/StoreHistoryCard";
import { ShopifyUnavailableBanner } from "../components/ShopifyUnavailableBanner";
import { AttentionCard } from "../components/home/AttentionCard";
import { MonthSoFarCard } from "../components/home/MonthSoFarCard";
import { SetupGuide } from "../components/home/SetupGuide";
import { PostButton } from "../components/form/PostButton";
import { useSavedToast } from "../components/form/useSavedToast";
import { useTranslation } from "react-i18next";
import { readForm } from "../http/form-data.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { context } = await adminContext(request);
  // The shop's overview first: it keeps the currency and time zone the other parts read.
  const home = await loadHome(context);
  const [guide, month, attention, history] = await Promise.all([
    loadSetupGuide(context, env.SHOPIFY_API_KEY),
    loadMonthSoFar(context, home.timezone ?? "UTC"),
    loadAttention(context),
    loadStoreImportView(context.db, context.shop),
  ]);
  // Without Shopify's answer, the shop's own myshopify.com address serves the storefront too.
  return { ...home, storefrontUrl: home.storefrontUrl ?? `https://${context.shop}`, guide, month, attention, history };
};

const guideIntent = z.object({ intent: z.enum(["dismiss-guide", "show-guide"]) });

export const action = async ({ request }: ActionFunctionArgs) => {
  const { context } = await adminContext(request);
  const parsed = guideIntent.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return Response.json({ error: "Unknown action" }, { status: 400 });
  const dismissed = parsed.data.intent === "dismiss-guide";
  await dismissSetupGuide(context, dismissed);
  return { saved: { dismissed } };
};

export default function Home() {
  const home = useLoaderData<typeof loader>();
  const { t } = useTranslation("home");
  const result = useActionData<typeof action>();
  const saved = result && "saved" in result ? result.saved : null;
  useSavedToast(saved, saved?.dismissed ? t("guide.hidden") : t("guide.shown"));
  const stepUrls = {
    chatTrigger: home.guide.themeEditorUrl,
    trackingPage: `${home.storefrontUrl.replace(/\/$/, "")}/apps/concierge/track`,
    profitSettings: "/app/profit#settings",
    vipRule: "/app/vip-rules/new",
    agents: "/app/agents",
  };
  return (
    <Page title={t("common:appName")}>
      <Layout>
        {home.shopifyUnavailable ? (
          <Layout.Section>
            <ShopifyUnavailableBanner />
          </Layout.Section>
        ) : null}
        <Layout.Section>
          <BlockStack gap="400">
            {home.guide.dismissed ? (
              <Card>
                <InlineStack align="space-between" blockAlign="center" gap="200">
                  <Text as="p">{t("guide.collapsed", { completed: home.guide.completed, total: home.guide.total })}</Text>
                  <PostButton fields={{ intent: "show-guide" }}>{t("guide.show")}</PostButton>
                </InlineStack>
              </Card>
            ) : (
              <SetupGuide guide={home.guide} stepUrls={stepUrls} />
            )}
            <MonthSoFarCard month={home.month} />
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <InlineGrid columns={1} gap="400">
            <AttentionCard attention={home.attention} />
            <StoreHistoryCard history={home.history} timeZone={home.timezone ?? "UTC"} />
            <TitledCard title={t("store.title")} compact>
              <Text as="p">
                {t("store.settings", {
                  currency: home.currencyCode ?? t("store.unknown"),
                  timeZone: home.timezone ?? t("store.unknown"),
                })}
              </Text>
              <Text as="p">{t("store.webhooks", { count: home.webhooksLastDay })}</Text>
            </TitledCard>
            <TitledCard title={t("store.privacy")} compact>
              <Text as="p">
                {t("store.dataRequests", { count: home.dataRequests })} <Link url="/app/data-requests">{t("store.readThem")}</Link>
              </Text>
            </TitledCard>
          </InlineGrid>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
