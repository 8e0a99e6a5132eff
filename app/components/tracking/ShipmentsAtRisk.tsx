// Shipments at risk: delayed, failed or late packages of the last two
// weeks, for agents to contact the shopper first.
import { Badge, BlockStack, Box, Card, DataTable, EmptyState, Link, Text } from "@shopify/polaris";

export interface AtRiskShipmentView {
  orderId: string;
  orderName: string;
  customerName: string | null;
  email: string | null;
  phone: string | null;
  reasons: { kind: string }[];
  carrier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
}

const REASON_LABELS: Record<string, { label: string; tone: "critical" | "warning" | "attention" }> = {
  failure: { label: "Delivery failed", tone: "critical" },
  attempted_delivery: { label: "Delivery attempted", tone: "warning" },
  delayed: { label: "Delayed", tone: "warning" },
  late: { label: "Past its delivery date", tone: "attention" },
  not_delivered: { label: "Not delivered", tone: "critical" },
};

function Carrier({ shipment }: { shipment: AtRiskShipmentView }) {
  const text = `${shipment.carrier ?? ""} ${shipment.trackingNumber ?? ""}`;
  if (!shipment.trackingUrl) return <>{text}</>;
  return (
    <Link url={shipment.trackingUrl} target="_blank">
      {`${shipment.carrier ?? "Carrier"} ${shipment.trackingNumber ?? ""}`}
    </Link>
  );
}

export function ShipmentsAtRisk({ shipments }: { shipments: AtRiskShipmentView[] }) {
  return (
    <Card padding="0">
      <BlockStack gap="200">
        <Box padding="400">
          <Text as="h2" variant="headingMd">
            Shipments at risk
          </Text>
          <Text as="p" tone="subdued">
            Contact these shoppers before they contact you.
          </Text>
        </Box>
        {shipments.length === 0 ? (
          <EmptyState heading="No shipment at risk" image="">
            <p>Delayed, failed or late packages of the last two weeks appear here.</p>
          </EmptyState>
        ) : (
          <DataTable
            columnContentTypes={["text", "text", "text", "text"]}
            headings={["Order", "Customer", "Problem", "Carrier"]}
            rows={shipments.map((shipment) => [
              <Link key="order" url={`shopify:admin/orders/${shipment.orderId}`} target="_top">
                {shipment.orderName}
              </Link>,
              <BlockStack key="customer" gap="050">
                <Text as="span">{shipment.customerName ?? "Guest"}</Text>
                <Text as="span" tone="subdued">
                  {shipment.email ?? shipment.phone ?? ""}
                </Text>
              </BlockStack>,
              <BlockStack key="reasons" gap="100">
                {shipment.reasons.map((reason) => (
                  <Badge key={reason.kind} tone={REASON_LABELS[reason.kind]?.tone ?? "attention"}>
                    {REASON_LABELS[reason.kind]?.label ?? reason.kind}
                  </Badge>
                ))}
              </BlockStack>,
              <Carrier key="carrier" shipment={shipment} />,
            ])}
          />
        )}
      </BlockStack>
    </Card>
  );
}
