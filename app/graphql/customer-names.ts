import { adminOperation } from "../admin-api.server";
import type * as AdminOps from "../types/admin.generated";

export type CustomerNames = AdminOps.CustomerNamesQuery;

/** Customers' names, for lists that would otherwise show ids. */
export const CustomerNamesQuery = adminOperation<AdminOps.CustomerNamesQuery, AdminOps.CustomerNamesQueryVariables>(`#graphql
  query CustomerNames($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Customer {
        id
        displayName
      }
    }
  }
`);
