// What an answer did: the exchange made in Shopify (its return, and the
// draft order with its invoice link for what the shopper pays), a refusal
// recorded, or an offer noted.
import { Banner, Link } from "@shopify/polaris";
import type { CreatedExchange } from "../../services/exchange-shopify.server";

export function ExchangeMadeBanner({ status, created }: { status: string; created: CreatedExchange | null }) {
  const title = status === "accepted" ? "Exchange made in Shopify" : status === "refused" ? "Refusal recorded" : "Offer recorded";
  return (
    <Banner tone="success" title={title}>
      {created ? (
        <p>
          Return {created.returnName} created; its exchange items are released for fulfillment.
          {created.draftOrderName ? (
            <>
              {" "}
              Draft order {created.draftOrderName} holds what the shopper pays
              {created.invoiceUrl ? (
                <>
                  :{" "}
                  <Link url={created.invoiceUrl} target="_blank">
                    invoice link
                  </Link>
                </>
              ) : null}
              .
            </>
          ) : null}
        </p>
      ) : status === "refused" ? (
        <p>Nothing was created in Shopify: refund the item as usual.</p>
      ) : null}
    </Banner>
  );
}
