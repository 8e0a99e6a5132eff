// The chat trigger in the admin: its funnel (prompts shown → chats opened →
// chat-assisted orders) and how to turn it on in the theme.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { Banner, BlockStack, Box, Button, Card, InlineGrid, Layout, Link, List, Page, Select, Text } from "@shopify/polaris";
import { StatTile } from "../components/StatTile";
import db from "../db.server";
import { env } from "../env.server";
import { authenticate } from "../shopify.server";
import { formatBasisPoints, FUNNEL_PERIODS, funnelPeriod } from "../domain/chat/funnel";
import { loadChatFunnel } from "../services/chat-funnel.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const days = funnelPeriod(new URL(request.url).searchParams.get("days"));
  return loadChatFunnel({ db, admin, shop: session.shop, days, apiKey: env.SHOPIFY_API_KEY, now: new Date() });
};

const PERIOD_OPTIONS = FUNNEL_PERIODS.map((days) => ({ label: `Last ${days} days`, value: String(days) }));

const rate = (bps: number | null) => (bps === null ? "–" : formatBasisPoints(bps));

export default function ChatTrigger() {
  const { days, firstDay, lastDay, timeZone, funnel, themeEditorUrl, benchmarkSet } = useLoaderData<typeof loader>();
  const [, setSearchParams] = useSearchParams();
  const choosePeriod = (value: string) =>
    setSearchParams((params) => {
      // Keep the embedded app's own parameters (shop, host…).
      params.set("days", value);
      return params;
    });

  return (
    <Page
      title="Chat trigger"
      subtitle="Offers a chat to shoppers who spend 30 seconds (or the delay you choose) on a product page; VIPs get their concierge."
      backAction={{ url: "/app" }}
    >
      <Layout>
        {funnel.promptsShown === 0 ? (
          <Layout.Section>
            <Banner title={`No prompt was shown in the last ${days} days`} tone="warning">
              <p>If the chat trigger isn&apos;t turned on in your theme yet, follow the steps below.</p>
            </Banner>
          </Layout.Section>
        ) : null}
        <Layout.Section>
          <Card>
            <BlockStack gap="400">
              <InlineGrid columns={["twoThirds", "oneThird"]} alignItems="center">
                <BlockStack gap="100">
                  <Text as="h2" variant="headingMd">
                    Funnel
                  </Text>
                  <Text as="p" tone="subdued">
                    {firstDay} to {lastDay} ({timeZone})
                  </Text>
                </BlockStack>
                <Select label="Period" labelInline options={PERIOD_OPTIONS} value={String(days)} onChange={choosePeriod} />
              </InlineGrid>
              <InlineGrid columns={{ xs: 1, md: 3 }} gap="400">
                <StatTile title="Prompts shown" size="heading2xl" detail={`${funnel.dismissed} closed without chatting`}>
                  {funnel.promptsShown}
                </StatTile>
                <StatTile
                  title="Chats opened"
                  size="heading2xl"
                  detail={`${rate(funnel.openRateBps)} of prompts; ${funnel.conciergeContacts} VIPs contacted their concierge`}
                >
                  {funnel.chatsOpened}
                </StatTile>
                <StatTile
                  title="Chat-assisted orders"
                  size="heading2xl"
                  detail={`${rate(funnel.shareOfOrdersBps)} of your ${funnel.orders} orders`}
                >
                  {funnel.chatAssistedOrders}
                </StatTile>
              </InlineGrid>
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <Card>
            <BlockStack gap="200">
              <Text as="h2" variant="headingMd">
                Chat conversion
              </Text>
              <Text as="p" variant="headingXl">
                {rate(funnel.chatConversionBps)}
              </Text>
              <Text as="p">
                Chat-assisted orders ÷ chats opened.{" "}
                {funnel.versusBenchmark === "above"
                  ? "Above the benchmark."
                  : funnel.versusBenchmark === "below"
                    ? "Below the benchmark."
                    : funnel.versusBenchmark === "equal"
                      ? "Level with the benchmark."
                      : "No chats opened in this period yet."}
              </Text>
              <Text as="p" tone="subdued">
                {benchmarkSet
                  ? `Benchmark: ${formatBasisPoints(funnel.benchmarkBps)}, your store's conversion rate as set in Profit settings. `
                  : `Benchmark: ${formatBasisPoints(funnel.benchmarkBps)}, a typical online store's conversion rate: Concierge doesn't see your sessions. `}
                <Link url="/app/profit#settings">{benchmarkSet ? "Change it in Profit settings" : "Set your own in Profit settings"}</Link>
              </Text>
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <Card>
            <BlockStack gap="300">
              <Text as="h2" variant="headingMd">
                Turn it on
              </Text>
              <List type="number">
                <List.Item>Open your theme editor on App embeds and switch on Chat trigger.</List.Item>
                <List.Item>
                  Choose the chat app the prompt opens (Shopify Inbox, Gorgias, Zendesk, Tidio or Intercom) and the contact links shown when
                  that app isn&apos;t on the page.
                </List.Item>
                <List.Item>Adjust the delay (30 seconds by default) and whether it also runs on the cart page, then save.</List.Item>
              </List>
              <Box>
                <Button url={themeEditorUrl} target="_blank" variant="primary">
                  Open the theme editor
                </Button>
              </Box>
              <Text as="p" tone="subdued">
                When a shopper opens the chat, their cart is marked, so the order they place is counted here as chat-assisted. Logged-in
                VIPs whose tier skips the bot are offered their concierge instead.
              </Text>
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
