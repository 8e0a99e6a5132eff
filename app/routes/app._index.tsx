import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { BlockStack, Card, InlineGrid, Layout, Link, List, Page, Text } from "@shopify/polaris";
import db from "../db.server";
import { authenticate } from "../shopify.server";
import { loadHome } from "../services/home.server";
import { loadStoreImportView } from "../services/store-import.server";
import { StoreHistoryCard } from "../components/StoreHistoryCard";
import { ShopifyUnavailableBanner } from "../components/ShopifyUnavailableBanner";

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
  return (
    <Page title="Concierge">
      <Layout>
        {home.shopifyUnavailable ? (
          <Layout.Section>
            <ShopifyUnavailableBanner />
          </Layout.Section>
        ) : null}
        <Layout.Section>
          <Card>
            <BlockStack gap="300">
              <Text as="h2" variant="headingMd">
                Support that earns its keep
              </Text>
              <Text as="p">
                Concierge turns {home.shopName ?? "your store"}&apos;s customer support into a profit center: VIPs skip the bot, agents sell
                with their own codes, returns become exchanges, and shoppers track their own orders.
              </Text>
              <List>
                <List.Item>VIP rules keep every customer&apos;s tier true on their Shopify profile.</List.Item>
                <List.Item>Agents&apos; codes attribute every sale made through support.</List.Item>
                <List.Item>Exchange offers turn a refund into an exchange plus an upsell.</List.Item>
                <List.Item>The /track page answers &quot;where is my order?&quot; before anyone asks.</List.Item>
              </List>
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <InlineGrid columns={1} gap="400">
            <StoreHistoryCard history={home.history} timeZone={home.timezone ?? "UTC"} />
            <Card>
              <BlockStack gap="200">
                <Text as="h2" variant="headingSm">
                  Store
                </Text>
                <Text as="p">
                  Currency: {home.currencyCode ?? "not known yet"} · Time zone: {home.timezone ?? "not known yet"}
                </Text>
                <Text as="p">Webhooks received in the last 24 hours: {home.webhooksLastDay}</Text>
              </BlockStack>
            </Card>
            <Card>
              <BlockStack gap="200">
                <Text as="h2" variant="headingSm">
                  Privacy
                </Text>
                <Text as="p">
                  Customer data requests on file: {home.dataRequests}. <Link url="/app/data-requests">Read them</Link>
                </Text>
              </BlockStack>
            </Card>
          </InlineGrid>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
