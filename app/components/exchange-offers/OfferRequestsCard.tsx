// The shoppers' own requests from the tracking page, waiting for an agent:
// accepting makes the exchange in Shopify as the agent desk does.
import { BlockStack, Box, ButtonGroup, Card, DataTable, Link, Text } from "@shopify/polaris";
import type { OffersIndex } from "../../services/exchange-offers.server";
import { PostButton } from "../form/PostButton";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format";

export function OfferRequestsCard({ requests, timeZone, busy }: { requests: OffersIndex["requests"]; timeZone: string; busy: boolean }) {
  const { t } = useTranslation("offers");
  const format = useFormat();
  return (
    <Card padding="0">
      <Box padding="400">
        <BlockStack gap="100">
          <Text as="h2" variant="headingMd">
            {t("requests.title")}
          </Text>
          <Text as="p" tone="subdued">
            {t("requests.detail")}
          </Text>
        </BlockStack>
      </Box>
      {requests.length === 0 ? (
        <Box padding="400">
          <Text as="p" tone="subdued">
            {t("requests.none")}
          </Text>
        </Box>
      ) : (
        <DataTable
          columnContentTypes={["text", "text", "text", "text", "numeric", "text", "text"]}
          headings={[
            t("requests.order"),
            t("requests.offer"),
            t("requests.reason"),
            t("proposal.exchangeTo"),
            t("requests.net"),
            t("requests.requested"),
            "",
          ]}
          rows={requests.map((request) => [
            <BlockStack key="order" gap="050">
              <Link url={`/app/exchanges/${request.orderId}`}>{request.orderName ?? t("requests.openOrder")}</Link>
              <Text as="span" tone="subdued">
                {request.customerName ?? t("requests.guest")}
              </Text>
            </BlockStack>,
            request.offerName,
            request.reason,
            request.exchange,
            request.proposedNet,
            format.instant(request.requestedAt, timeZone, "dateTime"),
            <ButtonGroup key="answer">
              <PostButton fields={{ intent: "accept_outcome", outcomeId: request.id }} disabled={busy} primary>
                {t("exchanges:outcomes.accept")}
              </PostButton>
              <PostButton fields={{ intent: "refuse_outcome", outcomeId: request.id }} disabled={busy}>
                {t("exchanges:outcomes.refuse")}
              </PostButton>
            </ButtonGroup>,
          ])}
        />
      )}
    </Card>
  );
}
