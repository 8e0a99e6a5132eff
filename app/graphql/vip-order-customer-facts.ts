import { adminOperation } from "./admin-operation";
import { VIP_CUSTOMER_FACTS_FIELDS } from "./fragments/vip-customer-facts";

/** The facts of an order's customer (refunds/create names only the order). */
export const VipOrderCustomerFactsQuery = adminOperation(`#graphql
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
