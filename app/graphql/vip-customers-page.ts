import { gql } from "graphql-request";
import { adminOperation } from "../admin-api.server";
import type { VipCustomerNode } from "./vip-customer-facts";

export interface VipCustomersPage {
  customers: {
    nodes: Omit<VipCustomerNode, "metafield">[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
  customersCount: { count: number; precision: string } | null;
}

/**
 * A page of customers with their facts, for a rule's preview. Three points a
 * customer, so a page of 250 stays under Shopify's 1,000-point query limit.
 */
export const VipCustomersPageQuery = adminOperation<VipCustomersPage, { first: number; after: string | null }>(gql`
  query VipCustomersPage($first: Int!, $after: String) {
    customers(first: $first, after: $after) {
      nodes {
        id
        displayName
        tags
        amountSpent {
          amount
          currencyCode
        }
        numberOfOrders
        lastOrder {
          processedAt
          createdAt
        }
        updatedAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    customersCount {
      count
      precision
    }
  }
`);
