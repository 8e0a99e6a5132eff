import { adminOperation } from "./admin-operation";
import type * as AdminOps from "../types/admin.generated";
import { RETURN_LINE_VALUE_FIELDS } from "./fragments/return-line-value";

export type InstantRefundReturn = AdminOps.InstantRefundReturnQuery;
export type InstantRefundReturnNode = NonNullable<AdminOps.InstantRefundReturnDetailsQuery["return"]>;

/**
 * A return's shipment back and what an instant refund needs to know about it:
 * its tracking, the order's customer and payment, and the return it belongs
 * to (a reverse fulfillment order names no return: the order's returns are
 * searched for it; InstantRefundReturnDetailsQuery then reads it).
 */
export const InstantRefundReturnQuery = adminOperation(`#graphql
  query InstantRefundReturn($id: ID!) {
    reverseDelivery(id: $id) {
      id
      deliverable {
        ... on ReverseDeliveryShippingDeliverable {
          tracking {
            number
            carrierName
          }
        }
      }
      reverseFulfillmentOrder {
        id
        order {
          id
          name
          currencyCode
          presentmentCurrencyCode
          customer {
            id
            displayName
          }
          transactions(first: 20) {
            id
            kind
            status
          }
          returns(first: 50) {
            nodes {
              id
              reverseFulfillmentOrders(first: 5) {
                nodes {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
`);

/** The return an instant refund is about: its lines and what they are worth, its refunds and exchange items. */
export const InstantRefundReturnDetailsQuery = adminOperation(`#graphql
  query InstantRefundReturnDetails($id: ID!) {
    return(id: $id) {
      id
      name
      status
      refunds(first: 10) {
        nodes {
          id
          totalRefundedSet {
            shopMoney {
              amount
              currencyCode
            }
          }
        }
      }
      exchangeLineItems(first: 1) {
        nodes {
          id
        }
      }
      returnLineItems(first: 50) {
        nodes {
          id
          quantity
          processedQuantity
          ... on ReturnLineItem {
            ...ReturnLineValueFields
            fulfillmentLineItem {
              lineItem {
                name
                sku
              }
            }
          }
        }
      }
    }
  }
  ${RETURN_LINE_VALUE_FIELDS}
`);
