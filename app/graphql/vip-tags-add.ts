import { adminOperation } from "../admin-api.server";
import type * as AdminOps from "../types/admin.generated";

/** Adds a tier's tags to a customer (tags already there stay as they are). */
export const VipTagsAddMutation = adminOperation<AdminOps.VipTagsAddMutation, AdminOps.VipTagsAddMutationVariables>(`#graphql
  mutation VipTagsAdd($id: ID!, $tags: [String!]!) {
    tagsAdd(id: $id, tags: $tags) {
      userErrors {
        field
        message
      }
    }
  }
`);
