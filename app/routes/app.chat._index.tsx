// The chat trigger in the admin: its funnel (prompts shown → chats opened →
// chat-assisted orders) and how to turn it on in the theme.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { Banner, BlockStack, Box, Button, Card, InlineGrid, Layout, Link, List, Page, Select, Text } from "@shopify/polaris";
import { TitledCard } from "../components/TitledCard";
import { CardTitle } from "../components/CardTitle";
import { StatTileGrid } from "../components/StatTile";
import { env } from "../env.server";
import { adminContext } from "../http/admin-context.server";
import { formatBasisPoints, FUNNEL_PERIODS, funnelPeriod } from "../domain/chat/funnel";
import { loadChatFunnel } from "../services/chat-funnel.server";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";

export const loader = answeringShopifyUnavailable(async ({ request }: LoaderFunctionArgs) => {
  const { context } = await adminContext(request);
  const days = funnelPeriod(new URL(request.url).searchParams.get("days"));
  return loadChatFunnel({ ...context, days, apiKey: env.SHOPIFY_API_KEY });
});

const rate = (bps: number | null) => (bps === null ? "–" : formatBasisPoints(bps));

export default function ChatTrigger() {
  const { days, firstDay, lastDay, timeZone, funnel, themeEditorUrl, benchmarkSet } = useLoaderData<typeof loader>();
  const { t } = useTranslation("chat");
  const format = useFormat();
  const periodOptions = FUNNEL_PERIODS.map((value) => ({ label: t("offers:outcomes.last", { count: value }), value: String(value) }));
  const [, setSearchParams] = useSearchParams();
  const choosePeriod = (value: string) =>
    setSearchParams((params) => {
      // Keep the embedded app's own parameters (shop, host…).
      params.set("days", value);
      return params;
    });

  return (
    <Page title={t("title")} subtitle={t("subtitle")} backAction={{ content: t("common:back"), url: "/app" }}>
      <Layout>
        {funnel.promptsShown === 0 ? (
          <Layout.Section>
            <Banner title={t("noPrompts.title", { count: days })} tone="warning">
              <p>{t("noPrompts.body")}</p>
            </Banner>
          </Layout.Section>
        ) : null}
        <Layout.Section>
          <Card>
            <BlockStack gap="400">
              <InlineGrid columns={["twoThirds", "oneThird"]} alignItems="center">
                <CardTitle title={t("funnel.title")} detail={t("funnel.range", { from: firstDay, to: lastDay, timeZone })} />
                <Select label={t("common:period.label")} labelInline options={periodOptions} value={String(days)} onChange={choosePeriod} />
              </InlineGrid>
              <StatTileGrid
                columns={{ xs: 1, md: 3 }}
                size="heading2xl"
                tiles={[
                  {
                    title: t("funnel.prompts"),
                    value: format.count(funnel.promptsShown),
                    detail: t("funnel.dismissed", { count: funnel.dismissed }),
                  },
                  {
                    title: t("funnel.chats"),
                    value: format.count(funnel.chatsOpened),
                    detail: t("funnel.chatsDetail", { rate: rate(funnel.openRateBps), vips: funnel.conciergeContacts }),
                  },
                  {
                    title: t("funnel.orders"),
                    value: format.count(funnel.chatAssistedOrders),
                    detail: t("funnel.ordersDetail", { rate: rate(funnel.shareOfOrdersBps), count: funnel.orders }),
                  },
                ]}
              />
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <TitledCard title={t("conversion.title")}>
            <Text as="p" variant="headingXl">
              {rate(funnel.chatConversionBps)}
            </Text>
            <Text as="p">
              {t("conversion.formula")}{" "}
              {funnel.versusBenchmark === "above"
                ? t("conversion.above")
                : funnel.versusBenchmark === "below"
                  ? t("conversion.below")
                  : funnel.versusBenchmark === "equal"
                    ? t("conversion.equal")
                    : t("conversion.none")}
            </Text>
            <Text as="p" tone="subdued">
              {benchmarkSet
                ? t("conversion.benchmarkOwn", { rate: formatBasisPoints(funnel.benchmarkBps) })
                : t("conversion.benchmark", { rate: formatBasisPoints(funnel.benchmarkBps) })}{" "}
              <Link url="/app/profit#settings">{benchmarkSet ? t("conversion.changeOwn") : t("conversion.setOwn")}</Link>
            </Text>
          </TitledCard>
        </Layout.Section>
        <Layout.Section>
          <TitledCard title={t("turnOn.title")}>
            <List type="number">
              <List.Item>{t("turnOn.step1")}</List.Item>
              <List.Item>{t("turnOn.step2")}</List.Item>
              <List.Item>{t("turnOn.step3")}</List.Item>
            </List>
            <Box>
              <Button url={themeEditorUrl} target="_blank" variant="primary">
                {t("turnOn.open")}
              </Button>
            </Box>
            <Text as="p" tone="subdued">
              {t("turnOn.note")}
            </Text>
          </TitledCard>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
