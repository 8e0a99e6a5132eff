import { adminOperation } from "../admin-api.server";

type DateTime = string;

export interface VipCustomersTags {
  nodes: ({ id: string; tags: string[]; updatedAt: DateTime } | Record<string, never> | null)[];
}

/**
 * Customers' tags as they are now: checked just before the backfill adds a
 * tag, so a tag the merchant added since the bulk snapshot is seen as theirs.
 */
export const VipCustomersTagsQuery = adminOperation<VipCustomersTags, { ids: string[] }>(`#graphql
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
