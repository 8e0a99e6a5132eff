// The shoppers' own requests from the tracking page, waiting for an agent:
// accepting makes the exchange in Shopify as the agent desk does.
import { BlockStack, Box, ButtonGroup, Card, DataTable, Link, Text } from "@shopify/polaris";
import type { OffersIndex } from "../../services/exchange-offers.server";
import { PostButton } from "../form/PostButton";

export function OfferRequestsCard({ requests, timeZone, busy }: { requests: OffersIndex["requests"]; timeZone: string; busy: boolean }) {
  return (
    <Card padding="0">
      <Box padding="400">
        <BlockStack gap="100">
          <Text as="h2" variant="headingMd">
            Requests from the tracking page
          </Text>
          <Text as="p" tone="subdued">
            Shoppers asked for these exchanges themselves. Accepting creates the exchange in Shopify as the agent desk does; refusing
            creates nothing.
          </Text>
        </BlockStack>
      </Box>
      {requests.length === 0 ? (
        <Box padding="400">
          <Text as="p" tone="subdued">
            No requests waiting.
          </Text>
        </Box>
      ) : (
        <DataTable
          columnContentTypes={["text", "text", "text", "text", "numeric", "text", "text"]}
          headings={["Order", "Offer", "Reason", "Exchange to", "Net if accepted", "Requested", ""]}
          rows={requests.map((request) => [
            <BlockStack key="order" gap="050">
              <Link url={`/app/exchanges/${request.orderId}`}>{request.orderName ?? "Open the order"}</Link>
              <Text as="span" tone="subdued">
                {request.customerName ?? "Guest"}
              </Text>
            </BlockStack>,
            request.offerName,
            request.reason,
            request.exchange,
            request.proposedNet,
            new Date(request.requestedAt).toLocaleString("en-US", { timeZone }),
            <ButtonGroup key="answer">
              <PostButton fields={{ intent: "accept_outcome", outcomeId: request.id }} disabled={busy} primary>
                Accept
              </PostButton>
              <PostButton fields={{ intent: "refuse_outcome", outcomeId: request.id }} disabled={busy}>
                Refuse
              </PostButton>
            </ButtonGroup>,
          ])}
        />
      )}
    </Card>
  );
}
