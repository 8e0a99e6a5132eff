import { gql } from "graphql-request";
import { adminOperation } from "../admin-api.server";
import type { TierMetafieldVariables, VipCustomerNode } from "./vip-customer-facts";

export interface VipOrderCustomerFacts {
  order: { id: string; customer: VipCustomerNode | null } | null;
}

/** The facts of an order's customer (refunds/create names only the order). */
export const VipOrderCustomerFactsQuery = adminOperation<VipOrderCustomerFacts, { id: string } & TierMetafieldVariables>(gql`
  query VipOrderCustomerFacts($id: ID!, $namespace: String!, $key: String!) {
    order(id: $id) {
      id
      customer {
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
        metafield(namespace: $namespace, key: $key) {
          jsonValue
        }
      }
    }
  }
`);
