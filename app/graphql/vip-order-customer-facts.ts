import { adminOperation } from "../admin-api.server";
import { VIP_CUSTOMER_FACTS_FIELDS } from "./fragments/vip-customer-facts";
import type * as AdminOps from "../types/admin.generated";

/** The facts of an order's customer (refunds/create names only the order). */
export const VipOrderCustomerFactsQuery = adminOperation<
  AdminOps.VipOrderCustomerFactsQuery,
  AdminOps.VipOrderCustomerFactsQueryVariables
>(`#graphql
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
