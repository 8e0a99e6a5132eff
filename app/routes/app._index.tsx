import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { BlockStack, Card, InlineGrid, Layout, Link, List, Page, Text } from "@shopify/polaris";
import db from "../db.server";
import { authenticate } from "../shopify.server";
import { loadHome } from "../services/home.server";
import { loadStoreImportView } from "../services/store-import.server";
import { StoreHistoryCard } from "../components/StoreHistoryCard";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const [home, history] = await Promise.all([
    loadHome({ db, admin, shop: session.shop, now: new Date() }),
    loadStoreImportView(db, session.shop),
  ]);
  return { ...home, history };
};

export default function Home() {
  const home = useLoaderData<typeof loader>();
  const { t } = useTranslation("home");
  const format = useFormat();
  return (
    <Page title={t("common:appName")}>
      <Layout>
        <Layout.Section>
          <Card>
            <BlockStack gap="300">
              <Text as="h2" variant="headingMd">
                {t("intro.title")}
              </Text>
              <Text as="p">{t("intro.body", { shop: home.shopName })}</Text>
              <List>
                <List.Item>{t("intro.vip")}</List.Item>
                <List.Item>{t("intro.agents")}</List.Item>
                <List.Item>{t("intro.exchanges")}</List.Item>
                <List.Item>{t("intro.track")}</List.Item>
              </List>
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <InlineGrid columns={1} gap="400">
            <StoreHistoryCard history={home.history} timeZone={home.timezone} />
            <Card>
              <BlockStack gap="200">
                <Text as="h2" variant="headingSm">
                  {t("store.title")}
                </Text>
                <Text as="p">{t("store.currencyZone", { currency: home.currencyCode, timeZone: home.timezone })}</Text>
                <Text as="p">{t("store.webhooks", { count: format.count(home.webhooksLastDay) })}</Text>
              </BlockStack>
            </Card>
            <Card>
              <BlockStack gap="200">
                <Text as="h2" variant="headingSm">
                  {t("privacy.title")}
                </Text>
                <Text as="p">
                  {t("privacy.requests", { count: format.count(home.dataRequests) })}{" "}
                  <Link url="/app/data-requests">{t("privacy.read")}</Link>
                </Text>
              </BlockStack>
            </Card>
          </InlineGrid>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
