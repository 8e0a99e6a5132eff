import { gql } from "graphql-request";
import { adminOperation } from "../admin-api.server";

export interface CustomerNames {
  nodes: ({ id: string; displayName: string } | Record<string, never> | null)[];
}

/** Customers' names, for lists that would otherwise show ids. */
export const CustomerNamesQuery = adminOperation<CustomerNames, { ids: string[] }>(gql`
  query CustomerNames($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Customer {
        id
        displayName
      }
    }
  }
`);
