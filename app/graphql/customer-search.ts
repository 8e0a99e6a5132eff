import { adminOperation } from "./admin-operation";

/** Customers matching an email or phone search (the agent desk's lookup). */
export const CustomerSearchQuery = adminOperation(`#graphql
  query CustomerSearch($query: String!) {
    customers(first: 5, query: $query) {
      nodes {
        id
        displayName
      }
    }
  }
`);
