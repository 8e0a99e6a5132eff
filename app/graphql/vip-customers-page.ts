import { adminOperation } from "../admin-api.server";
import { VIP_CUSTOMER_FACTS_FIELDS, type VipCustomerFactsFields } from "./fragments/vip-customer-facts";

export interface VipCustomersPage {
  customers: {
    nodes: VipCustomerFactsFields[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
  customersCount: { count: number; precision: string } | null;
}

/**
 * A page of customers with their facts, for a rule's preview. Three points a
 * customer, so a page of 250 stays under Shopify's 1,000-point query limit.
 */
export const VipCustomersPageQuery = adminOperation<VipCustomersPage, { first: number; after: string | null }>(`#graphql
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
