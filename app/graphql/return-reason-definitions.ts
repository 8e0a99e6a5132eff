import { adminOperation } from "../admin-api.server";
import type * as AdminOps from "../types/admin.generated";

/** Shopify's return reasons with these handles (returnCreate takes their ids). */
export const ReturnReasonDefinitionsQuery = adminOperation<
  AdminOps.ReturnReasonDefinitionsQuery,
  AdminOps.ReturnReasonDefinitionsQueryVariables
>(`#graphql
  query ReturnReasonDefinitions($handles: [String!]) {
    returnReasonDefinitions(first: 10, handles: $handles) {
      nodes {
        id
        handle
        deleted
      }
    }
  }
`);
