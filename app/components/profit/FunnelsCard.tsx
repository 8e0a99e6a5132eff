// The funnels behind the revenue over the period: chat, the tracking page,
// exchange offers and outreach campaigns.
import { BlockStack, Card } from "@shopify/polaris";
import { StatTileGrid } from "../StatTile";
import type { Dashboard } from "./dashboard";
import { FigureText } from "./FigureText";
import { SectionTitle } from "./SectionTitle";
import { Trans, useTranslation } from "react-i18next";

export function FunnelsCard({ funnels, periodLabel }: { funnels: Dashboard["funnels"]; periodLabel: string }) {
  const { t } = useTranslation("profit");
  const { chat, tracking, exchange, campaigns, counted } = funnels;
  return (
    <Card>
      <BlockStack gap="400">
        <SectionTitle title={t("funnels.title")} detail={t("funnels.over", { period: periodLabel })} />
        <StatTileGrid
          columns={{ xs: 1, md: 2 }}
          tiles={[
            {
              title: t("funnels.chat.title"),
              detail: t("funnels.chat.detail", {
                prompts: counted.prompts,
                chats: counted.chats,
                openRate: chat.openRate.text,
                conversion: chat.chatConversion.text,
                store: chat.storeConversion.text,
                versus: chat.versusStore ? ` (${chat.versusStore})` : "",
              }),
              value: counted.chatOrders,
            },
            {
              title: t("funnels.tracking.title"),
              detail: t("funnels.tracking.detail", {
                lookups: counted.lookups,
                found: tracking.ordersFound,
                foundRate: tracking.foundRate.text,
                tickets: counted.tickets,
                cost: tracking.costPerTicket.text,
              }),
              value: <Trans t={t} i18nKey="funnels.tracking.saved" components={[<FigureText key="saved" figure={tracking.saved} />]} />,
            },
            {
              title: t("funnels.exchange.title"),
              detail: `${t("funnels.exchange.detail", { accepted: exchange.accepted, shown: exchange.offersShown, rate: exchange.acceptanceRate.text, kept: exchange.keptOnCreditedOrders.text, upsell: exchange.upsellOnCreditedOrders.text })}${exchange.awaitingPayment ? ` ${t("funnels.exchange.awaiting", { amount: exchange.awaitingPayment.text })}` : ""}`,
              value: <FigureText figure={exchange.revenue} />,
            },
            {
              title: t("funnels.campaigns.title"),
              detail: t("funnels.campaigns.detail", {
                replied: campaigns.replied,
                contacted: campaigns.contacted,
                rate: campaigns.replyRate.text,
              }),
              value: <FigureText figure={campaigns.revenue} />,
            },
          ]}
        />
      </BlockStack>
    </Card>
  );
}
