import { adminOperation } from "../admin-api.server";
import type * as AdminOps from "../types/admin.generated";

/**
 * Customers' tags as they are now: checked just before the backfill adds a
 * tag, so a tag the merchant added since the bulk snapshot is seen as theirs.
 */
export const VipCustomersTagsQuery = adminOperation<AdminOps.VipCustomersTagsQuery, AdminOps.VipCustomersTagsQueryVariables>(`#graphql
  query VipCustomersTags($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Customer {
        id
        tags
        updatedAt
      }
    }
  }
`);
