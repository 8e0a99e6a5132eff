import { adminOperation } from "./admin-operation";
import type * as AdminOps from "../types/admin.generated";
import { ORDER_CONTACT_FIELDS } from "./fragments/order-contact";

/** Finds an order by its name ("#1001"); the caller checks the contact details. */
export type OrderLookup = AdminOps.OrderLookupQuery;

export type OrderOwner = AdminOps.OrderOwnerQuery;

export type OrderTracking = AdminOps.OrderTrackingQuery;

export const OrderLookupQuery = adminOperation(`#graphql
  query OrderLookup($query: String!) {
    orders(first: 1, query: $query) {
      nodes {
        ...OrderContactFields
      }
    }
  }
  ${ORDER_CONTACT_FIELDS}
`);

/** A logged-in shopper's latest orders, newest first. */
export const CustomerRecentOrdersQuery = adminOperation(`#graphql
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

/**
 * Whose order this is: a few points, asked before a logged-in shopper's
 * order is fetched, so another customer's order is never read, let alone kept.
 */
export const OrderOwnerQuery = adminOperation(`#graphql
  query OrderOwner($id: ID!) {
    order(id: $id) {
      id
      customer {
        id
      }
    }
  }
`);

/** Everything the tracking timeline is built from, for one order. */
export const OrderTrackingQuery = adminOperation(`#graphql
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
          createdAt
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
