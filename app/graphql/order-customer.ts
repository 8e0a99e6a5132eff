import { gql } from "graphql-request";
import { adminOperation } from "../admin-api.server";

export interface OrderCustomer {
  orders: {
    nodes: {
      id: string;
      name: string;
      processedAt: string;
      cancelledAt: string | null;
      displayFinancialStatus: string | null;
      displayFulfillmentStatus: string;
      totalPriceSet: { shopMoney: { amount: string; currencyCode: string } };
      customer: { id: string } | null;
    }[];
  };
}

/** An order found by its name ("#1001"), with its customer: the agent desk shows that order first. */
export const OrderCustomerQuery = adminOperation<OrderCustomer, { query: string }>(gql`
  query OrderCustomer($query: String!) {
    orders(first: 1, query: $query) {
      nodes {
        id
        name
        processedAt
        cancelledAt
        displayFinancialStatus
        displayFulfillmentStatus
        totalPriceSet {
          shopMoney {
            amount
            currencyCode
          }
        }
        customer {
          id
        }
      }
    }
  }
`);
