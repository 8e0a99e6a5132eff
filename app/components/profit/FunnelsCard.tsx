// The funnels behind the revenue over the period: chat, the tracking page,
// exchange offers and outreach campaigns.
import { BlockStack, Card, InlineGrid } from "@shopify/polaris";
import { StatTile } from "../StatTile";
import type { Dashboard } from "./dashboard";
import { FigureText } from "./FigureText";
import { SectionTitle } from "./SectionTitle";

export function FunnelsCard({ funnels, periodLabel }: { funnels: Dashboard["funnels"]; periodLabel: string }) {
  const { chat, tracking, exchange, campaigns } = funnels;
  return (
    <Card>
      <BlockStack gap="400">
        <SectionTitle title="Funnels" detail={`Over ${periodLabel}.`} />
        <InlineGrid columns={{ xs: 1, md: 2 }} gap="400">
          <StatTile
            title="Chat: prompt shown → opened → chat-assisted orders"
            detail={`${chat.promptsShown} prompts, ${chat.chatsOpened} chats (${chat.openRate.text}). Chat conversion ${chat.chatConversion.text} against your store's ${chat.storeConversion.text}${chat.versusStore ? ` (${chat.versusStore})` : ""}.`}
          >
            {chat.chatAssistedOrders} orders
          </StatTile>
          <StatTile
            title="Tracking page: lookups → tickets deflected"
            detail={`${tracking.lookups} lookups, ${tracking.ordersFound} found an order (${tracking.foundRate.text}): ${tracking.ticketsDeflected} tickets × ${tracking.costPerTicket.text}.`}
          >
            <FigureText figure={tracking.saved} /> saved
          </StatTile>
          <StatTile
            title="Exchange offers: shown → accepted"
            detail={`${exchange.accepted} of ${exchange.offersShown} accepted (${exchange.acceptanceRate.text}). A further ${exchange.keptOnCreditedOrders.text} of refunds avoided and ${exchange.upsellOnCreditedOrders.text} of upsells on credited orders count in their revenue.${exchange.awaitingPayment ? ` ${exchange.awaitingPayment.text}, not counted until paid.` : ""}`}
          >
            <FigureText figure={exchange.revenue} />
          </StatTile>
          <StatTile
            title="Outreach campaigns: contacted → replied"
            detail={`${campaigns.replied} of ${campaigns.contacted} replied (${campaigns.replyRate.text}).`}
          >
            <FigureText figure={campaigns.revenue} />
          </StatTile>
        </InlineGrid>
      </BlockStack>
    </Card>
  );
}
