// The exchange desk for one order: its items, whether each can go back and
// why not, the offers that apply in precedence order with the agent's script
// and the exact money, and the shopper's answer. Accepting makes the
// exchange in Shopify; refusing records the refusal and creates nothing.
// The screen's parts are app/components/exchanges.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Banner, Button, Card, InlineStack, Layout, Page } from "@shopify/polaris";
import { useState } from "react";
import { refusalOverPage } from "../components/exchanges/AnswerForm";
import { ExchangeMadeBanner } from "../components/exchanges/ExchangeMadeBanner";
import { OrderItemCard } from "../components/exchanges/OrderItemCard";
import { OrderOutcomesCard } from "../components/exchanges/OrderOutcomesCard";
import { ReasonSelect } from "../components/exchanges/ReasonSelect";
import { NotOnRosterSection } from "../components/NotOnRosterBanner";
import { answerFromForm } from "../http/exchange-answer.server";
import { adminContext } from "../http/admin-context.server";
import { loadExchangeDesk } from "../services/exchange-desk.server";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";
import { readForm } from "../http/form-data.server";

export const loader = answeringShopifyUnavailable(async ({ request, params }: LoaderFunctionArgs) => {
  const { context, locale } = await adminContext(request);
  const desk = await loadExchangeDesk(context, params.orderId ?? "", new URL(request.url).searchParams, locale);
  if (!desk) throw new Response("Not found", { status: 404 });
  return desk;
});

export const action = answeringShopifyUnavailable(async ({ request, params }: ActionFunctionArgs) => {
  const { context, language } = await adminContext(request);
  const reply = await answerFromForm(context, params.orderId ?? "", await readForm(request), language);
  return json(reply, { status: reply.ok ? 200 : reply.httpStatus });
});

export default function ExchangeDesk() {
  const data = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { t } = useTranslation("exchanges");
  const format = useFormat();
  const navigation = useNavigation();
  const [reason, setReason] = useState(data.reason ?? "");
  const canAnswer = Boolean(data.agent?.active) && !data.order.cancelled;
  const pageErrors = refusalOverPage(reply);

  return (
    <Page
      title={t("title", { order: data.order.name })}
      subtitle={
        data.order.customer
          ? t("subtitle", { customer: data.order.customer, date: format.instant(data.order.processedAt, data.order.timeZone) })
          : undefined
      }
      backAction={{ content: t("common:back"), url: "/app/agent-desk" }}
      secondaryActions={[{ content: t("desk:customer.openInShopify"), url: `shopify:admin/orders/${data.order.id}`, target: "_top" }]}
    >
      <Layout>
        <NotOnRosterSection agent={data.agent} staff={data.staff} why={t("notAgentWhy")} />
        {reply?.ok ? (
          <Layout.Section>
            <ExchangeMadeBanner status={reply.status} created={reply.created} />
          </Layout.Section>
        ) : null}
        {pageErrors ? (
          <Layout.Section>
            <Banner tone="critical">{pageErrors}</Banner>
          </Layout.Section>
        ) : null}

        <Layout.Section>
          <Card>
            <Form method="get">
              <InlineStack gap="200" blockAlign="end">
                <ReasonSelect label={t("reasonQuestion")} none={t("notAsked")} reasons={data.reasons} value={reason} onChange={setReason} />
                <Button submit loading={navigation.state === "loading" && navigation.formMethod === "GET"}>
                  {t("showOffers")}
                </Button>
              </InlineStack>
            </Form>
          </Card>
        </Layout.Section>

        {data.items.map((item) => (
          <Layout.Section key={item.lineItemId}>
            <OrderItemCard
              item={item}
              timeZone={data.order.timeZone}
              reason={data.reason}
              reasons={data.reasons}
              canAnswer={canAnswer}
              customerLanguage={data.order.customerLanguage}
              reply={reply}
            />
          </Layout.Section>
        ))}

        <Layout.Section>
          <OrderOutcomesCard outcomes={data.outcomes} timeZone={data.order.timeZone} canAnswer={canAnswer} reply={reply} />
        </Layout.Section>
      </Layout>
    </Page>
  );
}
