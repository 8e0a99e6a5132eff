import { adminOperation } from "../admin-api.server";
import { VIP_CUSTOMER_FACTS_FIELDS } from "./fragments/vip-customer-facts";
import type { TierMetafieldVariables, VipCustomerNode } from "./vip-customer-facts";

export interface VipOrderCustomerFacts {
  order: { id: string; customer: VipCustomerNode | null } | null;
}

/** The facts of an order's customer (refunds/create names only the order). */
export const VipOrderCustomerFactsQuery = adminOperation<VipOrderCustomerFacts, { id: string } & TierMetafieldVariables>(`#graphql
  query VipOrderCustomerFacts($id: ID!, $namespace: String!, $key: String!) {
    order(id: $id) {
      id
      customer {
        ...VipCustomerFactsFields
        metafield(namespace: $namespace, key: $key) {
          jsonValue
        }
      }
    }
  }
  ${VIP_CUSTOMER_FACTS_FIELDS}
`);
