import { adminOperation } from "../admin-api.server";

export interface CustomerSearch {
  customers: { nodes: { id: string; displayName: string }[] };
}

/** Customers matching an email or phone search (the agent desk's lookup). */
export const CustomerSearchQuery = adminOperation<CustomerSearch, { query: string }>(`#graphql
  query CustomerSearch($query: String!) {
    customers(first: 5, query: $query) {
      nodes {
        id
        displayName
      }
    }
  }
`);
