// Shipments at risk, kept from the carriers' events (delayed, failed attempt,
// exception, past its estimate, no scan for days): agents contact the shopper
// first, then mark each one handled.
import { Form } from "@remix-run/react";
import type { AtRiskShipmentRow } from "../../services/shipment-risks.server";
import { Badge, BlockStack, Box, Button, Card, DataTable, EmptyState, Link, Text } from "@shopify/polaris";

/** What the list shows of a risk: the service's row, as the loader sends it. */
export type AtRiskShipmentView = Pick<
  AtRiskShipmentRow,
  "riskId" | "kind" | "since" | "orderId" | "orderName" | "email" | "carrier" | "trackingNumber" | "trackingUrl"
>;

const REASON_LABELS: Record<string, { label: string; tone: "critical" | "warning" | "attention" }> = {
  failure: { label: "Delivery failed", tone: "critical" },
  attempted_delivery: { label: "Delivery attempted", tone: "warning" },
  delayed: { label: "Delayed", tone: "warning" },
  past_estimated_delivery: { label: "Past its delivery date", tone: "attention" },
  not_delivered: { label: "Not delivered", tone: "critical" },
  no_movement: { label: "No carrier scan", tone: "attention" },
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

export function ShipmentsAtRisk({ shipments, total }: { shipments: AtRiskShipmentView[]; total: number }) {
  return (
    <Card padding="0">
      <BlockStack gap="200">
        <Box padding="400">
          <Text as="h2" variant="headingMd">
            Shipments at risk
          </Text>
          <Text as="p" tone="subdued">
            Contact these shoppers before they contact you, then mark each one handled.
            {total > shipments.length ? ` Showing the ${shipments.length} newest of ${total}.` : ""}
          </Text>
        </Box>
        {shipments.length === 0 ? (
          <EmptyState heading="No shipment at risk" image="">
            <p>Delayed, failed, late or stuck packages appear here as carriers report them.</p>
          </EmptyState>
        ) : (
          <DataTable
            columnContentTypes={["text", "text", "text", "text", "text"]}
            headings={["Order", "Customer", "Problem", "Carrier", ""]}
            rows={shipments.map((shipment) => [
              <Link key="order" url={`shopify:admin/orders/${shipment.orderId}`} target="_top">
                {shipment.orderName ?? `Order ${shipment.orderId}`}
              </Link>,
              <Text key="customer" as="span">
                {shipment.email ?? "No email"}
              </Text>,
              <BlockStack key="reasons" gap="100">
                <Badge tone={REASON_LABELS[shipment.kind]?.tone ?? "attention"}>
                  {REASON_LABELS[shipment.kind]?.label ?? shipment.kind}
                </Badge>
                <Text as="span" tone="subdued">
                  since {shipment.since.slice(0, 10)}
                </Text>
              </BlockStack>,
              <Carrier key="carrier" shipment={shipment} />,
              <Form key="handled" method="post">
                <input type="hidden" name="intent" value="handled" />
                <input type="hidden" name="riskId" value={shipment.riskId} />
                <Button submit accessibilityLabel={`Mark ${shipment.orderName ?? "the shipment"} handled`}>
                  Mark handled
                </Button>
              </Form>,
            ])}
          />
        )}
      </BlockStack>
    </Card>
  );
}
