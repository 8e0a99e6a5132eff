import { adminOperation } from "../admin-api.server";

type DateTime = string;
interface MoneyV2 {
  amount: string;
  currencyCode: string;
}

export interface OrderLookup {
  orders: {
    nodes: { id: string; name: string; email: string | null; phone: string | null; customer: { id: string } | null }[];
  };
}

/** Finds an order by its name ("#1001"); the caller checks the contact details. */
export const OrderLookupQuery = adminOperation<OrderLookup, { query: string }>(`#graphql
  query OrderLookup($query: String!) {
    orders(first: 1, query: $query) {
      nodes {
        id
        name
        email
        phone
        customer {
          id
        }
      }
    }
  }
`);

export interface CustomerRecentOrders {
  customer: {
    id: string;
    orders: {
      nodes: { id: string; name: string; processedAt: DateTime; displayFulfillmentStatus: string; cancelledAt: DateTime | null }[];
    };
  } | null;
}

/** A logged-in shopper's latest orders, newest first. */
export const CustomerRecentOrdersQuery = adminOperation<CustomerRecentOrders, { customerId: string }>(`#graphql
  query CustomerRecentOrders($customerId: ID!) {
    customer(id: $customerId) {
      id
      orders(first: 5, sortKey: PROCESSED_AT, reverse: true) {
        nodes {
          id
          name
          processedAt
          displayFulfillmentStatus
          cancelledAt
        }
      }
    }
  }
`);

export interface OrderOwner {
  order: { id: string; customer: { id: string } | null } | null;
}

/**
 * Whose order this is: a few points, asked before a logged-in shopper's
 * order is fetched, so another customer's order is never read, let alone kept.
 */
export const OrderOwnerQuery = adminOperation<OrderOwner, { id: string }>(`#graphql
  query OrderOwner($id: ID!) {
    order(id: $id) {
      id
      customer {
        id
      }
    }
  }
`);

export interface OrderTracking {
  order: {
    id: string;
    name: string;
    createdAt: DateTime;
    processedAt: DateTime | null;
    cancelledAt: DateTime | null;
    cancelReason: string | null;
    confirmed: boolean;
    displayFinancialStatus: string | null;
    displayFulfillmentStatus: string;
    customer: { id: string } | null;
    totalPriceSet: { presentmentMoney: MoneyV2 };
    lineItems: { nodes: { product: { id: string } | null }[] };
    refunds: { createdAt: DateTime | null; totalRefundedSet: { presentmentMoney: MoneyV2 } }[];
    fulfillmentOrders: {
      nodes: {
        id: string;
        status: string;
        fulfillAt: DateTime | null;
        deliveryMethod: { methodType: string; maxDeliveryDateTime: DateTime | null } | null;
        assignedLocation: { name: string | null } | null;
        lineItems: { nodes: { productTitle: string; variantTitle: string | null; totalQuantity: number; remainingQuantity: number }[] };
      }[];
    };
    fulfillments: {
      id: string;
      status: string;
      displayStatus: string | null;
      createdAt: DateTime;
      inTransitAt: DateTime | null;
      deliveredAt: DateTime | null;
      estimatedDeliveryAt: DateTime | null;
      location: { name: string | null } | null;
      trackingInfo: { company: string | null; number: string | null; url: string | null }[];
      events: { nodes: { status: string; happenedAt: DateTime; message: string | null; estimatedDeliveryAt: DateTime | null }[] };
      fulfillmentLineItems: { nodes: { quantity: number | null; lineItem: { title: string; variantTitle: string | null } }[] };
      fulfillmentOrders: { nodes: { id: string }[] };
    }[];
  } | null;
}

/** Everything the tracking timeline is built from, for one order. */
export const OrderTrackingQuery = adminOperation<OrderTracking, { id: string }>(`#graphql
  query OrderTracking($id: ID!) {
    order(id: $id) {
      id
      name
      createdAt
      processedAt
      cancelledAt
      cancelReason
      confirmed
      displayFinancialStatus
      displayFulfillmentStatus
      customer {
        id
      }
      lineItems(first: 5) {
        nodes {
          product {
            id
          }
        }
      }
      totalPriceSet {
        presentmentMoney {
          amount
          currencyCode
        }
      }
      refunds(first: 20) {
        createdAt
        totalRefundedSet {
          presentmentMoney {
            amount
            currencyCode
          }
        }
      }
      fulfillmentOrders(first: 10) {
        nodes {
          id
          status
          fulfillAt
          deliveryMethod {
            methodType
            maxDeliveryDateTime
          }
          assignedLocation {
            name
          }
          lineItems(first: 20) {
            nodes {
              productTitle
              variantTitle
              totalQuantity
              remainingQuantity
            }
          }
        }
      }
      fulfillments(first: 10) {
        id
        status
        displayStatus
        createdAt
        inTransitAt
        deliveredAt
        estimatedDeliveryAt
        location {
          name
        }
        trackingInfo(first: 5) {
          company
          number
          url
        }
        events(first: 20, sortKey: HAPPENED_AT) {
          nodes {
            status
            happenedAt
            message
            estimatedDeliveryAt
          }
        }
        fulfillmentLineItems(first: 20) {
          nodes {
            quantity
            lineItem {
              title
              variantTitle
            }
          }
        }
        fulfillmentOrders(first: 5) {
          nodes {
            id
          }
        }
      }
    }
  }
`);
