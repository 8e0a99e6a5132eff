import { adminOperation } from "../admin-api.server";
import type * as AdminOps from "../types/admin.generated";

/** Customers matching an email or phone search (the agent desk's lookup). */
export const CustomerSearchQuery = adminOperation<AdminOps.CustomerSearchQuery, AdminOps.CustomerSearchQueryVariables>(`#graphql
  query CustomerSearch($query: String!) {
    customers(first: 5, query: $query) {
      nodes {
        id
        displayName
      }
    }
  }
`);
