// The shoppers' own requests from the tracking page, waiting for an agent:
// accepting makes the exchange in Shopify as the agent desk does; one whose
// acceptance stopped half-way waits here to be finished (decision 054). Oldest
// first, one page at a time (`?requestsPage=`).
import { BlockStack, ButtonGroup, Link, Text } from "@shopify/polaris";
import type { PageInfo } from "../../domain/paging";
import type { OffersIndex } from "../../services/exchange-offers.server";
import { PostButton } from "../form/PostButton";
import { ResourceTableCard } from "../ResourceTableCard";
import { useTranslation } from "react-i18next";
import { returnReasonLabel } from "../../domain/exchange/offers";
import { useFormat } from "../../i18n/format";

export function OfferRequestsCard({
  requests,
  page,
  timeZone,
  busy,
}: {
  requests: OffersIndex["requests"];
  page: PageInfo;
  timeZone: string;
  busy: boolean;
}) {
  const { t } = useTranslation("offers");
  const format = useFormat();
  return (
    <ResourceTableCard
      title={t("requests.title")}
      detail={t("requests.detail")}
      empty={t("requests.none")}
      page={{ info: page, param: "requestsPage" }}
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
      rows={requests.map((request) => {
        const named = { order: request.orderName ?? t("requests.thisOrder"), exchange: request.exchange };
        return [
          <BlockStack key="order" gap="050">
            <Link url={`/app/exchanges/${request.orderId}`}>{request.orderName ?? t("requests.openOrder")}</Link>
            <Text as="span" tone="subdued">
              {request.customerName ?? t("requests.guest")}
            </Text>
          </BlockStack>,
          request.offerName ?? t("requests.deletedOffer"),
          request.reason ? returnReasonLabel(request.reason, format.locale) : "—",
          request.exchange,
          request.proposedNet,
          format.instant(request.requestedAt, timeZone, "dateTime"),
          <ButtonGroup key="answer">
            {/* Accepted and stopped half-way: finished, never refused (Shopify may hold part of it). */}
            <PostButton
              fields={{ intent: "accept_outcome", outcomeId: request.id }}
              disabled={busy}
              primary
              label={t(request.finishable ? "requests.finishLabel" : "requests.acceptLabel", named)}
            >
              {t(request.finishable ? "exchanges:outcomes.finish" : "exchanges:outcomes.accept")}
            </PostButton>
            {request.finishable ? null : (
              <PostButton
                fields={{ intent: "refuse_outcome", outcomeId: request.id }}
                disabled={busy}
                label={t("requests.refuseLabel", named)}
              >
                {t("exchanges:outcomes.refuse")}
              </PostButton>
            )}
          </ButtonGroup>,
        ];
      })}
    />
  );
}
