import { adminOperation } from "./admin-operation";
import type * as AdminOps from "../types/admin.generated";

export type OrderNames = AdminOps.OrderNamesQuery;

/** Orders' names ("#1014") and their customers' names, for lists that would otherwise show ids. */
export const OrderNamesQuery = adminOperation(`#graphql
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
