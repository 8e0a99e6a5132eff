import { adminOperation } from "./admin-operation";
import type * as AdminOps from "../types/admin.generated";
import { ORDER_CONTACT_FIELDS } from "./fragments/order-contact";

/**
 * An order as the exchange desk needs it: its lines (what was paid, the
 * product's tags and collections for the offers), its shipments, its
 * returns (each line's note, where an exchange Concierge made names its
 * outcome), and what Shopify says can still be returned. Also answers who may
 * see the order (email, phone, customer) for the storefront. Sized to stay
 * under the 1,000-point single query limit (about 800 points requested).
 */
export type ExchangeOrder = AdminOps.ExchangeOrderQuery;

export const ExchangeOrderQuery = adminOperation(`#graphql
  query ExchangeOrder($id: ID!) {
    order(id: $id) {
      ...OrderContactFields
      processedAt
      cancelledAt
      currencyCode
      customer {
        displayName
        locale
      }
      lineItems(first: 20) {
        nodes {
          id
          title
          variantTitle
          quantity
          currentQuantity
          isGiftCard
          discountedUnitPriceAfterAllDiscountsSet {
            shopMoney {
              amount
              currencyCode
            }
          }
          variant {
            id
            selectedOptions {
              name
              value
            }
          }
          product {
            id
            title
            tags
            collections(first: 5) {
              nodes {
                id
              }
            }
          }
        }
      }
      fulfillments(first: 5) {
        status
        createdAt
        deliveredAt
        fulfillmentLineItems(first: 20) {
          nodes {
            id
            quantity
            lineItem {
              id
            }
          }
        }
      }
      returns(first: 5) {
        nodes {
          id
          name
          status
          returnLineItems(first: 10) {
            nodes {
              quantity
              ... on ReturnLineItem {
                returnReasonNote
                fulfillmentLineItem {
                  id
                  lineItem {
                    id
                  }
                }
              }
            }
          }
        }
      }
    }
    returnableFulfillments(orderId: $id, first: 5) {
      nodes {
        id
        returnableFulfillmentLineItems(first: 20) {
          nodes {
            quantity
            fulfillmentLineItem {
              id
              lineItem {
                id
              }
            }
          }
        }
      }
    }
  }
  ${ORDER_CONTACT_FIELDS}
`);
