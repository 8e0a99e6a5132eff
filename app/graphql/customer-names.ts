import { adminOperation } from "./admin-operation";
import type * as AdminOps from "../types/admin.generated";

export type CustomerNames = AdminOps.CustomerNamesQuery;

/** Customers' names, for lists that would otherwise show ids. */
export const CustomerNamesQuery = adminOperation(`#graphql
  query CustomerNames($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Customer {
        id
        displayName
      }
    }
  }
`);
