import { adminOperation } from "./admin-operation";

/**
 * Customers' tags as they are now: checked just before the backfill adds a
 * tag, so a tag the merchant added since the bulk snapshot is seen as theirs.
 */
export const VipCustomersTagsQuery = adminOperation(`#graphql
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
