import { gql } from "graphql-request";
import { adminOperation } from "../admin-api.server";

interface MoneySet {
  shopMoney: { amount: string; currencyCode: string };
}

export interface InstantRefundReturnLine {
  id: string;
  quantity: number;
  processedQuantity: number;
  withCodeDiscountedTotalPriceSet?: MoneySet;
  fulfillmentLineItem?: { lineItem: { name: string; sku: string | null } } | null;
}

export interface InstantRefundReturnNode {
  id: string;
  name: string;
  status: string;
  refunds: { nodes: { id: string; totalRefundedSet: MoneySet }[] };
  exchangeLineItems: { nodes: { id: string }[] };
  returnLineItems: { nodes: InstantRefundReturnLine[] };
}

export interface InstantRefundReturn {
  reverseDelivery: {
    id: string;
    deliverable: { tracking: { number: string | null; carrierName: string | null } | null } | Record<string, never> | null;
    reverseFulfillmentOrder: {
      id: string;
      order: {
        id: string;
        name: string;
        currencyCode: string;
        presentmentCurrencyCode: string;
        customer: { id: string; displayName: string } | null;
        transactions: { id: string; kind: string; status: string }[];
        returns: { nodes: { id: string; reverseFulfillmentOrders: { nodes: { id: string }[] } }[] };
      } | null;
    };
  } | null;
}

/**
 * A return's shipment back and what an instant refund needs to know about it:
 * its tracking, the order's customer and payment, and the return it belongs
 * to (a reverse fulfillment order names no return: the order's returns are
 * searched for it; InstantRefundReturnDetailsQuery then reads it).
 */
export const InstantRefundReturnQuery = adminOperation<InstantRefundReturn, { id: string }>(gql`
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
export const InstantRefundReturnDetailsQuery = adminOperation<{ return: InstantRefundReturnNode | null }, { id: string }>(gql`
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
            withCodeDiscountedTotalPriceSet {
              shopMoney {
                amount
                currencyCode
              }
            }
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
`);
