// The customer found, at a glance: tier, contact, what they spent, their
// recent orders with a link to each one's exchange page.
import { Badge, BlockStack, Card, DataTable, InlineGrid, InlineStack, Link, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format";
import { LabelledFigure } from "../LabelledFigure";
import { DeskCardHeading } from "./DeskCardHeading";

export interface DeskCustomer {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  tier: string | null;
  tags: string[];
  totalSpent: string;
  orderCount: number;
  averageOrder: string | null;
  recentOrders: {
    id: string;
    name: string;
    processedAt: string;
    total: string;
    cancelled: boolean;
    financialStatus: string | null;
    fulfillmentStatus: string | null;
  }[];
}

export type DeskOrder = DeskCustomer["recentOrders"][number];

export interface CustomerCardProps {
  customer: DeskCustomer;
  otherMatches: number;
  timeZone: string;
  /** The order searched by its number: listed first, whether or not it is among the latest five. */
  searchedOrder?: DeskOrder | null;
}

export function CustomerCard({ customer, otherMatches, timeZone, searchedOrder }: CustomerCardProps) {
  const orders = searchedOrder
    ? [searchedOrder, ...customer.recentOrders.filter((order) => order.id !== searchedOrder.id)]
    : customer.recentOrders;
  const { t } = useTranslation("desk");
  const format = useFormat();
  const statusLabel = (status: string | null) =>
    status ? t(`customer.statuses.${status}`, { defaultValue: status.toLowerCase().replaceAll("_", " ") }) : "—";
  return (
    <Card>
      <BlockStack gap="300">
        <DeskCardHeading title={customer.name} badge={customer.tier ? <Badge tone="magic">{customer.tier}</Badge> : null}>
          <Link url={`shopify:admin/customers/${customer.id}`} target="_top">
            {t("customer.openInShopify")}
          </Link>
        </DeskCardHeading>
        <Text as="p" tone="subdued">
          {[customer.email, customer.phone].filter(Boolean).join(" · ")}
          {otherMatches > 0 ? ` · ${t("customer.otherMatches", { count: otherMatches })}` : ""}
        </Text>
        <InlineGrid columns={3} gap="300">
          <LabelledFigure label={t("customer.totalSpent")} value={customer.totalSpent} />
          <LabelledFigure label={t("customer.orders")} value={format.count(customer.orderCount)} />
          <LabelledFigure label={t("customer.averageOrder")} value={customer.averageOrder ?? "—"} />
        </InlineGrid>
        {customer.tags.length > 0 ? (
          <InlineStack gap="100">
            {customer.tags.map((tag) => (
              <Badge key={tag}>{tag}</Badge>
            ))}
          </InlineStack>
        ) : null}
        {searchedOrder ? <Text as="p">{t("customer.searchedOrderFirst", { name: searchedOrder.name })}</Text> : null}
        {orders.length > 0 ? (
          <DataTable
            columnContentTypes={["text", "text", "numeric", "text", "text", "text"]}
            headings={[t("customer.order"), t("customer.date"), t("customer.total"), t("customer.payment"), t("customer.fulfillment"), ""]}
            rows={orders.map((order) => [
              <Link key="order" url={`shopify:admin/orders/${order.id}`} target="_top">
                {order.name}
              </Link>,
              format.instant(order.processedAt, timeZone),
              order.total,
              order.cancelled ? t("customer.cancelled") : statusLabel(order.financialStatus),
              statusLabel(order.fulfillmentStatus),
              <Link
                key="exchange"
                url={`/app/exchanges/${order.id}`}
                accessibilityLabel={t("customer.exchangeLabel", { name: order.name })}
              >
                {t("customer.exchange")}
              </Link>,
            ])}
          />
        ) : (
          <Text as="p" tone="subdued">
            {t("customer.noOrders")}
          </Text>
        )}
      </BlockStack>
    </Card>
  );
}
