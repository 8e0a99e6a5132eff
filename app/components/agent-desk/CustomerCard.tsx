// The customer found, at a glance: tier, contact, what they spent, their
// recent orders with a link to each one's exchange page.
import { Badge, BlockStack, Card, DataTable, InlineGrid, InlineStack, Link, Text } from "@shopify/polaris";

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

const statusLabel = (status: string | null) => (status ? status.toLowerCase().replaceAll("_", " ") : "—");

function Figure({ label, value }: { label: string; value: string | number }) {
  return (
    <BlockStack gap="050">
      <Text as="span" tone="subdued">
        {label}
      </Text>
      <Text as="span" variant="headingMd">
        {value}
      </Text>
    </BlockStack>
  );
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
  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack gap="200" blockAlign="center">
          <Text as="h2" variant="headingLg">
            {customer.name}
          </Text>
          {customer.tier ? <Badge tone="magic">{customer.tier}</Badge> : null}
          <Link url={`shopify:admin/customers/${customer.id}`} target="_top">
            Open in Shopify
          </Link>
        </InlineStack>
        <Text as="p" tone="subdued">
          {[customer.email, customer.phone].filter(Boolean).join(" · ")}
          {otherMatches > 0 ? ` · ${otherMatches} other customer(s) match` : ""}
        </Text>
        <InlineGrid columns={3} gap="300">
          <Figure label="Total spent" value={customer.totalSpent} />
          <Figure label="Orders" value={customer.orderCount} />
          <Figure label="Average order" value={customer.averageOrder ?? "—"} />
        </InlineGrid>
        {customer.tags.length > 0 ? (
          <InlineStack gap="100">
            {customer.tags.map((tag) => (
              <Badge key={tag}>{tag}</Badge>
            ))}
          </InlineStack>
        ) : null}
        {searchedOrder ? (
          <Text as="p">{`Order ${searchedOrder.name}, the one searched, comes first; then the customer's latest orders.`}</Text>
        ) : null}
        {orders.length > 0 ? (
          <DataTable
            columnContentTypes={["text", "text", "numeric", "text", "text", "text"]}
            headings={["Order", "Date", "Total", "Payment", "Fulfillment", ""]}
            rows={orders.map((order) => [
              <Link key="order" url={`shopify:admin/orders/${order.id}`} target="_top">
                {order.name}
              </Link>,
              new Date(order.processedAt).toLocaleDateString("en-US", { timeZone }),
              order.total,
              order.cancelled ? "cancelled" : statusLabel(order.financialStatus),
              statusLabel(order.fulfillmentStatus),
              <Link key="exchange" url={`/app/exchanges/${order.id}`}>
                Exchange
              </Link>,
            ])}
          />
        ) : (
          <Text as="p" tone="subdued">
            No orders yet.
          </Text>
        )}
      </BlockStack>
    </Card>
  );
}
