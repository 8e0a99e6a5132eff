import { gql } from "graphql-request";
import { adminOperation } from "../admin-api.server";

type DateTime = string;

export interface RecentShipments {
  orders: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: {
      id: string;
      name: string;
      createdAt: DateTime;
      processedAt: DateTime | null;
      cancelledAt: DateTime | null;
      confirmed: boolean;
      displayFinancialStatus: string | null;
      displayFulfillmentStatus: string;
      email: string | null;
      phone: string | null;
      customer: { id: string; displayName: string } | null;
      totalPriceSet: { presentmentMoney: { amount: string; currencyCode: string } };
      fulfillments: {
        id: string;
        status: string;
        displayStatus: string | null;
        createdAt: DateTime;
        inTransitAt: DateTime | null;
        deliveredAt: DateTime | null;
        estimatedDeliveryAt: DateTime | null;
        trackingInfo: { company: string | null; number: string | null; url: string | null }[];
        events: { nodes: { status: string; happenedAt: DateTime; message: string | null }[] };
      }[];
    }[];
  };
}

/**
 * Recently shipped orders with what their carriers last said (the two
 * latest events of up to two packages): the raw material of the proactive
 * "shipments at risk" list. Sized to stay under Shopify's 1,000-point query
 * cost limit (about 650 points for 50 orders).
 */
export const RecentShipmentsQuery = adminOperation<RecentShipments, { query: string; after: string | null }>(gql`
  query RecentShipments($query: String!, $after: String) {
    orders(first: 50, after: $after, query: $query, sortKey: PROCESSED_AT, reverse: true) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        createdAt
        processedAt
        cancelledAt
        confirmed
        displayFinancialStatus
        displayFulfillmentStatus
        email
        phone
        customer {
          id
          displayName
        }
        totalPriceSet {
          presentmentMoney {
            amount
            currencyCode
          }
        }
        fulfillments(first: 2) {
          id
          status
          displayStatus
          createdAt
          inTransitAt
          deliveredAt
          estimatedDeliveryAt
          trackingInfo(first: 1) {
            company
            number
            url
          }
          events(first: 2, sortKey: HAPPENED_AT, reverse: true) {
            nodes {
              status
              happenedAt
              message
            }
          }
        }
      }
    }
  }
`);
