import { gql } from "graphql-request";
import { adminOperation } from "../admin-api.server";

export interface OrderNames {
  nodes: ({ id: string; name: string; email: string | null; customer: { displayName: string } | null } | Record<string, never> | null)[];
}

/** Orders' names ("#1014") and their customers' names, for lists that would otherwise show ids. */
export const OrderNamesQuery = adminOperation<OrderNames, { ids: string[] }>(gql`
  query OrderNames($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Order {
        id
        name
        email
        customer {
          displayName
        }
      }
    }
  }
`);
