import { adminOperation } from "./admin-operation";
import { VIP_CUSTOMER_FACTS_FIELDS } from "./fragments/vip-customer-facts";
import type * as AdminOps from "../types/admin.generated";

/**
 * A page of customers with their facts, for a rule's preview. Three points a
 * customer, so a page of 250 stays under Shopify's 1,000-point query limit.
 */
export type VipCustomersPage = AdminOps.VipCustomersPageQuery;

export const VipCustomersPageQuery = adminOperation(`#graphql
  query VipCustomersPage($first: Int!, $after: String) {
    customers(first: $first, after: $after) {
      nodes {
        ...VipCustomerFactsFields
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
  ${VIP_CUSTOMER_FACTS_FIELDS}
`);
